package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// seriesCreatorAfter matches a maker's credit and a name after a title:
// "Harbor Lights creator Ann Roe", "Harbor Lights producer Ann Roe". A
// show is named so by the trade press to say who made it.
var seriesCreatorAfter = regexp.MustCompile(`^\s+(?:creator|co-creator|producer|executive\s+producer|showrunner)\s+\p{Lu}\p{Ll}`)

// seriesCreatorRule types a run before a maker's credit and a name as the
// show that maker made ("from The Harbor producer Ann Roe"). A company's
// name does that too ("Lumen producer Ann Roe"), so an acronym, a known
// network, a company's last word or a given name opening the run (a
// person's possessive credit) leaves the run to other rules.
var seriesCreatorRule = shapeRule{"series-creator", graph.Series, 0.5, func(r *run) bool {
	return seriesCreatorAfter.MatchString(r.after) && !r.sentStart && !r.quoted && !names.Acronym(r.first) &&
		!names.OrgSuffixes[r.last] && !names.KnownNetwork(r.text) && !names.GivenName(r.first) && !strings.HasSuffix(r.text, "'s")
}}
