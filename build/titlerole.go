package build

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// titleRoleConfidence scales the confidence of the PLAYS fact a title
// role's STARS_IN and APPEARS_IN are inferred from.
const titleRoleConfidence = 0.8

// minTitleWord is the length a one-word title needs at least to name a
// character by one word of the character's name ("Hannibal", "Strike").
const minTitleWord = 4

// inferTitleRoles states that the actor who plays a series' title
// character stars in the series, and that the character appears in it: a
// series named after a character ("Harbour Pike", "Pike") is led by that
// character, whatever words the pages use to say who plays it ("Pike
// (Ann Dale)", "Ann Dale plays Tom Pike"). A title of one word may name
// the character by one word of the name; where it names several
// characters so (a detective and his daughter), only one is the title's
// (see titleWordLeads). mentions counts each entity's mentions.
func inferTitleRoles(es *edges, entities []graph.Entity, mentions map[string]int) {
	series := map[string]string{} // folded title without a leading "The" -> series id
	name := map[string]string{}   // entity id -> name
	for _, e := range entities {
		name[e.ID] = e.Name
		if e.Type == graph.Series {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				series[strings.TrimPrefix(names.Fold(n), "the ")] = e.ID
			}
		}
	}
	var plays []titlePlay
	for _, k := range es.order {
		if r := es.rels[k]; r.Type == "PLAYS" {
			c := names.Fold(name[r.To])
			plays = append(plays, titlePlay{Relation: *r, full: series[strings.TrimPrefix(c, "the ")], words: titleWordSeries(c, series)})
		}
	}
	lead := titleWordLeads(es, plays, mentions)
	for _, r := range plays {
		s := r.full
		if s == "" {
			s = r.titleWordLead(lead)
		}
		if s == "" {
			continue
		}
		for _, ev := range r.Evidence {
			es.add(r.From, "STARS_IN", s, "", ev, r.Confidence*titleRoleConfidence)
			es.add(r.To, "APPEARS_IN", s, "", ev, r.Confidence*titleRoleConfidence)
		}
	}
}

// titlePlay is a PLAYS relation with the series whose title is its
// character's name, or "", and the series whose one-word titles are a word
// of that name (see titleWordSeries).
type titlePlay struct {
	graph.Relation
	full  string
	words []string
}

// titleWordLead returns the series whose one-word title names p's
// character, where it is that title's lead, or "".
func (p titlePlay) titleWordLead(lead map[string]string) string {
	for _, s := range p.words {
		if lead[s] == p.To {
			return s
		}
	}
	return ""
}

// titleWordSeries returns the one-word titles among series that are the
// first or the last word of a character's folded name of two words or
// more.
func titleWordSeries(folded string, series map[string]string) []string {
	ws := strings.Fields(folded)
	if len(ws) < 2 {
		return nil
	}
	var out []string
	for _, w := range []string{ws[0], ws[len(ws)-1]} {
		if s, ok := series[w]; ok && len([]rune(w)) >= minTitleWord {
			out = append(out, s)
		}
	}
	return out
}

// titleWordLeads picks, for each series with a one-word title that is a
// word of characters' names, its title character: one whose actor the
// corpus already says stars in the series before one whose actor it does
// not (the sister of a spin-off is no lead of the parent series), then the
// one mentioned most.
func titleWordLeads(es *edges, plays []titlePlay, mentions map[string]int) map[string]string {
	starred := map[[2]string]bool{} // character, series -> an actor of the character stars in the series
	for _, r := range plays {
		for _, s := range r.words {
			if es.rels[edgeKey(r.From, "STARS_IN", s)] != nil {
				starred[[2]string{r.To, s}] = true
			}
		}
	}
	lead := map[string]string{}
	for _, r := range plays {
		for _, s := range r.words {
			c, ok := lead[s]
			a, b := starred[[2]string{r.To, s}], starred[[2]string{c, s}]
			if !ok || a && !b || a == b && mentions[r.To] > mentions[c] {
				lead[s] = r.To
			}
		}
	}
	return lead
}
