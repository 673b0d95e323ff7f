package names

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// words holds the closed lists of generic words, one category a file, each
// opening with a comment line that says what belongs in it. They are data,
// not code, so that a list can be read and reviewed as a list.
//
//go:embed words/*.txt
var words embed.FS

// wordSet reads the named lists (file names under words/ without ".txt")
// into one set. An entry with an apostrophe is also in the set with the
// typographic one ("let's", "let’s"), as pages write either.
func wordSet(lists ...string) map[string]bool {
	set := map[string]bool{}
	for _, name := range lists {
		for _, w := range Words(words, "words/"+name+".txt") {
			set[w] = true
			set[strings.ReplaceAll(w, "'", "’")] = true
		}
	}
	return set
}

// Words reads the word list at path in fsys, the one format of every
// stage's lists: a comment line first saying what belongs there, then one
// entry a line, in order, blank lines and lines starting with '#' skipped.
// Lists are embedded in the binary, so a missing list or one without its
// comment is a programming error: it panics, at start-up.
func Words(fsys fs.FS, path string) []string {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		panic(fmt.Sprintf("word list %s: %v", path, err))
	}
	if !strings.HasPrefix(string(data), "#") {
		panic(fmt.Sprintf("word list %s does not open with a comment line", path))
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}
