package extract

import (
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
)

// seriesFieldKeys are the keys of a character page's field that names the
// series the character appears in: "Series: Harbour Nine".
var seriesFieldKeys = map[string]bool{"series": true, "show": true, "program": true, "programme": true}

// seriesField reads the "Series" field of a character page: the character
// appears in the series it names, which is the page's series unless its
// title said another. Without it a character page's series is only the
// title its prose names most, which may be the organization the character
// works for. On other pages (an episode's infobox) the field is not read.
// It reports whether b is such a field.
func (s *docState) seriesField(b layout.Block) bool {
	if !seriesFieldKeys[b.Key] {
		return false
	}
	if s.pageChar < 0 {
		return true
	}
	// The field may name the novels of a character from books: the type is
	// a guess that the corpus's other mentions of the name overrule.
	t := typing{pageFieldRule(b.Key), graph.Series, SigShape, 0.45}
	for _, v := range b.Values {
		_, end, text := fieldText(b, v)
		if !layout.IsName(text) {
			continue
		}
		mi := s.mention(v.Start, end, t)
		if mi < 0 {
			continue
		}
		s.claim(Claim{Subject: s.pageChar, Predicate: "APPEARS_IN", Object: mi, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: t.rule})
		if s.subject < 0 {
			s.subject = mi
		}
	}
	return true
}
