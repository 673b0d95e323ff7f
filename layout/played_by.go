package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/sources"
)

// playedByRe matches "Character (played by Actor), description";
// playedByComma matches "Character, played by Actor, description", the
// actor ending at a comma, a full stop or the end.
var (
	playedByRe    = regexp.MustCompileShort(`^(\p{Lu}[^()]{0,60}?)\s+\((?:played|portrayed|voiced) by\s+([^()]{2,60})\)(.*)$`)
	playedByComma = regexp.MustCompileShort(`^(\p{Lu}[^(),]{0,60}?),\s+(?:also\s+)?(?:played|portrayed|voiced) by\s+([^(),]{2,60}?)(,.*|\.(?:\s.*)?|)$`)
)

// parsePlayedBy reads "Character (played by Actor), description" and
// "Character, played by Actor, description".
func parsePlayedBy(body string, off int) (Block, bool) {
	m := playedByRe.FindStringSubmatchIndex(body)
	if m == nil {
		m = playedByComma.FindStringSubmatchIndex(body)
	}
	if m == nil || !IsName(body[m[2]:m[3]]) || !isActorName(body[m[4]:m[5]]) {
		return Block{}, false
	}
	b := Block{Kind: BlockCast, Values: []sources.Span{{Start: off + m[4], End: off + m[5], Text: body[m[4]:m[5]]}, {Start: off + m[2], End: off + m[3], Text: body[m[2]:m[3]]}}}
	if tail := body[m[6]:m[7]]; strings.TrimLeft(tail, " ,.;") != "" {
		lead := len(tail) - len(strings.TrimLeft(tail, " ,.;"))
		b.Rest = &sources.Span{Start: off + m[6] + lead, End: off + len(body), Text: body[m[6]+lead:]}
	}
	return b, true
}

// isActorName reports whether s is a person's name, with the particles
// and initials names have ("Anna de Moor", "Peter J. Vance").
func isActorName(s string) bool {
	ws := strings.Fields(undot(s))
	for i := 1; i < len(ws)-1; i++ {
		if isConnector(ws[i]+" ") && ws[i] != "of" {
			ws[i] = strings.ToUpper(ws[i][:1]) + ws[i][1:]
		}
	}
	return IsName(strings.Join(ws, " "))
}
