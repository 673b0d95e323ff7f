package extract

import (
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// An office and what it heads ("Mayor of Eastbrook", "Head of Comedy")
// names no one, and a title word before a name ("Judge Harlan") makes it
// someone's name in a role; but a show may be named so. Such words are a
// show's title in quotation marks, as reviews and news quote the names of
// shows ("Ada Vale’s ‘Mayor of Eastbrook’ Renewed"), and where the words
// around them speak of a show as they speak of no office ("Mayor of
// Eastbrook season 3", "Mayor of Eastbrook has been renewed", "Mayor of
// Eastbrook stars Ada Vale", "the drama Mayor of Eastbrook").

// officeStarsAfter matches "stars" and a name after a title: "Mayor of
// Eastbrook also stars Ada Vale". No office stars anyone.
var officeStarsAfter = regexp.MustCompile(`^\s+(?:also\s+)?(?:stars|co-stars)\s+\p{Lu}`)

// officeRun reports whether the run's words are an office and what it
// heads (see officeOf).
func officeRun(r *run) bool { return officeOf(r.words, 0, r.n-1) }

// officeTitle reports whether an office run is a show's title: quoted, or
// with the words of a show's season, news, cast or kind around it. A
// network's possessive makes a title of a title's office ("Vista+'s
// Mayor of Eastbrook"), not of a post in a company ("Vista+'s Head of
// Drama").
func officeTitle(r *run) bool {
	switch {
	case r.quoted, officeStarsAfter.MatchString(r.after), seasonAfter.MatchString(r.after), seriesNewsAfter.MatchString(r.after),
		titleNamedAfter.MatchString(r.after), seriesNounAfter.MatchString(r.after), seriesStarAfter.MatchString(r.after):
		return true
	case seasonOf.MatchString(r.before) && !networkAfter.MatchString(r.after), seriesCue.MatchString(r.before):
		return true
	}
	return !names.InLower(officeHeads, r.first) && knownNetworkBefore(r.before)
}

// officeTitleRule types an office run that officeTitle kept: a quoted
// one is left to the rules of quoted titles, which tell an episode's.
var officeTitleRule = shapeRule{"office-title", graph.Series, 0.5, func(r *run) bool { return !r.quoted && officeRun(r) }}

// titledName reports whether the run is a name after a title word
// ("Detective Ivy Cole"), which a run standing whole in quotation marks
// ('the new drama "Judge Harlan"') or an office's title is not.
func titledName(r *run) bool { return r.n > 1 && !r.quoted && !officeRun(r) && r.titleBeforeName() }

// titleBeforeName reports whether a title word stands before the run's
// last word, which ends no organization's or place's name: "Detective Ivy
// Cole", "HPD Homicide Unit Detective Jack Doyle".
func (r *run) titleBeforeName() bool {
	if names.OrgSuffixes[r.last] || names.PlaceSuffixes[r.last] {
		return false // "Harborview General Hospital"
	}
	for _, w := range r.words[:r.n-1] {
		if names.IsTitle(w.Text) {
			return true
		}
	}
	return false
}
