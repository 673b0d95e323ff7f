package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// run is a capitalised run of words the corpus does not know, trimmed of
// generic words, with the context the shape rules read.
type run struct {
	words       []word // the words of the run
	n           int    // how many
	first, last string // the first word, and the last in lower case
	start, end  int    // byte range of the name in the document
	text        string // the name's text
	// articleStart is where the "the" before the run starts, or -1.
	articleStart int
	// titleStart is where the run starts before the common words trimmed
	// off its front ("The Good" of "The Good Harbour"), which a title keeps;
	// -1 when none were trimmed or one is a title word, or a page's word
	// that the document also leaves off (see pageWordsOfTitle).
	titleStart int
	// before is the sentence's text before the run as found (generic
	// leading words included); lead the text before the trimmed run.
	before, lead, after string
	sentence            string // the sentence's text
	article             bool   // "the" stands before the run
	sentStart           bool   // the run opens the sentence (or follows a colon)
	demonym             bool   // the run ends with "-based", "-born"...: a place
	credited            bool   // the run ends with "-created", "-starring"...: a person
	headingOnly         bool   // see sentence
	// headlineGuess is set when the run stands in a headline and opens
	// with no given name (see docState.headlineGuess).
	headlineGuess bool
	// orgRegion is set when the run ends with a country's code after
	// other words: "Lumen UK", a branch of a company; no person's name
	// ends so.
	orgRegion bool
	// knownPlace is set when the run is the name of a well-known place
	// ("New Mexico", "Boston") that the corpus knows as no name's word.
	knownPlace bool
	// commonAfterBy: see byCommonWord.
	commonAfterBy bool
	// shouted is set when the run is one word in capitals that the corpus
	// writes in lower case: a word stressed ("ran TOO long"), no acronym.
	shouted bool
	// quoted is set when the run stands whole between quotation marks
	// ("Low Tide"); before, lead and after then hold the text outside the
	// marks, so that the words around a quoted title cue it as they cue
	// one written bare: Fox's "Low Tide", starred in "Low Tide".
	quoted bool
	// outlet is set when the run is one word that news cites as its
	// source ("according to X", "X reported"), and that neither the corpus
	// nor the document writes as a part of a longer name ("according to
	// Porter" after "Jane Porter"): a publication; or when it names the
	// site the page was saved from (see siteRun).
	outlet bool
	// cutEnd is set when capitalised generic words were trimmed off the
	// run's end ("Forget Me" of "Forget Me Not", "Favorite New Series" of
	// "Favorite New Series Drama"): a title's or a category's words run on
	// after it, where a person's name ends with its surname.
	cutEnd bool
	// phrase is set when the run is two words or more, every one a common
	// word of the language and none a given name or a word the corpus
	// knows in a name ("Little Lies", "Perfect Exit"): a phrase in capitals,
	// no one's name (see commonPhrase).
	phrase bool
	ner    string // the type the tagger's entity label gives, or ""
}

// names is the number of the run's words outside a nickname in quotation
// marks: 'Elias Noel "Cat Eyes" Ward' has three.
func (r *run) names() int {
	n := r.n
	for _, q := range quotedSpan.FindAllString(r.text, -1) {
		n -= len(strings.Fields(q))
	}
	return n
}

// quotedSpan matches a span in quotation marks, double or single; a single
// mark opens after a space and closes before one, as an apostrophe
// ("O’Brien") never does on both sides.
var quotedSpan = regexp.MustCompile(`["“][^"”]*["”]|(?:^|\s)['‘][^'‘’]*['’](?:\s|$)`)

// shapeRule types a run by its shape or the words around it. The first
// rule that matches gives the type.
type shapeRule struct {
	name  string
	typ   string
	conf  float64
	match func(r *run) bool
}

// shapeRules are the confident guesses, tried in order.
var shapeRules = []shapeRule{
	{"compound-place", graph.Place, 0.5, func(r *run) bool { return r.demonym }},    // "Los Angeles-based"
	{"compound-credit", graph.Person, 0.6, func(r *run) bool { return r.credited }}, // "Dana Whitfield-created"
	officeTitleRule, // "Mayor of Eastbrook season 3"
	remakeTitleRule, // "the remake for Ireland, Striking Tide"
	{"series-news", graph.Series, 0.5, func(r *run) bool { return seriesNewsAfter.MatchString(r.after) }},
	{"series-apposition", graph.Series, 0.5, func(r *run) bool { return seriesNouns[appositionNoun(r.after)] }}, // "Harbor, a series that"
	{"series-kind-after", graph.Series, 0.5, func(r *run) bool { return otherShowsAfter.MatchString(r.after) }}, // "Harbor and other dramas"
	{"on-network", graph.Series, 0.5, func(r *run) bool {
		return r.n > 1 && !names.GivenName(r.first) && !r.knownPlace && onNetworkAfter(r.after)
	}}, // "Harbor on Netflix", not "in the United States on Netflix"
	foundedOrg, // "Lumen Bird, formed by Ann Roe"
	{"org-apposition", graph.Organization, 0.5, func(r *run) bool { n := appositionNoun(r.after); return n != "" && !seriesNouns[n] }},
	// "FX's The Ledger", "FX's Harbor Watch": a title, not a person's name
	// (an executive's opens with a given name: "FX's Nina Falk"; a
	// headline's words are all capitalised: "FX's New Drama Harbor"; a lone
	// word may be an adjective: "FX's Cornish saga").
	{"networks-title", graph.Series, 0.5, func(r *run) bool {
		return (r.article || r.n > 1 && !r.headingOnly && !names.GivenName(r.first) && !names.InLower(names.NotNames, r.first)) && knownNetworkBefore(r.before)
	}},
	{"renewal-list", graph.Series, 0.5, func(r *run) bool { // "Harbor Nights, Ledger, and Dockside were also renewed"
		return renewalListBefore.MatchString(r.before) && renewalListAfter.MatchString(r.after) && !digitBefore.MatchString(r.lead)
	}},
	{"streaming-plus", graph.Organization, 0.7, func(r *run) bool { return strings.HasPrefix(r.after, "+") }}, // "Vista+"
	{"series-star", graph.Series, 0.5, func(r *run) bool { // "Riverside P.D. star Tom Reyes", "the former Riverside star"
		return seriesStarAfter.MatchString(r.after) && !r.sentStart && !creditPairBefore.MatchString(r.before) || formerBefore.MatchString(r.before) && starAfter.MatchString(r.after)
	}},
	kindListTitle, // "series like Harbor, Gull Point and Dockside"
	hitTitle,      // "last fall's breakout hit, Harbor"
	parenAlso,     // "Ann Roe (also from Harbor)"
	makerTitle,    // "Harbor creator Ann Roe"
	seriesNumber,  // "Harbor series 4"
	runOfTitle,    // "the six-season run of Harbor"
	starOfTitle,   // "the brains and star of Harbor"
	{"character-cue", graph.Character, 0.6, func(r *run) bool { return characterCue.MatchString(r.before) }},
	{"plays-cue", graph.Character, 0.6, func(r *run) bool { return r.n > 1 && playsCue.MatchString(r.before) }}, // "who plays Tom Vale"
	{"plays-possessive", graph.Character, 0.6, func(r *run) bool {
		return r.n > 1 && personShaped(r.text) && playsPossessiveBefore.MatchString(r.before)
	}},
	{"someone-named", graph.Character, 0.5, func(r *run) bool { return r.names() <= 3 && someoneNamed(r.before) }},
	{"story-role", graph.Character, 0.5, func(r *run) bool { return r.n > 1 && r.names() <= 3 && storyRoleBefore.MatchString(r.before) }},
	{"story-verb", graph.Character, 0.5, func(r *run) bool { return r.n > 1 && r.names() <= 3 && storyVerbAfter.MatchString(r.after) }},
	{"story-passive", graph.Character, 0.5, storyPassive}, // "was killed by Tom Vale"
	{"story-boss", graph.Character, 0.5, storyBoss},       // "their former boss Tom Vale"
	{"series-owner", graph.Person, 0.5, func(r *run) bool { // "a role on Dana Whitfield's drama series Harbor"
		return r.n >= 2 && r.n <= 4 && !r.article && ownsSeriesAfter.MatchString(r.after) && personShaped(r.text)
	}},
	{"role-on", graph.Series, 0.4, func(r *run) bool { // "playing the driven detective on Harbor Lights"
		return r.n <= 5 && roleOnBefore.MatchString(r.lead) && allCapitalised(r.words)
	}},
	{"credit-on", graph.Series, 0.4, func(r *run) bool { // "executive producer on Harbor Lights"
		return r.n <= 5 && creditOnBefore.MatchString(r.lead) && allCapitalised(r.words) && !networkAfter.MatchString(r.after)
	}},
	{"starred-in", graph.Series, 0.5, func(r *run) bool { return starredIn.MatchString(r.before) && !r.knownPlace }}, // "his old role in London" is a place
	{"season-of", graph.Series, 0.5, func(r *run) bool { return seasonOf.MatchString(r.before) && !networkAfter.MatchString(r.after) }},
	{"series-noun-after", graph.Series, 0.5, func(r *run) bool { return r.n > 1 && seriesNounAfter.MatchString(r.after) }}, // "the Harbor Valley finale"
	{"known-place", graph.Place, 0.6, func(r *run) bool { return r.knownPlace && r.n > 1 }},                                // "New Mexico"
	creatorPossessive,   // "Ann Roe's character Ivy Cole": an author's or an actor's
	performerPossessive, // "Ann Roe's performance", "A and Ann Roe's take on the role"
	actorJudgedAs,       // "Ann Roe (The Show) is ideal as the mayor"
	roleJudgedAs,        // "is ideal as the mayoral candidate Ivy Cole"
	placeNoun,           // "the Eastbrook district"
	placeOf,             // "the fictional island of Saint Anne"
	companyOfficerRule,  // "Lumen Entertainment President Ann Roe", the office trimmed off
	officeHolder,        // "Lumen's President Ann Roe": a company's, before title-word
	{"title-word", graph.Character, 0.6, titledName},
	{"org-suffix", graph.Organization, 0.7, func(r *run) bool {
		return r.n > 1 && (names.OrgSuffixes[r.last] || r.n > 2 && smallNumber.MatchString(r.last) && names.InLower(names.OrgSuffixes, r.words[r.n-2].Text))
	}},
	{"place-suffix", graph.Place, 0.7, func(r *run) bool { return names.PlaceSuffixes[r.last] && r.n > 1 }},
	{"org-region", graph.Organization, 0.6, func(r *run) bool { return r.orgRegion }},
	{"country-code", graph.Place, 0.6, func(r *run) bool { return r.n == 1 && names.CountryCodes[r.first] }},
	{"place-prefix", graph.Place, 0.6, func(r *run) bool { return names.InLower(names.PlacePrefixes, r.first) && r.n > 1 }},
	// An acronym is an organization's shape, but many a show is named by
	// one: after "the show" or "spun off of", quoted or not, it is a title.
	{"series-acronym", graph.Series, 0.6, func(r *run) bool {
		return r.n == 1 && names.Acronym(r.first) && !names.InLower(names.NotNames, r.first) && !r.shouted && seriesCueQuoted.MatchString(r.before)
	}},
	// An acronym after "the" ("assists the FBI") or before a rank
	// ("FBI agent Tom Vale") is an agency's or a company's: the words
	// around it say so, as no show is spoken of.
	{"acronym-org-context", graph.Organization, 0.6, func(r *run) bool {
		return r.n == 1 && names.Acronym(r.first) && !names.InLower(names.NotNames, r.first) && !r.shouted &&
			(r.article && !seriesNounAfter.MatchString(r.after) || names.IsTitle(firstWord(r.after)))
	}},
	{"acronym", graph.Organization, 0.6, func(r *run) bool {
		return r.n == 1 && names.Acronym(r.first) && !names.InLower(names.NotNames, r.first) && !r.shouted
	}},
	{"numbered-acronym", graph.Organization, 0.6, func(r *run) bool {
		return r.n == 1 && names.NumberedAcronym(r.first) && !names.InLower(names.NotNames, r.first)
	}}, // a unit's "AC-9", no rating ("TV-14")
	{"camel-case", graph.Organization, 0.6, func(r *run) bool { return r.n == 1 && names.CamelCase(r.first) }}, // IMDb
	kindNounOrg, // "film studio Lumen", "the casino Harbor Kings"
	{"org-cue", graph.Organization, 0.6, func(r *run) bool {
		return orgCue.MatchString(r.before) || orgAfter.MatchString(r.after) && !labelLine(r)
	}},
	{"outlet-cue", graph.Organization, 0.5, func(r *run) bool { return r.outlet }},
	outletStaff, // "Jo Lenz is Harbor Post's chief critic", "Jo Lenz of Quillon called"
	// "produced by Lumen Bird": a company's name as often as a person's.
	byCommonWord,
	{"person-cue", graph.Person, 0.6, func(r *run) bool {
		// "acts by Vance (Tom Fell)": a lone word before an actor's name in
		// parentheses is a role.
		return (personCue.MatchString(r.before) || r.lead != r.before && personCue.MatchString(r.lead)) && !r.article && !indefiniteLead(r) && !(r.n == 1 && parenNameAfter.MatchString(r.after)) &&
			!storyAgentBy(r.lead) || makerListed(r)
	}},
	{"person-verb", graph.Person, 0.5, func(r *run) bool { return personAfter.MatchString(r.after) && r.n >= 2 && r.n <= 3 && !r.article }},
	{"quoted-headline-title", graph.Series, 0.5, func(r *run) bool {
		return r.quoted && r.headingOnly &&
			(headlineCue.MatchString(r.after) || castOf.MatchString(r.before))
	}},
	{"year-after-book", graph.Book, 0.5, func(r *run) bool { return yearAfter.MatchString(r.after) && bookContext.MatchString(r.sentence) }},
	{"book-cue", graph.Book, 0.5, func(r *run) bool { // "the novel, The Salt Line"; not "the novel The Widow's Appeal" cut at the possessive
		return (bookCue.MatchString(r.before) || bookCue.MatchString(r.lead)) && !r.words[r.n-1].Poss
	}},
	{"year-after", graph.Series, 0.5, func(r *run) bool { return yearAfter.MatchString(r.after) }},
	{"series-cue", graph.Series, 0.5, func(r *run) bool { return seriesCue.MatchString(r.before) }},
	{"sequel-cue", graph.Series, 0.5, sequelTitle}, // "the prequel to Harbor Nights", "the soap Harbor Nights"
	{"season-after", graph.Series, 0.5, func(r *run) bool { return seasonAfter.MatchString(r.after) }},
	// A quoted title alone in parentheses after a name is that person's
	// other show, as reviews cite it: 'Nina Falk (“Low Tide”)', "(see:
	// “Low Tide”)". No character's name is quoted so.
	{"quoted-paren-title", graph.Series, 0.5, func(r *run) bool {
		return r.quoted && !r.headingOnly && quotedParenBefore.MatchString(r.before) && strings.HasPrefix(r.after, ")")
	}},
	{"article-place", graph.Place, 0.5, func(r *run) bool { // "the United Kingdom"
		return r.article && !r.sentStart && r.n > 1 && placeArticle.MatchString(r.lead) && r.ner == graph.Place
	}},
	{"book-series", graph.Book, 0.5, func(r *run) bool { // "children's books: the Harbor Lights series"
		return r.article && seriesWordAfter.MatchString(r.after) && bookContext.MatchString(r.sentence)
	}},
	caseName,          // "the Ann Roe case": a crime story's victim or suspect
	titleBeforeCredit, // "Harbor Lights creator Ann Roe": the work
	{"article-org", graph.Organization, 0.4, func(r *run) bool { // "the Boston Globe": people's names take no article
		return r.article && !r.sentStart && r.n > 1 && !eventEnd(r) && !eraAfter.MatchString(r.after) && !articleTitle(r) && !periodRun(r) &&
			!(r.phrase && r.headlineGuess) // "Finding the Perfect Exit": a headline's common words
	}},
}

// weakRules are the guesses for a run no shape rule typed and no drop rule
// dropped, tried in order; a run none of them matches is dropped.
var weakRules = []shapeRule{
	// A lone unknown word is kept only as a weak candidate: a pattern must
	// confirm it (see relations and dropWeak).
	// A lone word the tagger calls a place, after "in" or "to". Like every
	// lone word it has signal SigShort: the lexicon does not learn it and
	// no pattern retypes it, so that a surname or a title is not made a
	// place everywhere, nor a place something else. An actor's name in
	// parentheses after it makes it a character's: "to Orrin (Tom Fell)".
	// A common word of the language names no place the tagger alone can
	// vouch for ("an award for excellence in Entertainment", "out of
	// place in The Stand"): a well-known place's name is typed below.
	{"ner-place-word", graph.Place, 0.45, func(r *run) bool {
		return r.n == 1 && len(r.first) > 2 && r.ner == graph.Place && placeCue.MatchString(r.before) && !parenNameAfter.MatchString(r.after) &&
			(r.knownPlace || !names.CommonEnglish(r.first))
	}},
	// A lone word that names a well-known place ("Boston"): signal
	// SigShort too, so that a surname a document uses alone is not made a
	// place everywhere.
	{"known-place-word", graph.Place, 0.5, func(r *run) bool { return r.n == 1 && r.knownPlace }},
	{"lone-word", "", 0.3, func(r *run) bool { return r.n == 1 }},
	{"ner-place-cue", graph.Place, 0.5, func(r *run) bool { return r.ner == graph.Place && placeCue.MatchString(r.before) && !givenNameFirst(r) }},
	{"on-org", graph.Organization, 0.4, func(r *run) bool { // "On Rotten Tomatoes, ...": people are not "on"
		return r.n <= 4 && onBefore.MatchString(r.lead) && !basedOnBefore.MatchString(r.lead) && allCapitalised(r.words)
	}},
	// A run with a small word inside ("Man of His Word", "Tide of Glass")
	// is a title in title case, no person's name.
	// A run that holds a possessive and ends with no organization's word
	// is a title ("Harbor's War"; see possessiveTitle): no one's name.
	{"possessive-title", graph.Series, 0.4, func(r *run) bool { return r.n > 1 && r.words[r.n-2].Poss && !names.OrgSuffixes[r.last] }},
	{"titled-run", graph.Series, 0.4, func(r *run) bool { return r.n > 2 && innerConnector(r.words) && !r.sentStart }},
	acronymLed, // "KTV Nord": call letters or a parent's acronym before a company's name
	{"capitalised-run", graph.Person, 0.4, func(r *run) bool {
		return r.names() <= 4 && !r.sentStart && allCapitalised(r.words) && !r.headlineGuess && !r.cutEnd && !r.phrase
	}},
	// A run of common words with no given name ("Little Lies") is kept
	// only as a weak candidate, as a lone word is: a pattern must confirm
	// it ("the drama Night Shift"), or it is dropped.
	{"common-phrase", "", 0.3, func(r *run) bool {
		return r.phrase && r.names() <= 4 && !r.sentStart && allCapitalised(r.words) && !r.headlineGuess && !r.cutEnd
	}},
	{"ner-person", graph.Person, 0.4, func(r *run) bool {
		return r.names() <= 4 && r.sentStart && r.ner == graph.Person && allCapitalised(r.words) && !r.cutEnd
	}},
	// Initials open a sentence only as a person's name does ("J.J. Ward
	// joined the cast"), though the tagger, which sees no name in them,
	// labels the run from its first word.
	{"initials-person", graph.Person, 0.4, func(r *run) bool { return r.sentStart && initialsName(r.words) }},
	// A nickname in quotation marks between a well-known given name and
	// the name's last word opens a sentence only as a person's name does
	// ('Nell "Nellie" Tarrant is a detective', a character page's first
	// line), though the tagger, thrown by the marks, labels it no person.
	{"nickname-person", graph.Person, 0.4, func(r *run) bool {
		return r.sentStart && r.n >= 3 && names.GivenName(r.first) && innerNickname.MatchString(r.text)
	}},
}

// innerNickname matches a nickname in double quotation marks between two
// capitalised words of a run ('Nell "Nellie" Tarrant').
var innerNickname = regexp.MustCompile(`\p{L} ["“]` + nicknameWords + `["”] \p{Lu}`)

// The rules that make a person a character in this corpus.
const (
	// A name that shares its surname with a known character ("Sarah
	// Pearlman" beside "Jake Pearlman").
	ruleCharacterWord = "character-name-word"
	// A weakly typed person in a section that tells a story (plot,
	// characters).
	ruleCharacterSection = "character-section"
	// A weakly typed person in the prose of a character's page, or of an
	// episode's, which tells of the story's world.
	ruleCharacterPage = "character-page-prose"
)

// candidate types a capitalised run of words i..j the corpus does not
// know, or drops it, and returns its mention or noMention.
func (s *docState) candidate(st *sentence, i, j int) int {
	r := s.newRun(st, i, j)
	if r == nil || s.headlineCommonRun(st, r) {
		return noMention
	}
	t, ok := r.classify()
	if !ok {
		return noMention
	}
	if t.typ == graph.Person {
		t = s.personOrCharacter(r, st, t)
	}
	start := r.start
	if (t.typ == graph.Series || t.typ == graph.Book) && r.articleStart >= 0 {
		start = r.articleStart // the article belongs to a title
	}
	if t.typ == graph.Organization && r.articleStart >= 0 && !r.sentStart && strings.HasPrefix(s.p.Doc.Text[r.articleStart:], "The ") {
		start = r.articleStart // "told The Harbor Courier": a capital inside a sentence makes the article the name's
	}
	if t.typ == graph.Series && r.titleStart >= 0 && !r.sentStart && t.conf < 0.6 {
		start = r.titleStart // "The Good Harbour", "Indian Winters": the words belong to the title
	}
	end := r.end
	if t.typ == graph.Series || t.typ == graph.Book {
		end += len(exclaimedSubtitle.FindString(s.p.Doc.Text[end:])) // "HARBOUR!: A Celebration": one title
	}
	return s.mention(start, end, t)
}

// exclaimedSubtitle matches the subtitle of a title that ends with an
// exclamation or a question mark before its colon ("Harbour!: A
// Celebration"), which the sentence's end cuts off the run.
var exclaimedSubtitle = regexp.MustCompile(`^[!?]:[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|a|an|the|of|and|in|on|to|for))*`)

// classify applies the shape rules, then the drop rules and the weak
// rules, to a run.
func (r *run) classify() (typing, bool) {
	for _, rule := range shapeRules {
		if rule.match(r) {
			return typing{rule.name, rule.typ, SigShape, rule.conf}, true
		}
	}
	for _, rule := range dropRules {
		if rule.match(r) {
			return typing{}, false
		}
	}
	for _, rule := range weakRules {
		if rule.match(r) {
			sig := SigShape
			if r.n == 1 {
				sig = SigShort
			}
			return typing{rule.name, rule.typ, sig, rule.conf}, true
		}
	}
	return typing{}, false
}

// newRun trims generic words off both ends of the run of words i..j and
// gathers its context; nil when nothing that can be a name is left.
// Headings are title-cased throughout, so a run in a heading is kept only
// when its shape alone makes it a name (see sentence.headingOnly).
func (s *docState) newRun(st *sentence, i0, j0 int) *run {
	text, ws, sp := s.p.Doc.Text, st.ws, st.Span
	i, j := s.trimRun(st, i0, j0)
	i = eventPlaceStart(text, ws, i, j)
	if i > j || madeOfName(ws, i, j, j0) {
		return nil
	}
	r := &run{words: ws[i : j+1], n: j - i + 1, first: ws[i].Text, last: strings.ToLower(ws[j].Text),
		start: ws[i].Start, end: ws[j].End, articleStart: -1, titleStart: -1, sentence: sp.Text, headingOnly: st.headingOnly}
	if m := compoundSuffix.FindStringIndex(text[r.start:r.end]); m != nil {
		r.end = r.start + m[0] // "Los Angeles-based": the place, not an adjective
		r.demonym = true
	} else if m := creditSuffix.FindStringIndex(text[r.start:r.end]); m != nil {
		r.end = r.start + m[0] // "Dana Whitfield-created": the person, not an adjective
		r.credited = true
	}
	r.text = text[r.start:r.end]
	r.before = text[sp.Start:ws[i0].Start]
	r.lead = text[sp.Start:r.start]
	r.after = text[r.end:sp.End]
	trimmedLead := strings.TrimSpace(r.lead)
	r.article = i > 0 && strings.EqualFold(ws[i-1].Text, "the") &&
		(i0 == i-1 || strings.HasSuffix(strings.ToLower(trimmedLead), " the") || strings.EqualFold(trimmedLead, "the"))
	if r.article && i0 < i {
		r.articleStart = ws[i-1].Start
	}
	if i0 < i && (commonWords(ws[i0:i]) || pageWordsOfTitle(text, ws, i0, i, j)) {
		r.titleStart = ws[i0].Start
	}
	r.sentStart = strings.TrimSpace(r.before) == "" || strings.HasSuffix(strings.TrimSpace(r.before), ":")
	r.ner = s.tags[r.start].EntityType()
	r.orgRegion = r.n > 1 && names.CountryCodes[ws[j].Text]
	r.knownPlace = names.KnownPlace(r.text) && !s.knownNameWord(r.text)
	r.shouted = s.shouted(r.words)
	r.cutEnd = j < j0 && names.Capitalised(ws[j+1].Text) && gapOK(text, ws[j], ws[j+1], false)
	r.headlineGuess = s.headlineGuess(st, r)
	r.phrase = s.commonPhrase(r.words)
	r.commonAfterBy = s.commonAfterBy(r)
	r.unquote()
	r.outlet = s.outletRun(r, text) || s.siteRun(r)
	if names.Holiday(r.text) {
		return nil // "on Easter Monday", "on New Year's Day": a date
	}
	if episodeTitleRun(r) {
		return nil // "an episode called Gifts of the Tide", "the Gifts of the Tide episode": no entity
	}
	if officeRun(r) && !officeTitle(r) {
		return nil // "Head of Comedy", "the Mayor of Eastbrook": an office, not a show's title
	}
	return r
}
