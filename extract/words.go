package extract

import (
	"embed"
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// wordFiles holds the closed word lists of this stage, one category a
// file, each opening with a comment line that says what belongs in it.
// They are data, not code, so that a list can be read and reviewed as a
// list. The lists other stages share live in package names.
//
//go:embed words/*.txt
var wordFiles embed.FS

// wordList reads the named list (a file name under words/ without ".txt"),
// in order.
func wordList(name string) []string {
	return names.Words(wordFiles, "words/"+name+".txt")
}

// wordSet reads the named lists into one set.
func wordSet(lists ...string) map[string]bool {
	set := map[string]bool{}
	for _, name := range lists {
		for _, w := range wordList(name) {
			set[w] = true
		}
	}
	return set
}

// alternation is a regular expression alternative of the entries of the
// named lists, in order: "mother|father|...".
func alternation(lists ...string) string {
	var alts []string
	for _, name := range lists {
		for _, w := range wordList(name) {
			alts = append(alts, regexp.QuoteMeta(w))
		}
	}
	return strings.Join(alts, "|")
}

// kinPlurals maps the plural of each kinship word of one person to the
// word ("children": "child", "uncles": "uncle"), in the list's order (see
// pluralsOf); the plural words, compounds and partners' words have none.
var kinPlurals, kinPluralOrder = pluralsOf("kin")

// pluralsOf returns the plurals of the list's single words, mapped to
// their words and in the list's order: "children" for "child", an s added
// to the others, none for plural words, compounds and partners' words;
// a plural the list holds as a word of its own is in the order only.
func pluralsOf(list string) (map[string]string, []string) {
	words := wordList(list)
	listed := map[string]bool{}
	for _, w := range words {
		listed[w] = true
	}
	single, order := map[string]string{}, []string(nil)
	for _, w := range words {
		p := w + "s"
		switch {
		case w == "child":
			p = "children"
		case strings.HasSuffix(w, "s") || strings.Contains(w, "-") || romanticKin[w] || w == "partner":
			continue
		}
		if !listed[p] { // a plural the list holds is a word of its own ("parents")
			single[p] = w
		}
		order = append(order, p)
	}
	return single, order
}

// pluralAlternation is the alternation of the plurals (see pluralsOf).
func pluralAlternation(plurals []string) string {
	alts := make([]string, len(plurals))
	for i, p := range plurals {
		alts[i] = regexp.QuoteMeta(p)
	}
	return strings.Join(alts, "|")
}

var (
	// postRanks and officeHeads are the words of posts (see postWords and
	// officeOf).
	postRanks   = wordSet("post-ranks")
	officeHeads = wordSet("office-heads")
	// connectorWords may join the words of a name (see isConnectorWord).
	connectorWords = wordSet("connectors")
	// charPageKey marks the fields of a character page (see pageField).
	charPageKey = wordSet("character-page-fields")
	// romanticKin are the kinship words of partners (see kinPredicate), and
	// kinDetail the qualifiers kept in a kinship's detail.
	romanticKin = wordSet("kin-romantic")
	// kinWords are the words of kinship and partnership (see kinWordOf).
	kinWords  = wordSet("kin")
	kinDetail = wordSet("kin-detail")
	// fateValues maps a fate word to the fate it names (see fateValue).
	fateValues = fateTable(map[string]string{"fate-murder": "murder", "fate-disappearance": "disappearance"})
)

// Alternations of the word lists, for the relation and fact patterns.
var (
	kin = alternation("kin")
	// kinPlural is the plurals of the kinship words of one person ("uncles",
	// "children"), which name every person of the list after them.
	kinPlural = pluralAlternation(kinPluralOrder)
	// adj is the qualifiers of a kinship word from the list, then up to
	// two other words in small letters ("his long-suffering son", "her
	// wealthy, disapproving mother-in-law"; see kinClause). A qualifier's
	// hyphen may be written as a slash ("on/off").
	adj       = `(?:(?:` + strings.ReplaceAll(alternation("kin-qualifiers"), "-", "[-/]") + `)\s+)*(?:(?-i:\p{Ll})[\p{L}-]*,?\s+){0,2}?`
	fateWords = alternation("fate-murder", "fate-disappearance", "fate-other")
	roles     = alternation("member-roles")
	// negated matches a word that denies or doubts a relation.
	negated = regexp.MustCompile(`(?i)\b(?:` + alternation("negations") + `)\b|n['’]t\b`)
)

// fateTable maps each word of the lists named by values' keys to the value.
func fateTable(values map[string]string) map[string]string {
	out := map[string]string{}
	for list, v := range values {
		for _, w := range wordList(list) {
			out[w] = v
		}
	}
	return out
}
