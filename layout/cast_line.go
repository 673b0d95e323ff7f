package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"
	"unicode"

	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// castLine matches "Actor as Character, description".
var castLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|da|del|la|le)){0,4})\s+as\s+(.+)$`)

// parseCast reads "Actor as [Title] Character[ (season 1)], description".
// A word of the page before the actor's name is no part of it ("Actor
// Jane Roe as ..."), and a rank in lower case after an agency's name opens
// the character's ("as FBI agent Ilse Brandt").
func parseCast(body string, off int) (Block, bool) {
	m := castLine.FindStringSubmatchIndex(body)
	if m == nil {
		return Block{}, false
	}
	aStart := m[2]
	if ws := strings.Fields(body[m[2]:m[3]]); len(ws) > 2 && names.InLower(names.PageWords, ws[0]) {
		aStart += len(ws[0]) + 1
	}
	actor := body[aStart:m[3]]
	if len(strings.Fields(actor)) < 2 {
		return Block{}, false
	}
	rest := body[m[4]:m[5]]
	if !opensName(rest) {
		return Block{}, false
	}
	cs, ce := castCharacter(rest)
	char := strings.TrimRight(rest[cs:ce], " .")
	words := strings.Fields(char)
	if len(words) == 0 || len(words) > 9 {
		return Block{}, false
	}
	upper := 0
	for _, w := range words {
		if opensName(w) {
			upper++
		}
	}
	if upper*2 < len(words) || !isUpperStart(words[len(words)-1]) {
		return Block{}, false
	}
	b := Block{Kind: BlockCast}
	b.Values = []sources.Span{{Start: off + aStart, End: off + m[3], Text: actor}, {Start: off + m[4] + cs, End: off + m[4] + cs + len(char), Text: char}}
	if restStart := m[4] + cs + len(char); restStart < len(body) {
		tail := body[restStart:]
		lead := len(tail) - len(strings.TrimLeft(tail, " ,.("))
		if s := strings.TrimSpace(tail[lead:]); s != "" {
			b.Rest = &sources.Span{Start: off + restStart + lead, End: off + len(body), Text: body[restStart+lead:]}
		}
	}
	return b, true
}

// castCharacter returns where the character of a cast line starts and
// ends in rest, the text after "as". The character runs to the first
// comma, parenthesis, semicolon, sentence end or the end; its words must
// be capitalised (titles included, trimmed later). Without a comma the
// name still ends at the first lower-case word ("Honey "Money" Chandler
// reprising her role ..."), unless that word is a rank before a
// capitalised name: then the name starts after the rank ("DEA agent Ilse
// Brandt"), whose agency is no part of it.
func castCharacter(rest string) (start, end int) {
	end = len(rest)
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
	for i, w := 0, 0; i < end; i = w + 1 {
		w = strings.IndexByte(rest[i:end], ' ')
		if w < 0 {
			break
		}
		w += i
		next := rest[w+1 : end]
		if next == "" || isUpperStart(next) || isConnector(next) {
			continue
		}
		if rank, ok := rankBeforeName(next); start == 0 && ok {
			start = w + 1 + len(rank) + 1
			w = start - 1
			continue
		}
		end = w
		break
	}
	return start, end
}

// rankBeforeName returns the first word of s when it is a rank or a title
// in lower case followed by a capitalised word ("agent Ilse Brandt").
func rankBeforeName(s string) (string, bool) {
	sp := strings.IndexByte(s, ' ')
	if sp < 0 || !names.IsTitle(s[:sp]) || !isUpperStart(s[sp+1:]) {
		return "", false
	}
	return s[:sp], true
}

// isUpperStart reports whether w, after the quotation marks that open it,
// starts with a capital or a digit.
func isUpperStart(w string) bool {
	r := names.FirstRune(strings.TrimLeftFunc(w, names.IsOpeningQuote))
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
