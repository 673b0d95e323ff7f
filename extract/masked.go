package extract

import (
	"strconv"
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// markerNumbers returns the numbers of the markers in g, in order: what
// markerRe finds, without a regular expression (every group of every
// match is read for its markers).
func markerNumbers(g string) []int {
	var out []int
	for {
		i := strings.Index(g, "«")
		if i < 0 {
			return out
		}
		g = g[i+len("«"):]
		j := 0
		for j < len(g) && '0' <= g[j] && g[j] <= '9' {
			j++
		}
		if j > 0 && strings.HasPrefix(g[j:], "»") {
			k, _ := strconv.Atoi(g[:j])
			out = append(out, k)
			g = g[j+len("»"):]
		}
	}
}

// joinLines replaces the line breaks of a masked sentence by spaces (see
// lineBreak); most sentences have none, and are not searched.
func joinLines(masked string) string {
	if !strings.Contains(masked, "\n") {
		return masked
	}
	return lineBreak.ReplaceAllString(masked, " ")
}

// titleDotBefore matches an abbreviated word with its dot at the end of
// the text before a mention: "portrays Dr. ", "as Lt.".
var titleDotBefore = regexp.MustCompile(`\b(\p{Lu}\p{L}{0,4})\.(\s*)$`)

// undotTitle drops the dot of an abbreviated title that ends gap, the
// text before a mention ("as Lt. Arthur Fancy"): the dot ends no
// sentence, and the patterns that read up to the mention stop at a dot.
func undotTitle(gap string) string {
	m := titleDotBefore.FindStringSubmatchIndex(gap)
	if m == nil || !names.IsTitle(gap[m[2]:m[3]]) {
		return gap
	}
	return gap[:m[3]] + gap[m[3]+1:]
}
