package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// namelessRun reports whether the run of words i..j, trimmed from i..j0,
// names nothing: titles in the plural ("the first female Detective Chief
// Inspectors", a rank), the words of an award's name before "Awards"
// ("British Academy Television Awards") or a nationality made a compound
// ("Russian-born"; see nationalityCompound).
func namelessRun(ws []word, i, j, j0 int) bool {
	return pluralTitles(ws[i:j+1]) || j < j0 && names.InLower(awardWords, ws[j+1].Text) || nationalityCompound(ws[i:j+1])
}

// awardWords end the names of awards, whose other words name nothing of
// their own.
var awardWords = map[string]bool{"award": true, "awards": true, "prize": true, "prizes": true}

// pluralTitles reports whether words are titles and the last a title in
// the plural ("Detective Chief Inspectors"): no one's name.
func pluralTitles(ws []word) bool {
	last := ws[len(ws)-1].Text
	if !strings.HasSuffix(last, "s") || !names.IsTitle(strings.TrimSuffix(last, "s")) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !names.IsTitle(w.Text) {
			return false
		}
	}
	return true
}

// knownNetworkBefore reports whether the text before a run ends with the
// possessive of a well-known network ("FX’s The Ledger"): what follows is
// one of its shows.
func knownNetworkBefore(before string) bool {
	m := possessiveEnd.FindStringSubmatch(before)
	return m != nil && names.KnownNetwork(m[1]+m[2])
}

// possessiveEnd matches a word and "'s" at the end of a text.
// A name ending in "s" may take the apostrophe alone ("CBS’ Harbor").
var possessiveEnd = regexp.MustCompile(`(?:^|\s)([\p{L}\d+&.]+?)(?:['’]s|([sS])['’])\s+$`)

// quotedTitle reports whether a run stands between quotation marks, as
// titles do in headlines: 'Ballard', ‘The Night Ledger’.
func quotedTitle(before, after string) bool {
	b := strings.TrimRight(before, " ")
	after = strings.TrimLeft(after, ".,!?;:")
	return (strings.HasSuffix(b, "'") || strings.HasSuffix(b, "‘") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "\"")) &&
		(strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\""))
}

// unquote sets quoted when the run stands whole between quotation marks,
// and then, unless the words before make it an episode's title, takes the
// marks off the text around it (see run.quoted).
func (r *run) unquote() {
	r.quoted = quotedTitle(r.before, r.after)
	if !r.quoted || episodeBefore.MatchString(r.before) {
		return
	}
	sameLead := r.lead == r.before
	r.before, r.after = outsideQuotes(r.before, r.after)
	if sameLead {
		r.lead = r.before
	}
}

var (
	// episodeBefore matches the words before a quoted title that make it
	// an episode's: 'the finale, "Slack Tide,"', 'the finale of Harbor,
	// "Slack Tide"', 'the episode "Slack Tide"'.
	episodeBefore = regexp.MustCompile(`(?i)\b(?:episodes?|finale|premiere|pilot|chapter|instal?lment)(?:\s+of\s+[^,;:.]{1,40})?\s*,?\s*['‘“"]$`)
	// quotedParenBefore matches the text before a quoted title that opens
	// a note in parentheses after a full name in prose (a list's "Shot
	// (“Pilot”)" gives an episode), or a "see:" there.
	quotedParenBefore = regexp.MustCompile(`(?:\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]*\s+\(|\((?i:see):?\s*)$`)
)

// outsideQuotes returns the text before and after a quoted run without the
// quotation marks around it; a comma or a full stop set inside the closing
// mark stays after the run: ‘Fox's "Low Tide," and’ gives ‘Fox's ’ and
// ‘, and’.
func outsideQuotes(before, after string) (string, string) {
	before = strings.TrimRight(before, "'‘“\"")
	rest := strings.TrimLeft(after, ".,!?;:")
	for _, q := range []string{"'", "’", "”", "\""} {
		if strings.HasPrefix(rest, q) {
			return before, after[:len(after)-len(rest)] + rest[len(q):]
		}
	}
	return before, after
}

// inQuotedTitle reports whether a run is some of the words of a title in
// quotation marks, set in title case with small joining words ("Play
// Through the Pain", "Blind Dates and Bleeding Hearts"): an episode's
// title, not a name. Quoted speech, with longer words in small letters,
// is not one.
func inQuotedTitle(before, after string) bool {
	open := strings.LastIndexAny(before, "\"“")
	if open < 0 || strings.Contains(before[open:], "”") || before[open] == '"' && strings.Count(before, "\"")%2 == 0 {
		return false
	}
	end := strings.IndexAny(after, "\"”")
	if end < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[open:])
	inner := strings.Fields(before[open+size:] + " " + after[:end])
	small := 0
	for _, w := range inner {
		w = strings.Trim(w, ".,!?;:()")
		switch {
		case w == "":
		case unicode.IsLower(names.FirstRune(w)) && len(w) <= 3:
			small++
		case !names.Capitalised(w):
			return false
		}
	}
	return small > 0
}

// possessiveTitle reports whether a possessive and the capitalised word
// after it are one title ("Harbor's Watch", "Dana's Angels"): the pair
// recurs in the document, and its second word stands in it more often so
// than alone, as a title's word does. A possessor and what it owns ("Tom
// Fell's Dockside", "Lumen's Harbor") are written apart as often, and a
// possessive after a name's other words is a person's.
func possessiveTitle(text string, a, b word) bool {
	if !names.Capitalised(b.Text) || names.Acronym(a.Text) || nameWordBefore(text[:a.Start]) {
		return false
	}
	pairs := strings.Count(text, a.Text+"'s "+b.Text) + strings.Count(text, a.Text+"’s "+b.Text)
	return pairs >= 2 && pairs > wordCount(text, b.Text)-pairs
}

// wordCount counts the occurrences of w in text as a whole word.
func wordCount(text, w string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return n
		}
		st, en := i+k, i+k+len(w)
		r0, _ := utf8.DecodeLastRuneInString(text[:st])
		r1, _ := utf8.DecodeRuneInString(text[en:])
		if (st == 0 || !isWordRune(r0)) && (en == len(text) || !isWordRune(r1)) {
			n++
		}
		i = en
	}
}

// nameWordBefore reports whether text ends with a capitalised word that is
// no generic word, and a space: the words of a name before the next.
func nameWordBefore(text string) bool {
	if !strings.HasSuffix(text, " ") {
		return false
	}
	w := lastField(text)
	return w != "" && names.Capitalised(w) && !names.InLower(names.NotNames, w)
}

// lastField is the last of strings.Fields(text), or "" when it has none,
// found from the end: the text may be all of a document before a word.
func lastField(text string) string {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	return t[i+size:]
}

// roleOnBefore matches a role played on a show before its title, which
// may stand in quotation marks: "playing the detective on", "her role as
// a nurse on".
var roleOnBefore = regexp.MustCompile(`(?i)\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|roles?|starr(?:ed|ing)|appear(?:s|ed|ing)?|cameos?|guest[- ]starr(?:ed|ing))\b[^,.;:!?()]{0,40}\bon\s*["“‘]?$`)

// creditOnBefore matches a credit held on a show right before its title:
// "executive producer on", "writer/executive producer on", "showrunner
// on". The credit and "on" are next to each other, so that a network a
// producer speaks of later in the sentence is not taken for the show.
var creditOnBefore = regexp.MustCompile(`(?i)\b(?:producer|showrunner|writer|creator|story editor)s?(?:/(?:executive\s+|co-)?(?:producer|showrunner|writer|creator))?\s+on\s*["“‘]?$`)

// postWords reports whether the run i..j, trimmed to end at word j (of
// j0), is the words of a post before its noun: a participle before a
// title or an occupation ("Senior Investigating Officer", "Managing
// Director"), or words after a rank ("Senior Intelligence Officer").
func postWords(ws []word, i, j, j0 int) bool {
	if j < 0 || j >= j0 || !strings.HasSuffix(ws[j].Text, "ing") && !names.InLower(postRanks, ws[i].Text) {
		return false
	}
	next := ws[j+1].Text
	return names.IsTitle(next) || names.InLower(names.Occupations, next)
}

// nationalityCompound reports whether the run ws is one word made of a
// nationality and a compound's suffix ("Russian-born", "British-based"),
// which names no place, as "Los Angeles-based" does.
func nationalityCompound(ws []word) bool {
	if len(ws) != 1 {
		return false
	}
	m := compoundSuffix.FindStringIndex(ws[0].Text)
	return m != nil && names.InLower(names.NotNames, ws[0].Text[:m[0]])
}

// officeOf reports whether the run i..j is an office and what it heads,
// which names no one: "Head of Comedy", "President of Programming", a
// title's office with no given name after it ("Archbishop of Canterbury";
// see officeOfEnd).
func officeOf(ws []word, i, j int) bool {
	return i < j && (names.InLower(officeHeads, ws[i].Text) || names.IsTitle(ws[i].Text) && !givenNameIn(ws[i+1:j])) && ws[i+1].Text == "of"
}

// shouted reports whether words are one word in capitals that the corpus
// writes in lower case: a word stressed ("ran TOO long"), no acronym.
func (s *docState) shouted(ws []word) bool {
	return len(ws) == 1 && len(ws[0].Text) > 2 && names.Acronym(ws[0].Text) && s.isLower(strings.ToLower(ws[0].Text))
}

// seriesWordAfter matches "series" after a title: "the Harbor Lights
// series" is a series of books or of television, no organization.
var seriesWordAfter = regexp.MustCompile(`^\s+series\b`)

// wordOpens reports whether the run's own first word opens the sentence,
// with no generic word but an article trimmed off before it: in "After
// Molly's arrest" or "And Keogh is ..." the name stands inside the
// sentence, where a capitalised word is a name, while "The Ink" opens a
// title, people's names taking no article.
func wordOpens(r *run) bool {
	lead := strings.TrimSpace(r.lead)
	return lead == "" || strings.HasSuffix(lead, ":") || r.article
}

// firstWord returns the first word of text, without the punctuation
// around it, or "".
func firstWord(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], `.,;:!?"'’”“‘()`)
}

// Context words around a name that say it is a person, an organization,
// a place or a book.
var (
	personCue   = regexp.MustCompile(`(?i)\b(author|actor|actress|writer|director|producer|showrunner|creator|novelist|co-star|critic|journalist|photographer|host|star|novelist|executive|rapper|singer|musician|songwriter|comedian|presenter|by)\s*,?\s*$`)
	personAfter = regexp.MustCompile(`^(?:\s+(?:said|says|wrote|writes|told|tells|added|adds|praised|noted|explained|argued|called|joked|confirmed|of\b)|\s*\|\s*(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))`)
	orgCue      = regexp.MustCompile(`(?i)\b(website|site|aggregator|via|outlet|publication|streamer|platform|magazine|newspaper|(?:score|rating|ratings|reviews?|streaming|premiered|premieres|airs|aired) on(?: the)?)\s*$`)
	orgAfter    = regexp.MustCompile(`^\s+(?:(?:website|site|app|database|magazine|newspaper|network|studio|assigned it a score|gave it|rated it)\b|(?:television|TV)\s+(?:series|show|drama)\s+["“‘]?\p{Lu})`)
	// parenNameAfter matches a name of two to four capitalised words in
	// parentheses right after a name: the actor who plays it.
	parenNameAfter = regexp.MustCompile(`^ \(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\)`)
	// placeCue matches the words before a place: "in", "near", and "in
	// Oslo and", "the towns of Fall Creek and", where a pair of places
	// shares the preposition of its first.
	placeCue = regexp.MustCompile(`(?i)\b(in|at|from|across|near|around|captures|to)\s*$|\b(?:in|at|near|towns? of|cities of|villages? of)\s+(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?-i:\p{Lu})[\p{L}'’-]*)?\s+and\s*$`)
	// bookCue matches the words before a title that say it is a book's:
	// "the novel", "his latest book,".
	bookCue = regexp.MustCompile(`(?i)\b(?:novel|book)s?,?\s*["“‘]?$`)
)

// isCharacterSection reports whether a section (a heading, in lower case)
// tells the story, where the names are mostly of characters. A long
// heading is a page's headline, not a section's ("... Renewed for Season
// 2 by TNT").
func isCharacterSection(sec string) bool {
	return charSections.MatchString(sec) && len(strings.Fields(sec)) <= 5
}

// appositive matches an apposition after a name that says what kind of
// thing it is: "Harbor, a series that follows", "Harbor, its most recent
// new series,", "Harbor, the network's biggest hit.", "Cole Vance, the
// prestigious firm he founded". Group 1 holds the words between the
// determiner and the noun, which must not take the noun elsewhere ("the
// star of the series"); group 2 is the noun.
var appositive = regexp.MustCompile(`^[”"’']?,\s+(?:(?:a|an|the|its|their|his|her)(?:\s+[\p{L}\d&.+-]+['’]s)?|[\p{L}\d&.+-]+['’]s)\s+((?:[\w-]+\s+){0,4}?)(` + alternation("apposition-show-nouns", "apposition-org-nouns") + `)(?:\s*[,.;:)—–]|\s+(?:that|which|about|from|set|starring|created|based|where|following|whose|he|she|they|founded|run|owned)\b|\s*$)`)

// appositionNoun returns the noun of the apposition after a name that
// says what it is (see appositive), whose words before the noun tie it to
// nothing else, or "": "Nina Falk, the star of the series" speaks of the
// series, not of her.
func appositionNoun(after string) string {
	m := appositive.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	for _, w := range strings.Fields(m[1]) {
		if names.InLower(appositionBreak, w) {
			return ""
		}
	}
	return m[2]
}

// seriesNouns are the nouns of an apposition that make a name a show's;
// the others of appositive make it an organization's.
var seriesNouns = wordSet("apposition-show-nouns")

// otherShowsAfter matches the end of a list that says what kind of thing
// its names are, after its last name: "Harbor, Gull Point and other
// current dramas", "Harbor or other such shows". The names before it are
// shows too (see seriesLists).
var otherShowsAfter = regexp.MustCompile(`^[”"’']?,?\s+(?:and|or)\s+(?:many\s+)?other\s+(?:[\p{Ll}-]+\s+){0,2}?(?:shows|series|dramas|sitcoms|comedies|procedurals|thrillers|miniseries|programmes|programs)\b`)

// onNetwork matches "on" and up to three capitalised words after a name:
// "Harbor on Netflix", "Harbor on BBC One".
var onNetwork = regexp.MustCompile(`^[”"’']?,?\s+on\s+(\p{Lu}[\p{L}\d&]*\+?(?:\s+\p{Lu}[\p{L}\d&]*\+?){0,2})(['’]s?)?`)

// onNetworkAfter reports whether a well-known network follows a name after
// "on" ("the underrated Harbor on Netflix"): the name is a show's. A
// network's possessive says the name speaks of its show ("Tom Fell on
// Netflix's Harbor", as interviews are headed), and tells nothing.
func onNetworkAfter(after string) bool {
	m := onNetwork.FindStringSubmatch(after)
	if m == nil || m[2] != "" {
		return false
	}
	ws := strings.Fields(m[1])
	for n := len(ws); n > 0; n-- {
		if names.KnownNetwork(strings.Join(ws[:n], " ")) {
			return n == len(ws) || !names.Capitalised(ws[n])
		}
	}
	return false
}

// appositionBreak are the words that, inside an apposition, make its noun
// another thing's: a preposition or a relative pronoun.
var appositionBreak = map[string]bool{"of": true, "on": true, "in": true, "for": true, "from": true, "with": true, "who": true, "that": true, "and": true, "to": true, "at": true}
