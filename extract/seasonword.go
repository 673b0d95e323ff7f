package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// seasonWords are the seasons of the year, which before a year make a date
// ("in Autumn 2011", "Spring of 1999"), not a place or a person, though
// some are given names too.
var seasonWords = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// seasonYearAfter matches a year after a season: " 2011", " of 1999".
var seasonYearAfter = regexp.MustCompile(`^,?\s+(?:of\s+)?(?:1[89]|20)\d\d\b`)

// seasonDate reports whether a lone word is a season before a year.
func seasonDate(r *run) bool {
	return r.n == 1 && names.InLower(seasonWords, r.first) && seasonYearAfter.MatchString(r.after)
}

// prefixWords are the prefixes that make an adjective of the word they are
// joined to ("Anti-NMDA encephalitis", "Pro-Union", "Non-EU"): a lone
// word that opens with one describes, and names nothing.
var prefixWords = map[string]bool{"anti": true, "pro": true, "non": true, "pre": true, "post": true, "neo": true, "pseudo": true, "semi": true}

// prefixedWord reports whether a lone word opens with a prefix and a
// hyphen.
func prefixedWord(r *run) bool {
	p, _, ok := strings.Cut(r.first, "-")
	return r.n == 1 && ok && names.InLower(prefixWords, p)
}
