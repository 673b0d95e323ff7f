package resolve

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// normKey is the key names are compared by within a type: Fold, with the
// generic words of book series and a leading article dropped, so that
// "The Harbor Novels" and "Harbor" are one book series; and an
// organization's channel number joined to the word before it.
func normKey(typ, name string) string {
	k := names.Fold(name)
	ws := strings.Fields(k)
	var out []string
	for i, w := range ws {
		if i == 0 && w == "the" && len(ws) > 1 && typ != graph.Person && typ != graph.Character {
			continue
		}
		if typ == graph.Book && bookSeriesWords[w] && len(ws) > 1 {
			continue
		}
		out = append(out, w)
	}
	if n := len(out); typ == graph.Organization && n > 1 {
		if d := channelNumber(out[n-1]); d != "" {
			out = append(out[:n-2], out[n-2]+d) // "BBC One" = "BBC1", "Channel 4" = "Channel4"
		}
	}
	return strings.Join(out, " ")
}

// channelNumber returns the digit a last word of an organization's name
// stands for, as channels are numbered ("one", "1"), or "".
func channelNumber(w string) string {
	for i, n := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		if d := string(rune('1' + i)); w == n || w == d {
			return d
		}
	}
	return ""
}

// Affix reports whether the words of a are a proper leading or trailing
// run of the words of b: "Prime Video" of "Amazon Prime Video". Short forms
// of organization names are found this way, here and when build tells a
// short form from another spelling.
func Affix(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) == 0 || len(aw) >= len(bw) {
		return false
	}
	return strings.Join(bw[:len(aw)], " ") == a || strings.Join(bw[len(bw)-len(aw):], " ") == a
}
