package resolve

import (
	"embed"
	"strings"

	"github.com/kgbuild/kg/names"
)

// Word lists are data: one category per file under words/, each opening
// with a comment line on what belongs in it.
//
//go:embed words/*.txt
var wordFiles embed.FS

var (
	// broadcasterWords end the names of networks and streamers.
	broadcasterWords = wordList("broadcaster")
	// bookSeriesWords are the generic words of book titles.
	bookSeriesWords = wordList("book-series")
	// studioWords end the names of studios and production companies.
	studioWords = wordList("studio")
	// serviceWords end the names of a company's services and divisions.
	serviceWords = wordList("service")
	// unitWords end the names of units within organizations.
	unitWords = wordList("unit")
)

// wordList reads words/<name>.txt into a set of folded words.
func wordList(name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range lines(name) {
		out[w] = true
	}
	return out
}

// lines reads words/<name>.txt: its entries, one a line, in order.
func lines(name string) []string {
	return names.Words(wordFiles, "words/"+name+".txt")
}

// givenNameForms maps each folded given name to the lines of
// words/given-name-forms.txt that hold it: two names are forms of one
// another when they share a line.
var givenNameForms = formLines("given-name-forms")

// formLines reads words/<name>.txt as lines of words that are forms of
// one another, with the same comment rules as wordList, and maps each
// word to the numbers of the lines that hold it.
func formLines(name string) map[string][]int {
	out := map[string][]int{}
	for i, line := range lines(name) {
		for _, w := range strings.Fields(line) {
			out[w] = append(out[w], i)
		}
	}
	return out
}
