package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// predStarsAs is the pseudo-predicate of a cast told in running text with
// each actor's role: "the series also stars A as X, B as Y and C as Z".
// Every actor, the name before "as", stars in the series; the roles are
// left to the patterns of "A as X".
const predStarsAs = "STARS_AS"

// actorBeforeAs matches a marker followed by "as": the actor of a pair
// "A as X".
var actorBeforeAs = regexp.MustCompile(`«(\d+)»\s+as\s`)

// applyStarsAs states STARS_IN between each actor of the list the pattern
// matched and the series the sentence speaks of.
func (s *docState) applyStarsAs(m *patMatch) {
	s.starsIn(m, actorBeforeAs)
}

// starsIn states STARS_IN between each actor whose marker the expression
// re finds in the match's group s (its submatches hold the marker's
// number) and the series the sentence speaks of.
func (s *docState) starsIn(m *patMatch, re *regexp.Regexp) {
	var actors []int
	for _, loc := range re.FindAllStringSubmatch(m.group("s"), -1) {
		k, _ := strconv.Atoi(strings.Join(loc[1:], ""))
		if k < len(m.ms.kept) {
			actors = append(actors, m.ms.kept[k])
		}
	}
	subs := s.pick(actors, graph.Person, true, m.p.name)
	if len(subs) == 0 {
		return
	}
	objs := s.pick(s.fromContext(m, fromSeries, graph.Series, subs), graph.Series, false, m.p.name)
	for _, a := range subs {
		for _, o := range objs {
			s.claim(Claim{Subject: a, Predicate: "STARS_IN", Object: o, Evidence: m.ms.sn.Span, Confidence: m.p.conf, Signal: SigPattern, Rule: m.p.name})
		}
	}
}

// predCastRun is the pseudo-predicate of a cast told in running text
// whose actors carry roles, notes or asides and are joined by words a
// plain list does not have: "the series stars A as X alongside B, C and D
// as Y with E as Z". Every actor, the name that opens an item of the run,
// stars in the series; the roles are left to the patterns of "A as X".
const predCastRun = "CAST_RUN"

// castRunActor matches the marker that opens an item of a cast run: at
// the run's start or after a separator (also "as well as singers"),
// never after "as" (a role) or inside parentheses (another work).
var castRunActor = regexp.MustCompile(`(?:^|,\s*(?:and\s+)?|\sand\s+|&\s*|\s(?:alongside|along with|together with|as well as|opposite|with)\s+|\sas well as\s+(?:[a-z][\w-]*\s+){1,2}?)«(\d+)»`)

// applyCastRun states STARS_IN between each actor of the cast run the
// pattern matched and the series the sentence speaks of.
func (s *docState) applyCastRun(m *patMatch) {
	s.starsIn(m, castRunActor)
}

// predLeads is the pseudo-predicate of a premise that names the series'
// leads with their actors: "The series follows detective X, played by A,
// and Y, played by B", "the first season followed X (A) and Y (B)". The
// characters a series follows are its leads, so their actors star in it.
const predLeads = "LEADS"

// actorSlot matches a marker in an actor's slot after a character: in
// parentheses, or after "played by".
var actorSlot = regexp.MustCompile(`\(«(\d+)»\)|(?:played|portrayed) by (?:the \w+ )?«(\d+)»`)

// seriesBefore matches the words before a premise's verb that make a
// series or its season what follows the characters.
var seriesBefore = regexp.MustCompile(`(?i)\b(?:series|show|drama|season|thriller|procedural|sitcom|comedy|miniseries)\b`)

// applyLeads states STARS_IN between each actor in an actor's slot of the
// premise the pattern matched and the series the sentence speaks of, when
// the premise is the series' (or a season's), not an episode's.
func (s *docState) applyLeads(m *patMatch) {
	before := m.src[:m.loc[0]]
	if !seriesBefore.MatchString(before) && !s.seriesMarked(m, before) {
		return
	}
	s.starsIn(m, actorSlot)
}

// seriesMarked reports whether text holds the marker of a series.
func (s *docState) seriesMarked(m *patMatch, text string) bool {
	for _, mi := range m.marks(text) {
		if s.x.Mentions[mi].Type == graph.Series {
			return true
		}
	}
	return false
}

// seriesNamedBefore reports whether the text of a pattern's group up to
// its first name calls that name a show and not a book's series ("the book
// series A").
func seriesNamedBefore(g string) bool {
	return seriesNounFirst.MatchString(g) && !bookNoun.MatchString(g)
}

// heldBack reports whether the words around a match of a cast or
// membership pattern deny what it seems to say (see relativeOf,
// titleBefore, roleNoteAfter, ownerAtEnd and placeHead).
func (s *docState) heldBack(m *patMatch) bool {
	p := m.p
	switch {
	case p.pred == "MEMBER_OF" && p.obj == fromGroup:
		return s.ownerAtEnd(m) || s.placeHead(m)
	case p.pred == "PLAYS" && p.obj == fromGroup && relativeOf.MatchString(firstMarkOf(m.group("o"))):
		return true
	case p.name == "based-on" && (possessiveAfter.MatchString(m.src[m.firstMarkEnd("o"):]) || s.barePossessive(m, "o")) ||
		p.pred == "BASED_ON" && unnamedWorkAfter.MatchString(m.src[m.firstMarkEnd("o"):]):
		return true // "based on A's book, ...": A is the author, the book unnamed
	case p.pred == "BASED_ON" && seriesNamedBefore(firstMarkOf(m.group("o"))):
		return true // "based on the Danish series A": A is a show, no book
	case p.name == "author-novels" && clauseAfter.MatchString(m.group("o")) && !listAfter.MatchString(m.group("o")):
		return true // "based on A's book, follows B": B is no book
	case p.name == "credit-in-title-as":
		return !appearingBefore.MatchString(m.ms.masked[:m.start()]) || appearedInAs.MatchString(m.ms.masked[:m.start()]+m.src[m.loc[0]:m.firstMarkEnd("o")])
	case p.name == "character-played-by" && prepositionBefore.MatchString(m.ms.masked[:m.start()]):
		return true // "an officer for A, played by B": A is no role, B plays the officer
	case p.name == "actor-as-character":
		return s.actorAsHeldBack(m)
	}
	return false
}

// actorAsHeldBack reports whether the words around a match of
// actor-as-character deny that it names an actor and a role: "A as well
// as B", a title before the actor, a role note after the character, an
// unnamed role, lone words (see loneWordsAs).
func (s *docState) actorAsHeldBack(m *patMatch) bool {
	return asWellAs.MatchString(m.src[m.loc[0]:m.loc[1]]) || titleBefore.MatchString(m.ms.masked[:m.start()]) ||
		roleNoteAfter.MatchString(m.src[m.firstMarkEnd("o"):]) || roleUnnamed(m) || s.loneWordsAs(m)
}

// prepositionBefore matches a preposition before a name, which makes it
// the complement of the words before, not the head of a description
// after it.
var prepositionBefore = regexp.MustCompile(`(?i)\b(?:for|at|with|from|into|against|by|on|to|under)\s+(?:the\s+)?$`)

// quotedBare reports whether the name a possessive match starts with
// opens after a quotation mark and ends with a bare apostrophe: the
// apostrophe closes the quotation ("‘SOA’"), and is no possessive.
func quotedBare(m *patMatch) bool {
	before, after := m.src[:m.loc[0]], m.src[m.firstMarkEnd("o"):]
	opened := strings.HasSuffix(before, "‘") || strings.HasSuffix(before, "'")
	bare := (strings.HasPrefix(after, "’") || strings.HasPrefix(after, "'")) && !strings.HasPrefix(strings.TrimLeft(after, "’'"), "s ")
	return opened && bare
}

// loneWordsAs reports whether the actor and the role of "A as B" are both
// lone words no rule typed: "Tough as Nails", "Bright as Brass" are a
// title's or an idiom's words, where a cast names the actor in full or by
// a surname the corpus knows.
func (s *docState) loneWordsAs(m *patMatch) bool {
	ss, os := m.marks(m.group("s")), m.marks(m.group("o"))
	if len(ss) != 1 || len(os) != 1 {
		return false
	}
	a, r := s.x.Mentions[ss[0]], s.x.Mentions[os[0]]
	weak := func(x Mention) bool { return x.Type == "" && x.Signal == SigShort && x.Confidence < 0.4 } // see dropWeak
	return weak(a) && weak(r)
}

// modifierRole reports whether the role's name after an article is a
// word that describes the noun after it, not a name: in "stars A as the
// prickly Harbor medical examiner" Harbor is a place, the role unnamed.
func modifierRole(m *patMatch) bool {
	if !articleLead.MatchString(m.group("o")) {
		return false
	}
	after := m.src[m.firstMarkEnd("o"):]
	return lowerAfter.MatchString(after) && !functionAfter.MatchString(after)
}

// articleLead and functionAfter match a role's words before its name that
// open with an article, and the small words after a name that end it ("as
// the young Quill with"); lowerAfter (see notes.go) the lower-case word
// after the name.
var (
	articleLead   = regexp.MustCompile(`(?i)^(?:the|a|an)\s`)
	functionAfter = regexp.MustCompile(`^\s+(?:and|or|in|on|at|with|who|whose|that|which|for|from|to|as|by|of|is|was|has|had|will|would|but|while|when|after|before|since|until|again|once|twice|too|so|than)\b`)
)

// clauseAfter matches a comma and a word in lower case after an author's
// books, which opens a clause of its own, and listAfter the words that
// open a list of the books instead: "A's novels, including B and C".
var (
	// unnamedWorkAfter matches a possessive and a work no title follows:
	// "based on A's book, it follows".
	// seriesNounFirst matches the words before a work's name that call it
	// a show: "the Danish series «A»", "the hit show “«A»".
	seriesNounFirst  = regexp.MustCompile(`(?i)^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:series|show|sitcom)\s*["“‘]?` + mk + `$`)
	unnamedWorkAfter = regexp.MustCompile(`^['’]s\s+(?:[\w-]+\s+){0,2}?(?:book|books|novel|novels|memoir|stories|series)\s*(?:[,.;)]|$)`)
	clauseAfter      = regexp.MustCompile(`^,\s+\p{Ll}`)
	listAfter        = regexp.MustCompile(`^,\s+(?:including|such as|notably|among them|namely|like|from|especially)\b`)
)

// relativeOf matches the words before a role's name that make the role
// someone else's relative or partner: "plays the wife of X".
var relativeOf = regexp.MustCompile(`(?i)\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|partner|boss|friend|lover|girlfriend|boyfriend|fiancée?|ex|rival|nemesis|killer|assistant|deputy|niece|nephew|aunt|uncle|cousin)s? of (?:the )?«\d+»$`)

// titleBefore matches the words before a title that "as" follows: in
// "appeared in episodes of A as X" and "appeared on Kay's A as X", A is
// the series, not the actor.
var titleBefore = regexp.MustCompile(`(?i)\b(?:in|on|episodes? of|seasons? of)\s+(?:«\d+»['’]s\s+)?$`)

// appearingBefore matches a verb of appearing or a word of a role
// earlier in the sentence: "he appeared on A and in B as X" credits
// roles, "the murder in A as X" does not.
var appearingBefore = regexp.MustCompile(`(?i)\b(?:appeared|appears|appearing|guest-starred|guest-stars|guest-starring|starred|stars|starring|co-starred|roles?|cameos?|credits)\b`)

// appearedInAs matches the words the pattern appeared-in-series-as reads
// up to its title ("appeared in A", "starred in the A"): that
// pattern states the claim already.
var appearedInAs = regexp.MustCompile(`(?i)\b(?:appeared|appears|appearing|guest-starred|guest-stars|starred|stars|starring|co-starred|role) in (?:the )?«\d+»$`)

// roleNoteAfter matches a name in parentheses right after a role: in "starred
// A and B as X (A) and Y (B)" the notes pair actors and roles.
var roleNoteAfter = regexp.MustCompile(`^\s*\(«\d+»\)`)

// firstMarkEnd is where the first marker of group g ends in m.src, or
// the match's end when g holds none.
func (m *patMatch) firstMarkEnd(g string) int {
	i := m.p.re.SubexpIndex(g)
	if i >= 0 && m.loc[2*i] >= 0 {
		if loc := markerRe.FindStringIndex(m.src[m.loc[2*i]:m.loc[2*i+1]]); loc != nil {
			return m.loc[2*i] + loc[1]
		}
	}
	return m.loc[1]
}

// firstMarkOf is g up to the end of its first marker.
func firstMarkOf(g string) string {
	if loc := markerRe.FindStringIndex(g); loc != nil {
		return g[:loc[1]]
	}
	return g
}

// resumeAt is where the search for a resuming pattern's next match
// starts: after the first marker of its object group when the group holds
// more (the next pair of a list may start there: "A as X and B as Y"),
// else after the match.
func (m *patMatch) resumeAt() int {
	if end := m.firstMarkEnd("o"); end < m.loc[1] && markerRe.MatchString(m.src[end:m.loc[1]]) {
		return end
	}
	return max(m.loc[1], m.loc[0]+1)
}

// ownerAtEnd reports whether the match ends with its object, the first
// name of group o, a possessive follows, and the name is not known as a
// unit's already: in "a member of Westmoor's fishing community" the unit is
// not the place, while "Detective X of the CPD's homicide unit" is a
// member of both.
func (s *docState) ownerAtEnd(m *patMatch) bool {
	end := m.firstMarkEnd("o")
	if end != m.loc[1] || !possessiveAfter.MatchString(m.src[end:]) {
		return false
	}
	os := m.marks(m.group("o"))
	return len(os) > 0 && s.x.Mentions[os[0]].Type != graph.Organization
}

// barePossessive reports whether the first name of group g of a match is
// a possessive written with the apostrophe alone, as a name ending in "s"
// may take it ("an adaptation of Tom Harris’ novel"). The patterns that
// ask read the name right after a word, never after a quotation mark
// that the apostrophe could close.
func (s *docState) barePossessive(m *patMatch, g string) bool {
	ms := m.marks(m.group(g))
	if len(ms) == 0 || !strings.HasSuffix(s.x.Mentions[ms[0]].Name, "s") {
		return false
	}
	after := m.src[m.firstMarkEnd(g):]
	return (strings.HasPrefix(after, "’") || strings.HasPrefix(after, "'")) && !strings.HasPrefix(strings.TrimLeft(after, "’'"), "s ")
}

// possessiveAfter matches a possessive at the start of the text.
var possessiveAfter = regexp.MustCompile(`^['’]s\b`)

// placeHead reports whether the subject of a match is a lone word that
// starts the names of places: "Lake of the Marrows" read as "X of the Y"
// is one place, no member of a unit.
func (s *docState) placeHead(m *patMatch) bool {
	ss := m.marks(m.group("s"))
	return len(ss) > 0 && names.InLower(names.PlacePrefixes, s.x.Mentions[ss[0]].Name)
}

// withoutNotes returns the mentions of the named group but those named in
// parentheses after a listed one: "A (Title), B (Other Title)" notes A's and
// B's other work, which is no member of the list. An abbreviation in
// parentheses names the listed one again ("the Harbor Police Department
// (HPD)") and stays.
func (s *docState) withoutNotes(m *patMatch, name string) []int {
	ms := m.listMarks(name)
	notes := map[int]bool{}
	for _, mm := range parenMark.FindAllStringSubmatch(m.group(name), -1) {
		k, _ := strconv.Atoi(mm[1])
		if k < len(m.ms.kept) && !names.Acronym(s.x.Mentions[m.ms.kept[k]].Surface) {
			notes[m.ms.kept[k]] = true
		}
	}
	if len(notes) == 0 {
		return ms
	}
	var out []int
	for _, mi := range ms {
		if !notes[mi] {
			out = append(out, mi)
		}
	}
	return out
}

// parenMark matches a name in parentheses.
var parenMark = regexp.MustCompile(`\(«(\d+)»\)`)

// parenCastLine matches the opening of a list item that is a cast line
// written "Character (Actor) – description": the character's marker, the
// actor's in parentheses, and a dash before the description.
var parenCastLine = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.]* )?«0» \(«1»\)\s*[–—-]\s*`)

// parenCastItem makes the character of a list item written "Tom Vale
// (Lena Hart) – Ana's loyal partner" the one its description speaks of,
// as a cast line's is, so that the patterns of descriptions ("Ana's
// partner", "a detective at X") read it; the layout, which knows no
// actor from a character by shape, leaves such an item a list's.
func (s *docState) parenCastItem(x *maskedSentence, blk layout.Block) {
	if x.cast >= 0 || blk.Kind != layout.BlockList || len(x.kept) < 2 || x.sn.Span.Start != blk.Span.Start {
		return
	}
	loc := parenCastLine.FindStringIndex(x.masked)
	if loc == nil || s.x.Mentions[x.kept[0]].Type != graph.Character || s.x.Mentions[x.kept[1]].Type != graph.Person {
		return
	}
	x.cast, x.descStart = x.kept[0], loc[1]
}

// asWellAs matches "A (Note) as well as B": a list of names, no role.
var asWellAs = regexp.MustCompile(`^«\d+»(?: \([^()]*\))? as well as\b`)
