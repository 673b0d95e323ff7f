package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// A headline that asks or explains opens with a question word before the
// show's title ("Why Harbor Lights is the best crime drama on TV", "How
// Harbor Lights Season 2 ends"), shaped as a lead sentence or a headline
// of a show's news; but a title may open with such a word too ("Why
// Women Kill"). The page tells which: it names the title without the
// word more often than with it.

// questionWords open a question or an explanation.
var questionWords = map[string]bool{"why": true, "how": true, "what": true, "when": true, "where": true, "who": true, "which": true}

// questionEnd returns where the title text[start:end] starts after a
// question word that opens it, when the page names the rest of the title
// more often than the whole; else start.
func (s *docState) questionEnd(start, end int) int {
	text := s.p.Doc.Text
	title := text[start:end]
	sp := strings.IndexByte(title, ' ')
	if sp <= 0 || !names.InLower(questionWords, title[:sp]) {
		return start
	}
	rest := strings.TrimLeft(title[sp:], " ")
	if !names.Capitalised(rest) || wholeCount(text, rest) <= wholeCount(text, title) {
		return start
	}
	return end - len(rest)
}
