package build

import (
	"slices"

	"github.com/kgbuild/kg/extract"
)

// charSeriesConfidence scales the confidence of the fact a character's
// series is inferred from: one step of inference weaker.
const charSeriesConfidence = 0.8

// charSeries is what inferCharacterSeries gathers of the graph's facts.
type charSeries struct {
	series map[string][]string // character id -> series ids it appears in
	stars  map[string][]string // actor id -> series ids it stars in
	ties   []string            // keys of the facts tying two characters, or an actor to a character
	found  map[string]string   // character id -> the one series its ties give, or "" when they disagree
	via    map[string][]string // character id -> keys of the facts that gave it
}

// inferCharacterSeries states that a character no document places in a
// series appears in the one series its ties give: the series every
// character it is kin or partner of appears in (a character page may list
// a family without naming its series, "Sons: Tom Vale" on a page whose
// series only the other pages name), and the series its actor stars in
// when the actor stars in one ("Ann Dale (Tom Vale)" in a review that
// names no series by its title). Only the series stated before count, so
// the inference takes one step; a character whose ties give two series,
// or whose kin or actor are in several, is left alone.
func inferCharacterSeries(es *edges) {
	cs := charSeries{series: map[string][]string{}, stars: map[string][]string{}, found: map[string]string{}, via: map[string][]string{}}
	for _, k := range es.order {
		r := es.rels[k]
		switch {
		case r.Type == "APPEARS_IN":
			cs.series[r.From] = append(cs.series[r.From], r.To)
		case r.Type == "STARS_IN":
			cs.stars[r.From] = append(cs.stars[r.From], r.To)
		case r.Type == "PLAYS" || extract.StoryTies[r.Type]:
			cs.ties = append(cs.ties, k)
		}
	}
	for _, k := range cs.ties {
		r := es.rels[k]
		if r.Type == "PLAYS" {
			cs.tie(r.To, cs.stars[r.From], k)
			continue
		}
		cs.tie(r.From, cs.series[r.To], k)
		cs.tie(r.To, cs.series[r.From], k)
	}
	var chars []string
	for c, s := range cs.found {
		if s != "" {
			chars = append(chars, c)
		}
	}
	slices.Sort(chars)
	for _, c := range chars {
		for _, k := range cs.via[c] {
			r := es.rels[k]
			for _, ev := range r.Evidence {
				es.add(c, "APPEARS_IN", cs.found[c], "", ev, r.Confidence*charSeriesConfidence)
			}
		}
	}
}

// tie notes that the fact keyed k ties the character c to the series
// other: the one series c appears in, unless c has a series of its own or
// other is not exactly one series.
func (cs charSeries) tie(c string, other []string, k string) {
	if len(cs.series[c]) > 0 || len(other) != 1 {
		return
	}
	s, seen := cs.found[c]
	switch {
	case !seen:
		cs.found[c] = other[0]
	case s != other[0]:
		cs.found[c] = ""
	}
	cs.via[c] = append(cs.via[c], k)
}
