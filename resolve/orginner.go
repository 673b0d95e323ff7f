package resolve

import (
	"fmt"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// orgInnerWord is the rule "org-inner-word": an organization's name of two
// words or more that ends with a word of a broadcaster's or a studio's
// name ("Tidewater Television") is the one longer organization name that
// one document also writes with a word more inside it, first and last
// words the same ("Tidewater Regional Television"): a page gives a
// company's full name once and its usual short name after. The org-short-
// form rule joins only a name that starts or ends a longer one; this one
// joins the name that leaves out a word in the middle.
//
// Names stay apart when the word left out is a place or a country's code
// ("Lumen Scotland Television", a regional company of its own) or itself
// ends organizations' names ("Lumen Television Studios", the television
// arm of Lumen Studios), when
// either name is a network general knowledge knows (two channels), when
// the short name fits two longer names, or when no document writes both.
//
// Blocking: names meet only when they share their first and last words.
type orgInnerWord struct{}

func (orgInnerWord) name() string { return "org-inner-word" }

func (r orgInnerWord) apply(s *state) {
	ends := map[string][]*group{} // first|last word -> organization names
	for _, g := range s.sortedGroups() {
		if ws := strings.Fields(g.key); g.typ == graph.Organization && len(ws) >= 2 {
			k := ws[0] + "|" + ws[len(ws)-1]
			ends[k] = append(ends[k], g)
		}
	}
	ev := s.currentEvidence()
	for _, a := range s.sortedGroups() {
		ws := strings.Fields(a.key)
		if a.typ != graph.Organization || len(ws) < 2 || !innerWordEnd(ws[len(ws)-1]) || names.KnownNetwork(a.name) {
			continue
		}
		var fit []*group
		var word string
		for _, b := range ends[ws[0]+"|"+ws[len(ws)-1]] {
			if w := innerWordOf(ws, strings.Fields(b.key)); w != "" && b.root() != a.root() {
				fit, word = append(fit, b), w
			}
		}
		if len(fit) != 1 {
			continue
		}
		b := fit[0]
		if names.KnownNetwork(b.name) || names.KnownPlace(word) || names.CountryCodes[strings.ToUpper(word)] || innerKind(word) || !ev.together(a, b) {
			continue
		}
		a.short = true
		s.union(b, a, r.name(), fmt.Sprintf("short form: %q is %q without the word %q, and a document writes both", a.name, b.name, word))
	}
}

// innerKind reports whether the folded word w ends organizations' names
// itself: inside a longer name it names a kind of company of its own ("X
// Television Studios", the television arm of X Studios).
func innerKind(w string) bool { return names.OrgSuffixes[w] || innerWordEnd(w) }

// innerWordEnd reports whether w, folded, ends the names of networks or
// studios, whose full names a page may give with a word more inside.
func innerWordEnd(w string) bool { return broadcasterWords[w] || studioWords[w] }

// innerWordOf returns the word long has inside it that short lacks, when
// long is short with one word put between its first and last words; ""
// otherwise.
func innerWordOf(short, long []string) string {
	if len(long) != len(short)+1 {
		return ""
	}
	for i := 1; i < len(long)-1; i++ {
		if strings.Join(long[:i], " ") == strings.Join(short[:i], " ") && strings.Join(long[i+1:], " ") == strings.Join(short[i:], " ") {
			return long[i]
		}
	}
	return ""
}
