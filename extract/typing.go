package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// typing is what a named typing rule gives a mention: its type (empty for
// a bare name that context must type later), the signal that found it and
// how much that type can be trusted. Every mention is made through one, and
// records its rule in Mention.Rule, so that `kg explain` can name the rule
// behind an entity's type.
type typing struct {
	rule   string
	typ    string
	signal string
	conf   float64
}

// The typing rules of the document's structure (see structure.go).
var (
	// A level-1 heading with a disambiguation: "Ballard (TV series)".
	typePageTitle = typing{"page-title", graph.Series, SigStructure, 1}
	// The title heading of a page whose fields describe a character.
	typeCharacterPage = typing{"character-page-title", graph.Character, SigStructure, 0.9}
	// "Maggie Q as Renée Ballard": the actor and the role.
	typeCastActor     = typing{"cast-line-actor", graph.Person, SigStructure, 1}
	typeCastCharacter = typing{"cast-line-character", graph.Character, SigStructure, 1}
	// "Renée Ballard — Maggie Q", once the corpus tells which is the actor.
	typePairActor     = typing{"cast-pair-actor", graph.Person, SigStructure, 0.9}
	typePairCharacter = typing{"cast-pair-character", graph.Character, SigStructure, 0.9}
	// "Maggie Q as Renée Ballard in ..." under a photograph.
	typeCaptionActor     = typing{"caption-actor", graph.Person, SigStructure, 0.9}
	typeCaptionCharacter = typing{"caption-character", graph.Character, SigStructure, 0.9}
	// "in Ballard. Photo: Jane Doe/Agency" after a caption.
	typeCaptionSeries       = typing{"caption-series", graph.Series, SigStructure, 0.8}
	typeCaptionPhotographer = typing{"caption-photographer", graph.Person, SigStructure, 0.8}
	// "By Hollis Penrose | October 11, 2024".
	typeByline = typing{"byline-author", graph.Person, SigStructure, 0.8}
)

// fieldTyping is the typing of a value of the infobox field with key key,
// whose role gives type typ: rule "infobox-created-by".
func fieldTyping(key, typ string) typing {
	return typing{infoboxRule(key), typ, SigStructure, 1}
}

// pageFieldTyping is the typing of a value of a character page's field:
// rule "character-page-portrayed-by".
func pageFieldTyping(key, typ string) typing {
	return typing{pageFieldRule(key), typ, SigStructure, 0.9}
}

// infoboxRule names the rule that reads an infobox field with key key:
// "infobox-created-by".
func infoboxRule(key string) string { return "infobox-" + strings.ReplaceAll(key, " ", "-") }

// pageFieldRule names the rule that reads a field of a character page with
// key key: "character-page-portrayed-by".
func pageFieldRule(key string) string { return "character-page-" + strings.ReplaceAll(key, " ", "-") }

// The typing rules of lexical patterns in running text (see spot.go).
var (
	// "the Renée Ballard novel series".
	typeBookSeries = typing{"book-series-title", graph.Book, SigPattern, 0.8}
	// A heading that is only a name, over a paragraph opening with one of
	// its words.
	typeNameHeading = typing{"name-heading", graph.Person, SigPattern, 0.7}
	// "Harbor of the Lost Renewed for Season 2": the title a headline
	// opens with.
	typeHeadlineTitle = typing{"headline-title", graph.Series, SigPattern, 0.7}
	// "Harbor Watch is a British police procedural": a page's lead
	// sentence.
	typeLeadSentence = typing{"lead-sentence-series", graph.Series, SigPattern, 0.8}
	// "Owen Pike is one of the main characters": a character page's lead
	// sentence.
	typeCharacterLead = typing{"lead-sentence-character", graph.Character, SigPattern, 0.8}
	// "2. Gil Ortega - Shot" under a character's "Killings".
	typeKillItem = typing{"kill-list", graph.Character, SigStructure, 0.7}
	// "the Cal Brennan Mysteries series of novels".
	typeSeriesOfNovels = typing{"series-of-novels", graph.Book, SigPattern, 0.7}
	// '"Deep Water" ... are based on novels': a quoted title where a
	// sentence speaks of books.
	typeQuotedBook = typing{"quoted-book-title", graph.Book, SigPattern, 0.6}
	// "consisting of Darkly Dreaming Marlow, Marlow in the Dark, ...".
	typeListedBook = typing{"listed-book-title", graph.Book, SigPattern, 0.6}
	// "in Tromsø, Norway".
	typePlacePair = typing{"place-pair", graph.Place, SigPattern, 0.6}
	// "LONDON — ...".
	typeDateline = typing{"dateline", graph.Place, SigPattern, 0.6}
	// "Salt for the Dead (2013)": a series, unless the corpus knows the
	// title or the text speaks of books.
	typeYearTitle     = typing{"year-title", graph.Series, SigPattern, 0.6}
	typeYearTitleBook = typing{"year-title-book", graph.Book, SigPattern, 0.6}
)

// yearTitleLexicon types a titled followed by a year as the corpus knows
// the title.
func yearTitleLexicon(typ string) typing { return typing{"year-title-lexicon", typ, SigPattern, 0.6} }

// lexiconTyping types a name the corpus knows with the type its structure
// (or a confident reading) gave it most.
func lexiconTyping(typ string) typing { return typing{"lexicon", typ, SigLexicon, 0.8} }

// typeSeriesSubtitle types a series the corpus knows, or an acronym it
// knows, and the subtitle after it as another series: "Harbor Watch: Far
// Shores", "KPD: Night Shift".
var typeSeriesSubtitle = typing{"series-subtitle", graph.Series, SigPattern, 0.7}

// typeLexiconShort leaves a known first name or surname untyped: the names
// it is part of may be of several types.
var typeLexiconShort = typing{"lexicon-short", "", SigShort, 0.5}

// The typing rules of the words before a title in a name: "RHD Detective
// Renée Ballard" names an organization, "Los Angeles County District
// Attorney Jane Roe" a place, "HPD Homicide Unit Detective Jack Doyle"
// an organization. They keep the signal of the name.
const (
	ruleQualifierAcronym = "title-qualifier-acronym"
	ruleQualifierPlace   = "title-qualifier-place"
	ruleQualifierOrg     = "title-qualifier-org"
)

// mention adds a mention for text[start:end] typed by t, trimming titles
// off the front into the role, and returns its index (or noMention if
// nothing is left).
func (s *docState) mention(start, end int, t typing) int {
	text := s.p.Doc.Text
	name := text[start:end]
	// Trim surrounding quotes and spaces.
	for {
		tr := strings.TrimSpace(name)
		tr = strings.Trim(tr, `'‘’"“”`)
		tr = strings.TrimSpace(tr)
		if tr == name {
			break
		}
		start += strings.Index(name, tr)
		name = tr
	}
	end = start + len(name)
	role := ""
	if t.typ == graph.Person || t.typ == graph.Character || t.typ == "" {
		role, start = s.trimTitles(start, end, t)
		name = text[start:end]
	}
	name = strings.TrimSpace(name)
	if name == "" || names.Fold(name) == "" || names.TooLong(name) || s.cutOff(start+len(name)) || gluedRepeat(name) || ofOrigin(name) {
		return noMention
	}
	if e := start + len(name); e < len(text) && text[e] == '.' && names.InLower(abbreviatedSuffix, names.LastWord(name)) {
		name = text[start : e+1] // "Harbor Productions Ltd.": the dot is the abbreviation's
	}
	s.x.Mentions = append(s.x.Mentions, Mention{Doc: s.p.Doc.ID, Start: start, End: start + len(name),
		Surface: name, Name: name, Type: t.typ, Role: role, Signal: t.signal, Rule: t.rule, Confidence: t.conf, Block: s.block})
	return len(s.x.Mentions) - 1
}

// gluedRepeat reports whether name is one capitalised word written twice
// with no space between ("HarborHarbor"): a page's heading run into the
// first words of its text when the page was copied, no name of its own.
func gluedRepeat(name string) bool {
	n := len(name)
	if n < 6 || n%2 != 0 || strings.ContainsAny(name, " -") {
		return false
	}
	half := name[:n/2]
	r := []rune(half)
	return half == name[n/2:] && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[len(r)-1])
}

// ofOrigin reports whether name opens with an adjective of origin joined
// with hyphens ("Irish-American", "Irish-American Catholic"), which
// describes a person and names no one (a longer run may be an
// organization's name), or is a list of places joined so.
func ofOrigin(name string) bool {
	ws := strings.Fields(name)
	return len(ws) <= 2 && names.DemonymCompound(ws[0]) || placeCompound(name)
}

// placeCompound reports whether name joins known places with hyphens, as
// a co-production's countries are listed ("Eastland-France-Canada"): a
// list, no name of its own.
func placeCompound(name string) bool { return names.HyphenJoined(name, names.KnownPlace) }

// abbreviatedSuffix are the suffixes of companies' names that are written
// abbreviated, with a dot.
var abbreviatedSuffix = map[string]bool{"ltd": true, "inc": true, "corp": true, "co": true, "bros": true, "plc": true, "llc": true}

// trimTitles splits the titles off the front of the name text[start:end]
// ("Detective Renée Ballard"), returning them as the role and where the name
// starts after them. The words before the titles, when they name an
// organization or a place, become a mention of their own.
func (s *docState) trimTitles(start, end int, t typing) (string, int) {
	text := s.p.Doc.Text
	name := text[start:end]
	ws := wordSpans(name)
	last := -1
	for i, w := range ws[:max(0, len(ws)-1)] {
		if (names.IsTitle(w.Text) || companyOfficeTitle(ws, i) || pluralTitle(ws, i)) && !particleTitle(ws, i) && !inQuotes(name, w.Start) {
			last = i
		}
	}
	if last = officeOfEnd(ws, last); last < 0 {
		return "", start
	}
	role := strings.TrimSpace(name[:ws[last].End])
	qual := ws[:last]
	// A qualifier before the title: an organization (RHD
	// Detective) or a place (Los Angeles County District Attorney).
	for len(qual) > 0 && names.IsTitle(qual[len(qual)-1].Text) {
		qual = qual[:len(qual)-1]
	}
	if len(qual) > 0 {
		qs, qe := start+qual[0].Start, start+qual[len(qual)-1].End
		qt := text[qs:qe]
		switch {
		case names.Acronym(qt):
			s.mention(qs, qe, typing{ruleQualifierAcronym, graph.Organization, t.signal, t.conf})
		case names.InLower(names.PlaceSuffixes, names.LastWord(qt)):
			s.mention(qs, qe, typing{ruleQualifierPlace, graph.Place, t.signal, t.conf})
		case names.InLower(names.OrgSuffixes, names.LastWord(qt)) && strings.Contains(qt, " "):
			s.mention(qs, qe, typing{ruleQualifierOrg, graph.Organization, t.signal, t.conf})
		case names.Acronym(qual[0].Text):
			// "FBI Supervisory Agent": the acronym, before the words
			// that rank the title, names the organization.
			s.mention(qs, start+qual[0].End, typing{ruleQualifierAcronym, graph.Organization, t.signal, t.conf})
		}
	}
	return role, nicknameStart(text, start+ws[last+1].Start, end) // "Officer “Dewey” Dudek"
}

// cutOff reports whether a name ending at end holds the last word of a
// page that was cut off in the middle of a word: the page ends in a letter
// or a figure, with no sentence ending ("... James Fr"); in a field's or a
// cast line's value, only when the page writes a longer word that the last
// one begins (see extendedElsewhere).
func (s *docState) cutOff(end int) bool {
	text := strings.TrimRightFunc(s.p.Doc.Text, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(text)
	if end < len(text) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	if b := s.p.Blocks[s.block]; b.Kind != layout.BlockProse && b.Kind != layout.BlockList {
		return extendedElsewhere(text) // a field's or a cast line's value ends with no full stop
	}
	return true
}

// modelBefore matches the text before the name of a character's real
// model: "loosely based on former harbour official", "inspired by the
// chemist": "based on" or "inspired by" and up to four words that
// describe a person, none of them a work's ("based on the novel Ann
// Roe" names a book).
var modelBefore = regexp.MustCompile(`(?i)\b(?:based|modell?ed|inspired)\s+(?:up)?(?:on|by)\s+(?:(?:the|a|an|real-life|former|late)\s+)?(?:(?:[\p{L}-]+)\s+){0,4}$`)

// modelWorkWords are the words that make modelBefore's match a work's
// title, not a person's name.
var modelWorkWords = regexp.MustCompile(`(?i)\b(?:novels?|books?|stor(?:y|ies)|series|film|movie|play|memoir|comics?|saga|trilogy|podcast|article)\b`)

// personOrCharacter makes a guessed person a character when the corpus or
// the section says so.
func (s *docState) personOrCharacter(r *run, st *sentence, t typing) typing {
	if t.rule == officeHolder.name || r.n > 1 && realWorldAfter(r.after) || s.creatorOfTitle(r) || r.n > 1 && modelBefore.MatchString(r.lead) && !modelWorkWords.MatchString(modelBefore.FindString(r.lead)) {
		return t // "Ann Roe, Lumen's president", "Ann Roe's Night Watch.", "loosely based on senator Ann Roe": the real world's, whatever page or section
	}
	// Only the surname counts: relatives share it, while a first name is
	// shared by strangers ("Helen" the character, "Helen" the actress):
	// the word must end a character's name somewhere, not only open one.
	if k := s.knownAs(r.words[r.n-1].Text); r.n > 1 && k.characterSurname() && !k.short(graph.Person) {
		t.typ, t.rule = graph.Character, ruleCharacterWord
	}
	if t.typ == graph.Person && t.conf < 0.6 && s.characterIsName(r.lead) {
		t.typ, t.rule = graph.Character, ruleCharacterIs
	}
	if isCharacterSection(st.blk.Section) && t.conf < 0.6 {
		t.typ, t.rule = graph.Character, ruleCharacterSection
	}
	if (s.pageChar >= 0 || s.plotPage) && t.conf < 0.6 && t.typ == graph.Person && !strings.HasSuffix(strings.TrimSpace(r.lead), "(") {
		t.typ, t.rule = graph.Character, ruleCharacterPage // not "Alma (Greta Lind Holm)": an actor
	}
	return t
}
