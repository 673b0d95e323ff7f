package extract

import (
	"unicode"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/sources"
)

// navTrail matches a word that a page's navigation trail runs into the
// text after it: two capitalised words or more of three letters or more,
// then the word the text starts with ("HomeInterviewsJon"). group 1 is
// that last word.
var navTrail = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}{2,}){2,}(\p{Lu}\p{Ll}+)$`)

// capAfter matches a word with one capital letter run into its end, where a
// heading lost its line break before a sentence's first word ("Peaky
// BlindersA hypnotic ...").
var capAfter = regexp.MustCompile(`^\p{Lu}?\p{Ll}{2,}\p{Lu}$`)

// runTogether appends to dst the word s[start:end] as the spans of the
// words a page ran together there: the last word of a navigation trail,
// without the trail; a word and the capital letter run into its end.
func runTogether(dst []sources.Span, s string, start, end int) []sources.Span {
	w := s[start:end]
	if !upperAfterFirst(w) {
		return append(dst, sources.Span{Start: start, End: end, Text: w}) // both expressions need a capital letter after the first
	}
	if m := navTrail.FindStringSubmatchIndex(w); m != nil {
		return append(dst, sources.Span{Start: start + m[2], End: end, Text: w[m[2]:]})
	}
	if capAfter.MatchString(w) {
		cut := end - 1
		return append(dst, sources.Span{Start: start, End: cut, Text: s[start:cut]}, sources.Span{Start: cut, End: end, Text: s[cut:end]})
	}
	return append(dst, sources.Span{Start: start, End: end, Text: w})
}

// upperAfterFirst reports whether a letter of w after its first is a
// capital.
func upperAfterFirst(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
