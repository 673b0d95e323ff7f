package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// performerAfter matches the possessive of a performer before the word
// for what an actor gives a role: "'s performance", "'s portrayal of",
// "'s take on the same characters", "'s turn as", also for the first of
// two names that share the possessive ("A and B's take on"). A
// character's deeds are told by verbs; a performance, a portrayal or a
// take on a role is only ever an actor's, in a review as in a recap.
var performerAfter = regexp.MustCompile(`^(?:\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}-]*)?['’‘]s\s+(?:(?:\p{Ll}+|\p{Ll}+-\p{Ll}+)\s+){0,2}?(?:performances?|portrayals?|take\s+on|turn\s+as|rendition|interpretation|acting|on-screen\s+chemistry)\b`)

// performerPossessive is the shape rule "performer-possessive": a full
// name in the possessive before a performance (see performerAfter), an
// actor's.
var performerPossessive = shapeRule{"performer-possessive", graph.Person, 0.6, func(r *run) bool {
	return r.n >= 2 && r.names() <= 4 && !r.quoted && performerAfter.MatchString(r.after)
}}
