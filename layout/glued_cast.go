package layout

import (
	"strings"

	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// readGluedCast reads a line of a cast list whose two columns lost the
// tab between them, as pages copied from a table do: "Jane Roe Ann
// Example" is the character Jane Roe played by Ann Example. A name line
// alone could be one long name, so the line is read so only in a cast
// section, in a run of three or more name lines of which at least half
// have four words or more, and only when it splits where a given name
// starts the actor's part.
func readGluedCast(s *scan) int {
	if !castSection.MatchString(s.section) {
		return 0
	}
	ws := strings.Fields(s.cur().text)
	if !nameWords(ws) || !gluedRun(s.lines, s.i) {
		return 0
	}
	k := actorStart(ws)
	if k < 0 {
		return 0
	}
	l := s.cur()
	cut := wordOffset(l.text, k)
	character := strings.TrimSpace(l.text[:cut])
	actor := l.text[cut:]
	s.add(Block{Kind: BlockCredit, Span: l.span(), Section: s.section, Values: []sources.Span{
		{Start: l.off + cut, End: l.off + len(l.text), Text: actor},
		{Start: l.off, End: l.off + len(character), Text: character}}})
	return 1
}

// nameWords reports whether ws could be a character's and an actor's
// names run together: three to six capitalised words, no punctuation but
// hyphens and apostrophes.
func nameWords(ws []string) bool {
	if len(ws) < 3 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if !isUpperStart(w) || strings.ContainsAny(w, ".,;:!?|()&/\"“”") {
			return false
		}
	}
	return true
}

// gluedRun reports whether the line at i sits in a run of three or more
// lines that could be glued names, at least half of them four words long
// or more.
func gluedRun(lines []line, i int) bool {
	ok := func(j int) bool { return j >= 0 && j < len(lines) && nameWords(strings.Fields(lines[j].text)) }
	from, to := i, i
	for ok(from - 1) {
		from--
	}
	for ok(to + 1) {
		to++
	}
	long := 0
	for j := from; j <= to; j++ {
		if len(strings.Fields(lines[j].text)) >= 4 {
			long++
		}
	}
	n := to - from + 1
	return n >= 3 && long*2 >= n
}

// actorStart is the index of the word the actor's name starts at, or -1:
// the last two words when four ("Jane Roe Ann Example"), the last two
// after one when they start with a given name ("Val Ann Example"), else
// the last two or three words when they start with one.
func actorStart(ws []string) int {
	n := len(ws)
	switch {
	case n == 4:
		return 2
	case n == 3:
		if names.GivenName(ws[1]) {
			return 1
		}
	case names.GivenName(ws[n-2]):
		return n - 2
	case names.GivenName(ws[n-3]):
		return n - 3
	}
	return -1
}

// wordOffset is the byte offset of the k-th word of s.
func wordOffset(s string, k int) int {
	pos := 0
	for i := 0; ; i++ {
		for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t') {
			pos++
		}
		if i == k {
			return pos
		}
		for pos < len(s) && s[pos] != ' ' && s[pos] != '\t' {
			pos++
		}
	}
}
