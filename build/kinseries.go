package build

import "slices"

// kinSeriesConfidence scales the confidence of the fact a character's
// series is inferred from: one step of inference weaker.
const kinSeriesConfidence = 0.8

// seriesTies are the predicates that tie a character to another
// character of the same fiction.
var seriesTies = map[string]bool{"RELATIVE_OF": true, "ROMANTIC_PARTNER_OF": true, "PARTNER_OF": true}

// inferKinSeries states that a character no document places in a series
// appears in the one series every character it is kin or partner of
// appears in: a character page may list a family without naming its
// series ("Sons: Tom Vale" on a page whose series only the other pages
// name). Only the series stated before it count, so the inference takes
// one step; a character tied to characters of two series is left alone.
func inferKinSeries(es *edges) {
	series := map[string][]string{} // character id -> series ids it appears in
	var ties []*edgeTie
	for _, k := range es.order {
		r := es.rels[k]
		switch {
		case r.Type == "APPEARS_IN":
			series[r.From] = append(series[r.From], r.To)
		case seriesTies[r.Type]:
			ties = append(ties, &edgeTie{a: r.From, b: r.To, key: k})
		}
	}
	found := map[string]string{} // character id -> the one series its ties give, or "" when they disagree
	via := map[string][]string{} // character id -> keys of the ties that gave it
	for _, t := range ties {
		for _, p := range [][2]string{{t.a, t.b}, {t.b, t.a}} {
			c, other := p[0], p[1]
			if len(series[c]) > 0 || len(series[other]) != 1 {
				continue
			}
			s, seen := found[c]
			switch {
			case !seen:
				found[c] = series[other][0]
			case s != series[other][0]:
				found[c] = ""
			}
			via[c] = append(via[c], t.key)
		}
	}
	var chars []string
	for c, s := range found {
		if s != "" {
			chars = append(chars, c)
		}
	}
	slices.Sort(chars)
	for _, c := range chars {
		for _, k := range via[c] {
			r := es.rels[k]
			for _, ev := range r.Evidence {
				es.add(c, "APPEARS_IN", found[c], "", ev, r.Confidence*kinSeriesConfidence)
			}
		}
	}
}

// edgeTie is a fact tying two characters, and its key in edges.rels.
type edgeTie struct{ a, b, key string }
