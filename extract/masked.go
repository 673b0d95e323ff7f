package extract

import (
	"strconv"
	"strings"
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
