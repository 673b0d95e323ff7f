package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// readHeadingLine reads a short title-like line as a heading, which opens a
// section, except a bare name in a cast section, which is a credit's name.
// A wiki's "Edit" link run into the heading is no part of it.
func readHeadingLine(s *scan, b body) bool {
	if !isHeadingLine(b.text, b.bulleted) || wrapsOn(s) || creditEnd.MatchString(b.text) || repeatedCaption(s, b.text) || cutSentence(s, b.text) {
		return false
	}
	if castSection.MatchString(s.section) && IsName(undot(b.text)) && !castSection.MatchString(b.text) && !genericLine(b.text) {
		return false
	}
	t := strings.TrimSuffix(b.text, ":")
	if m := editLink.FindStringIndex(t); m != nil {
		t = t[:m[0]+1]
	}
	s.section = strings.ToLower(t)
	s.add(Block{Kind: BlockHeading, Span: sources.Span{Start: b.off, End: b.off + len(t), Text: t}, Level: 3, Section: s.section})
	return true
}

// editLink matches the "Edit" link a wiki's section heading ran into when
// the page was copied: "Early LifeEdit", "CastEdit".
var editLink = regexp.MustCompile(`\p{Ll}Edit$`)

// creditEnd matches the photo credit a caption ends with, in brackets
// ("(Jane Doe/Agency)", "(Photo by: Jane Doe/Agency)") or after a sentence
// or a dash ("... of Harbor. Photo: Studio/Network", "... - Photo by Jane
// Doe/Agency", "... - Photographer: Jane Doe"). A line that ends so is a
// caption, whose words are a sentence, not a heading.
var creditEnd = regexp.MustCompile(`(?:\((?i:photo(?:graph)?(?:\s+by|\s+credit)?\s*:?\s*)?\p{Lu}[^()/]*/[^()]+\)|(?:[.!?”"]|\s[-–—|])\s+(?i:photo(?:graph)?\s+by\b|photo(?:graph)?\s+credit\s*:|photo(?:graph)?\s*:|pic(?:ture)?\s+credit\s*:|photographer\s*:|credit\s*:)\s*\p{Lu}[^.!?]*)\s*$`)

// isHeadingLine tells a heading from a sentence: short, no closing
// sentence punctuation (or a closing colon), most words capitalised.
func isHeadingLine(s string, bulleted bool) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 16 || len(s) > 120 {
		return false
	}
	if strings.HasSuffix(s, ":") && len(ws) <= 10 {
		return true
	}
	if bulleted {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "'’"))
	if strings.ContainsRune(".!?\"”", last) {
		return false
	}
	upper := 0
	for _, w := range ws {
		if isUpperStart(w) {
			upper++
		}
	}
	return upper*2 >= len(ws)
}

// repeatedCaption reports whether a title-like line is a photograph's
// caption that the page printed twice, once as the image's text and once
// under it ("Mara Vance and Tom Orrin star in UBN's new drama" on two lines
// running): the next line that is not blank repeats it, and it has the
// words of a sentence, two in lower case that no title joins its words
// with. A title printed twice ("Harbor Lights" over "Harbor Lights", a
// page's name and its heading) has no such words, and stays a heading.
func repeatedCaption(s *scan, text string) bool {
	next := s.i + 1
	for next < len(s.lines) && s.lines[next].text == "" {
		next++
	}
	if next == len(s.lines) || s.lines[next].text != text {
		return false
	}
	return sentenceWords(text) >= 2
}

// cutSentence reports whether a title-like line is the start of a sentence
// that the page's end cut off ("Mara Vance is the ti"): it is the last line
// of a document that has text before it, so no section follows it for it to
// head; it ends with a word in lower case, not a colon; and it has the
// words of a sentence, two in lower case that no title joins its words
// with. A page saved from its beginning ends so wherever the cut falls in
// a paragraph's first words.
func cutSentence(s *scan, text string) bool {
	for next := s.i + 1; next < len(s.lines); next++ {
		if s.lines[next].text != "" {
			return false
		}
	}
	before := false
	for prev := 0; prev < s.i && !before; prev++ {
		before = s.lines[prev].text != ""
	}
	ws := strings.Fields(text)
	return before && len(ws) > 0 && unicode.IsLower(names.FirstRune(ws[len(ws)-1])) && sentenceWords(text) >= 2
}

// sentenceWords counts the words of a line in lower case that no title joins
// its capitalised words with ("is", not "the").
func sentenceWords(text string) int {
	lower := 0
	for _, w := range strings.Fields(text) {
		if r := names.FirstRune(w); unicode.IsLower(r) && !titleJoiners[w] {
			lower++
		}
	}
	return lower
}

// titleJoiners are the lower-case words a title or a list of names joins
// its capitalised words with ("Harbor of the Lost", "Mara Vance and Tom
// Orrin").
var titleJoiners = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true, "vs": true, "vs.": true}

// genericLine reports whether a line holds a generic word ("Series Cast",
// "Rest of cast"), which makes it a heading rather than a name.
func genericLine(t string) bool {
	for _, w := range strings.Fields(t) {
		if names.InLower(names.NotNames, w) {
			return true
		}
	}
	return false
}

// wrapsOn reports whether the current line ends with a word in lower case
// and the line right after it carries on with a small letter: the start of
// a hard-wrapped paragraph ("... renewed Harbor Lights for a 10-episode" /
// "third season"), not a heading.
func wrapsOn(s *scan) bool {
	if s.i+1 >= len(s.lines) {
		return false
	}
	next, ws := s.lines[s.i+1].text, strings.Fields(s.cur().text)
	return next != "" && next[0] >= 'a' && next[0] <= 'z' && len(ws) >= wrapWords && lowerEnd.MatchString(ws[len(ws)-1])
}

// lowerEnd matches a last word that no title ends with: one in lower case,
// or a number joined to one ("10-episode").
var lowerEnd = regexp.MustCompile(`^(?:\p{Ll}|\d+-\p{Ll})`)
