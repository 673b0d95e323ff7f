package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// remakeWords are the words before the title of a show's remake in
// another country: "the remake for Ireland", "the Egyptian version".
const remakeWords = `(?i)\b(?:remake|version|adaptation)(?:\s+(?:for|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?`

var (
	// remakeBefore matches remakeWords set off from the title by a comma:
	// "the remake for Ireland, Striking Tide", "the American Harbor
	// remake, Gull Point".
	remakeBefore = regexp.MustCompile(remakeWords + `\s*,\s*(?:the\s+)?$`)
	// remakeQuotedBefore matches remakeWords before a quoted title, whose
	// marks the run has taken off: 'in the Egyptian version "The
	// Crossroads"'.
	remakeQuotedBefore = regexp.MustCompile(remakeWords + `\s*$`)
)

// remakeTitleRule types as a show the run after such words, unless it is
// someone's name: a given name opening it, or a possessive after it ("in
// the remake for Japan, Ivy's counterpart").
var remakeTitleRule = shapeRule{"remake-title", graph.Series, 0.5, func(r *run) bool {
	return (remakeBefore.MatchString(r.before) || r.quoted && remakeQuotedBefore.MatchString(r.before)) && !names.GivenName(r.first) && !strings.HasPrefix(r.after, "'s") && !strings.HasPrefix(r.after, "’s")
}}
