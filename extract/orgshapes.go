package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// acronymLed is the weak rule "acronym-led": a run of two words or more
// that opens with an acronym of three capitals or more ("KTV Nord", "WKBX
// Harbor") is a company's or a broadcaster's name, not a person's. No
// given name is written in capitals of three letters or more, while a
// company often puts its parent's or its call letters before its own name
// or its city. A run in capitals throughout is a headline shouted, so the
// second word must not be one; a title word ("DCI", "DSI") is a rank and
// is trimmed into the role before this rule is tried.
var acronymLed = shapeRule{"acronym-led", graph.Organization, 0.4, func(r *run) bool {
	return r.n >= 2 && r.names() <= 4 && len(r.first) >= 3 && names.Acronym(r.first) && !names.IsTitle(r.first) &&
		!names.InLower(names.NotNames, r.first) && !names.GivenName(r.first) && !names.Acronym(r.words[1].Text) && !r.shouted
}}

// ruleOrgList types the names of a list that also names an organization as
// organizations, where only a guess from their shape or a credit cue made
// them people: "produced by Lumen Bird, Harbor Pictures and KTV". A list
// joins things of one kind, and a company named without its suffix looks
// like a person's name; a person's name in such a list opens with a given
// name, which the rule leaves alone.
const ruleOrgList = "organization-list"

// orgListJoin matches the whole text between two names of one list: a
// comma, "and" or "or", or both, line breaks of a page's markup included.
var orgListJoin = regexp.MustCompile(`^\s*(,?)\s*(?:(and|or|&)\s+)?$`)

// orgLists retypes the weak members of every list of the sentence's
// mentions ms (in text order) that names an organization with confidence.
func (s *docState) orgLists(ms []int) {
	s.mentionLists(ms, orgListJoin, nil, s.typeOrgList)
}

// typeOrgList types the weak members of a list as organizations when
// another member is an organization typed with confidence.
func (s *docState) typeOrgList(list []int) {
	org := false
	for _, mi := range list {
		if m := s.x.Mentions[mi]; m.Type == graph.Organization && (m.Confidence >= 0.6 || m.Signal == SigStructure || m.Signal == SigLexicon) {
			org = true
		}
	}
	if !org {
		return
	}
	for _, mi := range list {
		if m := &s.x.Mentions[mi]; weakOrgMember(*m) {
			m.Type, m.Rule, m.Confidence = graph.Organization, ruleOrgList, 0.5
		}
	}
}

// weakOrgMember reports whether a list's mention is a person's only by a
// guess of its shape or a credit cue ("produced by"), and opens with no
// given name or title.
func weakOrgMember(m Mention) bool {
	if m.Type != graph.Person || m.Signal != SigShape || m.Confidence > 0.6 || m.Role != "" {
		return false
	}
	ws := strings.Fields(m.Name)
	return len(ws) >= 2 && !names.GivenName(ws[0]) && !names.IsTitle(ws[0])
}

// kindNounBefore matches a common noun of a kind of company or venue right
// before a name: "French film studio Lumen", "the brothel/casino Harbor
// Kings", "the record label Gull". The noun says what the name names, as
// "website" or "streamer" does (rule org-cue). Nouns a name may follow as
// the subject of a clause ("the bar Ann runs") are left out.
var kindNounBefore = regexp.MustCompile(`\b(?i:studio|studios|company|firm|label|distributor|broadcaster|band|casino|brothel|nightclub|diner|hotel|motel|restaurant|saloon|newspaper|tabloid|agency)\s*$`)

// kindNounOrg is the shape rule "kind-noun-org" (see kindNounBefore).
var kindNounOrg = shapeRule{"kind-noun-org", graph.Organization, 0.6, func(r *run) bool { return kindNounBefore.MatchString(r.before) }}

// foundedAfter matches the words after a name that say it was founded:
// "Lumen Bird, formed by Ann Roe", "Gull, which was founded in 1998". A
// company, a band or a party is founded; a person or a show is not.
var foundedAfter = regexp.MustCompile(`^,?\s+(?:(?:which|that)\s+(?:was|were)\s+|was\s+|were\s+)?(?:formed|founded|co-founded|established|set up)\s+(?:by|in)\b`)

// foundedOrg is the shape rule "founded-org" (see foundedAfter).
var foundedOrg = shapeRule{"founded-org", graph.Organization, 0.6, func(r *run) bool { return foundedAfter.MatchString(r.after) }}

// byCommonWord is the shape rule "by-common-word": a name of two words or
// more after "by" ("produced by Lumen Bird") whose first word is no given
// name but a word the corpus writes in lower case is only guessed a
// person's, with the confidence the lexicon does not learn. "By" credits
// companies as often as people, and a person's name opens with a given
// name, seldom with a common word ("Crimson", "Far"), while a company's
// name often does; the other mentions of the name then decide its type.
var byCommonWord = shapeRule{"by-common-word", graph.Person, 0.4, func(r *run) bool { return r.commonAfterBy }}

// byBefore matches "by" right before a name.
var byBefore = regexp.MustCompile(`\b(?i:by)\s*$`)

// commonAfterBy reports whether the run has two words or more after "by"
// and opens with a common word that is no given name (see byCommonWord).
func (s *docState) commonAfterBy(r *run) bool {
	return r.n >= 2 && !r.article && byBefore.MatchString(r.before) && !names.GivenName(r.first) && !names.IsTitle(r.first) &&
		!names.Acronym(r.first) && s.isLower(strings.ToLower(r.first))
}
