package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// pageField reads one value of a character page's field: "Renata Solberg"
// under "Portrayed by", "Frank Halloran (father, deceased)" under "Family
// members", "Clara Wright" under "Sisters", "Tidewater (seasons 3–6)"
// under "Appearances", "Top Hat" under "Alias".
func (s *docState) pageField(b layout.Block, typ, pred string, v sources.Span) {
	if s.pageChar < 0 {
		return
	}
	if parts := kinLabelled(v); parts != nil {
		for _, p := range parts {
			s.pageFieldValue(b, typ, pred, p.span, p.kin)
		}
		return
	}
	s.pageFieldValue(b, typ, pred, v, "")
}

// pageFieldValue reads one name of a character page's field; label is the
// kinship a "Kin: Name" label gave it, or "".
func (s *docState) pageFieldValue(b layout.Block, typ, pred string, v sources.Span, label string) {
	name, note := pageValue(v.Text)
	bare := untitled(name)
	if !layout.IsName(bare) && !layout.IsName(strings.ReplaceAll(bare, ".", "")) || typ != graph.Organization && typ != graph.Series && genericName(bare) && !givenFirst(bare) && !(pred == "alias" && innerGenericOnly(bare)) {
		return
	}
	t := pageFieldTyping(b.Key, typ)
	mi := s.mention(v.Start, v.Start+len(name), t)
	if mi < 0 {
		return
	}
	c := Claim{Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: t.rule}
	switch pred {
	case "PLAYS":
		c.Subject, c.Predicate, c.Object = mi, "PLAYS", s.pageChar
	case "MEMBER_OF", "APPEARS_IN":
		c.Subject, c.Predicate, c.Object = s.pageChar, pred, mi
	case "alias":
		s.x.Mentions[mi].Alias = s.x.Mentions[s.pageChar].Name
		return
	case "KIN", "ROMANCE":
		kin, ok := kinNote(note)
		if !ok && label != "" {
			kin, ok = label, true // "Father: Aldo Vale (deceased)"
		}
		switch {
		case !ok && pred == "ROMANCE":
			kin = "spouse"
		case !ok && keyKin(b.Key) != "":
			kin = keyKin(b.Key)
		case !ok:
			return
		}
		c.Subject, c.Object, c.Confidence = mi, s.pageChar, 0.8
		c.Predicate, c.Detail = kinPredicate(kinWordOf(kin), kin)
	default:
		return
	}
	s.claim(c)
}

// untitled is a field's name without the titles before it ("Dr. Ada
// Quist"), which the mention keeps as its role; a lone title stays.
func untitled(name string) string {
	ws := strings.Fields(name)
	i := 0
	for i < len(ws)-1 && names.IsTitle(ws[i]) {
		i++
	}
	return strings.Join(ws[i:], " ")
}

// givenFirst reports whether a name of two words or more opens with a
// given name: a person's name even when its surname is a common word
// ("Ada White", "Kit Black").
func givenFirst(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && names.GivenName(ws[0])
}

// allGeneric reports whether every word of a value is a generic word.
func allGeneric(v string) bool {
	ws := wordSpans(v)
	for _, w := range ws {
		if !names.InLower(names.NotNames, w.Text) {
			return false
		}
	}
	return len(ws) > 0
}

// innerGenericOnly reports whether a name of three words or more holds
// generic words only between its first and last words ("Tin Can Tessa",
// "Ray Of Light"): a nickname an alias field lists, whose first and last
// words name it, as a label's ("The Hook", "Season One") do not.
func innerGenericOnly(name string) bool {
	ws := strings.Fields(name)
	generic := func(w string) bool { return names.InLower(names.NotNames, w) && !names.IsTitle(w) }
	return len(ws) >= 3 && !generic(ws[0]) && !generic(ws[len(ws)-1])
}

// genericName reports whether a name holds a generic word that is no
// title ("Season One through Season Eight", "Information"): a label of
// the page, not a name.
func genericName(name string) bool {
	for _, w := range strings.Fields(name) {
		if names.InLower(names.NotNames, w) && !names.IsTitle(w) {
			return true
		}
	}
	return false
}
