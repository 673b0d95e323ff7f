package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// typeKnownNetwork types the name of a well-known network or streaming
// service ("Netflix", "BBC One"): general knowledge, not the page's words,
// says what it is.
var typeKnownNetwork = typing{"known-network", graph.Organization, SigPattern, 0.7}

// spotKnownNetworks finds the names of well-known networks and streaming
// services, longest first, unless they are part of a longer name ("Big
// Sky", "AMC Studios", "Lumen UK": the runs of capitalised words read
// those) or the corpus knows the name as something else.
func (s *docState) spotKnownNetworks(st *sentence) {
	text, ws := s.p.Doc.Text, st.ws
	for i := 0; i < len(ws); i++ {
		if st.used[i] || !names.Capitalised(ws[i].Text) || s.afterNameWord(st, i) {
			continue
		}
		for k := min(len(ws)-1, i+3); k >= i; k-- {
			end := ws[k].End
			if end < len(text) && text[end] == '+' {
				end++ // "Apple TV+"
			}
			if !s.joined(st, i, k) || !names.KnownNetwork(text[ws[i].Start:end]) {
				continue
			}
			if k+1 < len(ws) && end == ws[k].End && gapOK(text, ws[k], ws[k+1], false) && names.Capitalised(ws[k+1].Text) && !names.InLower(names.NotNames, ws[k+1].Text) {
				break // "AMC Studios", "Lumen UK": a longer name
			}
			if b := s.knownAs(text[ws[i].Start:end]).best(); b != "" && b != graph.Organization {
				break
			}
			s.claimWords(st, ws[i].Start, end, typeKnownNetwork)
			i = k
			break
		}
	}
}

// afterNameWord reports whether word i follows a capitalised word of the
// same name that is no generic word: "Sky" in "Open Sky".
func (s *docState) afterNameWord(st *sentence, i int) bool {
	if i == 0 || st.used[i-1] || !gapOK(s.p.Doc.Text, st.ws[i-1], st.ws[i], false) {
		return false
	}
	p := st.ws[i-1].Text
	return names.Capitalised(p) && !names.InLower(names.NotNames, p) && !(i == 1 && s.isLower(strings.ToLower(p)))
}
