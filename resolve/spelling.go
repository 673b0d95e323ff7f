package resolve

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// spellingVariant is the rule "spelling-variant": two names of one person
// or character, as many words, all alike but one word one slip of the
// typist apart (a letter dropped, doubled, changed, or two swapped:
// "McNulty" and "McNutty", "Samira" and "Zamira", or two vowels swapped,
// or one sound spelt another way: "Drewett" and "Druett"),
// are one entity when documents about one series write them (or, where one
// of them has no series, documents that name one other person or character;
// or, where their series differ, documents that name two others) and
// nothing tells them apart. No actor has to play both: the shared series
// or person is the evidence, and it is recorded on the merge.
//
// Two people are told apart by a document that writes both names (it
// would not misspell one of two names it writes; but it may misspell a
// surname once, in a caption or a list apart from its text: see
// surnameSlip), by other actors, by a
// relation between them, or, for a given name, when either name is a
// given name of its own in the list of familiar forms ("Joan" and "John").
// A name with two such variants joins neither.
//
// Blocking, in two steps: names meet only when all their words but one
// are the same, and then only when that word, or it with one letter
// deleted, is the same; the cost follows the number of names and of the
// letters of the few that share all other words, not the square of the
// names.
type spellingVariant struct{}

func (spellingVariant) name() string { return "spelling-variant" }

// minSharedPeople is how many other people or characters the documents of
// two variants must both name in full to tie them when they are named
// with series, but not with one: a page's series is often missed or
// mistaken on real pages (a city taken for a title), while two pages that
// share two full names besides these tell one story. One shared name is
// not enough there: an actor who plays in two series is one.
const minSharedPeople = 2

// minVariantWord is the shortest word a slip may change: in shorter words
// one letter makes another name ("Jon", "Joan").
const minVariantWord = 4

func (v spellingVariant) apply(s *state) {
	ev := s.evidence()
	rests := restBuckets(s)
	rks := pairedKeys(rests)
	// The blocks are compared on all cores, and what each found is
	// recorded in key order.
	ev.readyForCores()
	pairs := make([][]candidatePair, len(rks))
	eachName(len(rks), func(n int) {
		slips := map[string][]*group{}
		for _, e := range rests[rks[n]] {
			for _, k := range slipKeys(e.word) {
				slips[k] = append(slips[k], e.g)
			}
		}
		for _, k := range pairedKeys(slips) {
			pairs[n] = bucketPairs(pairs[n], slips[k], func(a, b *group) string { return v.why(ev, a, b) })
		}
	})
	found := map[*group]map[*group]string{}
	addPairs(found, pairs)
	joinSingleCandidates(s, v.name(), found)
}

// wordAt is a name with one of its words singled out.
type wordAt struct {
	g    *group
	word string
}

// restBuckets is the first step of blocking: each name of a person or
// character is indexed once per word, under its type, the word's place
// and the other words, so that only names alike but for one word meet.
func restBuckets(s *state) map[string][]wordAt {
	out := map[string][]wordAt{}
	for _, g := range s.sortedGroups() {
		if !personLike(g.typ) || len(g.key) < minNearKey {
			continue
		}
		ws := strings.Fields(g.key)
		if len(ws) < 2 {
			continue
		}
		for i, w := range ws {
			if len([]rune(w)) >= minVariantWord-1 {
				k := g.typ + "|" + strconv.Itoa(i) + "|" + strings.Join(ws[:i], " ") + "|" + strings.Join(ws[i+1:], " ")
				out[k] = append(out[k], wordAt{g, w})
			}
		}
	}
	return out
}

// slipKeys is the second step: a word is indexed under itself and each of
// its forms with one letter deleted, so that only words one slip apart
// share a key; under its vowels sorted after its consonants, for two
// vowels swapped ("Samira", "Simara"); and under its soundKey.
func slipKeys(w string) []string {
	r := []rune(w)
	out := []string{w}
	for j := range r {
		d := string(r[:j]) + string(r[j+1:])
		if d != out[len(out)-1] {
			out = append(out, d)
		}
	}
	var skeleton, vowels []rune
	for _, c := range r {
		if isVowel(c) {
			vowels = append(vowels, c)
			c = '_'
		}
		skeleton = append(skeleton, c)
	}
	slices.Sort(vowels)
	return append(out, "~"+string(skeleton)+string(vowels), "≈"+soundKey(w))
}

// soundAlike are the pairs of spellings English writes for one sound, the
// longer first: a typist who hears a name may write either ("Drewett",
// "Druett"; "Philby", "Filby").
var soundAlike = [][2]string{{"ew", "u"}, {"ph", "f"}, {"ck", "k"}}

// soundKey is w with every spelling of soundAlike written its shorter way:
// two words with the same key are one sound spelt other ways.
func soundKey(w string) string {
	for _, p := range soundAlike {
		w = strings.ReplaceAll(w, p[0], p[1])
	}
	return w
}

// soundSlip reports whether a and b are the same word but for one sound of
// soundAlike spelt the other way.
func soundSlip(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	for _, p := range soundAlike {
		for i := strings.Index(a, p[0]); i >= 0; {
			if a[:i]+p[1]+a[i+len(p[0]):] == b {
				return true
			}
			j := strings.Index(a[i+1:], p[0])
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// isVowel reports whether a folded letter is a vowel.
func isVowel(c rune) bool { return strings.ContainsRune("aeiouy", c) }

// why returns the evidence that a and b are one entity, or "".
func (v spellingVariant) why(ev *nameEvidence, a, b *group) string {
	if a.root() == b.root() || a.typ != b.typ {
		return ""
	}
	slip := nameSlip(a.key, b.key)
	if slip == "" || ev.apart(a, b) != "" {
		return ""
	}
	if ev.together(a, b) {
		switch {
		case ev.sideBySide(a, b):
			return ""
		case surnameSlip(a.key, b.key):
			return fmt.Sprintf("spelling variant: %q ~ %q (%s in the surname), in one document, never in one block",
				a.name, b.name, slip)
		case onceSlip(a, b) || onceSlip(b, a):
			return fmt.Sprintf("spelling variant: %q ~ %q (%s), one written once, the other on %d pages or more, never in one block",
				a.name, b.name, slip, minSlipPages)
		}
		return ""
	}
	context := variantContext(ev, a, b)
	if context == "" {
		return ""
	}
	return fmt.Sprintf("spelling variant: %q ~ %q (%s), both in documents %s, never together in one",
		a.name, b.name, slip, context)
}

// minSurnameSlip is the shortest surname whose slip one document may
// make: in shorter words one letter more often makes another name.
const minSurnameSlip = 5

// surnameSlip reports whether two names of as many words, one slip apart,
// differ in a word after the first, of at least minSurnameSlip letters:
// a page that writes "Dana Kellan" in a caption and "Dana Kellen" in its
// text has misspelt one person's surname, since two people of one given
// name with surnames a letter apart are rare; two given names a letter
// apart over one surname ("Joan Harker", "John Harker") are often
// siblings, and one paragraph or list that writes both names two people.
func surnameSlip(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	for i := 1; i < len(aw) && i < len(bw); i++ {
		if aw[i] != bw[i] {
			return len([]rune(aw[i])) >= minSurnameSlip && len([]rune(bw[i])) >= minSurnameSlip
		}
	}
	return false
}

// minSlipPages is how many documents must write a person's name for a
// spelling of it written once beside it to be a slip.
const minSlipPages = 3

// onceSlip reports whether a is a real person's name written once in the
// corpus, and b, one slip from it, a name of a person that at least
// minSlipPages documents write: a page that writes "Tavis Orrin" once and
// "Tavish Orrin" elsewhere misspelt the actor the other pages name, as
// two people of one surname and given names a slip apart, one of them
// named once, are rare. Characters are left out: a story's siblings may
// have such names.
func onceSlip(a, b *group) bool {
	ra, rb := a.root(), b.root()
	return ra.typ == graph.Person && ra == a && len(ra.refs) == 1 && len(docsOf(rb)) >= minSlipPages
}

// variantContext says what ties the documents of two variants of a name
// together: a series both are named with, or the people or characters
// both documents name in full (one when either has no series, two
// otherwise); "" when nothing does.
func variantContext(ev *nameEvidence, a, b *group) string {
	if series, how := ev.sharedSeries(a, b); series != nil {
		return how + " " + series.name
	}
	ps := ev.sharedPeople(a, b)
	switch {
	case len(ps) > 0 && (len(ev.seriesOf(a, seriesCast)) == 0 || len(ev.seriesOf(b, seriesCast)) == 0):
		return "naming " + ps[0].name
	case len(ps) >= minSharedPeople:
		return "naming " + ps[0].name + " and " + ps[1].name
	}
	return ""
}

// otherGivenNames reports whether two given names are names of their own:
// either is in the list of familiar forms, and no line holds both.
func otherGivenNames(a, b string) bool {
	return (len(givenNameForms[a]) > 0 || len(givenNameForms[b]) > 0) && !formsOfOne(a, b)
}

// oneSlip says how two different words are one slip apart: "a letter
// dropped", "a letter doubled", "a letter changed", "two letters swapped",
// "a sound spelt another way"; or "" when they are not.
func oneSlip(a, b string) string {
	if soundSlip(a, b) {
		return "a sound spelt another way"
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	switch {
	case len(rb) == len(ra)+1:
		for i := range rb {
			if string(rb[:i])+string(rb[i+1:]) == string(ra) {
				if i > 0 && rb[i-1] == rb[i] || i+1 < len(rb) && rb[i+1] == rb[i] {
					return "a letter doubled"
				}
				return "a letter dropped"
			}
		}
	case len(rb) == len(ra):
		var diff []int
		for i := range ra {
			if ra[i] != rb[i] {
				diff = append(diff, i)
			}
		}
		if len(diff) == 1 {
			return "a letter changed"
		}
		if len(diff) == 2 && ra[diff[0]] == rb[diff[1]] && ra[diff[1]] == rb[diff[0]] {
			switch {
			case diff[1] == diff[0]+1:
				return "two letters swapped"
			case isVowel(ra[diff[0]]) && isVowel(ra[diff[1]]):
				return "two vowels swapped"
			}
		}
	}
	return ""
}
