package extract

import (
	"strings"
	"unicode"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// The words of a run and of the sentence around it, as the shape rules
// read them: initials, common words in a name, title case.

// initialsName reports whether ws are a person's name that opens with
// initials: one to three initials, the first with a full stop, then one or
// two capitalised words that are no acronyms ("C.S. Ward", "J. Ward").
// A country's code ("U.S.") is no initials.
func initialsName(ws []word) bool {
	k := 0
	for k < len(ws) && k < 3 && (dottedInitials.MatchString(ws[k].Text) || isInitial(ws[k].Text) && strings.HasSuffix(ws[0].Text, ".")) {
		k++
	}
	if k == 0 || names.CountryCodes[ws[0].Text] || len(ws)-k < 1 || len(ws)-k > 2 {
		return false
	}
	for _, w := range ws[k:] {
		if names.Acronym(w.Text) || !unicode.IsUpper(names.FirstRune(w.Text)) || names.InLower(names.NotNames, w.Text) {
			return false
		}
	}
	return true
}

// dottedInitials matches two or three initials written together ("C.S.").
var dottedInitials = regexp.MustCompile(`^(?:\p{Lu}\.){2,3}$`)

// commonInName reports whether word k, the first or last of the run of
// words i..j, is a common word that stays part of the name (see nameWord
// and inLowerCase): the run has a word besides it.
func (s *docState) commonInName(st *sentence, k, i, j int) bool {
	return i < j && nameWord(st.ws[k].Text) && s.inLowerCase(st, i)
}

// inLowerCase reports whether word i stands inside a sentence written in
// lower case: the word before it, in the same clause, starts with a small
// letter and joins no clauses ("Harbour and New Tide" may list two
// titles), and the sentence is not set in title case. There a capitalised common word is part of
// the name ("the drama Big Harbor", "with Walter Black"); in a heading or at
// the start of a sentence it is not.
func (s *docState) inLowerCase(st *sentence, i int) bool {
	if i == 0 || st.headingOnly || st.blk.Kind == layout.BlockHeading {
		return false
	}
	prev := st.ws[i-1]
	return unicode.IsLower(names.FirstRune(prev.Text)) && prev.Text != "and" && prev.Text != "or" && s.p.Doc.Text[prev.End:st.ws[i].Start] == " " && !titleCased(st.ws)
}

// titleCased reports whether a sentence is set in title case, as a
// headline set as a line of prose is: none of its words of five letters or
// more is in small letters.
func titleCased(ws []word) bool {
	for _, w := range ws {
		if len([]rune(w.Text)) >= 5 && unicode.IsLower(names.FirstRune(w.Text)) {
			return false
		}
	}
	return true

}

// innerConnector reports whether "of" joins the words of ws ("Line of
// Duty"); the particles of people's names ("van", "de") do not count.
func innerConnector(ws []word) bool {
	for _, w := range ws[1 : len(ws)-1] {
		if w.Text == "of" {
			return true
		}
	}
	return false
}

// commonWords reports whether every word of ws is a common word of the
// language or a demonym, none a page's word ("Season", "Review"), a title
// word or a name made an adjective ("Golden Globe-winning").
func commonWords(ws []word) bool {
	for _, w := range ws {
		if names.InLower(names.PageWords, w.Text) || names.IsTitle(w.Text) || !names.InLower(names.NotNames, w.Text) {
			return false
		}
	}
	return true
}

// pageWordsOfTitle reports whether the words ws[i0:i], trimmed off the
// front of the run ws[i0:j+1] as generic, are a title's own ("Top" of "Top
// Harbour"): each is a page's word or a common word, none a title word,
// and the document never writes the rest of the run as a whole name
// without them. A label before a title ("Review Harbour") is left off
// elsewhere, where the page names its series alone.
func pageWordsOfTitle(text string, ws []word, i0, i, j int) bool {
	for _, w := range ws[i0:i] {
		if names.IsTitle(w.Text) || !names.InLower(names.NotNames, w.Text) {
			return false
		}
	}
	return wholeCount(text, text[ws[i].Start:ws[j].End]) == wholeCount(text, text[ws[i0].Start:ws[j].End])
}

// nameWord reports whether a capitalised common word may be part of a
// name: a word of the language in title case, longer than a pronoun, and
// no article (a title's "The" is read apart, see run.article).
func nameWord(w string) bool {
	l := strings.ToLower(w)
	return names.CommonWords[l] && l != "the" && len([]rune(w)) > 2 && !names.Acronym(w) && !strings.ContainsAny(w, "'’")
}

// someoneNamed reports whether before ends by bringing in someone of the
// story by a common noun and a name ("a housewife named", "an old friend
// called"): a name so introduced is a character's, as the people of a
// series' making are named by their work, not brought in so. An actor,
// a writer or any noun that is no person's ("a company called") does not
// count.
func someoneNamed(before string) bool {
	m := namedAfterNoun.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	noun := strings.ToLower(m[1])
	return (names.Occupations[noun] || storyPeople[noun] || personSuffix.MatchString(noun)) && !makers[noun]
}

// namedAfterNoun matches "a/an, up to two words, a noun, named/called" at
// the end of a text, the noun in group 1.
var namedAfterNoun = regexp.MustCompile(`\b(?:[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)\s+(?:named|called)\s*$`)

// personSuffix matches a noun that names a person by its ending
// ("housewife", "salesman", "hostess").
var personSuffix = regexp.MustCompile(`(?:wife|man|woman|girl|boy|ess|friend)$`)

// storyRoleBefore matches a noun in lower case for a role of a crime
// story set right before a name, as its apposition: "police detectives
// Tom Vale and", "mob hitman Tom Vale", "his superiors, such as Tom
// Vale", "the murder of Tom Vale", "the victim is Tom Vale" (not "the
// inspector is", which casting news says of an actor); also before the
// second name of a pair ("detectives Tom Vale and Ana Reyes"). The people
// who make a series are named by their work (actor, writer), never so.
var storyRoleBefore = regexp.MustCompile(`\b(?:detectives?|sergeants?|inspectors?|constables?|superiors?|hitman|hit man|killer|murderer|victim|suspects?|mobster|gangster|henchman|kingpin|(?:murder|killing|disappearance) of|(?:victim|killer|murderer|suspect)\s+(?:is|was))(?:,\s*such as)?,?(?:(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+and)?\s*$`)

// storyVerbAfter matches a verb of a crime story right after a name, its
// subject or its passive ("Tom Vale kills", "Tom Vale, a nurse, is
// arrested", "Tom Vale murdered his family"): what characters do and
// suffer. The people who make a series are said to star, play, direct
// and tell, never so.
var storyVerbAfter = regexp.MustCompile(`^(?:,[^,.;«]{1,60},)?\s+(?:(?:\p{Ll}+ly|later|then|also|finally|soon)\s+)?(?:kills|killed|murders|murdered|shoots and kills|stabs|stabbed|strangles|strangled|poisons|poisoned|kidnaps|kidnapped|blackmails|blackmailed|betrays|betrayed|frames|framed|tortures|tortured|seduces|seduced|confesses|confessed|flees|fled|(?:is|was|gets|got)\s+(?:arrested|murdered|killed|kidnapped|abducted|stabbed|shot|strangled|poisoned|framed|found dead)|tries to kill|goes undercover|goes missing|went missing)\b`)

// storyPeople are nouns for the people a story brings in by name.
var storyPeople = map[string]bool{"detective": true, "officer": true, "agent": true, "killer": true, "lady": true, "guy": true,
	"daughter": true, "son": true, "brother": true, "sister": true, "widow": true, "widower": true, "orphan": true, "drifter": true,
	"dealer": true, "informant": true, "singer": true, "dancer": true, "surgeon": true, "sheriff": true, "deputy": true,
	"rookie": true, "recruit": true, "colleague": true, "partner": true, "cousin": true, "uncle": true, "aunt": true,
	"niece": true, "nephew": true, "lover": true, "mistress": true, "fiancé": true, "fiancée": true, "farmer": true}

// makers are the nouns of a series' making, whose people are no
// characters.
var makers = map[string]bool{"actress": true, "showrunner": true, "chairman": true, "chairwoman": true, "spokesman": true,
	"spokeswoman": true, "businessman": true, "businesswoman": true, "congressman": true, "congresswoman": true}

// outletBefore and outletAfter match the words around a publication news
// cites as its source: "according to X", "as first reported by X", "X
// reported", "X first reported", "X reports that".
var (
	outletBefore = regexp.MustCompile(`(?i)\b(?:according to|(?:first |originally )?reported by)\s*$`)
	outletAfter  = regexp.MustCompile(`^,?\s+(?:first |originally |exclusively )?(?:reported|reports)\b`)
)

// inFullName reports whether text writes word w next to another
// capitalised word that is no common word ("As X reported"), as the first
// name or surname of a longer name. A word that ends an organization's
// name ("Vireo Studios") makes w a company's, not a first name.
func inFullName(text, w string) bool {
	for i := strings.Index(text, w); i >= 0; {
		end := i + len(w)
		before := strings.TrimRight(text[:i], " ")
		if len(before) < i && before != "" {
			if k := strings.LastIndexAny(before, " \n\t(\"“"); nameLike(before[k+1:]) {
				return true
			}
		}
		if end < len(text) && text[end] == ' ' && nameLike(text[end+1:]) && !orgSuffixOpens(text[end+1:]) {
			return true
		}
		j := strings.Index(text[end:], w)
		if j < 0 {
			break
		}
		i = end + j
	}
	return false
}

// orgSuffixOpens reports whether the word that opens s ends the names of
// organizations ("Studios", "Productions").
func orgSuffixOpens(s string) bool {
	w := s
	if k := strings.IndexAny(s, " \n\t,.;:)\"”'’"); k >= 0 {
		w = s[:k]
	}
	return names.InLower(names.OrgSuffixes, w)
}

// nameLike reports whether the word that opens s is capitalised and no
// common word.
func nameLike(s string) bool {
	w := s
	if k := strings.IndexAny(s, " \n\t,.;:)\"”'’"); k >= 0 {
		w = s[:k]
	}
	return unicode.IsUpper(names.FirstRune(w)) && !names.InLower(names.NotNames, w)
}

// knownPlaceAt reports whether words i..j open with the name of a
// well-known place of two words or more, whose first word is generic: "New"
// in "New Mexico" is part of the name.
func knownPlaceAt(text string, ws []word, i, j int) bool {
	for k := i + 1; k <= j && k < i+4; k++ {
		if names.KnownPlace(text[ws[i].Start:ws[k].End]) {
			return true
		}
	}
	return false
}

// afterModifier returns the first word of the run of words i..j after the
// last word that makes an adjective of the words before it, and after a
// "The" that follows it: "Golden Globe-winning The Night Ferry" is an award,
// then the name.
func afterModifier(ws []word, i, j int) int {
	for k := i; k < j; k++ {
		if modifier.MatchString(ws[k].Text) {
			i = k + 1
		}
	}
	if i < j && i > 0 && modifier.MatchString(ws[i-1].Text) && strings.EqualFold(ws[i].Text, "the") {
		i++
	}
	return i
}
