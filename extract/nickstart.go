package extract

import (
	"strings"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// closedNickname matches the start of a run whose first word is a
// nickname closed by a quotation mark and followed by the rest of the
// name: `Dewey" Dudek`, "Dewey” Dudek", "Dewey’ Dudek".
var closedNickname = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*["”’'] \p{Lu}`)

// quotePairs gives the closing quotation mark of each opening one.
var quotePairs = map[rune]string{'"': `"`, '“': "”", '‘': "’", '\'': "'"}

// nicknameStart returns the start of a run of words from start to end
// moved back over the opening quotation mark of a nickname that opens it,
// a title word before it trimmed off ("Officer “Dewey” Dudek" gives
// "“Dewey” Dudek", not "Dewey” Dudek"); start when none opens it. The
// mark opens a word (a space or the text's start before it) and its
// closing form ends the run's first word.
func nicknameStart(text string, start, end int) int {
	r, n := utf8.DecodeLastRuneInString(text[:start])
	closing, ok := quotePairs[r]
	if !ok || start-n > 0 && text[start-n-1] != ' ' || !closedNickname.MatchString(text[start:end]) {
		return start
	}
	first := text[start:end]
	if k := strings.IndexByte(first, ' '); !strings.HasSuffix(first[:k], closing) {
		return start
	}
	return start - n
}

// quotedNicknameWord matches a nickname of one or two capitalised words
// in quotation marks of any form, as it stands among a name's words
// (`"Dewey"`, "“Dewey”", "‘Dewey’").
const quotedNicknameWord = `["“‘']\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?["”’']`
