package extract

import (
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
)

var (
	spinoffAfter  = regexp.MustCompile(`^["'’”]?(?:['’]s)?\s+(?:spin-?off|prequel|sequel)\b`)
	seriesAnaphor = regexp.MustCompile(`(?i)^(?:it|the (?:series|show|spin-?off|drama))\b`)
	markerRe      = regexp.MustCompile(`«(\d+)»`)
	yearParens    = regexp.MustCompile(`\s*\((?:[^()«»]{1,30}, )?\d{4}(?:[–-]\d{2,4})?\)`)
	// lineBreak matches a line break inside a sentence of a hard-wrapped
	// paragraph, which the patterns read as one space.
	lineBreak = regexp.MustCompile(`[ \t]*\r?\n[ \t]*`)
	castNotes = regexp.MustCompile(`(?i)\s*\((?:seasons?|episodes?|recurring|guest|uncredited|voice)\b[^)«]*\)`)
)

// maskedSentence is a sentence with each of its mentions replaced by a
// marker «k», k the mention's place in kept, as the relation patterns read
// it.
type maskedSentence struct {
	sn     nlp.Sentence
	masked string
	kept   []int // mention indexes by marker number
	// cast is the character the sentence describes (a cast line's, or the
	// one whose section the text is in), or noMention.
	cast int
	// descStart is where a cast line's description starts in masked.
	descStart int
	// parents are the series named after "of": not the sentence's topic.
	parents map[int]bool
}

// patMatch is one match of a pattern in a masked sentence: src is the text
// matched (the whole sentence, or a cast line's description starting at
// off) and loc the submatch indexes in src.
type patMatch struct {
	p   *relPattern
	ms  *maskedSentence
	src string
	off int
	loc []int
}

// group returns the text of the named group, or "" when the pattern has no
// such group or it took no part in the match.
func (m *patMatch) group(name string) string {
	i := m.p.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return ""
	}
	return m.src[m.loc[2*i]:m.loc[2*i+1]]
}

// marks returns the mentions whose markers g holds, in order.
func (m *patMatch) marks(g string) []int {
	var out []int
	for _, k := range markerNumbers(g) {
		if k < len(m.ms.kept) {
			out = append(out, m.ms.kept[k])
		}
	}
	return out
}

// listMarks returns the mentions of the named group. In a list ("a spinoff
// of Northlight's Tidewater") a name followed by 's owns the next one and is
// not itself listed.
func (m *patMatch) listMarks(name string) []int {
	i := m.p.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return nil
	}
	out := m.marks(m.src[m.loc[2*i]:m.loc[2*i+1]])
	if rest := m.src[m.loc[2*i+1]:]; m.p.all && len(out) > 0 && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) {
		out = out[:len(out)-1]
	}
	return out
}

// start is where the match starts in the masked sentence.
func (m *patMatch) start() int { return m.off + m.loc[0] }

// relations applies the patterns to one sentence whose mentions (indexes
// into the document's mentions, in text order) are ms.
func (s *docState) relations(sn nlp.Sentence, blk layout.Block, ms []int) {
	x := s.mask(sn, ms)
	x.cast = s.describedCharacter(sn, blk)
	x.descStart = s.descriptionStart(x, blk)
	s.parenCastItem(x, blk)
	s.facts(sn, x.masked, x.kept, s.contextCharacter(x))
	if len(x.kept) == 0 {
		return
	}
	if blk.Kind == layout.BlockList {
		s.listBooks(sn, x.kept)
	}
	x.parents = s.parentSeries(x.kept)
	m := s.sentenceMatches(x)
	ix := relIndex()
	for i := range relPatterns {
		if ix.Admits(i, m.present) { // else a match would hold what the sentence lacks
			s.applyPattern(i, x, m)
		}
	}
}

// mask replaces the mentions of a sentence by markers, leaving out a
// mention that overlaps the one before it, joins its lines, and drops year
// and cast notes in parentheses.
func (s *docState) mask(sn nlp.Sentence, ms []int) *maskedSentence {
	text := s.p.Doc.Text
	var b strings.Builder
	pos := sn.Span.Start
	var kept []int
	for _, mi := range ms {
		m := s.x.Mentions[mi]
		if m.Start < pos {
			continue // overlaps the previous mention
		}
		b.WriteString(undotTitle(text[pos:m.Start]))
		b.WriteString("«" + strconv.Itoa(len(kept)) + "»")
		kept = append(kept, mi)
		pos = m.End
	}
	b.WriteString(text[pos:sn.Span.End])
	masked := joinLines(b.String())
	masked = yearParens.ReplaceAllString(masked, "")
	masked = castNotes.ReplaceAllString(masked, "")
	masked = dropOwnerNotes(masked)
	return &maskedSentence{sn: sn, masked: masked, kept: kept, cast: noMention}
}

// describedCharacter is the character a cast or credit line describes, or
// the one whose section of a character page the prose is in, or noMention.
func (s *docState) describedCharacter(sn nlp.Sentence, blk layout.Block) int {
	if c, ok := s.castChar[sn.Block]; ok && blk.Kind.Credits() {
		return c
	}
	if blk.Kind == layout.BlockProse && s.sectionChar >= 0 {
		return s.sectionChar
	}
	return noMention
}

// descriptionStart is where the description after a cast line's names
// starts in the masked sentence: past the marker of the character (or of
// any name before the line's rest), and the spaces and punctuation after it.
func (s *docState) descriptionStart(x *maskedSentence, blk layout.Block) int {
	descStart := 0
	for k, mi := range x.kept {
		m := s.x.Mentions[mi]
		if mi != x.cast && !(x.cast >= 0 && blk.Rest != nil && m.End <= blk.Rest.Start && m.Start >= blk.Span.Start) {
			continue
		}
		mark := "«" + strconv.Itoa(k) + "»"
		if i := strings.Index(x.masked, mark); i >= 0 {
			descStart = i + len(mark)
			for descStart < len(x.masked) && strings.ContainsRune(" ,.()", rune(x.masked[descStart])) {
				descStart++
			}
		}
	}
	return descStart
}

// contextCharacter is the character the facts of a sentence are about: the
// one it describes, else the last character it names.
func (s *docState) contextCharacter(x *maskedSentence) int {
	if x.cast >= 0 {
		return x.cast
	}
	ctx := noMention
	for _, mi := range x.kept {
		if m := s.x.Mentions[mi]; m.Type == graph.Character && m.Signal != SigShort {
			ctx = mi
		}
	}
	return ctx
}

// listBooks reads the books of a list whose lead names their author.
func (s *docState) listBooks(sn nlp.Sentence, kept []int) {
	au := s.listAuthor(sn.Block)
	if au < 0 {
		return
	}
	for _, mi := range kept {
		if s.x.Mentions[mi].Type == graph.Book {
			s.claim(Claim{Subject: au, Predicate: "WROTE", Object: mi, Evidence: sn.Span, Confidence: 0.6, Signal: SigPattern, Rule: "list-author"})
		}
	}
}

// applyPattern runs one pattern over a masked sentence; a pattern that reads
// cast line descriptions runs only where the sentence describes a character.
func (s *docState) applyPattern(pi int, x *maskedSentence, kept *sentenceMatches) {
	p := &relPatterns[pi]
	src, off := x.masked, 0
	if p.desc {
		if x.cast < 0 {
			return
		}
		src, off = x.masked[x.descStart:], x.descStart
	}
	if !p.resume {
		for _, loc := range kept.findAll(pi, p.re, src) {
			p.apply(s, &patMatch{p: p, ms: x, src: src, off: off, loc: loc})
		}
		return
	}
	for pos := 0; pos < len(src); {
		loc := p.re.FindStringSubmatchIndex(src[pos:])
		if loc == nil {
			return
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += pos
			}
		}
		m := &patMatch{p: p, ms: x, src: src, off: off, loc: loc}
		p.apply(s, m)
		pos = m.resumeAt()
	}
}

// respectively matches the word that pairs two lists item by item, up to
// the end of the clause.
var respectively = regexp.MustCompile(`^[^.;]*\brespectively\b`)

// filmingBefore matches the words of filming before "takes place in": the
// place is a filming location, not a setting.
var filmingBefore = regexp.MustCompile(`(?i)\b(?:photography|filming|shooting|production|shoot)\s*$`)

// formerActor matches the words before an actor who left the role the
// sentence's subject takes: in "steps into the role vacated by A as B" or
// "replaces A as B", A does not play B (any more).
var formerActor = regexp.MustCompile(`(?i)\b(?:vacated by|left by|replaces|replacing|replaced|succeeds|succeeding|takes over from|taking over from|in place of)\s+$`)

// deniable are the predicates a sentence may deny ("X did not kill Y").
var deniable = map[string]bool{"KILLED": true, "ROMANTIC_PARTNER_OF": true, "RELATIVE_OF": true, "PARTNER_OF": true, predKin: true, "SPINOFF_OF": true}

// denied reports whether a match of a deniable predicate is denied or
// doubted: a negation in the match, or just before it in its sentence.
func (s *docState) denied(m *patMatch) bool {
	if !deniable[m.p.pred] {
		return false
	}
	return negated.MatchString(m.ms.masked[max(0, m.start()-30) : m.off+m.loc[1]])
}

// applyRelation states the pattern's predicate between every subject and
// object it finds, giving a type to the mentions that need one.
func (s *docState) applyRelation(m *patMatch) {
	p := m.p
	if s.passedOver(m) {
		return
	}
	wantS, wantO := WantTypes(p.pred)
	var subs, objs []int
	if p.subj == fromGroup {
		ss := s.withoutNotes(m, "s")
		if p.typedSubj && (len(ss) == 0 || !s.typed(ss[0], wantS)) {
			return
		}
		subs = s.pick(ss, wantS, p.all, p.name)
		if len(ss) > 0 && len(subs) == 0 {
			return // "X from «The Show» producer Y": no subject fits, and the object is typed by no claim
		}
	}
	if p.obj == fromGroup {
		objs = s.pick(s.groupObjects(m), wantO, p.all, p.name)
	}
	// A side taken from context is picked, and typed, only when the other
	// side holds a mention that fits.
	if p.subj != fromGroup && (p.obj != fromGroup || len(objs) > 0) {
		subs = s.pick(s.fromContext(m, p.subj, wantS, objs), wantS, false, p.name)
	}
	if p.obj != fromGroup && (p.subj != fromGroup || len(subs) > 0) {
		objs = s.pick(s.fromContext(m, p.obj, wantO, subs), wantO, false, p.name)
	}
	for i, a := range subs {
		for j, o := range objs {
			if !p.pairwise || i == j && len(subs) == len(objs) {
				s.claim(Claim{Subject: a, Predicate: p.pred, Object: o, Evidence: m.ms.sn.Span, Confidence: p.conf, Signal: SigPattern, Rule: p.name})
			}
		}
	}
}

// applyStrict states the predicate only between mentions that have the
// types it requires already.
func (s *docState) applyStrict(m *patMatch) {
	w := m.group("w")
	if conjunction.MatchString(w) || possessiveOwn(m, w) || m.p.pred == "PLAYS" && authorBefore.MatchString(m.ms.masked[:m.start()]) && !strings.HasSuffix(w, ", ") && !s.guessedPair(m, w) || m.p.name == "network-possessive-series" && quotedBare(m) {
		return // "Vikstrom's harder edges and Ann": two clauses; "adapted from Vikstrom's detective": an author's character (but "the wife of Dunn's character, Gary" is the actor's); "the ‘KBS’ spinoff": a quotation, no possessive
	}
	wantS, wantO := WantTypes(m.p.pred)
	ss, os := m.marks(m.group("s")), m.marks(m.group("o"))
	if s.possessiveRole(m, w, ss, os) || len(ss) > 0 && len(os) > 0 && s.typed(ss[0], wantS) && s.typed(os[0], wantO) && s.networkFits(m, os[0]) {
		s.claim(Claim{Subject: ss[0], Predicate: m.p.pred, Object: os[0], Evidence: m.ms.sn.Span, Confidence: m.p.conf, Signal: SigPattern, Rule: m.p.name})
	}
}

// networkFits reports whether the object o of a match may be a network:
// one the names package knows, for a pattern that wants a known network;
// else, for AIRS_ON, one whose name does not end as a studio's does.
func (s *docState) networkFits(m *patMatch, o int) bool {
	if o < 0 {
		return false
	}
	name := s.x.Mentions[o].Name
	if m.p.network || m.p.pred == "AIRS_ON" && names.InLower(studioWords, names.LastWord(name)) {
		return names.KnownNetwork(name)
	}
	return true
}

// studioWords are the last words of production companies' names.
var studioWords = wordSet("studio-words")

// conjunction matches a word that joins clauses: the words between a
// pattern's two names hold none.
var conjunction = regexp.MustCompile(`(?i)\b(?:and|but|or|while|as|because|so)\b`)

// authorBefore matches the words before "X's character" that make X its
// author, not its actor: "adapted from Vikstrom's detective Kari Lunde".
var authorBefore = regexp.MustCompile(`(?i)\b(?:from|of|by|on)\s+(?:(?:sir|dame|lord|lady)\s+)?$`)

// patternHandlers read the matches of the pseudo-predicates.
var patternHandlers = map[string]func(*docState, *patMatch){
	predParen:    (*docState).applyParen,
	predRetitled: (*docState).applyRetitled,
	predKnownAs:  (*docState).applyKnownAs,
	predKin:      (*docState).applyKin,
	predCredit:   (*docState).applyCredit,
	predBooksBy:  (*docState).applyBooksBy,
	predPersona:  (*docState).applyPersona,
	predStarsAs:  (*docState).applyStarsAs,
	predCastRun:  (*docState).applyCastRun,
	predLeads:    (*docState).applyLeads,
}

// applyParen reads "A (B)" (see paren).
func (s *docState) applyParen(m *patMatch) {
	a, b := m.marks(m.group("a")), m.marks(m.group("b"))
	if len(b) > 0 && (s.listsCredits(m.ms.sn.Span.Text) || s.knownWork(b[0]) || castingAfter.MatchString(m.src[m.loc[1]:])) {
		return // read by applyCredit; casting news gives no role in parentheses
	}
	s.paren(a, b, m.ms.sn.Span)
}

// applyCredit reads "A (B)" in a sentence that gives people with the
// titles of their other work (see listsCredits), or where the corpus knows
// B as a work: A is a person, the names in B are titles.
func (s *docState) applyCredit(m *patMatch) {
	a, b := m.marks(m.group("a")), m.marks(m.group("b"))
	// "A (B) is set for a recurring role": B is A's credit, where A is a
	// full name and B no one's ("Kit (an actor) are set to clash").
	casting := len(a) > 0 && strings.Contains(s.x.Mentions[a[0]].Name, " ") && castingAfter.MatchString(m.src[m.loc[1]:]) &&
		(len(b) == 0 || !s.someonesName(b[0]))
	if len(a) == 0 || !casting && !s.listsCredits(m.ms.sn.Span.Text) && (len(b) == 0 || !s.knownWork(b[0])) && !s.titleListNote(a[0]) {
		return
	}
	if len(b) > 0 && s.stageName(a[0], b[0]) {
		s.knownAsParen(a[0], b[0])
		return
	}
	s.creditParen(a, b)
}

// applyRetitled gives B, another title of the series or book A, A's type,
// with A as its alias.
func (s *docState) applyRetitled(m *patMatch) {
	a, b := m.marks(m.group("a")), m.marks(m.group("b"))
	if len(a) == 0 || len(b) == 0 {
		return
	}
	ma, mb := &s.x.Mentions[a[0]], &s.x.Mentions[b[0]]
	if ma.Type == graph.Series || ma.Type == graph.Book {
		mb.Type, mb.Signal, mb.Confidence, mb.Alias, mb.Rule = ma.Type, SigPattern, 0.6, ma.Name, m.p.name
	}
}

// applyKnownAs gives B, the nickname of the person or character A (in a
// cast line, of the character it describes), A's type, unless B has a
// type of its own.
func (s *docState) applyKnownAs(m *patMatch) {
	a, b := m.marks(m.group("a")), m.marks(m.group("b"))
	if m.ms.cast >= 0 {
		a = []int{m.ms.cast} // in a cast line the nickname is the character's
	}
	if len(a) == 0 || len(b) == 0 {
		return
	}
	ma, mb := &s.x.Mentions[a[0]], &s.x.Mentions[b[0]]
	if (ma.Type == graph.Character || ma.Type == graph.Person) && (mb.Type == "" || mb.Signal == SigShort || mb.Signal == SigShape || mb.Signal == SigLexicon && mb.Type == ma.Type) {
		mb.Type, mb.Signal, mb.Confidence, mb.Alias, mb.Rule = ma.Type, SigPattern, 0.6, ma.Name, m.p.name
	}
}

// noteCharacter remembers the first character and the first person a
// sentence names, for the sentences after it that say "he" or "she".
func (s *docState) noteCharacter(kept []int) {
	for _, mi := range kept {
		if m := s.x.Mentions[mi]; m.Type == graph.Person && m.Signal != SigShort {
			s.prevPerson = mi
			break
		}
	}
	for _, mi := range kept {
		if m := s.x.Mentions[mi]; m.Type == graph.Character && m.Signal != SigShort || m.Signal == SigShort && s.lexShort(m.Name, graph.Character) {
			s.prevChar = mi
			return
		}
	}
}

// noteSeries remembers the last series a sentence named, for the
// sentences after it that say "it".
//
// A series named after "of" ("a spinoff of Bosch", "the final season of
// Bosch: Legacy") is what the sentence relates its topic to, not the topic,
// and is passed over; the first other series named is the topic. So is a
// series named as someone's credit ("former Harbor cast member Nina
// Falk"): it tells who the person is.
func (s *docState) noteSeries(kept []int) {
	parents := s.parentSeries(kept)
	text := s.p.Doc.Text
	for _, mi := range kept {
		if m := s.x.Mentions[mi]; m.Type == graph.Series && !parents[mi] && !s.inParens(mi) && !starAfter.MatchString(text[m.End:]) {
			s.lastSeries = mi
			return
		}
	}
}

// inParens reports whether mention mi stands inside parentheses in its
// block: "Lena Marsh (Dockside)" names the actor's other work, not the
// series the text is about.
func (s *docState) inParens(mi int) bool {
	m := s.x.Mentions[mi]
	before := s.p.Doc.Text[s.p.Blocks[m.Block].Span.Start:m.Start]
	return strings.Count(before, "(") > strings.Count(before, ")")
}

// parentSeries returns the series of a sentence named after "of" or
// "from", and the ones listed with them: "a spinoff of Bosch (2014–21) and
// Bosch: Legacy".
func (s *docState) parentSeries(kept []int) map[int]bool {
	text := s.p.Doc.Text
	out := map[int]bool{}
	skipping := false
	for _, mi := range kept {
		m := s.x.Mentions[mi]
		if m.Type != graph.Series {
			continue
		}
		before := strings.ToLower(text[max(0, m.Start-20):m.Start])
		before = yearParens.ReplaceAllString(before, "")
		after := strings.ToLower(text[m.End:min(len(text), m.End+12)])
		if strings.HasSuffix(before, "of ") || strings.HasSuffix(before, "of the ") || strings.HasSuffix(before, "from ") ||
			spinoffAfter.MatchString(after) ||
			skipping && (strings.HasSuffix(before, "and ") || strings.HasSuffix(before, ", ") || strings.HasSuffix(before, "or ")) {
			skipping = true
			out[mi] = true
			continue
		}
		skipping = false
	}
	return out
}
