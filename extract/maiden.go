package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// maidenMark matches a maiden surname written after a married name:
// "Mara Ann Calder (née Quill)", "Mara Calder, née Quill", "Mara Calder
// née Quill".
var maidenMark = regexp.MustCompile(`^\s*[(,]?\s*(?:née|nee|Née|Nee)\s+(\p{Lu}[\p{L}'’-]+)`)

// maidenNames gives every name of a person or character of two words or
// more that the text follows with a maiden surname the name with that
// surname as its alias ("Mara Ann Calder (née Quill)" is also "Mara
// Ann Quill"), for reconciliation to join the two where both are named.
func (s *docState) maidenNames() {
	text := s.p.Doc.Text
	for i := range s.x.Mentions {
		m := &s.x.Mentions[i]
		ws := strings.Fields(m.Name)
		if m.Alias != "" || len(ws) < 2 || m.Type != graph.Person && m.Type != graph.Character {
			continue
		}
		if sub := maidenMark.FindStringSubmatch(text[m.End:min(m.End+60, len(text))]); sub != nil {
			m.Alias = strings.Join(ws[:len(ws)-1], " ") + " " + sub[1]
		}
	}
}
