package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the form under which two names are the same name for
// scoring: compatibility-decomposed (NFKD), accents (combining marks)
// removed, case-folded, runs of white space collapsed to one space and
// trimmed. "Renée  Ballard" and "RENEE BALLARD" fold alike; punctuation is
// kept, so "cold-case unit" and "cold case unit" stay distinct, as the gold
// format expects (it lists such spellings as aliases).
func Fold(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	f := cases.Fold().String(b.String())
	return strings.Join(strings.Fields(f), " ")
}
