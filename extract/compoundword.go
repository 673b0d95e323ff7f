package extract

import (
	"strings"
	"unicode"
)

// compoundWord reports whether w is a capitalised word joined by a hyphen
// to a word in small letters ("SL-favourite", "Emmy-winner",
// "Oscar-nominee", "Los Angeles-based"): an adjective or a noun made of a
// name, which describes the name after it and is never a word of that
// name, since the parts of a hyphenated name are each capitalised
// ("Waller-Bridge", "Evans-Meese"). A run of capitalised words ends at
// such a word, so that "the Leeds-born Jo Ward" keeps the person apart
// from the place. A word of one letter or a common word before the hyphen
// ("X-ray", "A-list") is left to the common words.
func compoundWord(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 2 || k == len(w)-1 {
		return false
	}
	tail := w[k+1:]
	if len(tail) < 3 || particleTails[tail] {
		return false // "Jo-an" is too short to tell; "Spin-off", "Break-out": a noun of a verb and its particle
	}
	for _, c := range tail {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return unicode.IsUpper([]rune(w)[0])
}

// particleTails are the adverbs that make a noun of a verb with a hyphen
// ("Spin-off", "Stake-out", "Hand-over"), which a headline capitalises as
// a common noun, not as a name made an adjective.
var particleTails = map[string]bool{"off": true, "out": true, "over": true, "down": true, "back": true, "away": true, "about": true, "around": true}

// comparisonWord reports whether w joins two titles by a word of
// comparison ("Harbor-meets-Ledger", "Tide-vs-Storm"): a description of a
// show by two others, which is no name itself.
func comparisonWord(w string) bool {
	for _, sep := range []string{"-meets-", "-vs-", "-versus-", "-vs.-"} {
		if strings.Contains(w, sep) {
			return true
		}
	}
	return false
}
