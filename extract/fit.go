package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// typed reports whether mention mi has type want already, or is a short
// form the corpus knows for a name of that type.
func (s *docState) typed(mi int, want string) bool {
	if mi < 0 {
		return false
	}
	m := s.x.Mentions[mi]
	return m.Type == want && m.Signal != SigShort || m.Signal != SigShape && s.lexShort(m.Name, want) && m.Type == ""
}

// pick keeps the mentions that fit type want: all of them, or the first.
// The mentions it keeps take type want by the pattern named rule when they
// had none, or only a guessed one (see fitsAs).
func (s *docState) pick(ms []int, want string, all bool, rule string) []int {
	var out []int
	for _, mi := range ms {
		if mi == subjectPending {
			out = append(out, mi)
			if !all {
				break
			}
			continue
		}
		if m := s.x.Mentions[mi]; (all || want == graph.Book) && m.Type == "" && m.Signal == SigShort && m.Confidence < 0.5 ||
			(all || possessiveRank[rule]) && m.Signal == SigShape && (m.Type == graph.Person || m.Type == graph.Character) && (want == graph.Organization || want == graph.Place) {
			continue // a window of text, or "X by Y", is no evidence for an unknown word's type, nor makes a guessed person a unit ("A's Detective X" names an actor)
		}
		if m := s.x.Mentions[mi]; all && want == graph.Book && guessedFullName(m) {
			continue // "based on the life of senator Ann Roe", "King's novel ... adding Ann Roe": a window names people as often as books
		}
		if m := s.x.Mentions[mi]; all && outletBefore.MatchString(s.p.Doc.Text[max(0, m.Start-30):m.Start]) {
			continue // "a member of the NYPD ..., according to X": the source cited, in the window, is no unit
		}
		if s.fitsAs(mi, want, rule) {
			out = append(out, mi)
			if !all {
				break
			}
		}
	}
	return out
}

// guessedFullName reports whether m is a name only guessed a person's
// (or a character's) by its shape that opens with a known given name and has two to four
// words ("Ann Roe", "Ann Lee “Nan” Roe"): a window of text is no
// evidence that such a name is a book's title.
func guessedFullName(m Mention) bool {
	ws := strings.Fields(m.Name)
	return m.Signal == SigShape && (m.Type == graph.Person || m.Type == graph.Character) && m.Confidence < 0.5 && len(ws) >= 2 && len(ws) <= 4 && names.GivenName(ws[0])
}

// possessiveRank are the patterns that read "X's detective Y" as Y a
// member of X: reviews write the same words with X the actor ("Ann
// Dale's Detective Ivy Cole"), so that they make no guessed person a unit.
var possessiveRank = map[string]bool{"org-rank-name": true, "cast-org-possessive-rank": true, "is-org-possessive-rank": true}

// fits reports whether mention mi can be of type want (see fitsAs),
// changing nothing.
func (s *docState) fits(mi int, want string) bool { return s.fitsAs(mi, want, "") }

// fitsAs reports whether mention mi can be of type want. A mention found
// only by its shape, or a lone word, takes the type the pattern requires
// when rule (the pattern's name) is set; a name the corpus knows as a short
// form of a name of that type fits without changing (reconciliation
// resolves it).
func (s *docState) fitsAs(mi int, want, rule string) bool {
	if mi < 0 {
		return false
	}
	m := &s.x.Mentions[mi]
	known := m.Signal == SigShort && s.knownAs(m.Name).ok()
	switch {
	case known:
		// A first name or surname the corpus knows: it fits the types of
		// the names it is part of, and reconciliation picks the one.
		return s.lexShort(m.Name, want)
	case m.Type == "" || m.Signal == SigShort && m.Type == want:
		if rule != "" {
			if m.Type != want {
				m.Type, m.Rule = want, rule // the first pattern to type it names it
			}
			m.Confidence = max(m.Confidence, 0.5) // confirmed by a pattern
		}
		return true
	case m.Type == want:
		if rule != "" && m.Signal == SigShape {
			m.Confidence = max(m.Confidence, 0.5) // a guess a pattern confirms
		}
		return true
	case m.Signal == SigShape && (m.Confidence < 0.5 || m.Confidence < 0.6 && SameKind(m.Type, want)):
		if rule != "" {
			m.Type, m.Rule = want, rule
			m.Confidence = 0.6 // confirmed by a pattern
		}
		return true
	case m.Signal == SigLexicon && (want == graph.Character || want == graph.Person):
		// "Ballard" the series is also the surname of a character.
		return s.lexShort(m.Name, want)
	}
	return false
}

// paren reads "A (B)": an acronym (Robbery-Homicide Division (RHD)) names
// the same organization; a person and a character are actor and role, in
// whichever order the document writes them.
func (s *docState) paren(a, b []int, ev sources.Span) {
	const rule = "paren"
	if len(a) == 0 || len(b) == 0 {
		return
	}
	ma, mb := &s.x.Mentions[a[0]], &s.x.Mentions[b[0]]
	if parenAcronym(ma, mb, rule) || parenExpansion(ma, mb, rule) {
		return
	}
	plays := func(actor, role int) {
		s.claim(Claim{Subject: actor, Predicate: "PLAYS", Object: role, Evidence: ev, Confidence: 0.8, Signal: SigPattern, Rule: rule})
	}
	switch {
	case ma.Type == graph.Person && mb.Type != graph.Person && ma.Signal != SigShape:
		if s.fitsAs(b[0], graph.Character, rule) {
			plays(a[0], b[0])
		}
	case mb.Type == graph.Person && s.fitsAs(a[0], graph.Character, rule):
		plays(b[0], a[0])
	case mb.Type == "" && mb.Signal == SigShort && s.lexShort(mb.Name, graph.Person) && !s.lexShort(mb.Name, graph.Character) &&
		(ma.Type != graph.Person || ma.Signal == SigShape) && s.fitsAs(a[0], graph.Character, rule):
		mb.Type, mb.Rule = graph.Person, rule // "Ivy Cole (Marsh)": the actor's surname, known from elsewhere
		plays(b[0], a[0])
	case mb.Type == graph.Person && mb.Signal != SigShape && s.guessedOnly(a[0]):
		ma.Type, ma.Rule, ma.Confidence = graph.Character, rule, 0.5
		plays(b[0], a[0]) // "Vance (Tom Fell)", the corpus having only guessed "Ada Vance" a person's
	case s.actorSurname(b[0]) && s.fitsAs(a[0], graph.Character, rule):
		plays(b[0], a[0]) // "Ivy Cole (Marsh)": an actor named by a surname the corpus knows only for people
	case s.pageActorSurname(a[0], b[0]) && s.fitsAs(a[0], graph.Character, rule):
		mb.Type, mb.Rule = graph.Person, rule
		plays(b[0], a[0]) // "Ivy Cole (Marsh)", the page having named "Lena Marsh" among its people
	}
}

// parenAcronym reads "A (B)" where B is an acronym of A: A, unless surer
// rules typed it, is an organization, and B its alias. It reports whether
// B is such an acronym.
func parenAcronym(ma, mb *Mention, rule string) bool {
	if !names.Acronym(mb.Name) || names.FirstRune(mb.Name) != names.FirstRune(ma.Name) && !initialsHave(ma.Name, mb.Name) {
		return false
	}
	if ma.Type == "" || ma.Signal == SigShape || ma.Signal == SigShort {
		ma.Type, ma.Signal, ma.Confidence, ma.Rule = graph.Organization, SigPattern, 0.6, rule
	}
	if ma.Type == graph.Organization {
		mb.Type, mb.Rule = graph.Organization, rule
		mb.Alias = ma.Name
	}
	return true
}

// guessedOnly reports whether mention mi is a lone word, untyped, that
// the corpus knows only as the surname of full names it guessed people's
// by their shape: nothing says whose it is, and the actor in parentheses
// after it makes it a role.
func (s *docState) guessedOnly(mi int) bool {
	m := s.x.Mentions[mi]
	if m.Type != "" || m.Signal != SigShort || strings.Contains(m.Name, " ") {
		return false
	}
	k := s.knownAs(m.Name)
	return k.guessed() && !k.typed() && !k.someonesShort()
}

// parenExpansion reads "A (B)" where A is an acronym and B the name it
// stands for ("KBI (Kent Bureau of Investigation)"): B, unless surer rules
// typed it, is an organization, and A, an organization too, has B as its
// alias. No title of a show or a book is spelt out so after its
// initials. It reports whether A is such an acronym of B.
func parenExpansion(ma, mb *Mention, rule string) bool {
	if !names.Acronym(ma.Name) || names.Acronym(mb.Name) || names.FirstRune(mb.Name) != names.FirstRune(ma.Name) || !initialsHave(mb.Name, ma.Name) {
		return false
	}
	if mb.Type == "" || mb.Signal == SigShape || mb.Signal == SigShort {
		mb.Type, mb.Signal, mb.Confidence, mb.Rule = graph.Organization, SigPattern, 0.6, rule
	}
	if mb.Type == graph.Organization && (ma.Type == "" || ma.Type == graph.Organization || ma.Signal == SigShape || ma.Signal == SigShort) {
		ma.Type, ma.Rule = graph.Organization, rule
		ma.Alias = mb.Name
	}
	return true
}

// spelledOut reads the note text[start:end] in parentheses after the
// acronym ai as the name the acronym stands for (see parenExpansion), and
// reports whether it is. The names a reading found inside the note, bs,
// are its pieces ("Kent Bureau" of "Kent Bureau of Investigation").
func (s *docState) spelledOut(ai int, bs []int, start, end int) bool {
	note := s.p.Doc.Text[start:end]
	ma := &s.x.Mentions[ai]
	if !names.Acronym(ma.Name) || !names.Capitalised(note) || names.FirstRune(note) != names.FirstRune(ma.Name) || !initialsHave(note, ma.Name) {
		return false
	}
	for _, bi := range bs {
		if mb := &s.x.Mentions[bi]; mb.Name != note && (mb.Signal == SigShape || mb.Type == "" || mb.Signal == SigShort) {
			mb.Type, mb.Signal, mb.Confidence = "", SigShort, 0.1
		}
	}
	if mi := s.mention(start, end, typing{"paren", graph.Organization, SigPattern, 0.6}); mi != noMention {
		parenExpansion(&s.x.Mentions[ai], &s.x.Mentions[mi], "paren")
	}
	return true
}

// pageActorSurname reports whether mention bi, in parentheses after the
// full name ai, is a lone word that is the surname of a full name this
// page types as a person's, by any rule, and of none it types as a
// character's: a review names its cast in full once, then each role with
// the actor's surname ("the trio of Lena Marsh and Tom Fell ... Ivy Cole
// (Marsh)"). The corpus may not yet know the surname (the full name typed
// only by its shape), so the page's own names decide.
func (s *docState) pageActorSurname(ai, bi int) bool {
	ma, mb := s.x.Mentions[ai], s.x.Mentions[bi]
	if mb.Type != "" && mb.Signal != SigShort || strings.Contains(mb.Name, " ") || !strings.Contains(ma.Name, " ") ||
		names.LastWord(ma.Name) == mb.Name {
		return false
	}
	person := false
	for _, m := range s.x.Mentions {
		if !strings.Contains(m.Name, " ") || names.LastWord(m.Name) != mb.Name || m.Name == ma.Name {
			continue
		}
		switch m.Type {
		case graph.Person:
			person = true
		case graph.Character:
			return false
		}
	}
	return person
}

// actorSurname reports whether mention mi is a lone word the corpus knows
// only as the first name or surname of people, never of characters.
func (s *docState) actorSurname(mi int) bool {
	m := s.x.Mentions[mi]
	k := s.knownAs(m.Name)
	return m.Type == "" && !strings.Contains(m.Name, " ") && k.ok() && k.best() == "" && k.short(graph.Person) && !k.short(graph.Character)
}

// creditNote matches a name followed by a note in parentheses.
var creditNote = regexp.MustCompile(`\p{L}\s+\(([^()]{1,80})\)`)

// titleNote matches a note that is a title, not a name: a leading "The"
// before a capitalised word or a figure ("The 2200"), a
// colon, or the small words of a title between capitalised words
// ("Marlow and the Tower of Salt", "Northern Coast Story: Harbour");
// a bare "and" joins two names as often ("Owen Hale and Mila Hale").
var titleNote = regexp.MustCompile(`^(?:(?:The|A|An) [\p{Lu}\d]|\p{Lu}[^:]*: \p{Lu}|\p{Lu}\S*(?: \S+)*? (?:of|the|and the|in|on|for|to|with|from|at) (?:the |a |an )?\p{Lu})`)

// castNews matches the words of casting news that introduce new members
// of a cast, whose notes in parentheses are their other work: "New cast
// members include Ann Roe (Dark Water)", "joined by newcomer Tom Fell
// (Salt)".
var castNews = regexp.MustCompile(`(?i)\b(?:new (?:cast members?|additions?|faces)|newcomers?)\b`)

// listsCredits reports whether a sentence gives people with the titles of
// their other work in parentheses, as news does ("Tom Fell (Marlow
// and the Tower of Salt), Steve Webb (Rising Tide)"): one note that is
// a title makes every note of the sentence a credit, not a role, as do
// the words of casting news (see castNews). See
// docState.listsCredits, which keeps the answer from reading to reading.
func listsCredits(sentence string) bool {
	if castNews.MatchString(sentence) {
		return true
	}
	for _, m := range creditNote.FindAllStringSubmatch(sentence, -1) {
		if titleNote.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// knownWork reports whether the corpus knows mention mi as a series or a
// book.
func (s *docState) knownWork(mi int) bool {
	b := s.knownAs(s.x.Mentions[mi].Name).best()
	return b == graph.Series || b == graph.Book
}

// creditParen reads "A (B)" where B is a title of A's other work: A is a
// person, the names in B series (when nothing surer typed them), and A
// plays no B.
func (s *docState) creditParen(a, b []int) {
	const rule = "paren-credit"
	if len(b) > 0 && parenExpansion(&s.x.Mentions[a[0]], &s.x.Mentions[b[0]], "paren") {
		return // "KBI (Kent Bureau of Investigation)": no credit
	}
	text := s.p.Doc.Text
	if pictureNote.MatchString(text[s.x.Mentions[a[0]].End:]) {
		return // "Nora (Photo: Lumen)": a picture's credit
	}
	m := noteAfter.FindStringSubmatchIndex(text[s.x.Mentions[a[0]].End:min(len(text), s.x.Mentions[a[0]].End+90)])
	if m != nil && s.spelledOut(a[0], b, s.x.Mentions[a[0]].End+m[2], s.x.Mentions[a[0]].End+m[3]) {
		return
	}
	s.fitsAs(a[0], graph.Person, rule)
	if m == nil {
		return
	}
	// The title is the whole note; names a reading found inside it are
	// its pieces ("Burning Coast" of "Fear the Burning Coast").
	for _, bi := range b {
		if mb := &s.x.Mentions[bi]; mb.Signal == SigShape || mb.Type == "" || mb.Signal == SigShort {
			mb.Type, mb.Signal, mb.Confidence = "", SigShort, 0.1
		}
	}
	start := s.x.Mentions[a[0]].End + m[2]
	note := text[start : s.x.Mentions[a[0]].End+m[3]]
	// "and The" joins two titles: a title's own small words are in lower
	// case ("Marlow and the Tower of Salt").
	two := andTheTitle.MatchString(note)
	if (!strings.ContainsAny(note, ",;") || letterItem(note)) && names.Capitalised(note) && !two {
		s.mention(start, start+len(note), typing{rule, graph.Series, SigPattern, 0.5})
		return
	}
	if !two && !s.titleListNote(a[0]) {
		return
	}
	for _, it := range noteItems(note) {
		s.mention(start+it[0], start+it[1], typing{rule, graph.Series, SigPattern, 0.5})
	}
}

// letterItem reports whether a note has an item of one letter ("I,
// Harbour"): a title with a comma of its own, not a list of titles.
func letterItem(note string) bool {
	for _, it := range noteItems(note) {
		if utf8.RuneCountInString(note[it[0]:it[1]]) == 1 {
			return true
		}
	}
	return false
}

// noteItems splits a note into its items, separated by commas and "and",
// as byte ranges within the note.
func noteItems(note string) [][2]int {
	var out [][2]int
	pos := 0
	for _, sep := range noteSep.FindAllStringIndex(note+",", -1) {
		it := note[pos:sep[0]]
		lead := len(it) - len(strings.TrimLeft(it, " "))
		out = append(out, [2]int{pos + lead, pos + len(strings.TrimRight(it, " "))})
		pos = min(sep[1], len(note))
	}
	return out
}

// andTheTitle matches "and" before a title that opens with a capitalised
// article: "Harbor Lights and The Ledger".
var andTheTitle = regexp.MustCompile(`\p{L} and (?:The|A|An) \p{Lu}`)

// noteSep matches what separates the items of a note.
var noteSep = regexp.MustCompile(`\s*(?:,\s*(?:and\s+)?|\s+and\s+)`)

// titleListNote reports whether the note in parentheses after mention ai,
// a person the corpus knows, lists two titles or more of the person's
// other work ("Lena Marsh (Dockside, Velvet Nights, Salt Marsh)"): every
// item in title case, none a name the corpus knows as a person's or a
// character's, and none a role ("left", "voice").
func (s *docState) titleListNote(ai int) bool {
	ma := s.x.Mentions[ai]
	k := s.knownAs(ma.Name)
	if !(ma.Type == graph.Person || k.best() == graph.Person || k.mostlyPersons()) {
		return false
	}
	text := s.p.Doc.Text
	m := noteAfter.FindStringSubmatch(text[ma.End:min(len(text), ma.End+90)])
	if m == nil {
		return false
	}
	items := noteItems(m[1])
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		item := m[1][it[0]:it[1]]
		if !names.Capitalised(item) || len(strings.Fields(item)) > 6 || strings.ContainsAny(item, "0123456789") {
			return false
		}
		if b := s.knownAs(item).best(); b == graph.Person || b == graph.Character || s.knownAs(names.LastWord(item)).someonesShort() {
			return false
		}
	}
	return true
}

// noteAfter matches a note in parentheses right after a name.
var noteAfter = regexp.MustCompile(`^\s*\(([^()]{1,80})\)`)

// initialsHave reports whether the letters of acr are, in order, initials
// of the words of name ("Gullhaven Serious Crimes Bureau" has SCB).
func initialsHave(name, acr string) bool {
	var ini []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		ini = append(ini, unicode.ToUpper(names.FirstRune(w)))
	}
	i := 0
	for _, r := range acr {
		for i < len(ini) && ini[i] != r {
			i++
		}
		if i == len(ini) {
			return false
		}
		i++
	}
	return true
}

// SameKind reports whether a guess of type a may be corrected to b: people
// and characters are told apart by context, and so are series and books,
// but a guessed series is never a person.
func SameKind(a, b string) bool {
	kind := func(t string) int {
		switch t {
		case graph.Person, graph.Character:
			return 1
		case graph.Series, graph.Book:
			return 2
		}
		return 3
	}
	return kind(a) == kind(b) && kind(a) != 3
}

// ownedOnly drops from ms the names of the match followed by 's when a
// name follows them in ms: "plays Roy's son Skeeter" casts Skeeter, not Roy.
func (m *patMatch) ownedOnly(ms []int) []int {
	text := m.src[m.loc[0]:m.loc[1]]
	owner := map[int]bool{}
	for _, loc := range possessiveMark.FindAllStringSubmatchIndex(text, -1) {
		k, _ := strconv.Atoi(text[loc[2]:loc[3]])
		if k < len(m.ms.kept) {
			owner[m.ms.kept[k]] = true
		}
	}
	var out []int
	for i, mi := range ms {
		if owner[mi] && i < len(ms)-1 {
			continue
		}
		out = append(out, mi)
	}
	return out
}

// possessiveMark matches a marker followed by 's.
var possessiveMark = regexp.MustCompile(`«(\d+)»['’]s\b`)

// ownedObjects are the predicates whose object is the name a possessive
// owns, not the owner: "plays Roy's son Skeeter", "produced by Ann Dale's
// Fabel Pictures".
var ownedObjects = map[string]bool{"PLAYS": true, "PRODUCED_BY": true}
