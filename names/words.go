package names

import (
	"embed"
	"fmt"
	"strings"
)

// words holds the closed lists of generic words, one category a file, each
// opening with a comment line that says what belongs in it. They are data,
// not code, so that a list can be read and reviewed as a list.
//
//go:embed words/*.txt
var words embed.FS

// wordSet reads the named lists (file names under words/ without ".txt")
// into one set: one entry a line, blank lines and lines starting with '#'
// skipped. A missing list is a programming error, found at start-up.
func wordSet(lists ...string) map[string]bool {
	set := map[string]bool{}
	for _, name := range lists {
		data, err := words.ReadFile("words/" + name + ".txt")
		if err != nil {
			panic(fmt.Sprintf("names: word list %s: %v", name, err))
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				set[l] = true
			}
		}
	}
	return set
}
