package extract

import (
	"strings"

	"github.com/kgbuild/kg/names"
)

// commonPhrase reports whether ws, two words or more, are all common words
// of the language and none a given name or a word the corpus knows in a
// name, nor the last an organization's word: "Little Lies", "Perfect
// Exit" in a headline, which capitals set apart without naming anyone. "Rose Hollow" keeps a given name, "Tobin
// Marsh" a word no dictionary holds.
func (s *docState) commonPhrase(ws []word) bool {
	if len(ws) < 2 || names.OrgSuffixes[strings.ToLower(ws[len(ws)-1].Text)] {
		return false // "Western Union": an organization's last word
	}
	for _, w := range ws {
		if !names.CommonEnglish(w.Text) || names.GivenName(w.Text) || s.knownNameWord(w.Text) {
			return false
		}
	}
	return true
}
