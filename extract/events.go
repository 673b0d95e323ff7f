package extract

import (
	"strings"

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
	return r.n > 2 && romanNumeral.MatchString(r.words[r.n-1].Text) && names.EventWords[strings.ToLower(r.words[r.n-2].Text)]
}

// romanNumeral matches a small Roman numeral, or a number, that follows the
// name of a numbered event.
var romanNumeral = regexp.MustCompile(`^(?:I{1,3}|IV|V|\d{1,2})$`)
