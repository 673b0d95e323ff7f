package extract

import (
	"strings"
	"unicode"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

var (
	alsoKnown = regexp.MustCompile(`(?i)^(.+?)\s*\((?:also known as|also called|a\.k\.a\.?|aka|also)\s+(.+?)\)$`)
	// A wiki's namespace before a page's title, and a user's page name before
	// a draft's: "User:Ann Roe/Harbour Nine (TV series)", "Draft:Harbour Nine".
	wikiNamespace = regexp.MustCompile(`^(?:User|Draft|Wikipedia|Project|Sandbox)(?:[ _]talk)?:(?:[^/:\n]{1,60}/)*`)
	disambig      = regexp.MustCompile(`(?i)\s*\((?:[\p{L}-]+ ){0,3}(?:series|show|program|programme|miniseries|mini-series|serial|novel|book|film|franchise|season \d+|series \d+)(?:\s+\d{4}[^)]*)?\)(?:\s+[-–—|:]?\s*[^()]{0,30})?$`)
	yearParen     = regexp.MustCompile(`\s*\(\d{4}(?:[–-]\d{2,4})?\)$`)
	byAuthor      = regexp.MustCompile(`^(.+?)\s+by\s+(.+)$`)
	captionRest   = regexp.MustCompile(`^in\s+(.+?)\.\s+(?:Photo:\s*|Credit:\s*)?(\p{Lu}[\p{L}.'’ -]+?)/(.+)$`)
	parenNote     = regexp.MustCompile(`^(.+?)\s*\(([^)]*)\)\s*$`)
	// A field value's trailing note: "Fjellgard Film (in association with)".
	trailingNote = regexp.MustCompile(`\s*\([^()]*\)$`)
	// The date after the bar of a byline: "Hollis Penrose | October 11, 2024".
	bylineDate = regexp.MustCompile(`^(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\b|Feb\b|Mar\b|Apr\b|Jun\b|Jul\b|Aug\b|Sep\b|Oct\b|Nov\b|Dec\b)`)
	bylineBy   = regexp.MustCompile(`(?i)^\s*(?:by|words by|written by)\s+`)
	// Words of a field's key, which a byline's name never holds.
	fieldWords = regexp.MustCompile(`(?i)\b(?:date|release|released|aired|air|premiere|premiered|published|updated|posted|seasons?|episodes?|rating|runtime|running|genre|network|language|country|time)\b`)
)

// structured reads names and relations from the document's structure.
func (s *docState) structured() {
	s.titleSeries()
	s.characterPage()
	for bi, b := range s.p.Blocks {
		s.block = bi
		switch b.Kind {
		case layout.BlockField:
			s.field(b)
		case layout.BlockCast, layout.BlockCredit, layout.BlockPair:
			if b.Kind == layout.BlockPair {
				s.pairs = append(s.pairs, bi)
				continue
			}
			s.castLine(bi, b)
		case layout.BlockCaption:
			s.caption(b)
		}
	}
}

// titleSeries takes the series the document is about from its title
// heading, when a disambiguation says it is one: "Harbour Nine (TV series)",
// also on a wiki's draft page ("User:Jo Lenz/Harbour Nine (TV series)").
func (s *docState) titleSeries() {
	for _, b := range s.p.Blocks {
		if b.Kind == layout.BlockHeading && b.Level == 1 {
			t := disambig.ReplaceAllString(b.Span.Text, "")
			if t != b.Span.Text && s.subject < 0 {
				ns := len(wikiNamespace.FindString(t))
				s.subject = s.mention(b.Span.Start+ns, b.Span.Start+len(t), typePageTitle)
			}
		}
	}
}

// characterPage reads the title of a character page: a page with a field
// that relates to a character ("Portrayed by"), whose first heading that is
// a name (above the field) is about that character. A page copied from a
// table infobox has no heading but opens with a row that holds only the
// character's name: "Corran Vale | |".
func (s *docState) characterPage() {
	for bi, b := range s.p.Blocks {
		if b.Kind != layout.BlockField || !charPageKey[b.Key] {
			continue
		}
		for hi, h := range s.p.Blocks[:bi] {
			if h.Kind == layout.BlockHeading && layout.IsName(h.Span.Text) {
				s.block = hi
				s.pageChar = s.mention(h.Span.Start, h.Span.End, typeCharacterPage)
				return
			}
		}
		first := s.p.Blocks[0]
		if i := strings.Index(first.Span.Text, " |"); first.Kind == layout.BlockField && len(first.Values) == 0 && i > 0 && layout.IsName(first.Span.Text[:i]) {
			s.block = 0
			s.pageChar = s.mention(first.Span.Start, first.Span.Start+i, typeCharacterPage)
		}
		return
	}
}

// castLine reads "Actor as Character": the actor plays the character, who
// appears in the series, and stars in it when the line is in the main cast.
func (s *docState) castLine(bi int, b layout.Block) {
	a := s.mention(b.Values[0].Start, b.Values[0].End, typeCastActor)
	if s.roleNotName(b.Values[1].Text) {
		return
	}
	cs, role := occupationEnd(b.Values[1])
	c := s.mention(cs, b.Values[1].End, typeCastCharacter)
	if a < 0 || c < 0 {
		return
	}
	if role != "" && s.x.Mentions[c].Role == "" {
		s.x.Mentions[c].Role = role
	}
	const rule = "cast-line"
	s.claim(Claim{Subject: a, Predicate: "PLAYS", Object: c, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: rule})
	s.castChar[bi] = c
	s.claim(Claim{Subject: c, Predicate: "APPEARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: rule})
	if conf, ok := castLineStars(b); ok {
		s.claim(Claim{Subject: a, Predicate: "STARS_IN", Object: s.series(), Evidence: b.Span, Confidence: conf, Signal: SigStructure, Rule: rule})
	}
}

// occupationEnd returns where a cast line's character starts after the
// occupation before the name ("Forensic Scientist Dara Quillon", "Director
// Tom Vale"), and that occupation; v's start and "" when there is none. Two
// words at least are left to the name.
func occupationEnd(v sources.Span) (int, string) {
	ws := wordSpans(v.Text)
	for k := len(ws) - 3; k >= 0; k-- {
		if names.InLower(names.Occupations, ws[k].Text) {
			return v.Start + ws[k+1].Start, v.Text[:ws[k].End]
		}
	}
	return v.Start, ""
}

// caption reads the actor and character pairs of a photograph's caption,
// and what follows them.
func (s *docState) caption(b layout.Block) {
	var actors, chars []int
	for i := 0; i+1 < len(b.Values); i += 2 {
		a := s.mention(b.Values[i].Start, b.Values[i].End, typeCaptionActor)
		c := s.mention(b.Values[i+1].Start, b.Values[i+1].End, typeCaptionCharacter)
		s.claim(Claim{Subject: a, Predicate: "PLAYS", Object: c, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: "caption"})
		actors, chars = append(actors, a), append(chars, c)
	}
	s.captionCast(b, actors, chars)
	if b.Rest != nil {
		s.captionRest(*b.Rest)
	}
}

// captionRest reads "in TITLE. Photographer/Agency" after a caption.
func (s *docState) captionRest(r sources.Span) {
	m := captionRest.FindStringSubmatchIndex(r.Text)
	if m == nil {
		return
	}
	s.mention(r.Start+m[2], r.Start+m[3], typeCaptionSeries)
	if layout.IsName(r.Text[m[4]:m[5]]) {
		s.mention(r.Start+m[4], r.Start+m[5], typeCaptionPhotographer)
	}
	// The agency is kept only if the corpus names it elsewhere (see prose).
}

// field reads an infobox field, or a byline written like one.
func (s *docState) field(b layout.Block) {
	if b.Key == "byline" {
		for _, v := range b.Values {
			s.mention(v.Start, v.End, typeByline)
		}
		return
	}
	if s.seriesField(b) {
		return
	}
	role, ok := Fields[b.Key]
	if !ok && s.byline(b) {
		return
	}
	if !ok || role.Type == "" {
		return // an unknown key, or one whose values name nothing (languages)
	}
	commissioned := false // the values after "for" name who the companies made the show for
	for _, v := range b.Values {
		pred := role.Predicate
		if pred == "PRODUCED_BY" {
			if commissioned {
				pred = ""
			} else if m := madeFor.FindStringSubmatchIndex(v.Text); m != nil {
				commissioned = true
				s.fieldValue(b, role.Type, pred, sources.Span{Start: v.Start, End: v.Start + m[0], Text: v.Text[:m[0]]})
				v, pred = sources.Span{Start: v.Start + m[2], End: v.End, Text: v.Text[m[2]:]}, ""
			}
		}
		s.fieldValue(b, role.Type, pred, v)
	}
}

// madeFor matches "for" between a production company and the broadcaster
// it made the show for, in one value of a companies' field ("Gull Films
// for the BBC"): the broadcaster, and the values after it, produced
// nothing. Group 1 is the broadcaster's name.
var madeFor = regexp.MustCompile(`\s+for\s+(?:the\s+)?(\p{Lu}.*)$`)

// byline reads "Hollis Penrose | October 11, 2024", a byline and not a
// field, and reports whether b is one.
func (s *docState) byline(b layout.Block) bool {
	bar := strings.IndexByte(b.Span.Text, '|')
	if bar <= 0 || len(b.Values) == 0 || !bylineDate.MatchString(b.Values[0].Text) {
		return false
	}
	key := b.Span.Text[:bar]
	off := b.Span.Start
	if m := bylineBy.FindStringIndex(key); m != nil {
		key, off = key[m[1]:], off+m[1]
	}
	if k := strings.TrimSpace(key); layout.IsName(strings.ReplaceAll(k, ".", "")) && len(strings.Fields(k)) >= 2 && len(strings.Fields(k)) <= 3 && !fieldWords.MatchString(k) {
		st := off + strings.Index(key, k)
		s.mention(st, st+len(k), typeByline)
	}
	return true
}

// fieldValue reads one value of an infobox field whose role gives type typ
// and predicate pred.
func (s *docState) fieldValue(b layout.Block, typ, pred string, v sources.Span) {
	if !names.Capitalised(v.Text) && !names.OpensQuoted(v.Text) && b.Key != "source" || allGeneric(v.Text) {
		return // "Various", "TBA": no name (a value cut off after a small word, layout drops); a site may write its name in lower case ("example.com")
	}
	start, end, text := fieldText(b, v)
	typ, pred, ok := s.fieldRole(b.Key, typ, pred, text)
	if !ok {
		return
	}
	t := fieldTyping(b.Key, typ)
	switch {
	case charPageKey[b.Key]:
		s.pageField(b, typ, pred, v)
	case b.Key == "title" || b.Key == "name":
		s.titleField(start, end, text, fieldTyping(b.Key, graph.Series))
	case pred == "alias":
		i := s.mention(start, end, fieldTyping(b.Key, graph.Series))
		if i >= 0 && s.subject >= 0 {
			s.x.Mentions[i].Alias = s.x.Mentions[s.subject].Name
		}
	case typ == graph.Book:
		s.bookField(b, start, end, text, t)
	case themeKeys[b.Key]:
		s.themeField(start, text, t)
	case typ == graph.Person:
		for _, n := range splitNameRun(text) {
			i := s.mention(start+n[0], start+n[1], t)
			if pred != "" {
				s.claim(Claim{Subject: i, Predicate: pred, Object: s.series(), Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: t.rule})
			}
		}
	default:
		i := s.mention(start, end, t)
		if pred != "" {
			s.claim(Claim{Subject: s.series(), Predicate: pred, Object: i, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: t.rule})
		}
	}
}

// fieldText is a field's value without a year or a note in parentheses
// after it ("Fjellgard Film (in association with)"), with its byte range.
func fieldText(b layout.Block, v sources.Span) (int, int, string) {
	start, end, text := v.Start, v.End, v.Text
	if m := yearParen.FindStringIndex(text); m != nil {
		end, text = start+m[0], text[:m[0]]
	}
	if m := trailingNote.FindStringIndex(text); m != nil && b.Key != "title" && b.Key != "name" {
		end, text = start+m[0], text[:m[0]]
	}
	if fullStop(text) {
		end, text = end-1, text[:len(text)-1]
	}
	return start, end, text
}

// fullStop reports whether the period that ends a field's value is the
// sentence's, as in a fact box written as prose ("Who's in it: A, B and
// C."), not an abbreviation's: the word before it is no initial, no short
// form ("Jr.") and no company's suffix ("Bros.", "Inc.").
func fullStop(text string) bool {
	w, ok := strings.CutSuffix(names.LastWord(text), ".")
	if !ok || strings.Contains(w, ".") || names.InLower(names.OrgSuffixes, w) || shortForm.MatchString(w) {
		return false
	}
	return strings.ContainsFunc(w, unicode.IsLower)
}

// shortForm matches the words a name writes shortened, with a period.
var shortForm = regexp.MustCompile(`(?i)^(?:bros|corp|inc|ltd|co|jr|sr|jnr|snr|st|dept|intl|mr|mrs|ms|dr|\p{L})$`)

// fieldRole corrects the role of a field's value where its key is not
// enough: a producer credit names companies, or people who produce; a
// character page's title is a rank, not a series, and the people its fields
// credit (its creator) are no credits of the series. ok is false when the
// value is not read.
func (s *docState) fieldRole(key, typ, pred, text string) (string, string, bool) {
	if (key == "producer" || key == "producers" || key == "produced by") && !companyShaped(text) {
		typ, pred = graph.Person, ""
	}
	if s.pageChar >= 0 && (key == "title" || key == "name" || typ == graph.Person && !charPageKey[key]) {
		return typ, "", typ == graph.Person
	}
	return typ, pred, true
}

// companyShaped reports whether a producer's value names a company, not a
// person: it ends with a company's word ("Gull Pictures"), holds an
// acronym of three letters or more ("KTVX-TV", "ABC Studios"), or is one
// word that is no given name ("Lumen"), as an infobox writes people in
// full.
func companyShaped(text string) bool {
	ws := strings.Fields(text)
	if names.InLower(names.OrgSuffixes, names.LastWord(text)) || len(ws) == 1 && !names.GivenName(ws[0]) {
		return true
	}
	for _, w := range ws {
		for _, p := range strings.Split(w, "-") {
			if len(p) >= 3 && names.Acronym(p) {
				return true
			}
		}
	}
	return false
}

// titleField reads the series' title, and the other title it is also
// known as: "Harbour Nine (Also known as Dock: Harbour Nine)". The first title of a
// document is its subject unless its heading said.
func (s *docState) titleField(start, end int, text string, t typing) {
	m := alsoKnown.FindStringSubmatchIndex(text)
	if m == nil {
		i := s.mention(start, end, t)
		if s.subject < 0 {
			s.subject = i
		}
		return
	}
	i := s.mention(start+m[2], start+m[3], t)
	if i >= 0 {
		s.x.Mentions[i].Alias = text[m[4]:m[5]]
		j := s.mention(start+m[4], start+m[5], t)
		if j >= 0 {
			s.x.Mentions[j].Alias = text[m[2]:m[3]]
		}
	}
	if s.subject < 0 {
		s.subject = i
	}
}

// themeKeys are the fields that credit a series' theme: their value is the
// song's maker, alone ("Ann Roe") or after the song's title ('"Low Tide"
// by Ann Roe'), or the song alone, which names no one.
var themeKeys = map[string]bool{"opentheme": true, "endtheme": true, "opening theme": true, "ending theme": true}

// songWords end the name of a song, not of its maker: "Gull Point End
// Title Theme".
var songWords = map[string]bool{"theme": true, "song": true, "tune": true, "music": true, "medley": true}

// themeField reads the maker a theme field credits: the words after "by",
// or the value when it is a bare name that is not a song's (see
// songWords).
func (s *docState) themeField(start int, text string, t typing) {
	a, b := 0, len(text)
	if m := byAuthor.FindStringSubmatchIndex(text); m != nil {
		a, b = m[4], m[5]
	} else if strings.ContainsAny(text, `"“”`) {
		return
	}
	name := text[a:b]
	if !layout.IsName(name) || genericName(name) || names.InLower(songWords, names.LastWord(name)) {
		return
	}
	s.mention(start+a, start+b, t)
}

// bookField reads the book a series is based on, with its author when
// the value says "Title by Author".
func (s *docState) bookField(b layout.Block, start, end int, text string, t typing) {
	rule := t.rule
	if m := byAuthor.FindStringSubmatchIndex(text); m != nil {
		bs, be := describedTitleRange(text, m[2], m[3])
		bk := s.mention(start+bs, start+be, t)
		au := s.mention(start+m[4], start+m[5], typing{rule + "-author", graph.Person, SigStructure, 1})
		s.claim(Claim{Subject: au, Predicate: "WROTE", Object: bk, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: rule})
		s.claim(Claim{Subject: s.series(), Predicate: "BASED_ON", Object: bk, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: rule})
		return
	}
	bs, be := describedTitleRange(text, 0, end-start)
	bk := s.mention(start+bs, start+be, t)
	s.claim(Claim{Subject: s.series(), Predicate: "BASED_ON", Object: bk, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: rule})
}

// describedTitle matches a quoted title followed by words in lower case
// that say what it is: '"Cal Brennan Mysteries" book series'.
var describedTitle = regexp.MustCompile(`^["“]([^"”]+)["”](?:\s+\p{Ll}[\p{L}-]*)+$`)

// describedTitleRange returns the range of the title within text[a:b]
// when it is a quoted title with a description after it, else a, b.
func describedTitleRange(text string, a, b int) (int, int) {
	if m := describedTitle.FindStringSubmatchIndex(text[a:b]); m != nil {
		return a + m[2], a + m[3]
	}
	return a, b
}

// roleNotName reports whether a credited role is a description, not a
// name: "Paramedic", "Harbor Patrol Officer" (a title word ends it, where
// a name would follow), or one word the corpus also writes in lower case.
func (s *docState) roleNotName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || names.IsTitle(ws[len(ws)-1]) || names.InLower(names.Occupations, ws[len(ws)-1]) {
		return true
	}
	return len(ws) == 1 && s.isLower(strings.ToLower(ws[0]))
}

// resolvePairs reads the "Name — Name" lines of a cast list once the
// corpus is known. firstIsActor tells, for each line, whether its first
// name is the actor's (see pairOrder); learn is given the names of each
// line as soon as it is read, so that the next line's order may depend on
// them.
func (s *docState) resolvePairs(firstIsActor func(b layout.Block) bool, learn func([]vote)) {
	for _, bi := range s.pairs {
		s.block = bi
		b := s.p.Blocks[bi]
		if killSection.MatchString(b.Section) {
			continue // "Luis Ferrer – Shot": a killing, no cast line
		}
		a, c := b.Values[1], b.Values[0]
		if firstIsActor(b) {
			a, c = b.Values[0], b.Values[1]
		}
		am := s.mention(a.Start, a.End, typePairActor)
		cm := s.mention(c.Start, c.End, typePairCharacter)
		if am >= 0 && cm >= 0 {
			s.claim(Claim{Subject: am, Predicate: "PLAYS", Object: cm, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: "cast-pair"})
			s.claim(Claim{Subject: cm, Predicate: "APPEARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.8, Signal: SigStructure, Rule: "cast-pair"})
			s.castChar[bi] = cm
			learn([]vote{{Name: s.x.Mentions[am].Name, Type: graph.Person}, {Name: s.x.Mentions[cm].Name, Type: graph.Character}})
		}
	}
}

// pairOrder decides which name of a pair line is the actor's by what the
// corpus knows (look answers for a folded name): the name it knows as a
// person and the other not, or the other as a character and this one not;
// when it knows neither, a name in quotation marks or after a rank ("Ann
// Vole – 'Officer Ben Shaw'") is the character's, and otherwise the line is
// taken as character first, as cast pages list them.
func pairOrder(look func(key string) known, b layout.Block) bool {
	k0, k1 := look(names.Fold(b.Values[0].Text)), look(names.Fold(b.Values[1].Text))
	if k0.is(graph.Person) && !k1.is(graph.Person) || k1.is(graph.Character) && !k0.is(graph.Character) {
		return true
	}
	if k0.ok() || k1.ok() {
		return false
	}
	return roleShaped(b, 1) && !roleShaped(b, 0)
}

// roleShaped reports whether value i of a pair line is written as a role:
// in quotation marks, or opening with a rank or a title.
func roleShaped(b layout.Block, i int) bool {
	v := b.Values[i]
	before := strings.TrimRight(b.Span.Text[:v.Start-b.Span.Start], " ")
	quoted := strings.HasSuffix(before, "‘") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "'") || strings.HasSuffix(before, "\"")
	f := strings.Fields(v.Text)
	return quoted || len(f) > 1 && names.IsTitle(f[0])
}
