package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// eventEnd reports whether a run ends with a word that ends the names of
// historical events, or with such a word and a numeral ("World War I").
func eventEnd(r *run) bool {
	if names.EventWords[r.last] {
		// "Harbor's War" is a title: an event is named for no one's.
		return r.n < 2 || !r.words[r.n-2].Poss
	}
	return r.n > 2 && romanNumeral.MatchString(r.words[r.n-1].Text) && names.InLower(names.EventWords, r.words[r.n-2].Text)
}

// romanNumeral matches a small Roman numeral, or a number, that follows the
// name of a numbered event.
var romanNumeral = regexp.MustCompile(`^(?:I{1,3}|IV|V|\d{1,2})$`)

// eventPlaceStart returns where the name in the run of words i..j starts
// when an event's name runs on into a well-known place's ("post-First
// World War Leeds", "pre-Civil War Atlanta"): at the place, after the
// event's last word, as the event only dates the place. Otherwise i.
func eventPlaceStart(text string, ws []word, i, j int) int {
	for k := i + 1; k < j; k++ {
		if names.InLower(names.EventWords, ws[k].Text) && names.KnownPlace(text[ws[k+1].Start:ws[j].End]) {
			return k + 1
		}
	}
	return i
}
