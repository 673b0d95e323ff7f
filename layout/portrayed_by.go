package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter

	"github.com/kgbuild/kg/sources"
)

var (
	// portrayedBy matches "Portrayed by Actor" on a line of its own.
	portrayedBy = regexp.MustCompile(`^(?:Portrayed|Played|Voiced) by:?\s+(\p{Lu}[^()]{1,50}?)\s*(?:\(.*\))?$`)
	// portrayedByTold matches "Portrayed by Actor. He is ...": the line
	// goes on to tell of the character, or names more actors ("Portrayed
	// by Actor and as a child, Other Actor").
	portrayedByTold = regexp.MustCompile(`^(?:Portrayed|Played|Voiced) by:?\s+(\p{Lu}[^.,;()]{1,50}?)(?:\.\s+\p{Lu}|\s*[,;(]|\s+and\s)`)
)

// readPortrayedBy reads "Portrayed by Actor" under a heading naming the
// character: a cast block from the heading to the line. When the line
// goes on past the actor's name ("Portrayed by Actor. He is a detective
// with ..."), the rest is the character's description, read as a cast
// line's is.
func readPortrayedBy(s *scan) int {
	l := s.cur()
	h := s.last()
	if h == nil || h.Kind != BlockHeading || !IsName(undot(h.Span.Text)) {
		return 0
	}
	m := portrayedBy.FindStringSubmatchIndex(l.text)
	if m != nil && strings.Contains(l.text[m[2]:m[3]], ". ") {
		m = nil // "Portrayed by Mara Voss. She is ...": a sentence after the name
	}
	var rest *sources.Span
	if m == nil {
		m = portrayedByTold.FindStringSubmatchIndex(l.text)
		if m == nil || !IsName(l.text[m[2]:m[3]]) || len(strings.Fields(l.text[m[2]:m[3]])) < 2 {
			return 0
		}
		tail := strings.TrimLeft(l.text[m[3]:], " .,;")
		rest = &sources.Span{Start: l.off + len(l.text) - len(tail), End: l.off + len(l.text), Text: tail}
	}
	if strings.EqualFold(l.text[m[2]:m[3]], h.Span.Text) {
		return 0 // "Portrayed by" the character's own name: a slip of the page
	}
	end := l.off + len(l.text)
	span := sources.Span{Start: h.Span.Start, End: end, Text: s.text[h.Span.Start:end]}
	s.add(Block{Kind: BlockCast, Span: span,
		Values: []sources.Span{{Start: l.off + m[2], End: l.off + m[3], Text: l.text[m[2]:m[3]]}, h.Span}, Rest: rest, Section: s.section})
	if rest != nil {
		for _, a := range moreActors(l.text[m[3]:], l.off+m[3]) {
			s.add(Block{Kind: BlockCredit, Span: span, Values: []sources.Span{a, h.Span}, Section: s.section})
		}
	}
	return 1
}

// actorSep matches what parts the actors of a "Portrayed by" line: a
// comma or "and".
var actorSep = regexp.MustCompile(`,|\s+and\s+`)

// moreActors returns the actors a "Portrayed by" line names after its
// first, as the character at other ages or in other seasons ("Portrayed
// by Mara Voss and as a child, Tom Reyes (Season 1) and Dana Whit"), up to
// the end of the sentence; off is where text starts in the document.
func moreActors(text string, off int) []sources.Span {
	if i := strings.Index(text, ". "); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimRight(text, ". ")
	masked := []byte(text)
	depth := 0
	for i, c := range masked {
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
			masked[i] = ' '
		}
		if depth > 0 {
			masked[i] = ' ' // a note in parentheses: "(Season 1)"
		}
	}
	var out []sources.Span
	pos := 0
	for _, sep := range append(actorSep.FindAllStringIndex(string(masked), -1), []int{len(masked), len(masked)}) {
		part := string(masked[pos:sep[0]])
		start := pos
		pos = sep[1]
		ws := strings.Fields(part)
		k := 0
		for k < len(ws) && !opensName(ws[k]) {
			k++ // "as a child"
		}
		if n := len(ws) - k; n < 2 || n > 4 || !IsName(strings.Join(ws[k:], " ")) {
			continue
		}
		first := strings.Index(part, ws[k])
		name := strings.TrimSpace(part[first:])
		out = append(out, sources.Span{Start: off + start + first, End: off + start + first + len(name), Text: name})
	}
	return out
}
