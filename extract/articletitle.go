package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// titleFunctionWords are the small words of the language that a title in
// title case capitalises inside it ("The Wind That Shakes", "Who Is She")
// and that no company's name holds: pronouns, relatives, the verb "to
// be" and negations. Joining words a company's name does hold ("of",
// "and", "for") are not among them.
var titleFunctionWords = map[string]bool{"that": true, "which": true, "who": true, "what": true, "whom": true, "whose": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "it": true, "its": true,
	"he": true, "she": true, "they": true, "we": true, "you": true, "i": true, "me": true, "him": true, "her": true, "them": true,
	"not": true, "no": true, "never": true, "when": true, "where": true, "why": true, "how": true}

// articleTitle reports whether a run after an article is a title (a
// film's, a book's or an episode's) rather than a company's, which the
// article would otherwise make it ("the Harbor Ledger"): it opens a
// quotation (“The Wrath of the Tide is Near”), as titles are quoted and
// companies are not, or a small word of a sentence inside it is
// capitalised ("The Wind That Shakes the Barley"), as title case does
// and no company's name does.
func articleTitle(r *run) bool {
	if !r.article {
		return false
	}
	if r.quoted || opensQuotation(r.lead) {
		return true
	}
	for _, w := range r.words[1:] {
		if names.InLower(titleFunctionWords, w.Text) && names.Capitalised(w.Text) {
			return true
		}
	}
	return false
}

// opensQuotation reports whether text before a run ends with an opening
// quotation mark and its article: the run opens a quoted span.
func opensQuotation(lead string) bool {
	t := strings.TrimRight(lead, " ")
	for _, a := range []string{"The", "the", "A", "An", "a", "an"} {
		if s, ok := strings.CutSuffix(t, a); ok {
			t = s
			break
		}
	}
	return strings.HasSuffix(t, "“") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "‘")
}

// indefiniteLead reports whether "a" or "an" stands right before the run,
// trimmed off its front ("followed by A Lesson in Love"): people's names
// take no article, so the run is a title or a thing, and a cue before the
// article ("by") says nothing of a person.
func indefiniteLead(r *run) bool {
	lead := strings.Fields(r.lead)
	if len(lead) == 0 {
		return false
	}
	last := strings.ToLower(lead[len(lead)-1])
	return last == "a" || last == "an"
}
