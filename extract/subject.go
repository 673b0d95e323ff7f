package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// subjectPending stands for the document's series in a claim made before
// the series is known.
const subjectPending = -2

// chooseSubject settles the series the document is about when its
// structure did not say, and puts it in the claims and facts made before
// it was known.
func (s *docState) chooseSubject() {
	if s.subject < 0 {
		s.subject = s.wikiSeries()
	}
	if s.subject < 0 {
		s.subject = s.headlineSeries()
		s.subjectGuessed = s.subject >= 0 && s.afterProse(s.x.Mentions[s.subject].Block)
	}
	if s.subject < 0 {
		s.subject = s.mostMentionedSeries()
		s.subjectGuessed = s.subject >= 0
	}
	s.subject = s.titleBase(s.subject)
	s.x.Subject = s.subject
	s.impliedAppearances()
	s.castQuestionStars()
	s.settlePending()
}

// titleBase returns the mention of the series a headline's subtitled
// title ("Harbor Watch: The Drowned Light", "Harbor Watch: Season
// Premiere Preview") is a page of, when the page names that series alone
// too, else subject: a headline that puts an episode's or an article's
// title after its series' name is about the series, whose characters the
// page names. A subtitled title that only the page's prose names (a
// sequel it speaks of) stays the page's series.
func (s *docState) titleBase(subject int) int {
	if subject < 0 {
		return subject
	}
	m := s.x.Mentions[subject]
	i := strings.Index(m.Name, ": ")
	if m.Type != graph.Series || i < 0 || s.afterProse(m.Block) {
		return subject
	}
	base := names.Fold(m.Name[:i])
	for j, o := range s.x.Mentions {
		if o.Type == graph.Series && j != subject && names.Fold(o.Name) == base && !s.inParens(j) {
			return j
		}
	}
	return subject
}

// mostMentionedSeries returns the first mention of the series the document
// names most (the first in folded-name order on a tie), or noMention. A
// series in parentheses is an actor's other work ("Lena Marsh (Dockside)")
// and does not count.
func (s *docState) mostMentionedSeries() int {
	count := map[string]int{}
	first := map[string]int{}
	for i, m := range s.x.Mentions {
		if m.Type == graph.Series && !s.inParens(i) {
			k := names.Fold(m.Name)
			count[k]++
			if _, ok := first[k]; !ok {
				first[k] = i
			}
		}
	}
	best := ""
	for k, n := range count {
		if n > count[best] || (n == count[best] && k < best) {
			best = k
		}
	}
	if best == "" {
		return noMention
	}
	return first[best]
}

// impliedAppearances states that a character someone plays in a document
// about a series appears in it.
func (s *docState) impliedAppearances() {
	has := map[[2]int]bool{}
	for _, c := range s.x.Claims {
		if c.Predicate == "APPEARS_IN" {
			has[[2]int{c.Subject, c.Object}] = true
		}
	}
	for _, c := range s.x.Claims {
		if c.Predicate == "PLAYS" && s.subject >= 0 && !has[[2]int{c.Object, s.subject}] && !has[[2]int{c.Object, subjectPending}] && !s.namedOnce() {
			has[[2]int{c.Object, s.subject}] = true
			s.x.Claims = append(s.x.Claims, Claim{Doc: c.Doc, Subject: c.Object, Predicate: "APPEARS_IN", Object: s.subject,
				Evidence: c.Evidence, Confidence: 0.6, Signal: SigPattern, Rule: "plays-implies-appears-in"})
		}
	}
	s.kinAppear(has)
	s.charactersAppear(has)
}

// StoryTies are the predicates that relate two characters of one story:
// a character's kin and partners live in its fiction, so they appear in
// the series it appears in.
var StoryTies = map[string]bool{"RELATIVE_OF": true, "ROMANTIC_PARTNER_OF": true, "PARTNER_OF": true}

// kinAppear states that a character the document relates by kinship or
// romance to a character it has appear in its series appears there too
// ("Spouse: Ada Vale" on the page of a character someone plays), though
// the page's series is only the one its prose names most. A page that
// lists its character's appearances in a field (in several series) does
// not say which series the kin are in. has holds the appearances already
// stated, by mention; a character is matched by its folded name, as a
// page names it more than once.
func (s *docState) kinAppear(has map[[2]int]bool) {
	if s.subject < 0 || s.namedOnce() || s.statesAppearances() {
		return
	}
	in := map[string]bool{}
	for _, c := range s.x.Claims {
		if c.Predicate == "APPEARS_IN" && (c.Object == s.subject || c.Object == subjectPending) {
			in[names.Fold(s.x.Mentions[c.Subject].Name)] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, c := range s.x.Claims {
			if !StoryTies[c.Predicate] {
				continue
			}
			a, b := s.x.Mentions[c.Subject], s.x.Mentions[c.Object]
			ka, kb := names.Fold(a.Name), names.Fold(b.Name)
			if in[ka] == in[kb] || a.Type != graph.Character || b.Type != graph.Character {
				continue
			}
			mi := c.Subject
			if in[ka] {
				mi = c.Object
			}
			in[names.Fold(s.x.Mentions[mi].Name)], changed = true, true
			has[[2]int{mi, s.subject}] = true
			s.x.Claims = append(s.x.Claims, Claim{Doc: c.Doc, Subject: mi, Predicate: "APPEARS_IN", Object: s.subject,
				Evidence: c.Evidence, Confidence: 0.6, Signal: SigPattern, Rule: "kin-appears-in"})
		}
	}
}

// charactersAppear states that a character a page about a series names,
// typed with confidence or a given name only its use typed (see
// loneWordCharacter), appears in that series, unless the page says in
// which series it appears. A page whose series only the count of its
// names gave, or that lists its character's appearances in a field, says
// too little of the others. has holds the appearances already stated.
func (s *docState) charactersAppear(has map[[2]int]bool) {
	if s.subject < 0 || s.subjectGuessed || s.statesAppearances() {
		return
	}
	elsewhere := map[string]bool{}
	for _, c := range s.x.Claims {
		if c.Predicate == "APPEARS_IN" {
			elsewhere[names.Fold(s.x.Mentions[c.Subject].Name)] = true
		}
	}
	for i, m := range s.x.Mentions {
		k := names.Fold(m.Name)
		last := strings.ToLower(names.LastWord(m.Name))
		if m.Type != graph.Character || m.Signal == SigShort || m.Confidence < 0.5 && !loneWordCharacter[m.Rule] || elsewhere[k] || has[[2]int{i, s.subject}] ||
			names.OrgSuffixes[last] || names.PlaceSuffixes[last] || s.p.Blocks[m.Block].Kind == layout.BlockHeading {
			continue // a "character" whose name ends like an organization's, or a heading's, is a doubtful one
		}
		elsewhere[k] = true
		s.x.Claims = append(s.x.Claims, Claim{Doc: s.p.Doc.ID, Subject: i, Predicate: "APPEARS_IN", Object: s.subject,
			Evidence: s.p.Blocks[m.Block].Span, Confidence: 0.5, Signal: SigPattern, Rule: "character-in-page-series"})
	}
}

// loneWordCharacter are the rules that make a lone word a character's
// name by its use alone, too weakly for the lexicon to learn it: a given
// name a recap keeps using ("Corran"), or one standing alone in prose.
// On a page about one series the name is still one of its characters.
var loneWordCharacter = map[string]bool{ruleRecurringName: true, ruleLoneGivenName: true}

// settlePending puts the subject in the claims and facts made against it
// before it was known, and drops the claims left without one.
func (s *docState) settlePending() {
	for i := range s.x.Claims {
		c := &s.x.Claims[i]
		if c.Subject == subjectPending {
			c.Subject = s.subject
		}
		if c.Object == subjectPending {
			c.Object = s.subject
		}
	}
	kept := s.x.Claims[:0]
	for _, c := range s.x.Claims {
		if c.Subject >= 0 && c.Object >= 0 && c.Subject != c.Object {
			kept = append(kept, c)
		}
	}
	s.x.Claims = kept
	for i := range s.x.Facts {
		if s.x.Facts[i].Target == subjectPending {
			s.x.Facts[i].Target = s.subject
		}
	}
}

// headlineSeries returns the title a page's headline opens with (see
// spotHeadlineTitle), else the first series the document's first headline
// with a series names, passing over possessives ("Harbor's Spin-Off
// 'Nightfall'"): a headline names what the page is about. noMention when
// none.
func (s *docState) headlineSeries() int {
	for i, m := range s.x.Mentions {
		if m.Rule == typeHeadlineTitle.rule && m.Type == graph.Series {
			return i // a headline set as a line of prose, with no heading's layout
		}
	}
	text := s.p.Doc.Text
	for bi, b := range s.p.Blocks {
		if b.Kind != layout.BlockHeading {
			continue
		}
		found := false
		for i, m := range s.x.Mentions {
			if m.Block != bi || m.Type != graph.Series {
				continue
			}
			found = true
			if rest := text[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				continue
			}
			return i
		}
		if found {
			return noMention // a headline naming only possessors: let frequency decide
		}
	}
	return noMention
}

// ruleRecurringName types a lone word no pattern confirmed that a
// document uses recurringUses times or more inside the sentences of its
// prose (not its fields' or lists' lines: "Portrayed by ..."): a recap
// calls its characters by their first names, again and again, where other
// capitalised words stand once or twice. A word of a longer name of the
// document is that name's short form, left to the resolver; a word the
// corpus also writes in lower case ("West"), or a place's name, is no
// one's. The name is typed by shape, so that it is an entity of its own,
// though too weakly for the lexicon to learn it.
const (
	ruleRecurringName = "recurring-name"
	recurringUses     = 3
)

// ruleNameWord keeps, untyped, a lone word no pattern confirmed that is
// the first or last word of a person's or character's name the same
// document gives in full ("Vic" beside "Vic Mackey", "Molly's boyfriend"
// after "Molly Andrews"): however often it stands, it is that name's short
// form, which the resolver joins to the name or, when several fit, leaves
// unlinked. A word the corpus also writes in lower case, or a place's
// name, is no one's.
const ruleNameWord = "word-of-full-name"

// dropWeak removes lone-word candidates no pattern confirmed, renumbering
// the claims and facts, unless the document uses the word often (see
// ruleRecurringName).
func (s *docState) dropWeak() {
	confirmed := s.confirmed()
	lone := s.loneWords()
	keep := make([]int, len(s.x.Mentions))
	out := make([]Mention, 0, len(s.x.Mentions)) // not grown: a document's mentions are many
	for i, m := range s.x.Mentions {
		if !weakMention(m) || confirmed[i] {
			keep[i] = len(out)
			out = append(out, m)
			continue
		}
		someones := !s.isLower(strings.ToLower(m.Name)) && !names.KnownPlace(m.Name)
		switch {
		case someones && lone.uses[m.Name] >= recurringUses && !lone.inLonger[m.Name]:
			m.Type, m.Rule, m.Signal, m.Confidence = graph.Character, ruleRecurringName, SigShape, 0.4 // "swore Corran to secrecy", "the chief blamed Corran"
		case someones && lone.nameWord[m.Name]:
			m.Rule, m.Confidence = ruleNameWord, 0.4 // untyped, for the resolver to place
		case someones && s.loneGivenName(m, lone):
			m.Type, m.Rule, m.Signal, m.Confidence = s.loneGivenType(m.Name, confirmed), ruleLoneGivenName, SigShape, 0.4 // "his sister Maggie walks in"
		default:
			keep[i] = noMention
			continue
		}
		keep[i] = len(out)
		out = append(out, m)
	}
	if len(out) == 0 {
		out = nil // none kept, as none found
	}
	s.x.Mentions = out
	remap := func(i int) int {
		if i < 0 {
			return i
		}
		return keep[i]
	}
	var cs []Claim
	for _, c := range s.x.Claims {
		c.Subject, c.Object = remap(c.Subject), remap(c.Object)
		if c.Subject != noMention && c.Object != noMention {
			cs = append(cs, c)
		}
	}
	s.x.Claims = cs
	var fs []Fact
	for _, f := range s.x.Facts {
		if f.Target != subjectPending {
			f.Target = remap(f.Target)
		}
		f.Anchor = remap(f.Anchor)
		fs = append(fs, f)
	}
	s.x.Facts = fs
	s.subject = remap(s.subject)
	for b, c := range s.castChar {
		s.castChar[b] = remap(c)
	}
}

// weakMention reports whether m is a lone-word candidate no rule typed,
// which dropWeak drops unless a pattern confirmed it.
func weakMention(m Mention) bool {
	return m.Signal == SigShort && m.Type == "" && m.Confidence < 0.4
}

// loneWordUses is what dropWeak needs to know of a document's lone words:
// how often its prose uses each weak one, which words are words of a
// longer name, and which the first or last word of a person's or
// character's name.
type loneWordUses struct {
	uses               map[string]int
	inLonger, nameWord map[string]bool
}

// loneWords gathers the loneWordUses of the document's mentions.
func (s *docState) loneWords() loneWordUses {
	l := loneWordUses{uses: map[string]int{}, inLonger: map[string]bool{}, nameWord: map[string]bool{}}
	for _, m := range s.x.Mentions {
		if weakMention(m) && s.p.Blocks[m.Block].Kind == layout.BlockProse {
			l.uses[m.Name]++
		}
		ws := strings.Fields(m.Name)
		if len(ws) < 2 {
			continue
		}
		for _, w := range ws {
			l.inLonger[w] = true // "Vic" beside "Vic Mackey" is his, not a name of its own
		}
		if m.Type == graph.Person || m.Type == graph.Character {
			l.nameWord[ws[0]], l.nameWord[ws[len(ws)-1]] = true, true
		}
	}
	return l
}

// confirmed returns the mentions a claim or a fact uses.
func (s *docState) confirmed() map[int]bool {
	out := map[int]bool{}
	for _, f := range s.x.Facts {
		out[f.Target] = true
	}
	for _, c := range s.x.Claims {
		out[c.Subject], out[c.Object] = true, true
	}
	return out
}

// statesAppearances reports whether the page lists its character's
// appearances in a field ("Appearances: Tidewater (seasons 3–6)").
func (s *docState) statesAppearances() bool {
	for _, b := range s.p.Blocks {
		if b.Kind == layout.BlockField && (b.Key == "appearances" || b.Key == "appears in") {
			return true
		}
	}
	return false
}

// namedOnce reports whether the document's series is one only the count
// of its names chose, that it names once, beside other series: a series
// named in passing on a page about another it does not know.
func (s *docState) namedOnce() bool {
	if !s.subjectGuessed {
		return false
	}
	n, others, subj := 0, 0, names.Fold(s.x.Mentions[s.subject].Name)
	for _, m := range s.x.Mentions {
		switch {
		case m.Type != graph.Series:
		case names.Fold(m.Name) == subj:
			n++
		default:
			others++
		}
	}
	return n < 2 && others > 0
}

// wikiSite matches the name of a fan wiki about one series, as its pages
// show it over their text or after their title: "Harbor Nine Wiki",
// "Ilse Brandt (Harbor Nine Wiki)".
var wikiSite = regexp.MustCompile(`(?:^|\()(\p{Lu}[^()]{1,60}?) Wiki\)?$`)

// wikiOpening is how many blocks from the top of a page may name its fan
// wiki.
const wikiOpening = 4

// wikiSeries returns the mention of the series whose fan wiki the page is
// from, as a line near its top names it ("Harbor Nine Wiki"): the page,
// about a character, an episode or a season, is about that series.
func (s *docState) wikiSeries() int {
	for bi, b := range s.p.Blocks[:min(len(s.p.Blocks), wikiOpening)] {
		m := wikiSite.FindStringSubmatchIndex(b.Span.Text)
		if m == nil {
			continue
		}
		start, end := b.Span.Start+m[2], b.Span.Start+m[3]
		for i, mn := range s.x.Mentions {
			if mn.Block == bi && mn.Start == start && mn.End == end && mn.Type == graph.Series {
				return i
			}
		}
	}
	return noMention
}
