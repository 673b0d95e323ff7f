package resolve

import (
	"embed"
	"fmt"
	"strings"
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
	// unitWords end the names of units within organizations.
	unitWords = wordList("unit")
)

// wordList reads words/<name>.txt: one folded word a line, blank lines and
// lines starting with # ignored.
func wordList(name string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(string(wordFile(name)), "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			out[w] = true
		}
	}
	return out
}

// wordFile returns words/<name>.txt. A list that is missing or does not
// open with its comment is a build error, reported at start-up.
func wordFile(name string) []byte {
	data, err := wordFiles.ReadFile("words/" + name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("resolve: word list %s: %v", name, err))
	}
	if !strings.HasPrefix(string(data), "#") {
		panic(fmt.Sprintf("resolve: word list %s does not open with a comment line", name))
	}
	return data
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
	for i, line := range strings.Split(string(wordFile(name)), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out[w] = append(out[w], i)
		}
	}
	return out
}
