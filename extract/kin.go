package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// applyKin states the kinship or partnership the match's word names
// between two characters.
func (s *docState) applyKin(m *patMatch) {
	p := m.p
	if s.denied(m) || !birthRules[p.name] && !kinClause(m) {
		return
	}
	pred, detail := kinPredicate(singularKin(m.group("rel")), m.src[m.loc[0]:m.loc[1]])
	subs, objs := m.marks(m.group("s")), m.marks(m.group("o"))
	if len(subs) == 0 {
		subs = s.fromContext(m, p.subj, graph.Character, objs)
	}
	if len(objs) == 0 {
		objs = s.fromContext(m, p.obj, graph.Character, append(subs, m.actorBeforeRole()...))
	}
	if len(objs) > 1 && !p.all {
		objs = objs[:1]
	}
	if len(subs) > 1 && !kinSubjectLists[p.name] {
		subs = subs[:1]
	}
	for _, sub := range subs {
		if !s.fitsAs(sub, graph.Character, p.name) {
			continue
		}
		for _, o := range objs {
			if o != sub && s.fitsAs(o, graph.Character, p.name) {
				s.claim(Claim{Subject: sub, Predicate: pred, Object: o, Detail: detail, Evidence: m.ms.sn.Span, Confidence: p.conf, Signal: SigPattern, Rule: p.name})
			}
		}
	}
}

// roleAfterActor matches a cast pair's "A as " just before a kinship
// word's pronoun: in "A as his wife X" the pronoun is the lead
// character's, and A is an actor, no kin of X.
var roleAfterActor = regexp.MustCompile(`(«\d+»)\s+as\s+$`)

// actorBeforeRole is the actor of "A as his wife X" before the match (see
// roleAfterActor), or nil.
func (m *patMatch) actorBeforeRole() []int {
	if g := roleAfterActor.FindStringSubmatch(m.src[:m.loc[0]]); g != nil {
		return m.marks(g[1])
	}
	return nil
}

// kinSubjectLists are the kinship patterns whose every subject is the
// kin, as a plural word says: "her uncles, A and B".
var kinSubjectLists = map[string]bool{"pronoun-kin-list": true}

// singularKin is the kinship word of one person for a plural one
// ("uncles": uncle, "children": child, see kinPlurals), else the word
// itself.
func singularKin(rel string) string {
	if w, ok := kinPlurals[strings.ToLower(rel)]; ok {
		return w
	}
	return rel
}

// kinClause reports whether the words just before a match's kinship word
// belong to it: no word that joins clauses stands between the last name
// and the word, and no word that opens a phrase between the name or
// pronoun that owns it and the word ("Roy's ranch, and his son" is no son of Roy's).
func kinClause(m *patMatch) bool {
	i := m.p.re.SubexpIndex("rel")
	if i < 0 || m.loc[2*i] < 0 {
		return true
	}
	before := m.src[m.loc[0]:m.loc[2*i]]
	if k := strings.LastIndex(before, "»"); k >= 0 && conjunction.MatchString(before[k:]) {
		return false
	}
	if as := kinAnchor.FindAllStringIndex(before, -1); len(as) > 0 {
		before = before[as[len(as)-1][1]:]
	}
	if clauseWord.MatchString(before) {
		return false
	}
	if strings.EqualFold(m.src[m.loc[2*i]:m.loc[2*i+1]], "partner") {
		for _, w := range strings.Fields(before) {
			if w := strings.ReplaceAll(strings.ToLower(strings.TrimRight(w, ",")), "/", "-"); !kinQualifiers[w] && !partnerQualifiers[w] {
				return false // "his writing partner", "her business partner": a colleague
			}
		}
	}
	return true
}

// kinQualifiers are the words of the list that qualify a kinship word.
var kinQualifiers = wordSet("kin-qualifiers")

// partnerQualifiers are the words that make "partner" a partner in the
// work a story tells ("her business partner", "his police partner"), not
// a colleague of the people who make the show ("his writing partner").
var partnerQualifiers = wordSet("partner-qualifiers")

// kinAnchor matches what a kinship word's owner ends with: a name, its
// 's, or a possessive pronoun.
var kinAnchor = regexp.MustCompile(`(?i)(?:»(?:['’]s)?|\b(?:his|her|their|with)\b)\s*`)

// clauseWord matches the prepositions that open a phrase of its own
// between a name and a kinship word: words of their own, so that the "on"
// of "her on/off partner" is none.
var clauseWord = regexp.MustCompile(`(?i)(?:^|\s)(?:to|of|with|for|from|in|on|at|by)(?:[\s,;:]|$)`)

// kinPredicate maps a kinship or partner word to its predicate and the
// detail kept on the relation ("adoptive father").
func kinPredicate(rel, adjs string) (string, string) {
	rel = strings.ToLower(rel)
	switch {
	case romanticKin[rel]:
		return "ROMANTIC_PARTNER_OF", rel
	case rel == "partner":
		return "PARTNER_OF", ""
	}
	detail := rel
	if child, ok := birthChild[rel]; ok {
		detail = child // "gave birth to a baby boy named X": X is her son
	}
	for _, a := range strings.Fields(strings.ToLower(adjs)) {
		if kinDetail[a] {
			detail = a + " " + detail
		}
	}
	return "RELATIVE_OF", detail
}

// birthRules are the patterns that tell a birth, whose verb stands between
// the mother and the kinship word by design (see kinClause).
var birthRules = map[string]bool{"gave-birth-to": true, "pronoun-gave-birth-to": true}

// birthChild are the words of a birth for a child, with the kinship they
// make: a boy is a son, a girl a daughter.
var birthChild = map[string]string{"boy": "son", "girl": "daughter"}

// pageValue splits a character page's value into the name and the first
// part of its last note, lower case: "Nora Jean Bell (née O'Dea)
// (wife)†" is Nora Jean Bell, "wife"; "Frank Dorsey , (father;
// deceased)" is Frank Dorsey, "father".
func pageValue(v string) (string, string) {
	v = strings.TrimRight(v, "†‡* ")
	name, note := v, ""
	if i := strings.IndexByte(v, '('); i > 0 {
		name = v[:i]
		if j := strings.LastIndexByte(v, '('); strings.HasSuffix(v, ")") {
			note = strings.ToLower(strings.TrimSpace(strings.FieldsFunc(v[j+1:len(v)-1]+";", func(r rune) bool { return r == ';' || r == ',' })[0]))
		}
	}
	return strings.TrimRight(name, " ,;"), note
}

// kinNote reports whether a note names a kinship ("adoptive brother",
// "ex-son-in-law", "great-uncle"), and returns it.
func kinNote(note string) (string, bool) {
	return note, note != "" && kinWordOf(note) != ""
}

// kinWordOf is the kinship word of a note or key: its last word when that
// is one, else the first part of the last word that is ("son" of
// "ex-son-in-law"), or "".
func kinWordOf(note string) string {
	w := names.LastWord(note)
	if kinWords[w] || romanticKin[w] {
		return w
	}
	for _, p := range strings.Split(w, "-") {
		if kinWords[p] || romanticKin[p] {
			return p
		}
	}
	return ""
}

// keyKin is the kinship a character page's key gives its values ("Sons":
// son), or "".
func keyKin(key string) string {
	k := strings.TrimSuffix(strings.TrimSuffix(key, "ren"), "s")
	if kinWords[k] {
		return k
	}
	return ""
}
