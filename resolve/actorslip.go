package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// actorSlipSameRole is the rule "actor-slip-same-role": two names of
// actors one slip of the typist apart ("Lena Marsh", "Lena Mersh") are
// one person when both play one character: the same one, or one named by
// a word of the other's name ("Varnay (played by Lena Mersh)" beside
// "Lena Marsh as Odile Varnay"). The spelling-variant rule leaves the two
// apart when one document writes both, since a page seldom misspells one
// of two names it writes; the shared role outweighs that. Blocking is the
// spelling rule's: names meet only when all their words but one are the
// same and that word, or it with one letter deleted, is too.
type actorSlipSameRole struct{}

func (actorSlipSameRole) name() string { return "actor-slip-same-role" }

func (r actorSlipSameRole) apply(s *state) {
	roles := claimedRoles(s)
	buckets := map[string][]string{}
	for a := range roles {
		ws := strings.Fields(a)
		for i, w := range ws {
			if len(ws) < 2 || len([]rune(w)) < minVariantWord {
				continue
			}
			rest := strconv.Itoa(i) + "|" + strings.Join(ws[:i], " ") + "|" + strings.Join(ws[i+1:], " ")
			for _, k := range slipKeys(w) {
				buckets[rest+"|"+k] = append(buckets[rest+"|"+k], a)
			}
		}
	}
	for _, k := range pairedKeys(buckets) {
		as := buckets[k]
		sort.Strings(as)
		for i, a := range as {
			for _, b := range as[i+1:] {
				r.join(s, a, b, roles)
			}
		}
	}
}

// join unites the people named a and b when their names are one slip
// apart and they play one character.
func (r actorSlipSameRole) join(s *state, a, b string, roles map[string][]string) {
	ga, gb := s.lookup(graph.Person, a), s.lookup(graph.Person, b)
	if a == b || ga == nil || gb == nil || ga.root() == gb.root() {
		return
	}
	slip := nameSlip(a, b)
	if slip == "" {
		return
	}
	role := sharedRole(roles[a], roles[b])
	if role == "" {
		return
	}
	s.union(ga, gb, r.name(), fmt.Sprintf("spelling variant: %q ~ %q (%s), both play %q", ga.name, gb.name, slip, role))
}

// oneWordApart returns the words of two names and the index of the one
// word in which they differ, the others the same; the index is -1 when the
// names differ in their number of words, in no word or in more than one.
func oneWordApart(a, b string) (aw, bw []string, at int) {
	aw, bw = strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return aw, bw, -1
	}
	at = -1
	for i := range aw {
		if aw[i] != bw[i] {
			if at >= 0 {
				return aw, bw, -1
			}
			at = i
		}
	}
	return aw, bw, at
}

// nameSlip says how two folded names of as many words differ by one slip
// in one word ("a letter changed"), or "" when they do not; a given name
// that is a name of its own ("Joan", "John") is no slip, unless the other
// form is no given name at all (see givenNameTypo).
func nameSlip(a, b string) string {
	aw, bw, at := oneWordApart(a, b)
	if at < 0 || len([]rune(aw[at])) < minVariantWord || len([]rune(bw[at])) < minVariantWord ||
		at == 0 && otherGivenNames(aw[at], bw[at]) && !givenNameTypo(aw[at], bw[at]) {
		return ""
	}
	return oneSlip(aw[at], bw[at])
}

// givenNameTypo reports whether one of two folded given names is a known
// given name and the other is none, in neither list of given names: a
// typist's slip makes a word that names no one, while a name one letter
// from another ("Joan", "John") is a name too. A census list keeps some
// slips as names of their own, so two adjacent vowels swapped in a name
// the familiar-forms list knows ("Daneil" of "Daniel"), the other form in
// no line of it, are a slip too (see vowelPairTypo).
func givenNameTypo(a, b string) bool {
	known := func(w string) bool { return names.GivenName(w) || len(givenNameForms[w]) > 0 }
	return names.GivenName(a) && !known(b) || names.GivenName(b) && !known(a) || vowelPairTypo(a, b)
}

// minVowelPairTypo is the shortest given name whose two swapped vowels
// are read as a slip: in shorter names a swap more often makes a name.
const minVowelPairTypo = 5

// vowelPairTypo reports whether two folded given names differ only by two
// adjacent vowels swapped ("ea" for "ae", "ie" for "ei"), a slip of the
// hand that the census list of first names keeps as a name of its own,
// where exactly one of them is in the list of familiar forms: the listed
// one is the name, the other its slip. Swaps of a vowel and a consonant
// make names of their own ("Christina", "Christian") and are not read so.
func vowelPairTypo(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < minVowelPairTypo || (len(givenNameForms[a]) > 0) == (len(givenNameForms[b]) > 0) {
		return false
	}
	var diff []int
	for i := range ra {
		if ra[i] != rb[i] {
			diff = append(diff, i)
		}
	}
	return len(diff) == 2 && diff[1] == diff[0]+1 && ra[diff[0]] == rb[diff[1]] && ra[diff[1]] == rb[diff[0]] &&
		strings.ContainsRune("aeiou", ra[diff[0]]) && strings.ContainsRune("aeiou", ra[diff[1]])
}

// claimedRoles maps the folded name of every actor a PLAYS claim names to
// the folded names of the characters it says the actor plays, sorted. The
// names are the claims' own: a lone surname is not yet placed.
func claimedRoles(s *state) map[string][]string {
	out := map[string][]string{}
	for _, x := range s.xs {
		for _, c := range x.Claims {
			if c.Predicate != predPlays || c.Subject < 0 || c.Object < 0 {
				continue
			}
			a, ch := names.Fold(x.Mentions[c.Subject].Name), names.Fold(x.Mentions[c.Object].Name)
			if !slices.Contains(out[a], ch) {
				out[a] = append(out[a], ch)
			}
		}
	}
	for _, rs := range out {
		slices.Sort(rs)
	}
	return out
}

// sharedRole returns a character both lists name: the same name, or one
// word that is the first or last word of the other's longer name; ""
// when there is none.
func sharedRole(as, bs []string) string {
	for _, x := range as {
		for _, y := range bs {
			if x == y || loneWordOf(x, y) {
				return y
			}
			if loneWordOf(y, x) {
				return x
			}
		}
	}
	return ""
}

// loneWordOf reports whether name x is one word that is the first or last
// word of the longer name y.
func loneWordOf(x, y string) bool {
	ws := strings.Fields(y)
	return !strings.Contains(x, " ") && len(ws) > 1 && (ws[0] == x || ws[len(ws)-1] == x)
}
