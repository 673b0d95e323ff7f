package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// nicknameWords matches the one or two capitalised words of a nickname.
const nicknameWords = `\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?`

// A nickname in single quotation marks, straight or curly, stands inside
// a name as one in double marks does ("Thomas ‘Tom’ Calder", "Ray 'Red'
// Hobb"). Single marks are also apostrophes ("O’Brien", "Jack’s",
// "Thomas’"), and headlines set titles in them ("Spin-Off ‘Harbor’
// Returns"): so a space stands outside each mark, and the word before the
// opening one is a well-known given name, as the word before a nickname
// is (the first name, or a middle one).
var (
	singleNicknameTail  = regexp.MustCompile(`^ ['‘]` + nicknameWords + `['’] \p{Lu}`)
	afterSingleNick     = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*) ['‘]` + nicknameWords + `['’] $`)
	beforeSingleNick    = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*) ['‘]$`)
	singleNicknameClose = regexp.MustCompile(`^['’] \p{Lu}`)
)

// nicknameTailLen returns the length of the nickname in quotation marks,
// and of the space and first letter of the name's next word, that follow
// word w ('Robert "Bobby" C', "Thomas ‘Tom’ C"); 0 when none does.
func nicknameTailLen(text string, w word) int {
	rest := text[w.End:]
	if m := nicknameTail.FindString(rest); m != "" {
		return len(m)
	}
	if names.GivenName(w.Text) {
		return len(singleNicknameTail.FindString(rest))
	}
	return 0
}

// afterSingleNickname reports whether s ends with a given name and a
// nickname in single quotation marks, then a space: the words after it
// are the end of a longer name ("Thomas ‘Tom’ Calder").
func afterSingleNickname(s string) bool {
	m := afterSingleNick.FindStringSubmatch(s)
	return m != nil && names.GivenName(m[1])
}

// inSingleNickname is inNickname for a nickname in single quotation marks:
// the words from start to end stand between a given name and its opening
// mark, and the closing mark and a capitalised word.
func inSingleNickname(text string, start, end int) bool {
	if end >= len(text) || !singleNicknameClose.MatchString(text[end:min(end+9, len(text))]) {
		return false
	}
	q := strings.LastIndexByte(text[:start], ' ') // the space before the opening mark
	if q < 0 {
		return false
	}
	m := beforeSingleNick.FindStringSubmatch(text[strings.LastIndexByte(text[:q], ' ')+1 : start])
	return m != nil && names.GivenName(m[1])
}
