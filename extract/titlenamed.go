package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/graph"
)

// typeTitleNamedSeries types a full name the corpus knows as a
// character's as the series named after that character where the words
// around it speak of a series: "Showtime's Ray Vance", "the sixth season
// of Ray Vance", "Ray Vance premiered in 2013". A
// series named after its lead then stays apart from the lead, and the
// cast and the network attach to the series. A pattern's signal: the
// votes of the character's other mentions do not overrule it.
var typeTitleNamedSeries = typing{"title-named-series", graph.Series, SigPattern, 0.7}

// titleNamedAfter matches the words after a series' title that no
// character's name takes: a broadcast's verbs.
var titleNamedAfter = regexp.MustCompile(`^\s+(?:premiered|premieres|debuted|debuts|airs|aired|was renewed|is renewed|returns for)\b`)

// seriesTitleContext reports whether the name text[start:end] stands
// where a series' title does, not a character's name: after a network's
// possessive or "season of", or before a season, a broadcast verb or the
// news of a series; or, in a heading, in quotation marks of its own.
// Quotation marks tell nothing in running text: an actor's "Kelly Vance"
// is the role, the "Kelly Vance" novels books.
func seriesTitleContext(text string, start, end int, heading bool) bool {
	before, after := text[max(0, start-80):start], text[end:min(len(text), end+80)]
	switch {
	case heading && quotedTitle(before, after):
		return true
	case knownNetworkBefore(before):
		return true
	case seasonOf.MatchString(before) && !networkAfter.MatchString(after):
		return true
	}
	return seasonAfter.MatchString(after) || seriesNewsAfter.MatchString(after) || titleNamedAfter.MatchString(after)
}

// knownTyping types a name the corpus knows best as typ, found at
// text[start:end]: by the lexicon, untyped when it is a first name or
// surname, and as the series named after a character where a name of
// several words stands where a series' title does (heading: in a heading,
// a caption or a list item).
func knownTyping(typ, text string, start, end int, words, heading bool) typing {
	switch {
	case typ == "":
		return typeLexiconShort // a known first name or surname
	case typ == graph.Character && words && seriesTitleContext(text, start, end, heading):
		return typeTitleNamedSeries // "Showtime's Ray Vance": the series named after its lead
	case typ == graph.Series:
		if t, ok := sharedTitle(text, start, end); ok {
			return t // "based on the novel Harbor Lights": the book the series is named after
		}
	}
	return lexiconTyping(typ)
}

// headlineKnownAs is the type the corpus gives a headline's title, as it
// counts for the headline: none for a character's full name quoted before
// what befell a series ("‘Ray Vance’ Recap"), the series named after its
// lead.
func headlineKnownAs(best string, quoted bool, title string) string {
	if best == graph.Character && quoted && strings.Contains(title, " ") {
		return ""
	}
	return best
}
