package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// spotters find names by a lexical pattern of the sentence around them,
// before the words the corpus knows; each takes the words it types. They
// run in this order.
var spotters = []func(*docState, *sentence){
	(*docState).spotKnownNetworks,
	(*docState).spotPhotoCredit,
	(*docState).spotBookSeries,
	(*docState).spotNameHeading,
	(*docState).spotAdaptedList,
	(*docState).spotPlacePairs,
	(*docState).spotDateline,
	(*docState).spotYearTitles,
	(*docState).spotHeadlineTitle,
	(*docState).spotLeadSentence,
	(*docState).spotCharacterLead,
	(*docState).spotKillItem,
	(*docState).spotEpisodeLead,
	(*docState).spotSeriesOfNovels,
	(*docState).spotQuotedBooks,
	(*docState).spotTitleList,
	(*docState).spotCastParen,
	(*docState).spotCastBracket,
	(*docState).spotJoinedRole,
	(*docState).spotCriminalGroups,
}

// titleCase matches a title in title case: capitalised words and the small
// words between them.
const titleCase = `\p{Lu}[\p{L}\p{N}'’&.+-]*(?:(?::?\s+)(?:\p{Lu}[\p{L}\p{N}'’&.+-]*|of|the|in|and|a|an|on|for|to|at|with|from|de|la)){0,5}`

// headlineWords are the words after a title at the head of a headline that
// tell what befell a series.
const headlineWords = `final|renewed|renewal|canceled|cancelled|cancellation|season|series\s+\d|review|recap|finale|premiere|trailer|adds|taps|sets|ending|explained|episode|creator|showrunner|teaser|spinoff|spin-off|reboot|revival|ends|books|returns for|release date|first look|just added`

var (
	// headlineTitle matches the title a headline opens with, quoted or in
	// title case with its small words, up to a word that says what the
	// headline tells of a series: "Harbor of the Lost Renewed for Season
	// 2", "'Harbor Lights' Adds ...", "Harbor: New Tide finale: ...". A
	// quoted title in title case needs no such word: news headlines open
	// with the show they are about ("'Harbor Lights' Fans Shocked by ...",
	// "'Harbor: New Tide': Ivy Suspects ..."), while a quotation of speech
	// holds words in lower case.
	headlineTitle = regexp.MustCompile(`^(?:` + headlineOwner + `['‘“"](?P<q>\p{Lu}[^'’”"]{1,60})['’”"](?:\s+|\s*[:,]\s*)(?i:cast|casts|` + headlineWords + `)|['‘“"](?P<c>` + titleCase + `)['’”"]:?\s+\p{Lu}\p{L}*|(?P<t>\p{Lu}[\p{L}\p{N}'’&.+-]*(?:(?::?\s+)(?:\p{Lu}[\p{L}\p{N}'’&.+-]*|of|the|in|and|a|an|on|for|to|at|with|from|de|la)){0,7}?)(?:\s+|\s*[:,]\s*|\s+[-–—|]\s+)(?:TV\s+)?(?i:` + headlineWords + `))\b`)
	bookSeries    = regexp.MustCompile(`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:(?:novel|book)\s+series|novels|books|trilogy|saga)\b`)
	placePair     = regexp.MustCompile(`\b(?:in|from|near|at|outside)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\b`)
	dateline      = regexp.MustCompile(`^(\p{Lu}{3,}(?:\s\p{Lu}{3,})?)\s+[—–-]\s`)
	yearTitle     = regexp.MustCompile(`(?:^|[\s,;:(])((?:The |A |An )?\p{Lu}[\p{L}’'-]*(?:\s(?:\p{Lu}[\p{L}’'-]*|for|the|of|at|in|on|to|a|an|and|with|from|by))*\s\p{Lu}[\p{L}’'-]*)\s*\((?:[^()]{1,30}, )?\d{4}\)`)
	bookContext   = regexp.MustCompile(`(?i)\b(novels?|books?|novel series|trilogy|memoir|based on|adapts?|adapted|inspired by|written by|author|published|draws on|draws from)\b`)
)

// spotBookSeries finds named book series: "the Renée Ballard novel
// series", but not "Michael Connelly's novels", a description.
func (s *docState) spotBookSeries(st *sentence) {
	for _, m := range bookSeries.FindAllStringIndex(st.Span.Text, -1) {
		title := st.Span.Text[m[0]:m[1]]
		owner := strings.TrimSpace(title[:strings.LastIndex(strings.TrimSpace(strings.TrimSuffix(title, " series")), " ")])
		if strings.ContainsAny(title, "'’") || s.knownAs(owner).is(graph.Person) || s.commonOwner(owner) {
			continue // "Michael Connelly's novels", "The novels": a description, not a title
		}
		s.claimWords(st, st.Span.Start+m[0], st.Span.Start+m[1], typeBookSeries)
	}
}

// spotNameHeading reads a heading that is only a name, over a paragraph
// that opens with one of its words ("Barnaby Pike" / "Pike plays ..."): a
// cast page's entry for a person.
func (s *docState) spotNameHeading(st *sentence) {
	blk := st.blk
	if !(blk.Kind == layout.BlockHeading || blk.Kind == layout.BlockProse && st.Span == blk.Span) || !layout.IsName(blk.Span.Text) || st.Block+1 >= len(s.p.Blocks) {
		return
	}
	hw := strings.Fields(blk.Span.Text)
	next := s.p.Blocks[st.Block+1]
	if len(hw) < 2 || len(hw) > 3 || anyNotName(hw) || next.Kind != layout.BlockProse || seriesLeadBelow(next) {
		return
	}
	if s.headingOfCharacter(blk.Span.Text) {
		return // a character page's section on its character: the lexicon types it
	}
	if strings.HasPrefix(next.Span.Text, hw[len(hw)-1]+" ") || strings.HasPrefix(next.Span.Text, hw[0]+" ") {
		s.claimWords(st, blk.Span.Start, blk.Span.End, typeNameHeading)
	}
}

// anyNotName reports whether one of ws is a generic word, no name.
func anyNotName(ws []string) bool {
	for _, w := range ws {
		if names.InLower(names.NotNames, w) {
			return true
		}
	}
	return false
}

// pairEnd matches what may follow the second name of a place pair that
// general knowledge does not know as a place: punctuation, the end of the
// sentence, or a conjunction ("in Tromsø, Norway, over a winter").
var pairEnd = regexp.MustCompile(`^(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|in|on|at|where|with|during|for)\b)`)

// spotPlacePairs finds places given as "City, Country" after a preposition,
// unless the corpus knows a name of the pair otherwise or credits list titles.
func (s *docState) spotPlacePairs(st *sentence) {
	text := s.p.Doc.Text
	for _, m := range s.findAll(placePairKept, st) {
		second := st.Span.Text[m[4]:m[5]]
		known, last := names.KnownPlace(second) || names.CountryCodes[second], 2
		if !known && personPairEnd(second) && pairEnd.MatchString(st.Span.Text[m[5]:]) {
			continue // "performances from Ruiz, Hugh Dalby and ...": a list of people
		}
		if !known && (starredIn.MatchString(st.Span.Text[:m[2]]) || adaptedFromBefore.MatchString(st.Span.Text[:m[2]])) {
			last = 0 // "appeared in Harbor, Salt Marsh and Dockside": titles
		} else if rest := st.Span.Text[m[5]:]; !known && !pairEnd.MatchString(rest) {
			last = 1 // "Speaking from her home in Bath, Keenan (...) explains": a name opens the clause
		}
		for g := 1; g <= last; g++ {
			start, end := st.Span.Start+m[2*g], st.Span.Start+m[2*g+1]
			if names.InLower(names.NotNames, text[start:end]) {
				continue
			}
			if k := s.knownAs(text[start:end]); k.best() != graph.Place && k.best() != "" || k.someonesShort() {
				continue // "After serving in Vietnam, Cal spent ...": a name, no place
			}
			s.claimWords(st, start, end, typePlacePair)
		}
	}
}

// spotDateline finds the place of a dateline ("LONDON — ...") at the start
// of a block.
func (s *docState) spotDateline(st *sentence) {
	if m := dateline.FindStringSubmatchIndex(st.Span.Text); m != nil && st.Span.Start == st.blk.Span.Start {
		s.claimWords(st, st.Span.Start+m[2], st.Span.Start+m[3], typeDateline)
	}
}

// spotYearTitles finds titles followed by a year, with their small words:
// "Salt for the Dead (2013)". A title is a book where the sentence, its
// section or the lead of its list speaks of books ("The novels:" over a
// list of "Title (2014)"), else what the corpus knows it as, else a series.
func (s *docState) spotYearTitles(st *sentence) {
	text := s.p.Doc.Text
	for _, m := range s.findAll(yearTitleKept, st) {
		start, end := st.Span.Start+m[2], st.Span.Start+m[3]
		if strings.Count(text[start:end], " ") == 0 {
			continue // one word: the runs of capitalised words handle it
		}
		t := typeYearTitle
		if b := s.knownAs(text[start:end]).best(); b != "" {
			t = yearTitleLexicon(b)
		}
		if s.speaksOfBooks(st) {
			t = typeYearTitleBook // here, not elsewhere, decides
		}
		s.claimWords(st, start, end, t)
	}
}

// notSeriesWords in the words before the noun of "A is a ... series", or
// after it, say that A is something else: "a fictional character in the
// series", "the series premiere of".
var notSeriesWords = regexp.MustCompile(`(?i)\b(?:characters?|novels?|books?|films?|episodes?|seasons?|actor|actress|authors?|writers?|members?|premiere|finale|regulars?|creators?|protagonist|villain|producers?|executive|directors?|showrunners?|stars?|hosts?)\b|^['’]s\b`)

// notSeriesLead are the words that, between "A is a" and "series", make
// the noun some other thing's: "an executive producer of the series".
var notSeriesLead = regexp.MustCompile(`(?i)\b(?:of|on|in|for|by|with)\b`)

// nounAfter matches a word after "series" or "serial" that makes it an
// adjective ("a serial rapist"); the words that may follow the noun of a
// lead sentence are no such word.
var nounAfter = regexp.MustCompile(`^ (?:\p{Ll}+)\b`)

// seriesFollowers may follow the noun of a lead sentence: "a crime drama
// created by", "a police procedural set in".
var seriesFollowers = map[string]bool{"created": true, "developed": true, "that": true, "which": true, "based": true, "set": true,
	"on": true, "from": true, "starring": true, "about": true, "produced": true, "written": true, "airing": true, "aired": true,
	"broadcast": true, "in": true, "for": true, "by": true, "and": true, "with": true, "following": true, "premiered": true,
	"running": true, "originally": true, "first": true, "who": true, "it": true, "that's": true, "adapted": true, "inspired": true,
	"television": true, "series": true}

// leadSentence matches the lead sentence of a page about a series: "Harbor
// Watch is a British police procedural", "Nightfall is an American crime
// drama television series".
var leadSentence = regexp.MustCompileShort(`^['"“‘]?(?P<t>(?:The |A |An )?\p{Lu}[\p{L}\p{N}'’&.+-]*(?:(?::?\s+)(?:\p{Lu}[\p{L}\p{N}'’&.+-]*|of|the|in|and|on|for|to|at|with|from|de|la)|,\s\p{N}+\b){0,7})['"”’]?(?:\s*\([^)]*\))?,? (?:is|was) (?:a|an|the) (?P<w>(?:[\w-]+ ){0,8}?)(?:television |TV )?(?i:series|drama|show|programme|program|miniseries|mini-series|procedural|sitcom|serial|thriller|franchise|anthology)\b`)

// leadPronoun matches a pronoun that opens a sentence shaped like a lead.
var leadPronoun = regexp.MustCompile(`^(?:It|This|That|He|She|They|Its)$`)

// spotLeadSentence reads the lead sentence of a page about a series: its
// subject is a series whatever the corpus took the name for, and the
// page's own series unless its structure named one.
func (s *docState) spotLeadSentence(st *sentence) {
	m := leadSentence.FindStringSubmatchIndex(st.Span.Text)
	if m == nil {
		return
	}
	w := st.Span.Text[m[4]:m[5]]
	after := st.Span.Text[m[1]:min(len(st.Span.Text), m[1]+12)]
	if notSeriesWords.MatchString(w) || notSeriesLead.MatchString(w) || notSeriesWords.MatchString(after) ||
		nounAfter.MatchString(after) && !seriesFollowers[strings.Fields(after)[0]] {
		return
	}
	start, end := st.Span.Start+m[2], st.Span.Start+m[3]
	start = s.questionEnd(start, end) // "Why Harbor Lights is the best crime drama"
	if leadPronoun.MatchString(s.p.Doc.Text[start:end]) {
		return // "It is a drama series": no title
	}
	if i := strings.Index(s.p.Doc.Text[start:end], ": "); i >= 0 && allGeneric(s.p.Doc.Text[start:start+i]) {
		start += i + 2 // "Our Review: The Cove is ...": a label, then the title
	}
	if !st.free(start, end) {
		return
	}
	n := len(s.x.Mentions)
	s.claimWords(st, start, end, typeLeadSentence)
	if len(s.x.Mentions) > n && s.subject < 0 {
		s.subject = n
	}
}

// characterLead matches the lead sentence of a page about a character:
// "Sheriff Cal Brennan is the main character of the Brennan television
// series", "Owen Pike is one of the main characters".
var characterLead = regexp.MustCompile(`^(?P<t>\p{Lu}[\p{L}.-]*(?:['’]\p{Lu}[\p{L}.-]*)?(?:\s+(?:\p{Lu}[\p{L}.-]*(?:['’]\p{Lu}[\p{L}.-]*)?|"[^"]{1,20}"|“[^”]{1,20}”|‘[^’]{1,20}’)){0,5})(?:\s*\([^)]*\))?,? (?:is|was) (?:the|a|an|one of the) (?:[\w-]+ ){0,3}?(?:characters?|protagonists?|antagonist|villain)\b`)

// episodeLead matches the lead sentence of a page about an episode:
// '"The Catch" is the first episode of the first season of Harbor'.
var episodeLead = regexp.MustCompile(`^["“]?[^"”.]{1,60}["”]? (?:is|was) (?:the|a|an) (?:[\w-]+ ){0,4}?(?:episode|premiere|finale|pilot)\b`)

// spotEpisodeLead reads the lead sentence of a page about an episode, or
// the headline of a recap: its prose tells the story, so that the people
// it names are characters.
func (s *docState) spotEpisodeLead(st *sentence) {
	if st.blk.Kind == layout.BlockProse && !s.afterProse(st.Block) && episodeLead.MatchString(st.Span.Text) ||
		st.Block == 0 && recapHeadline.MatchString(st.Span.Text) {
		s.plotPage = true
	}
}

// recapHeadline matches a headline that calls its page a recap.
var recapHeadline = regexp.MustCompile(`(?i)\brecap\b`)

// listOf matches the words of a page that lists characters.
var listOf = regexp.MustCompile(`(?i)\b(?:list|lists|number|cast)\b`)

// spotCharacterLead reads the lead sentence of a page about a character,
// when no field of the page named one: the page's character, whose
// world its prose tells.
func (s *docState) spotCharacterLead(st *sentence) {
	if s.pageChar >= 0 || st.blk.Kind != layout.BlockProse || s.afterProse(st.Block) {
		return // only the page's first paragraph leads
	}
	m := characterLead.FindStringSubmatchIndex(st.Span.Text)
	if m == nil || allGeneric(st.Span.Text[m[2]:m[3]]) || listOf.MatchString(st.Span.Text[m[3]:m[1]]) {
		return // "This is a list of characters"
	}
	start, end := st.Span.Start+m[2], st.Span.Start+m[3]
	n := len(s.x.Mentions)
	s.claimWords(st, start, end, typeCharacterLead)
	if len(s.x.Mentions) > n {
		s.pageChar = n
	}
}

// killSection matches the headings of the sections of a character's page
// that list whom the character killed.
var killSection = regexp.MustCompile(`(?i)\b(?:kills|killings|victims|murders|kill count|body count)\b`)

// killItem matches the name an item of such a list opens with, unless it
// owns another ("Hal Pryor's brother").
var killItem = regexp.MustCompile(`^(?:\d{1,2}[.)]\s+|[-*•]\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*[-–—:,(]|\s*$)`)

// spotKillItem reads an item of a list of the people a page's character
// killed ("Officer-Involved Killings" over "2. Gil Ortega - Shot"): its
// opening name is a character the page's character killed.
func (s *docState) spotKillItem(st *sentence) {
	if s.pageChar < 0 || !killSection.MatchString(st.blk.Section) || st.blk.Kind == layout.BlockHeading || st.Span.Start != st.blk.Span.Start {
		return
	}
	m := killItem.FindStringSubmatchIndex(st.Span.Text)
	if m == nil || strings.ContainsAny(st.Span.Text[m[2]:m[3]], "'’") {
		return
	}
	n := len(s.x.Mentions)
	s.claimWords(st, st.Span.Start+m[2], st.Span.Start+m[3], typeKillItem)
	if len(s.x.Mentions) > n {
		s.claim(Claim{Subject: s.pageChar, Predicate: "KILLED", Object: n, Evidence: st.Span, Confidence: 0.6, Signal: SigStructure, Rule: typeKillItem.rule})
	}
}

var (
	// seriesOfNovels matches the title of a book series told in prose:
	// "the Cal Brennan Mysteries series of novels", 'the "Cal
	// Brennan" series of mystery novels'.
	seriesOfNovels = regexp.MustCompile(`["“]?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})["”]? series of (?:[\w-]+ ){0,3}?(?:novels|books|mysteries|thrillers)\b`)
	// quotedTitles matches a title in quotation marks.
	quotedTitles = regexp.MustCompile(`["“](\p{Lu}[^"“”]{1,60}?)["”]`)
	// bookNoun matches a noun for books: a sentence with one names its
	// quoted titles as books.
	bookNoun = regexp.MustCompile(`(?i)\b(?:novels?|books?|short stor(?:y|ies)|memoirs?|trilogy)\b`)
	// workBefore matches the words before a quoted title that say it is
	// some other work: 'the series "Nordvik"', 'the finale, "Slack Water"'.
	workBefore = regexp.MustCompile(`(?i)\b(?:series|show|episode|film|movie|song|finale|premiere|season|chapter)\s*,?\s*$`)
)

// spotSeriesOfNovels finds the title of a book series told in prose. A
// series named after its character is "the Ada Quill series".
func (s *docState) spotSeriesOfNovels(st *sentence) {
	for _, m := range seriesOfNovels.FindAllStringSubmatchIndex(st.Span.Text, -1) {
		start, end := st.Span.Start+m[2], st.Span.Start+m[3]
		name := s.p.Doc.Text[start:end]
		if b := s.knownAs(name).best(); b == graph.Character || b == graph.Person {
			if !strings.HasPrefix(s.p.Doc.Text[end:], " series") {
				continue // 'the "Cal Brennan" series of novels': a character's name
			}
			end += len(" series")
		}
		s.claimWords(st, start, end, typeSeriesOfNovels)
	}
}

// spotQuotedBooks finds the titles in quotation marks of a sentence with a
// noun for books: books, unless the words before one say it is an
// episode, a series or a song.
func (s *docState) spotQuotedBooks(st *sentence) {
	if !bookNoun.MatchString(st.Span.Text) {
		return
	}
	for _, m := range quotedTitles.FindAllStringSubmatchIndex(st.Span.Text, -1) {
		title := st.Span.Text[m[2]:m[3]]
		before, after := st.Span.Text[:m[0]], st.Span.Text[m[1]:]
		if len(strings.Fields(title)) > 8 || strings.ContainsAny(title, ".!?") || workBefore.MatchString(before) ||
			strings.HasPrefix(after, " series") || nickname(before, after) {
			continue
		}
		s.claimWords(st, st.Span.Start+m[2], st.Span.Start+m[3], typeQuotedBook)
	}
}

// nickname reports whether a quotation stands between the words of a name,
// as a nickname does: 'Louisa "Lou" Dorsey'.
func nickname(before, after string) bool {
	return strings.HasSuffix(before, " ") && names.Capitalised(names.LastWord(before)) &&
		strings.HasPrefix(after, " ") && names.Capitalised(strings.Fields(after + " x")[0])
}

// titleList matches a list of titles in title case after "consisting of"
// or "including", separated by commas and "and": the books of a series
// told in prose.
var (
	titleListLead = regexp.MustCompile(`(?i)\b(?:consisting of|including|comprising|namely)\s+`)
	titleItem     = regexp.MustCompile(`^(?:and\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|in|the|by|of|and|a|an|on|to|for|with|from)){0,6})\s*(?:,|$)`)
)

// spotTitleList finds the titles a sentence about books lists after
// "consisting of" or "including": each a book. An item that is no title
// in title case ("the Marlow graphic novel") is passed over; one that
// speaks of television ends the list.
func (s *docState) spotTitleList(st *sentence) {
	if !s.speaksOfBooks(st) {
		return
	}
	text := st.Span.Text
	lead := titleListLead.FindStringIndex(text)
	if lead == nil {
		return
	}
	pos := lead[1]
	for pos < len(text) {
		next := strings.IndexByte(text[pos:], ',')
		item := text[pos:]
		if next >= 0 {
			item = text[pos : pos+next+1]
		}
		if tvWords.MatchString(item) {
			return
		}
		if m := titleItem.FindStringSubmatchIndex(strings.TrimSpace(item)); m != nil {
			lead := len(item) - len(strings.TrimLeft(item, " "))
			a := st.Span.Start + pos + lead + m[2]
			b := st.Span.Start + pos + lead + m[3]
			if strings.Count(s.p.Doc.Text[a:b], " ") > 0 && names.Capitalised(names.LastWord(s.p.Doc.Text[a:b])) {
				s.claimWords(st, a, b, typeListedBook)
			}
		}
		if next < 0 {
			return
		}
		pos += next + 1
	}
}

// tvWords matches the words of an item that speaks of television.
var tvWords = regexp.MustCompile(`(?i)\b(?:television|series|miniseries|show|film|sequel|prequel|adaptation)\b`)

// spotHeadlineTitle finds the title a page's headline (a heading above its
// first paragraph) opens with, when a word after it tells what befell a
// series: the page's own series. A title the corpus knows as a person or a
// character is left to the lexicon, unless it is a character's full name
// quoted before such a word.
func (s *docState) spotHeadlineTitle(st *sentence) {
	if !s.headline(st) || wikiNamespace.MatchString(st.Span.Text) {
		return // "User:Ann Roe/Harbour Nine (TV series)": a wiki's page name, read by titleSeries
	}
	m := headlineTitle.FindStringSubmatchIndex(st.Span.Text)
	if m == nil {
		s.spotOpeningTitle(st)
		return
	}
	g := 1 // the quoted title, else the quoted one in title case, else the one in title case
	for m[2*g] < 0 {
		g++
	}
	start, end := st.Span.Start+m[2*g], st.Span.Start+m[2*g+1]
	start = s.questionEnd(s.labelEnd(start, end), end)
	end = s.colonHeadEnd(st, start, end)
	title := s.p.Doc.Text[start:end]
	if b := headlineKnownAs(s.knownAs(title).best(), g == 1, title); b == graph.Person || b == graph.Character || anyNotName(strings.Fields(title)[:1]) ||
		!names.Capitalised(names.LastWord(title)) {
		return
	}
	s.claimWords(st, start, end, typeHeadlineTitle)
}

// afterProse reports whether a paragraph of prose comes before block bi.
func (s *docState) afterProse(bi int) bool {
	for _, b := range s.p.Blocks[:bi] {
		if b.Kind == layout.BlockProse {
			return true
		}
	}
	return false
}

// speaksOfBooks reports whether a sentence, its section, or the lead of the
// list it is an item of speaks of books.
func (s *docState) speaksOfBooks(st *sentence) bool {
	return bookContext.MatchString(st.Span.Text) || bookContext.MatchString(st.blk.Section) ||
		st.blk.Kind == layout.BlockList && st.Block > 0 && bookContext.MatchString(s.listLead(st.Block))
}

// listLead returns the text of the block that introduces the list holding
// block bi: the nearest block above that is not an item of the same list.
func (s *docState) listLead(bi int) string {
	if i := s.leadIndex(bi); i >= 0 {
		return s.p.Blocks[i].Span.Text
	}
	return ""
}

// leadIndex returns the index of the block that introduces the list
// holding block bi, or -1.
func (s *docState) leadIndex(bi int) int {
	for i := bi - 1; i >= 0; i-- {
		if s.p.Blocks[i].Kind != layout.BlockList {
			return i
		}
	}
	return -1
}

var (
	possessiveBooks = regexp.MustCompile(`^['’]s\s+(?:[\p{L}-]+\s+){0,4}?(?:novels|books|mysteries|thrillers|series)\b`)
	booksBy         = regexp.MustCompile(`(?i)(?:novels|books|mysteries|thrillers|series) by (?:author )?$`)
)

// listAuthor returns the person whose books the lead of list block bi
// names ("... author Margit Halvorsen's Northern Waters novels ... The full
// series so far:"), or noMention.
func (s *docState) listAuthor(bi int) int {
	li := s.leadIndex(bi)
	if li < 0 {
		return noMention
	}
	text := s.p.Doc.Text
	for i, m := range s.x.Mentions {
		if m.Block != li || m.Type != graph.Person && !s.lexShort(m.Name, graph.Person) {
			continue
		}
		after := text[m.End:min(len(text), m.End+60)]
		before := text[max(0, m.Start-30):m.Start]
		if possessiveBooks.MatchString(after) || booksBy.MatchString(before) {
			return i
		}
	}
	return noMention
}
