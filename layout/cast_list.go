package layout

import (
	"strings"

	"github.com/kgbuild/kg/sources"
)

// readCastList reads a line that lists several cast lines, one after the
// other, split by semicolons, as review sites credit a show's cast: "Jane
// Roe as Ilse Brandt; Tom Reyes as Jonas Falk; ...". Each part is a cast
// line of its own ("Actor as Character", no description), so that no
// character's name runs on into the next actor's. A line with a part that
// is no such cast line is left to the other recognizers.
func readCastList(s *scan, b body) bool {
	if !strings.Contains(b.text, "; ") {
		return false
	}
	var blocks []Block
	pos := 0
	for _, part := range strings.Split(b.text, "; ") {
		text := strings.TrimRight(part, " .;")
		blk, ok := parseCast(text, b.off+pos)
		if !ok || blk.Rest != nil {
			return false
		}
		blk.Span = sources.Span{Start: b.off + pos, End: b.off + pos + len(text), Text: text}
		blk.Section = s.section
		blocks = append(blocks, blk)
		pos += len(part) + 2
	}
	if len(blocks) < 2 {
		return false
	}
	for _, blk := range blocks {
		s.add(blk)
	}
	return true
}
