package resolve

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/kgbuild/kg/names"
)

// nicknameRule is the rule "nickname": a name with a quoted nickname
// (Marguerite "Peg" Lindahl) is also written without it (Marguerite
// Lindahl), or with the nickname as the first name (Peg Lindahl).
type nicknameRule struct{}

func (nicknameRule) name() string { return "nickname" }

// nickname matches a quoted nickname inside a name, in double quotation
// marks, straight or curly, or in single ones (Thomas ‘Tom’ Lindahl). A
// single mark is also an apostrophe (O’Brien, Jack’s), so it counts as a
// quotation mark only with a space or the name's edge on its outer side,
// where an apostrophe never stands on both sides of a word; the match then
// holds those spaces, which the name's other forms drop.
var nickname = regexp.MustCompile(`(?:["“]|(?:^|\s)['‘])(\p{L}[\p{L} .'’-]*?)(?:["”]|['’](?:\s|$))`)

func (n nicknameRule) apply(s *state) {
	for _, g := range s.sortedGroups() {
		for _, f := range nicknameForms(g.name) {
			if o := s.lookup(g.typ, f); o != nil && o.root() != g.root() {
				s.union(g, o, n.name(), fmt.Sprintf("nickname: %q is %q without its nickname, or by it", f, g.name))
			}
		}
	}
}

// foldedNicknames returns the folded quoted nicknames of name, in the
// order it writes them; nil when it quotes none.
func foldedNicknames(name string) []string {
	var out []string
	for _, q := range nickname.FindAllStringSubmatch(name, -1) {
		out = append(out, names.Fold(q[1]))
	}
	return out
}

// nicknameOf reports whether key is the folded quoted nickname of name.
func nicknameOf(key, name string) bool {
	return slices.Contains(foldedNicknames(name), key)
}

// nicknameForms returns the other ways of writing a name with a quoted
// nickname: without it, and by it with the surname; nil for other names.
func nicknameForms(name string) []string {
	m := nickname.FindStringSubmatchIndex(name)
	if m == nil {
		return nil
	}
	plain := strings.Join(strings.Fields(name[:m[0]]+" "+name[m[1]:]), " ")
	ws := strings.Fields(plain)
	forms := []string{plain}
	if len(ws) > 0 {
		forms = append(forms, name[m[2]:m[3]]+" "+ws[len(ws)-1])
	}
	return forms
}
