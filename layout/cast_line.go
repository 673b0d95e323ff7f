package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// castLine matches "Actor as Character, description".
var castLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|da|del|la|le)){0,4})\s+as\s+(.+)$`)

// parseCast reads "Actor as [Title] Character[ (season 1)], description".
func parseCast(body string, off int) (Block, bool) {
	m := castLine.FindStringSubmatchIndex(body)
	if m == nil {
		return Block{}, false
	}
	actor := body[m[2]:m[3]]
	if len(strings.Fields(actor)) < 2 {
		return Block{}, false
	}
	rest := body[m[4]:m[5]]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && r != '"' {
		return Block{}, false
	}
	// The character runs to the first comma, parenthesis, semicolon or the
	// end; its words must be capitalised (titles included, trimmed later).
	end := len(rest)
	if i := strings.IndexAny(rest, ",(;"); i >= 0 {
		end = i
	}
	for from := 0; ; {
		i := strings.Index(rest[from:], ". ")
		if i < 0 || from+i >= end {
			break
		}
		i += from
		if w := names.LastWord(rest[:i]); names.IsTitle(w) || len(w) <= 2 {
			from = i + 2 // "Det. Supt. Hugh Carbery": an abbreviation, not a sentence end
			continue
		}
		end = i
		break
	}
	// Without a comma the name still ends at the first lower-case word
	// ("Honey "Money" Chandler reprising her role ...").
	for i, w := 0, 0; i < end; i = w + 1 {
		w = strings.IndexByte(rest[i:end], ' ')
		if w < 0 {
			break
		}
		w += i
		if next := rest[w+1 : end]; next != "" && !isUpperStart(next) && !isConnector(next) {
			end = w
			break
		}
	}
	char := strings.TrimRight(rest[:end], " .")
	words := strings.Fields(char)
	if len(words) == 0 || len(words) > 9 {
		return Block{}, false
	}
	upper := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || r == '"' {
			upper++
		}
	}
	if upper*2 < len(words) || !isUpperStart(words[len(words)-1]) {
		return Block{}, false
	}
	b := Block{Kind: BlockCast}
	b.Values = []sources.Span{{Start: off + m[2], End: off + m[3], Text: actor}, {Start: off + m[4], End: off + m[4] + len(char), Text: char}}
	if restStart := m[4] + len(char); restStart < len(body) {
		tail := body[restStart:]
		lead := len(tail) - len(strings.TrimLeft(tail, " ,.("))
		if s := strings.TrimSpace(tail[lead:]); s != "" {
			b.Rest = &sources.Span{Start: off + restStart + lead, End: off + len(body), Text: body[restStart+lead:]}
		}
	}
	return b, true
}

func isUpperStart(w string) bool {
	w = strings.TrimLeft(w, `"'“‘`)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isConnector reports whether s starts with a lower-case word that may sit
// inside a name ("Bank of America", "Ludwig van Beethoven").
func isConnector(s string) bool {
	for _, c := range []string{"of ", "de ", "van ", "von ", "da ", "del ", "la ", "le ", "and "} {
		if strings.HasPrefix(s, c) {
			return c != "and "
		}
	}
	return false
}
