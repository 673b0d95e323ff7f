package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// outletRun reports whether the run is one word that names a publication
// news cites or quotes (see outletBefore and quotedOutlet) or a network
// trade news names (see networkCue), and no word of
// a person's name.
func (s *docState) outletRun(r *run, text string) bool {
	return r.n == 1 && (outletBefore.MatchString(r.before) || outletAfter.MatchString(r.after) || r.quotedOutlet(text) || r.networkCue()) && !s.knownNameWord(r.text) && !inFullName(text, r.text)
}

// quotedOutlet reports whether the run, one word after a capitalised "The"
// inside a sentence, is a publication a story quotes: one someone spoke
// to ("Ada Crane told The Courier"), or one that speaks ("Indeed, The
// Courier describes her as ..."). The capital of the article marks a
// title, and the verb of speech a publication's, not a series'.
func (r *run) quotedOutlet(text string) bool {
	if !r.article || r.sentStart || r.articleStart < 0 || !strings.HasPrefix(text[r.articleStart:], "The ") {
		return false
	}
	return spokeToBefore.MatchString(text[:r.articleStart]) || speaksAfter.MatchString(r.after)
}

// spokeToBefore and speaksAfter match the words of speech before a
// publication someone spoke to and after one that speaks.
var (
	spokeToBefore = regexp.MustCompile(`\b(?:told|said to|speaking to|spoke to|(?:an )?interview with)\s*$`)
	speaksAfter   = regexp.MustCompile(`^,?\s+(?:describes|described|calls|called|wrote|writes|notes|noted|says|said|reported|reports)\b`)
)
