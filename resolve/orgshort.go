package resolve

import (
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// orgShortForm is the rule "org-short-form": an organization's name that
// is the start or end of exactly one longer organization name joins it
// ("Prime Video", "Amazon Prime Video"). Where several longer names fit,
// the narrowings below may leave one; the merge then records the
// narrowing's name.
type orgShortForm struct{}

func (orgShortForm) name() string { return "org-short-form" }

// orgNarrowing picks, among several organization names that contain a
// short form, the ones it can stand for, on evidence beyond the names.
type orgNarrowing struct {
	name string
	// keep returns the fitting names that remain, given the networks
	// (folded keys of the organizations a series airs on), and false
	// when the narrowing does not apply to this short form.
	keep func(short *group, fit []*group, networks map[string]bool) ([]*group, bool)
}

// orgNarrowings are tried in order when more than one name fits.
var orgNarrowings = []orgNarrowing{
	// "broadcaster": "Network: Halcyon" beside Halcyon Broadcasting and
	// Halcyon Studios: a network's short name is the broadcaster's.
	{name: "broadcaster", keep: func(short *group, fit []*group, networks map[string]bool) ([]*group, bool) {
		if !networks[short.key] {
			return nil, false
		}
		var bc []*group
		for _, b := range fit {
			if broadcasterWords[names.LastWord(b.key)] {
				bc = append(bc, b)
			}
		}
		return bc, true
	}},
}

func (o orgShortForm) apply(s *state) {
	networks := airsOn(s)
	for _, a := range s.sortedGroups() {
		if a.typ != graph.Organization {
			continue
		}
		fit, rule := s.distinctOrgs(a, s.orgsWithAffix(a), networks), o.name()
		for _, n := range orgNarrowings {
			if len(fit) < 2 {
				break
			}
			if kept, ok := n.keep(a, fit, networks); ok {
				fit, rule = kept, n.name
			}
		}
		if len(fit) == 1 && fit[0].root() != a.root() {
			a.short = true
			s.union(fit[0], a, rule, shortFormText(a, fit[0]))
		}
	}
}

// airsOn returns the folded keys of the organizations named as what a
// series airs on.
func airsOn(s *state) map[string]bool {
	networks := map[string]bool{}
	for _, x := range s.xs {
		for _, c := range x.Claims {
			if c.Predicate == predAirsOn && c.Object >= 0 {
				networks[normKey(graph.Organization, x.Mentions[c.Object].Name)] = true
			}
		}
	}
	return networks
}
