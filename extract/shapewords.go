package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// namelessRun reports whether the run of words i..j, trimmed from i..j0,
// names nothing: titles in the plural ("the first female Detective Chief
// Inspectors", a rank) or the words of an award's name before "Awards"
// ("British Academy Television Awards").
func namelessRun(ws []word, i, j, j0 int) bool {
	return pluralTitles(ws[i:j+1]) || j < j0 && awardWords[strings.ToLower(ws[j+1].Text)]
}

// awardWords end the names of awards, whose other words name nothing of
// their own.
var awardWords = map[string]bool{"award": true, "awards": true, "prize": true, "prizes": true}

// pluralTitles reports whether words are titles and the last a title in
// the plural ("Detective Chief Inspectors"): no one's name.
func pluralTitles(ws []word) bool {
	last := ws[len(ws)-1].Text
	if !strings.HasSuffix(last, "s") || !names.IsTitle(strings.TrimSuffix(last, "s")) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !names.IsTitle(w.Text) {
			return false
		}
	}
	return true
}

// knownNetworkBefore reports whether the text before a run ends with the
// possessive of a well-known network ("FX’s The Ledger"): what follows is
// one of its shows.
func knownNetworkBefore(before string) bool {
	m := possessiveEnd.FindStringSubmatch(before)
	return m != nil && names.KnownNetwork(m[1])
}

// possessiveEnd matches a word and "'s" at the end of a text.
var possessiveEnd = regexp.MustCompile(`(?:^|\s)([\p{L}\d+&.]+)['’]s\s+$`)

// quotedTitle reports whether a run stands between quotation marks, as
// titles do in headlines: 'Ballard', ‘The Night Ledger’.
func quotedTitle(before, after string) bool {
	b := strings.TrimRight(before, " ")
	after = strings.TrimLeft(after, ".,!?;:")
	return (strings.HasSuffix(b, "'") || strings.HasSuffix(b, "‘") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "\"")) &&
		(strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\""))
}

// inQuotedTitle reports whether a run is some of the words of a title in
// quotation marks, set in title case with small joining words ("Play
// Through the Pain", "Blind Dates and Bleeding Hearts"): an episode's
// title, not a name. Quoted speech, with longer words in small letters,
// is not one.
func inQuotedTitle(before, after string) bool {
	open := strings.LastIndexAny(before, "\"“")
	if open < 0 || strings.Contains(before[open:], "”") || before[open] == '"' && strings.Count(before, "\"")%2 == 0 {
		return false
	}
	end := strings.IndexAny(after, "\"”")
	if end < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[open:])
	inner := strings.Fields(before[open+size:] + " " + after[:end])
	small := 0
	for _, w := range inner {
		w = strings.Trim(w, ".,!?;:()")
		switch {
		case w == "":
		case unicode.IsLower(names.FirstRune(w)) && len(w) <= 3:
			small++
		case !names.Capitalised(w):
			return false
		}
	}
	return small > 0
}
