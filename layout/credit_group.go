package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/sources"
)

var (
	// castSection matches the headings of cast and crew sections, where
	// lists of bare names are credits.
	castSection = regexp.MustCompile(`(?i)\b(?:cast|crew|credits)\b`)
	// mainRole and castRole are the role labels that close a cast entry.
	mainRole = regexp.MustCompile(`(?i)^(?:series regular|main|main cast|starring|star|lead)$`)
	castRole = regexp.MustCompile(`(?i)^(?:series regular|main|main cast|starring|star|lead|recurring|guest star|guest|special guest star|special guest|co-star|voice)$`)
)

// readCreditGroup reads, in a cast or crew section, one entry of a list
// laid out one name a line and closed by a role label line.
func readCreditGroup(s *scan) int {
	if !castSection.MatchString(s.section) {
		return 0
	}
	n, b, ok := creditGroup(s.lines, s.i, s.fields)
	if !ok {
		return 0
	}
	b.Section = s.section
	if b.Key == "" && mainRole.MatchString(s.lines[s.i+n-1].text) {
		b.Section = "main cast"
	}
	s.add(b)
	return n
}

// creditGroup reads one entry of a cast or crew list laid out one name a
// line: "Actor" / "Character" / "Series Regular" for the cast, "Name" /
// "Executive Producer" for the crew. A cast entry becomes a credit, a crew
// entry a field keyed by the role.
func creditGroup(lines []line, i int, fields Fields) (int, Block, bool) {
	var nameLines []line
	j := i
	for ; j < len(lines) && len(nameLines) < 3; j++ {
		t := strings.TrimPrefix(lines[j].text, "as ")
		if t == "" {
			return 0, Block{}, false
		}
		if castRole.MatchString(t) || crewRole(t, fields) {
			break
		}
		if !IsName(undot(t)) {
			return 0, Block{}, false
		}
		nameLines = append(nameLines, lines[j])
	}
	if j >= len(lines) {
		return 0, Block{}, false
	}
	if len(nameLines) == 3 {
		// No labels: the list pairs an actor line with a role line, unless
		// its lines each run a character's and an actor's names together.
		if gluedRun(lines, i) {
			return 0, Block{}, false
		}
		c := nameLines[1]
		span := sources.Span{Start: nameLines[0].off, End: c.off + len(c.text), Text: nameLines[0].text + "\n" + c.text}
		return 2, Block{Kind: BlockCredit, Span: span, Values: []sources.Span{nameLines[0].span(), asRole(c)}}, true
	}
	label := lines[j].text
	span := sources.Span{Start: lines[i].off, End: lines[j].off + len(label), Text: label}
	switch {
	case castRole.MatchString(label) && len(nameLines) == 2:
		return j - i + 1, Block{Kind: BlockCredit, Span: span, Values: []sources.Span{nameLines[0].span(), asRole(nameLines[1])}}, true
	case crewRole(label, fields) && len(nameLines) == 1:
		return j - i + 1, Block{Kind: BlockField, Span: span, Key: fieldKey(label), Values: []sources.Span{nameLines[0].span()}}, true
	}
	return 0, Block{}, false
}

// asRole is a character line of a credit without its leading "as ".
func asRole(c line) sources.Span {
	ct := strings.TrimPrefix(c.text, "as ")
	cs := c.off + len(c.text) - len(ct)
	return sources.Span{Start: cs, End: cs + len(ct), Text: ct}
}

// crewRole reports whether a line is a crew role label the extract stage
// reads ("Executive Producer", "Creator", "Production Company").
func crewRole(t string, fields Fields) bool {
	k := fieldKey(t)
	return fields.Credit(k) || infoboxKeys[k] || k == "writer" || k == "book author" || k == "author"
}
