package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// danglingWords are the small words a field's value cannot end with when
// it is whole.
var danglingWords = map[string]bool{"by": true, "of": true, "from": true, "and": true, "with": true, "for": true, "the": true, "to": true}

// danglingValue reports whether a field's value ends with a small word
// that needs the words after it ("Based on: Characters created by"): the
// copied page lost the rest, a link's text, so the value names nothing.
func danglingValue(text string) bool {
	return danglingWords[strings.ToLower(names.LastWord(strings.TrimSpace(text)))]
}
