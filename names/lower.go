package names

import (
	"strings"
	"unicode/utf8"
)

// maxLowerStack is the longest word InLower lowers on the stack.
const maxLowerStack = 64

// InLower returns m[strings.ToLower(w)] without making the lower-case
// string when w is ASCII and short, as nearly every word is: word lists
// are asked about every capitalised word of the corpus, several times,
// and strings.ToLower allocates for each word with a capital.
func InLower[V any](m map[string]V, w string) V {
	if len(w) > maxLowerStack {
		return m[strings.ToLower(w)]
	}
	var buf [maxLowerStack]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)] // as strings.ToLower lowers it
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])] // no string is made for the look-up
}
