package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// ruleSeriesList types the names of a list that also names a series as
// series, where only a weak guess typed them: "renewed shows such as
// “Harbor,” “Gull Point” and “Dockside”", "the hit dramas Harbor Lights
// and Gull Point". A list joins things of one kind, and a series' title is
// capitalised like a person's or a company's name, so the shape rules
// guess it wrong or leave a lone word untyped.
const ruleSeriesList = "series-list"

// listJoin matches the whole text between two names of one list: a comma,
// "and" or "or", or both, with the quotes around titles. The first group
// is the comma, the second the word.
var listJoin = regexp.MustCompile(`^[”"’']?(,?)[”"’']?\s*(?:(and|or)\s+)?[“"‘']?$`)

// seriesLists retypes the weakly typed names of every list of the
// sentence's mentions ms (in text order) that names a series with
// confidence (see ruleSeriesList). A list is two names joined by "and" or
// "or", or three or more joined by commas: "on Harbor, Tom Fell plays"
// joins no list; "A, B and other dramas" is one.
func (s *docState) seriesLists(ms []int) {
	s.mentionLists(ms, listJoin, func(last int) bool {
		// "A, B and other dramas": the "and" of the list is before its kind.
		return otherShowsAfter.MatchString(s.p.Doc.Text[s.x.Mentions[last].End:])
	}, s.typeSeriesList)
}

// mentionLists calls typeList on every list among the sentence's mentions
// ms (in text order): two names joined by "and" or "or", or three or more
// joined by commas, each gap between two names matched whole by join
// (whose first group is the comma, its second the joining word). andAfter
// tells whether the words after a list's last mention hold its joining
// word, or nil. Lists of series and lists of organizations are read so.
func (s *docState) mentionLists(ms []int, join *regexp.Regexp, andAfter func(last int) bool, typeList func([]int)) {
	text := s.p.Doc.Text
	for i := 0; i < len(ms); {
		j, word := i, false
		for ; j+1 < len(ms); j++ {
			a, b := s.x.Mentions[ms[j]], s.x.Mentions[ms[j+1]]
			if a.End > b.Start {
				break
			}
			g := join.FindStringSubmatch(text[a.End:b.Start])
			if g == nil || g[1] == "" && g[2] == "" {
				break
			}
			word = word || g[2] != ""
		}
		word = word || andAfter != nil && andAfter(ms[j])
		if j > i && (word || j-i >= 2) {
			typeList(ms[i : j+1])
		}
		i = j + 1
	}
}

// typeSeriesList types the weak members of a list as series when another
// member is a series typed with confidence.
func (s *docState) typeSeriesList(list []int) {
	series := false
	for _, mi := range list {
		if m := s.x.Mentions[mi]; m.Type == graph.Series && m.Confidence >= 0.5 {
			series = true
		}
	}
	if !series {
		return
	}
	for _, mi := range list {
		m := &s.x.Mentions[mi]
		if !s.weakListMember(*m) {
			continue
		}
		m.Type, m.Rule, m.Confidence = graph.Series, ruleSeriesList, 0.5
		if m.Signal == SigShort {
			m.Confidence = 0.4 // a lone word the lexicon must not learn
		}
	}
}

// weakListMember reports whether a list's mention was typed only by a weak
// guess of its shape, and is not shaped as a person's name (a title, a
// given name first) nor a word of a longer title.
func (s *docState) weakListMember(m Mention) bool {
	switch {
	case m.Type != graph.Person && m.Type != graph.Organization && m.Type != graph.Character && m.Type != "":
		return false
	case m.Signal != SigShape && m.Signal != SigShort || m.Confidence > 0.4 || m.Role != "":
		return false
	}
	first := strings.Fields(m.Name)[0]
	text := s.p.Doc.Text
	if titleTail.MatchString(text[max(0, m.Start-40):m.Start]) {
		return false // "Man of Nails": the name ends a longer title
	}
	if m.Signal == SigShort && !loneEnd.MatchString(text[m.End:]) {
		return false // "Tough as Nails", "60 Minutes": a lone word may be part of a title
	}
	return !names.GivenName(first) && !names.IsTitle(first)
}

// titleTail matches, at the end of the text before a name, a capitalised
// word and a small word of a title: the name is the end of that title
// ("Man of Nails"), not a name of its own.
var titleTail = regexp.MustCompile(`(?:\p{Lu}[\w'’]*|\d+)\s+(?:(?:as|of|the|in|on|for|to|a|an|at|with)\s+)?$`)

// loneEnd matches the text after a lone word that ends it as a list's
// member: a closing quote or a punctuation mark, not more words of a title.
var loneEnd = regexp.MustCompile(`^[”"’']?[,.;:)!?]|^[”"’']`)
