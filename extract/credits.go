package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// surnameShape matches a word that can only end a name: "O'Connor",
// "McArdle", "MacLeod", "Hart-Lacey".
var surnameShape = regexp.MustCompile(`^(?:O['’]\p{Lu}|Mc\p{Lu}|Mac\p{Lu}|\p{Lu}\p{Ll}+-\p{Lu})`)

// splitNameRun splits a credit whose names were run together when the page
// was copied ("Mara Lind Tess Hale", "Colin McArdle Owen
// Hart-Lacey Peter J. Vance") into byte ranges of its names: two words
// a name, three when the middle one is an initial or the third can only be
// a surname, and the last three together rather than a word alone. A value
// of fewer than four words, or with a word that is not capitalised, is one
// name. Names joined by an ampersand ("Ann Dale & Bo Reyes") are split
// there first when each side has two words or more.
func splitNameRun(text string) [][2]int {
	if a, b, ok := strings.Cut(text, " & "); ok && len(wordSpans(a)) >= 2 && len(wordSpans(b)) >= 2 && !strings.Contains(b, " & ") {
		out := splitNameRun(a)
		for _, r := range splitNameRun(b) {
			out = append(out, [2]int{r[0] + len(a) + 3, r[1] + len(a) + 3})
		}
		return out
	}
	ws := wordSpans(text)
	whole := [][2]int{{0, len(text)}}
	if len(ws) < 4 || strings.ContainsAny(text, "(),;&") {
		return whole
	}
	for _, w := range ws {
		if !names.Capitalised(w.Text) || names.InLower(names.NotNames, w.Text) {
			return whole
		}
	}
	var out [][2]int
	for i := 0; i < len(ws); {
		n := 2
		switch {
		case len(ws)-i <= 3:
			n = len(ws) - i
		case isInitial(ws[i+1].Text) || surnameShape.MatchString(ws[i+2].Text) && !surnameShape.MatchString(ws[i+1].Text):
			n = 3
		}
		if i+n < len(ws) && generational.MatchString(ws[i+n].Text) {
			n++ // "Gordon E. Pell Jr."
		}
		out = append(out, [2]int{ws[i].Start, ws[i+n-1].End})
		i += n
	}
	return out
}

// generational matches a generational suffix of a name.
var generational = regexp.MustCompile(`^(?:Jr|Sr|II|III|IV)\.?$`)

// isInitial reports whether w is an initial: one capital letter, with or
// without a full stop ("R.", "C").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}
