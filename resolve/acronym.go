package resolve

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// acronymRule is the rule "acronym": an organization or place written as
// one acronym ("BPD", "F.B.I.") joins the one longer name of its type
// whose initials it spells, with or without the little words ("Baltimore
// Police Department", "Federal Bureau of Investigation"). Where the text
// says so ("... Department (BPD)") explicit-alias has joined them already;
// this rule joins them across documents that never do. An acronym that
// two names spell joins neither. An acronym of two letters ("HP") spells
// too many names to look across the corpus: it joins only a name of two
// words of a document that writes both ("Harbor Press"). A name whose
// second word is an abbreviation is spelled with it whole ("Lumen TV",
// "LTV"). An acronym typed an organization's that spells no organization
// may still stand for a place, a series or a person of a document that
// names both (see acrossTypes and givenInitials).
//
// Blocking: every longer name is indexed under its initials, so an
// acronym is compared only with the names it spells.
type acronymRule struct{}

func (acronymRule) name() string { return "acronym" }

// minAcronym is the fewest letters an acronym must have to join a name of
// another document: two letters spell too many names.
const minAcronym = 3

// littleWords are the words an acronym may leave out.
var littleWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "on": true}

func (a acronymRule) apply(s *state) {
	spelled := spelledIndex(s)
	for _, g := range s.sortedGroups() {
		numbered := names.NumberedAcronym(g.name)
		if (g.typ != graph.Organization && g.typ != graph.Place) || !isAcronym(g.name) && !numbered || len(g.key) < minAcronym-1 {
			continue
		}
		key, letters := g.key, g.key
		if numbered {
			key = strings.ReplaceAll(g.key, " ", "") // "hcu 12", "hcu12"
			letters = strings.TrimRight(key, "0123456789")
		}
		var fit []*group
		for _, b := range spelled[g.typ+"|"+key] {
			if r := b.root(); r != g.root() && !containsGroup(fit, r) && (len(letters) >= minAcronym || s.shareDocument(g, b)) {
				fit = append(fit, r)
			}
		}
		if len(fit) == 1 {
			g.short = true
			s.union(fit[0], g, a.name(), fmt.Sprintf("acronym: %q spells the initials of %q, the only %s name that it does", g.name, fit[0].name, strings.ToLower(g.typ)))
		}
	}
	a.acrossTypes(s, spelled)
	a.givenInitials(s)
}

// acrossTypes joins an acronym that extract took for an organization's
// (the type an acronym gets when nothing says otherwise) and that spells
// no organization's name to the one place or series whose initials it
// spells, named in the same document ("New York City" and "NYC", a
// series and its fans' acronym): a page that writes both means one by
// the other. Across documents two such names are too likely to be two
// things. The place or series keeps its type.
func (a acronymRule) acrossTypes(s *state, spelled map[string][]*group) {
	for _, g := range s.sortedGroups() {
		if !orgAcronymAlone(g) || len(g.key) < minAcronym-1 {
			continue
		}
		a.joinOnlyNamedWith(s, g, slices.Concat(spelled[graph.Place+"|"+g.key], spelled[graph.Series+"|"+g.key]),
			"acronym: %q spells the initials of %q, the only %s named in a document with it")
	}
}

// givenInitials joins an acronym of two letters that extract took for an
// organization's and that spells no name to the one person or character
// named in the same document with it as given name or quoted nickname
// ("EZ" of "EZ Reyes" or of Ezekial "EZ" Reyes): two initials are a
// common given name, and an all-capital word is typed an organization's
// when nothing says otherwise. Blocking: the names of people and
// characters are indexed under their first word and nickname.
func (a acronymRule) givenInitials(s *state) {
	byGiven := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		if ws := strings.Fields(g.name); personLike(g.typ) && len(ws) > 1 {
			for _, k := range append([]string{names.Fold(ws[0])}, foldedNicknames(g.name)...) {
				byGiven[k] = append(byGiven[k], g)
			}
		}
	}
	for _, g := range s.sortedGroups() {
		if !orgAcronymAlone(g) || len([]rune(g.key)) != 2 || names.IsTitle(g.name) {
			continue
		}
		a.joinOnlyNamedWith(s, g, byGiven[g.key],
			"acronym: %q spells no name; it is the given name of %q, the only %s so named in a document with it")
	}
}

// orgAcronymAlone reports whether g is an acronym typed an
// organization's, with mentions, that is the root of its entity (no
// rule joined it to another): what the passes across types take up.
func orgAcronymAlone(g *group) bool {
	return g.typ == graph.Organization && g.root() == g && len(g.refs) > 0 && isAcronym(g.name)
}

// joinOnlyNamedWith joins the acronym g, a short form, to the entity of
// the one root among those of cands that a document names with it, if
// only one is; why is the explanation's format, given the acronym, the
// entity's name and its type.
func (a acronymRule) joinOnlyNamedWith(s *state, g *group, cands []*group, why string) {
	var fit []*group
	for _, b := range cands {
		if r := b.root(); !containsGroup(fit, r) && s.shareDocument(g, b) {
			fit = append(fit, r)
		}
	}
	if len(fit) == 1 {
		g.short = true
		s.union(fit[0], g, a.name(), fmt.Sprintf(why, g.name, fit[0].name, strings.ToLower(fit[0].typ)))
	}
}

// spelledIndex maps type|initials to the groups of organizations, places
// and series whose names those initials spell: the blocking of the
// acronym rule.
func spelledIndex(s *state) map[string][]*group {
	spelled := map[string][]*group{}
	for _, g := range s.sortedGroups() {
		if g.typ != graph.Organization && g.typ != graph.Place && g.typ != graph.Series {
			continue
		}
		ins := initials(g.key)
		if ws := strings.Fields(g.key); len(ws) == 2 {
			ins = append(ins, string([]rune(ws[0])[0])+string([]rune(ws[1])[0]))
		}
		if in := keptWholeInitials(g.name, g.key); in != "" {
			ins = append(ins, in)
		}
		for _, in := range append(ins, numberedInitials(g.key)...) {
			spelled[g.typ+"|"+in] = append(spelled[g.typ+"|"+in], g)
		}
	}
	return spelled
}

// isAcronym reports whether a name is one acronym, with or without dots.
func isAcronym(name string) bool {
	w := strings.ReplaceAll(strings.TrimSpace(name), ".", "")
	return !strings.Contains(w, " ") && names.Acronym(w)
}

// keptWholeInitials returns the initials of a name of two words whose
// second is itself an abbreviation in capitals, which the acronym keeps
// whole ("Lumen TV" is "LTV"), from its folded key; "" for any other.
func keptWholeInitials(name, key string) string {
	ws, ks := strings.Fields(name), strings.Fields(key)
	if len(ws) != 2 || len(ks) != 2 || isAcronym(ws[0]) || !isAcronym(ws[1]) || len(ks[1]) < 2 {
		return ""
	}
	return string([]rune(ks[0])[0]) + ks[1]
}

// numberedInitials returns the keys of an acronym with a number that a
// name's key ending in the number may take, with and without the suffix
// before the number ("anti gang unit9" gives "agu9" and "ag9"); none for
// another name.
func numberedInitials(key string) []string {
	ws := strings.Fields(key)
	if n := len(ws); n > 1 && strings.Trim(ws[n-1], "0123456789") == "" {
		ws = append(ws[:n-2], ws[n-2]+ws[n-1]) // "unit 12" is keyed as "unit12" too
	}
	n := len(ws)
	if n < 3 {
		return nil
	}
	last := strings.TrimRight(ws[n-1], "0123456789")
	num := ws[n-1][len(last):]
	if last == "" || !unitNumber.MatchString(num) {
		return nil
	}
	head := bigInitials(ws[:n-1])
	out := []string{head + string([]rune(last)[0]) + num}
	if names.OrgSuffixes[last] {
		out = append(out, head+num)
	}
	return out
}

// unitNumber matches a unit's number of one to three figures.
var unitNumber = regexp.MustCompile(`^\d{1,3}$`)

// initials returns the initials of a folded name of three words or more,
// of all its words and of those but the little words: "bureau of
// investigation" gives "boi" and "bi".
func initials(key string) []string {
	ws := strings.Fields(key)
	if len(ws) < minAcronym {
		return nil
	}
	var all strings.Builder
	for _, w := range ws {
		all.WriteRune([]rune(w)[0])
	}
	if big := bigInitials(ws); big != all.String() {
		return []string{all.String(), big}
	}
	return []string{all.String()}
}

// bigInitials returns the initials of folded words but the little words.
func bigInitials(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if !littleWords[w] {
			b.WriteRune([]rune(w)[0])
		}
	}
	return b.String()
}
