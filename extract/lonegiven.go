package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// ruleLoneGivenName keeps, as a character, a lone word no pattern
// confirmed that is a well-known given name, standing inside a sentence of
// the document's prose, that no longer name of the document holds: recaps
// and reviews call characters by their first names alone ("his sister
// Maggie walks in", "a favour for Marco"), often once, and a person the
// page names is named in full first (whose given name alone is that name's
// short form, left to the resolver). A word the corpus also writes in lower
// case ("will", "hope") or a place's name is no one's (see dropWeak), nor
// is a word that the words around it show to be part of something else: a
// title or an occupation after it ("a Marine sergeant"), an article or a
// common word's possessive before it ("a Cheyenne", "New Year's Eve"), a
// name joined to it that holds its surname ("Philip and Elizabeth
// Jennings"), a possessive and a capitalised word after it ("Ward's
// Island"), or a word the tagger calls a place beside a comma that joins
// it to another place ("Rome, Florence, Madrid", "Sheridan, Colorado") or
// that follows it alone ("This America, man"; not "his wife, Joyce, and").
// Typed by shape, like ruleRecurringName, and as weakly.
const ruleLoneGivenName = "lone-given-name"

// RuleLoneGivenName is the name of the rule that keeps a lone given name
// as a character's (see ruleLoneGivenName), which the resolver asks about.
const RuleLoneGivenName = ruleLoneGivenName

// loneGivenName reports whether the weak mention m is a lone given name
// that ruleLoneGivenName keeps.
func (s *docState) loneGivenName(m Mention, lone loneWordUses) bool {
	if strings.Contains(m.Name, " ") || lone.inLonger[m.Name] || !names.GivenName(m.Name) || names.Acronym(m.Name) ||
		!proseOf(s.p.Blocks[m.Block], m) {
		return false
	}
	text := s.p.Doc.Text
	after := text[m.End:min(m.End+60, len(text))]
	if before := text[max(0, m.Start-40):m.Start]; s.tags[m.Start].EntityType() == graph.Place &&
		(placeBeside(before, after) || strings.HasPrefix(after, ",") && !strings.HasSuffix(before, ", ")) {
		return false // "Rome, Florence, Madrid", "Sheridan, Colorado", "This America, man": a place the tagger sees, not set off by commas as "his wife, Joyce, and" is
	}
	if articleBefore.MatchString(text[max(0, m.Start-5):m.Start]) {
		return false // "a Cheyenne": a common noun
	}
	if p := possessorBefore.FindStringSubmatch(text[max(0, m.Start-30):m.Start]); p != nil && (names.InLower(names.NotNames, p[1]) || s.isLower(strings.ToLower(p[1]))) {
		return false // "New Year's Eve": a common word's possessive opens a phrase, not a character's name
	}
	next := strings.ToLower(firstWord(after))
	return !names.IsTitle(next) && !names.Occupations[next] && !sharedSurnameAfter.MatchString(after) && !nameAfterPossessive.MatchString(after)
}

// proseOf reports whether m stands in prose: a prose block, or the
// description a cast line goes on with after its actor and character
// ("Dana Whit (Tom Reyes): a nurse who ...", "Portrayed by Tom Reyes. He
// is ... a rival of Marco"), which is written as prose is.
func proseOf(b layout.Block, m Mention) bool {
	return b.Kind == layout.BlockProse || b.Kind == layout.BlockCast && b.Rest != nil && m.Start >= b.Rest.Start && m.End <= b.Rest.End
}

// placeBeside reports whether a comma joins the word between before and
// after to a well-known place's name, before or after it.
func placeBeside(before, after string) bool {
	if m := placeAfterComma.FindStringSubmatch(after); m != nil && names.KnownPlace(m[1]) {
		return true
	}
	m := placeBeforeComma.FindStringSubmatch(before)
	return m != nil && names.KnownPlace(m[1])
}

// placeAfterComma and placeBeforeComma match a capitalised word or two
// after or before a comma next to a word.
var (
	placeAfterComma  = regexp.MustCompile(`^, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)`)
	placeBeforeComma = regexp.MustCompile(`(\p{Lu}\p{L}+), $`)
)

// articleBefore matches an article right before a word.
var articleBefore = regexp.MustCompile(`(?i)(?:^|\W)(?:a|an|the) $`)

// possessorBefore matches a capitalised word's possessive right before a
// word, the possessor captured.
var possessorBefore = regexp.MustCompile(`(\p{Lu}[\p{L}]*)['’]s $`)

// nameAfterPossessive matches a possessive followed by a capitalised word:
// the lone word opens a longer name ("Ward's Island").
var nameAfterPossessive = regexp.MustCompile(`^['’]s \p{Lu}`)

// sharedSurnameAfter matches a full name joined to a given name before it,
// which shares its surname ("Philip and Elizabeth Jennings"): the given
// name is the first word of a name the resolver knows, not one of its own.
var sharedSurnameAfter = regexp.MustCompile(`^ (?:and|&) \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+`)

// loneGivenType is the type ruleLoneGivenName gives the lone given name w:
// a character, unless the corpus knows w as the first or last word of a
// person's or a character's name, whose short form it is, or a pattern
// confirmed the same word elsewhere in the document: then none, for the
// resolver to join it to that name or that word.
func (s *docState) loneGivenType(w string, confirmed map[int]bool) string {
	if s.knownAs(w).someonesShort() {
		return ""
	}
	for i := range confirmed {
		if i >= 0 && i < len(s.x.Mentions) && s.x.Mentions[i].Name == w {
			return ""
		}
	}
	return graph.Character
}
