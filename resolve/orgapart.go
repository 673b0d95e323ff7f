package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/names"
)

// orgDistinction is a way in which a longer organization name that
// contains a short form names another organization than the short form
// does: the org-short-form rule leaves such names out of its candidates
// and records on the short form why.
type orgDistinction struct {
	name string
	// apart reports whether long names another organization than short,
	// given the networks (folded keys of what series air on).
	apart func(short, long *group, networks map[string]bool) bool
	why   string // completes "kept apart from SHORT: "
}

// orgDistinctions are checked for every candidate of a short form.
var orgDistinctions = []orgDistinction{
	{
		// "network-not-studio": a series airs on CBS, or general
		// knowledge holds CBS a network; CBS Studios makes series, and is
		// another company.
		name: "network-not-studio",
		apart: func(short, long *group, networks map[string]bool) bool {
			return (networks[short.key] || names.KnownNetwork(short.name)) && studioWords[names.LastWord(long.key)]
		},
		why: "a network is not the studio named after it",
	},
	{
		// "network-not-its-group": Lumen is a channel; Lumen Networks is
		// the company that owns it and others.
		name: "network-not-its-group",
		apart: func(short, long *group, networks map[string]bool) bool {
			return (networks[short.key] || names.KnownNetwork(short.name)) && long.key == short.key+" networks"
		},
		why: "a network is not the group of networks named after it",
	},
	{
		// "network-not-its-service": Lumen is a network; Lumen Prime
		// Video is its streaming service and Lumen News its news
		// division, each an organization of its own.
		name: "network-not-its-service",
		apart: func(short, long *group, networks map[string]bool) bool {
			return (networks[short.key] || names.KnownNetwork(short.name)) && strings.HasPrefix(long.key, short.key+" ") && serviceWords[names.LastWord(long.key)]
		},
		why: "a network is not the service or division named after it",
	},
	{
		// "sub-unit": "KPD Homicide Unit" is a unit of the KPD, not
		// the KPD itself.
		name: "sub-unit",
		apart: func(short, long *group, _ map[string]bool) bool {
			sw, lw := strings.Fields(short.key), strings.Fields(long.key)
			return len(lw) >= len(sw)+2 && strings.HasPrefix(long.key, short.key+" ") && unitWords[lw[len(lw)-1]]
		},
		why: "a unit within an organization is not the organization",
	},
	{
		// "channel-of-its-owner": "Lumen Kids Network" is a channel of
		// Lumen's with a name of its own ("Kids"), not Lumen; "Lumen
		// Television Network" is Lumen's network written in full.
		name: "channel-of-its-owner",
		apart: func(short, long *group, _ map[string]bool) bool {
			rest, ok := strings.CutPrefix(long.key, short.key+" ")
			ws := strings.Fields(rest)
			if !ok || len(ws) < 2 || !broadcasterWords[ws[len(ws)-1]] {
				return false
			}
			for _, w := range ws[:len(ws)-1] {
				if broadcasterWords[w] || studioWords[w] || names.OrgSuffixes[w] {
					return false
				}
			}
			return true
		},
		why: "a channel with a name of its own is not the company that owns it",
	},
	{
		// "regional-branch": "Lumen UK" is the branch of Lumen in one
		// country, another organization than Lumen.
		name: "regional-branch",
		apart: func(short, long *group, _ map[string]bool) bool {
			rest, ok := strings.CutPrefix(long.key, short.key+" ")
			return ok && (names.CountryCodes[strings.ToUpper(rest)] || names.KnownPlace(rest))
		},
		why: "a branch in one country is not the whole organization",
	},
	{
		// "two-networks": "BBC One" and "BBC" are both names of
		// networks general knowledge holds apart: a channel and its
		// broadcaster.
		name: "two-networks",
		apart: func(short, long *group, _ map[string]bool) bool {
			return names.KnownNetwork(short.name) && names.KnownNetwork(long.name)
		},
		why: "both are networks in their own right",
	},
}

// distinctOrgs leaves out of fit the names that name another organization
// than short, noting on each such name's entity which and why.
func (s *state) distinctOrgs(short *group, fit []*group, networks map[string]bool) []*group {
	var out []*group
	for _, long := range fit {
		kept := true
		for _, d := range orgDistinctions {
			if d.apart(short, long, networks) {
				kept = false
				r := long.root()
				s.unlinked[r] = append(s.unlinked[r], merge{rule: d.name, text: fmt.Sprintf("kept apart from %q: %s", short.name, d.why)})
				break
			}
		}
		if kept {
			out = append(out, long)
		}
	}
	return out
}
