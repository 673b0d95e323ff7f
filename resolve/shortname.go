package resolve

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// shortNames places the mentions the folded-key rule set aside: a lone
// first name or surname joins the one full name of the right type that has
// it, chosen by the pickers of shortPickers in order; when several fit
// and none of them decides, it is left unlinked and every candidate
// records why ("short-name-unlinked"). A mention whose name is exactly
// another entity's joins that entity ("exact-name"); one no name fits,
// but that a pattern confirmed ("his sister, Sarah"), is a name of its own.
type shortNames struct{}

func (shortNames) name() string { return "short-name" }

// shortQuery is one set-aside mention and the entities it may stand for.
type shortQuery struct {
	ref mref
	m   *extract.Mention
	typ string // the mention's type so far
	// cands are the roots of the entities whose full name has the
	// mention's word first or last (or whose name it is); local those of
	// them named in the mention's document.
	cands, local []*group
	actors       []string // folded names of the actors said to play it
	topics       *topics  // the series of the documents and entities
}

// shortPicker is one way of choosing among the candidates of a short name.
type shortPicker struct {
	name string
	// why completes the explanation "short form: NAME in DOC is ": a
	// format taking the entity's type and the name.
	why  func(doc string) string
	pick func(s *state, q *shortQuery) *group
}

// shortPickers are tried in order; the first to return a candidate wins.
var shortPickers = []shortPicker{
	{
		// The actor a claim says plays this mention plays one candidate.
		name: "short-name-by-actor",
		why:  func(string) string { return "the only %s named %q in the corpus" },
		pick: func(s *state, q *shortQuery) *group {
			if len(q.cands) < 2 {
				return nil
			}
			return byActor(q.cands, q.actors, s.actorIndex())
		},
	},
	{
		// One candidate is named in full in the same paragraph.
		name: "short-name-in-paragraph",
		why:  func(doc string) string { return "the only %s named %q in the same paragraph of " + doc },
		pick: func(s *state, q *shortQuery) *group {
			if len(q.cands) < 2 {
				return nil
			}
			return inBlock(s, q.cands, q.ref)
		},
	},
	{
		// The only candidate, unless it is named only with other
		// series than the mention's document.
		name: "short-name-in-corpus",
		why:  func(string) string { return "the only %s named %q in the corpus" },
		pick: func(s *state, q *shortQuery) *group {
			if c := only(q.cands); c != nil && !q.topics.unrelated(c, q.ref.doc) {
				return c
			}
			return nil
		},
	},
	{
		// The word is the given name of one character and otherwise only
		// of real people: recaps and reviews call characters by the
		// given name and real people by the surname ("Adams plays
		// Camille"), so a lone given name is the character's.
		name: "short-name-given-of-character",
		why: func(string) string {
			return "the only %s with the given name %q, which the corpus gives otherwise only to real people"
		},
		pick: func(s *state, q *shortQuery) *group {
			if len(q.cands) < 2 || q.typ != "" || s.need[q.ref] != "" {
				return nil
			}
			c := givenOfOneCharacter(q.cands, names.Fold(q.m.Name))
			if c == nil || q.topics.unrelated(c, q.ref.doc) {
				return nil
			}
			return c
		},
	},
	{
		name: "short-name-in-document",
		why:  func(doc string) string { return "the only %s named %q in " + doc },
		pick: func(s *state, q *shortQuery) *group { return only(q.local) },
	},
	{
		// One candidate is named in documents about a series the
		// mention's document names, and no other is.
		name: "short-name-same-series",
		why:  func(doc string) string { return "the only %s named %q with a series that " + doc + " names" },
		pick: func(s *state, q *shortQuery) *group {
			var found *group
			for _, c := range q.cands {
				if q.topics.shared(c, q.ref.doc) {
					if found != nil {
						return nil
					}
					found = c
				}
			}
			return found
		},
	},
	{
		// One candidate has at least three times the mentions of any
		// other. The candidates stay sorted by mentions, for the record
		// of an unlinked name.
		name: "short-name-dominant",
		why:  func(string) string { return "the %s named %q that the corpus mentions far most often" },
		pick: func(s *state, q *shortQuery) *group {
			if len(q.cands) < 2 {
				return nil
			}
			byMentions(q.cands)
			if len(q.cands[0].refs) >= 3*len(q.cands[1].refs) && !q.topics.unrelated(q.cands[0], q.ref.doc) {
				return q.cands[0]
			}
			return nil
		},
	},
}

// givenOfOneCharacter returns the one candidate that is a character with
// key as its given name (its first word or its quoted nickname), when
// every other candidate is a person with key as its given name too; nil
// otherwise.
func givenOfOneCharacter(cands []*group, key string) *group {
	var found *group
	for _, c := range cands {
		ws := strings.Fields(c.name)
		if len(ws) < 2 {
			return nil
		}
		given := names.Fold(ws[0]) == key || nicknameOf(key, c.name)
		switch {
		case c.typ == graph.Character && given && found == nil:
			found = c
		case c.typ == graph.Person && given && names.Fold(ws[len(ws)-1]) != key:
		default:
			return nil
		}
	}
	return found
}

func only(gs []*group) *group {
	if len(gs) == 1 {
		return gs[0]
	}
	return nil
}

func (shortNames) apply(s *state) {
	byToken, actors, tp := shortIndexes(s)
	for _, ref := range s.shorts {
		q := s.candidates(ref, byToken, actors[ref], tp)
		if placed(s, q) {
			continue
		}
		switch {
		case len(q.cands) > 1:
			s.shortsLeft.add(q.m.Name, s.docName(ref.doc), q.cands)
		case len(q.cands) == 1 && tp.strangerTo(q.cands[0], ref.doc):
			s.shortsLeft.addStranger(q.m.Name, s.docName(ref.doc), q.cands[0])
		case len(q.cands) == 0 && q.typ != "" && q.m.Confidence >= 0.5:
			g := s.get(q.typ, normKey(q.typ, q.m.Name))
			s.addRef(g, ref)
			g.strong = true
		}
	}
}

// shortIndexes makes, at once, what the short names are placed by: the
// index of names by first and last word, the actors claims say play each
// mention, and the series of each document and entity. Each only reads
// the state, once the evidence is up to date and the groups sorted.
func shortIndexes(s *state) (map[string][]*group, map[mref][]string, *topics) {
	ev := s.currentEvidence()
	s.sortedGroups()
	var byToken map[string][]*group
	var actors map[mref][]string
	var tp *topics
	atOnce(func() { byToken = tokenIndex(s) }, func() { actors = claimedActors(s) }, func() { tp = newTopics(ev) })
	return byToken, actors, tp
}

// placed joins q's mention to the candidate the first picker that
// decides chooses, and reports whether one did.
func placed(s *state, q *shortQuery) bool {
	for _, p := range shortPickers {
		pick := p.pick(s, q)
		if pick == nil {
			continue
		}
		m, doc := q.m, s.docName(q.ref.doc)
		exact := pick.key == normKey(pick.typ, m.Name)
		if exact {
			s.retype(q.ref, pick.typ, "exact-name")
		} else {
			s.retype(q.ref, pick.typ, p.name)
			sg := s.get(pick.typ, normKey(pick.typ, m.Name))
			sg.short = true
			text := fmt.Sprintf("short form: %q in %s is "+p.why(doc), m.Name, doc, strings.ToLower(pick.typ), m.Name)
			switch {
			case sg.root() == pick.root():
			case sg.root() != sg:
				// The short form already stands for another entity in
				// another document ("Crowder" for the son on one page,
				// the father on another): this mention joins pick alone,
				// and the two entities stay two.
				r := pick.root()
				r.why = append(r.why, merge{p.name, text, pick, sg})
			default:
				s.union(pick, sg, p.name, text)
			}
		}
		s.addRef(pick.root(), q.ref)
		return true
	}
	return false
}

// tokenIndex maps type|word to the groups whose name, as written, has
// that first or last word (a hyphenated surname is one word), or that
// word as its quoted nickname: recaps call Andrew "Pope" Nash by
// "Pope" alone, as often as by "Andrew" or "Nash".
func tokenIndex(s *state) map[string][]*group {
	byToken := map[string][]*group{}
	aliasOnly := aliasOnlyNames(s)
	for _, g := range s.sortedGroups() {
		ws := strings.Fields(g.name)
		if len(ws) < 2 {
			continue
		}
		words := []string{names.Fold(ws[0]), names.Fold(ws[len(ws)-1])}
		if aliasOnly[names.Fold(g.name)] && !sameLastWord(g.name, g.root().name) {
			words = words[:1] // a cover name's surname is not the character's
		}
		for _, w := range foldedNicknames(g.name) {
			if !strings.Contains(w, " ") && !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		for _, w := range words {
			byToken[g.typ+"|"+w] = append(byToken[g.typ+"|"+w], g)
		}
	}
	return byToken
}

// aliasOnlyNames returns the folded names that the corpus writes only as
// another's alias ("Alias: Kit Marlowe" on Ada Quist's page): a lone
// surname elsewhere ("Marlowe") names someone really called so, not the
// character who once went by the cover name.
func aliasOnlyNames(s *state) map[string]bool {
	out, plain := map[string]bool{}, map[string]bool{}
	for _, x := range s.xs {
		for _, m := range x.Mentions {
			k := names.Fold(m.Name)
			if m.Alias != "" && !plain[k] {
				out[k] = true
			} else if m.Alias == "" {
				plain[k] = true
				delete(out, k)
			}
		}
	}
	return out
}

// sameLastWord reports whether names a and b end with the same word.
func sameLastWord(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	return len(x) > 0 && len(y) > 0 && names.Fold(x[len(x)-1]) == names.Fold(y[len(y)-1])
}

// claimedActors maps a mention a PLAYS claim has as object to the folded
// names of the actors said to play it.
func claimedActors(s *state) map[mref][]string {
	out := map[mref][]string{}
	for d, x := range s.xs {
		for _, c := range x.Claims {
			if c.Predicate == predPlays && c.Subject >= 0 && c.Object >= 0 {
				r := mref{d, c.Object}
				out[r] = append(out[r], names.Fold(x.Mentions[c.Subject].Name))
			}
		}
	}
	return out
}

// candidates finds the entities the set-aside mention ref may stand for:
// those of the type a claim needs, else of its own type if a person or
// character, else people and characters. An exact name of another entity
// wins when no claim asked for a type.
func (s *state) candidates(ref mref, byToken map[string][]*group, actors []string, tp *topics) *shortQuery {
	m, t, need := s.mention(ref), s.typ(ref), s.need[ref]
	q := &shortQuery{ref: ref, m: m, typ: t, actors: actors, topics: tp}
	types := []string{graph.Person, graph.Character}
	if need != "" {
		types = []string{need}
	} else if t == graph.Person || t == graph.Character {
		types = []string{t}
	}
	var seen rootSet
	key := names.Fold(m.Name)
	for _, typ := range types {
		for _, g := range byToken[typ+"|"+key] {
			seen.add(g.root())
		}
	}
	q.cands = seen.list
	if len(q.cands) == 0 && need == "" && m.Signal == extract.SigLexicon && personLike(t) {
		q.cands = otherTypeSurnames(byToken, t, key)
	}
	if need == "" && t != "" {
		for _, typ := range extract.TypeOrder {
			if g := s.lookup(typ, m.Name); g != nil && !placedName(g) {
				q.cands = []*group{g.root()}
				break
			}
		}
	}
	for _, c := range q.cands {
		if s.inDoc(c, ref.doc) {
			q.local = append(q.local, c)
		}
	}
	return q
}

// placedName reports whether g only holds the name of a short form this
// rule placed, with no mention of its own: the name of no entity, so the
// same word in another document is placed on its own evidence ("Hobb" is
// the father on one page and the son on another), not joined to the
// first document's choice as an exact name.
func placedName(g *group) bool { return g.short && len(g.refs) == 0 }

// otherTypeSurnames returns the roots of the entities of the other of
// person and character whose full name ends with folded word key: a lone
// word only the lexicon typed a person's ("Quist" in a plot summary) may
// be the surname of a character named in full ("Inspector Ada
// Quist"), and the other way round. A first name is enough only from a
// person to a character: a plot summary calls a character by the given
// name the lexicon takes for a person's ("Ada" for Ada Quist), while a
// lone character's given name may be that of the actor playing a role
// named after him ("Tomas", played by Tomas Ruud), so it never joins a
// person. A character's quoted nickname counts as its given name here
// ("Baz" for Barry "Baz" Blackwell).
func otherTypeSurnames(byToken map[string][]*group, t, key string) []*group {
	other := graph.Person
	if t == graph.Person {
		other = graph.Character
	}
	var out rootSet
	for _, g := range byToken[other+"|"+key] {
		ws := strings.Fields(g.name)
		given := other == graph.Character && (names.Fold(ws[0]) == key || nicknameOf(key, g.name))
		if given || names.Fold(ws[len(ws)-1]) == key {
			out.add(g.root()) // once, as add keeps
		}
	}
	return out.list
}

// rootSet lists distinct groups in the order they were added. A short
// name has a handful of candidates as a rule, so they are looked for in
// the list; a map is made only for a name with many (a common given
// name), where the list would cost the square of their number. A map
// for every short name was a tenth of reconciliation's memory at 100 MB.
type rootSet struct {
	list []*group
	set  map[*group]bool // nil while the list is short
}

// rootSetScan is the length up to which a rootSet looks in its list.
const rootSetScan = 16

// has reports whether g was added.
func (r *rootSet) has(g *group) bool {
	if r.set != nil {
		return r.set[g]
	}
	return slices.Contains(r.list, g)
}

// add adds g unless it was added before.
func (r *rootSet) add(g *group) {
	if r.has(g) {
		return
	}
	r.list = append(r.list, g)
	if r.set == nil && len(r.list) > rootSetScan {
		r.set = make(map[*group]bool, 2*len(r.list))
		for _, x := range r.list {
			r.set[x] = true
		}
	} else if r.set != nil {
		r.set[g] = true
	}
}
