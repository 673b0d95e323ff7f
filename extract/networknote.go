package extract

import (
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// predNetworkNote is the pseudo-predicate of a series with its network in
// parentheses, as reviews and listings write it: "the climax of Harbor
// Lights (BBC One)", "Harbor Lights (NBC, Wednesdays, 10 PM)". Only a
// network the names package knows is read so: a studio or a credit in
// parentheses is not where the series airs.
const predNetworkNote = "NETWORK_NOTE"

// applyNetworkNote states that the series of group s airs on the network of
// group o.
func (s *docState) applyNetworkNote(m *patMatch) {
	ss, os := m.marks(m.group("s")), m.marks(m.group("o"))
	if len(ss) == 0 || len(os) == 0 || !names.KnownNetwork(s.x.Mentions[os[0]].Name) {
		return
	}
	if s.typed(ss[0], graph.Series) && s.typed(os[0], graph.Organization) {
		s.claim(Claim{Subject: ss[0], Predicate: "AIRS_ON", Object: os[0], Evidence: m.ms.sn.Span, Confidence: m.p.conf, Signal: SigPattern, Rule: m.p.name})
	}
}
