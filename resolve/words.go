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
)

// wordList reads words/<name>.txt: one folded word a line, blank lines and
// lines starting with # ignored. A list that is missing or does not open
// with its comment is a build error, reported at start-up.
func wordList(name string) map[string]bool {
	data, err := wordFiles.ReadFile("words/" + name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("resolve: word list %s: %v", name, err))
	}
	text := string(data)
	if !strings.HasPrefix(text, "#") {
		panic(fmt.Sprintf("resolve: word list %s does not open with a comment line", name))
	}
	out := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			out[w] = true
		}
	}
	return out
}
