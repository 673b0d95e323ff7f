package resolve

import (
	"io/fs"
	"strings"
	"testing"
)

// formListNames are the lists of lines of forms of one another (see
// formLines), and commaListNames those of lines of comma-separated names
// (see commaLines); the others hold one word a line.
var (
	formListNames  = map[string]bool{"given-name-forms": true}
	commaListNames = map[string]bool{"country-names": true}
)

// TestWordLists: every list opens with a comment saying what belongs in
// it, and holds folded words, one a line, or in a list of forms one line
// of forms of one another each.
func TestWordLists(t *testing.T) {
	files, err := fs.Glob(wordFiles, "words/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	for _, f := range files {
		data, _ := wordFiles.ReadFile(f)
		lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
		if !strings.HasPrefix(lines[0], "# ") {
			t.Errorf("%s: first line %q is not a comment", f, lines[0])
		}
		name := strings.TrimSuffix(strings.TrimPrefix(f, "words/"), ".txt")
		words := wordList(name)
		switch {
		case formListNames[name]:
			words = map[string]bool{}
			for w := range formLines(name) {
				words[w] = true
			}
		case commaListNames[name]:
			words = map[string]bool{}
			for n := range commaLines(name) {
				for _, w := range strings.Fields(n) {
					words[w] = true
				}
			}
		}
		if len(words) == 0 {
			t.Errorf("%s: no words", f)
		}
		for w := range words {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
				t.Errorf("%s: %q is not one folded word", f, w)
			}
		}
	}
}
