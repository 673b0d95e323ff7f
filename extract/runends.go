package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// placeOn reports whether a connector "on" or "upon" after word j may join
// the run: only in a town's name on its river or the sea ("Newcastle upon
// Tyne"), whose first word is a known place's. Elsewhere "on" is the
// preposition: "worked for Lumen on Cold War cases", "Tom Vale on Vista".
// Other connectors ("of", "van") always may.
func placeOn(ws []word, i, j int) bool {
	if c := ws[j+1].Text; c != "on" && c != "upon" {
		return true
	}
	return j == i && names.KnownPlace(ws[i].Text)
}

// orgHeadOf reports whether word j is the head word of an organization's
// name and the word after it is "of", which joins the name to the words
// after it: "Harbor State Bureau of Investigation", "Coastal Department of
// Fisheries". The head of such a name is always one of the organizations'
// last words ("bureau", "department", "office"), which no person's name
// holds.
func orgHeadOf(ws []word, j int) bool {
	return j+1 < len(ws) && ws[j+1].Text == "of" && names.InLower(orgHeads, ws[j].Text)
}

// orgHeads are the words that head an organization's name before "of":
// the head nouns of agencies and public bodies.
var orgHeads = map[string]bool{"bureau": true, "department": true, "office": true, "ministry": true, "agency": true,
	"institute": true, "board": true, "commission": true, "council": true, "division": true, "court": true}

// unitNumber reports whether the word after the run i..j is a number that
// belongs to it: the run is an organization's name of two words or more
// and the number follows its suffix ("Harbor Crime Unit 12", "Station 19"
// alone is no name).
func unitNumber(text string, ws []word, used []bool, i, j int) bool {
	return j > i && j+1 < len(ws) && !used[j+1] && names.InLower(names.OrgSuffixes, ws[j].Text) &&
		smallNumber.MatchString(ws[j+1].Text) && gapOK(text, ws[j], ws[j+1], false)
}

// smallNumber matches a number of one to three figures.
var smallNumber = regexp.MustCompile(`^\d{1,3}$`)

// ordinal matches an ordinal number written in figures ("20th").
var ordinal = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)

// ordinalLead reports whether word i is an ordinal number that opens a
// name with the capitalised word after it ("20th Harbor Studios").
func ordinalLead(text string, ws []word, used []bool, i int) bool {
	w := ws[i].Text // most words start with no figure, and are not searched
	return w != "" && '0' <= w[0] && w[0] <= '9' && ordinal.MatchString(w) && i+1 < len(ws) && !used[i+1] && gapOK(text, ws[i], ws[i+1], false) && names.Capitalised(ws[i+1].Text)
}

// ofTheEnd returns the index of the capitalised word that ends "of the
// X" after the run's first word i, when the run is that one word so far
// (or "The" and it) and no title or occupation ("Chief of the Tribal Police" is a chief of
// an organization): "The Keeper of the Lamps", "Bank of the West"; j when
// none does.
func ofTheEnd(text string, ws []word, used []bool, i, j int) int {
	if j != i && !(j == i+1 && ws[i].Text == "The") || j+3 >= len(ws) || names.IsTitle(ws[j].Text) || names.InLower(names.Occupations, ws[j].Text) || used[j+1] || used[j+2] || used[j+3] || ws[j+1].Text != "of" || ws[j+2].Text != "the" ||
		!names.Capitalised(ws[j+3].Text) || !gapOK(text, ws[j], ws[j+1], false) || !gapOK(text, ws[j+1], ws[j+2], false) || !gapOK(text, ws[j+2], ws[j+3], false) {
		return j
	}
	return j + 3
}

// nicknameTail and suffixTail match what may follow a name's words and
// still belong to it: a nickname in quotation marks and the rest of the
// name ('Elias Noel "Cat Eyes" Ward'), or a generational suffix
// ("Frank Dorsey, Jr.").
var (
	nicknameTail = regexp.MustCompile(`^ ["“]` + nicknameWords + `["”] \p{Lu}`)
	suffixTail   = regexp.MustCompile(`^,? (?:Jr|Sr)\b`)
)

// afterNickname matches the text before a name's last words when a
// nickname in quotation marks stands before them ('Elias Noel "Cat
// Eyes" Ward'): the words are the end of a longer name.
var afterNickname = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]* ["“]` + nicknameWords + `["”] $`)

// beforeNickname and nicknameEnd match the text around a nickname in
// quotation marks between a given name and a surname: the given name and
// the opening mark before it, the closing mark and the surname's first
// letter after it ('Robert "Bobby" Calder').
var (
	beforeNickname = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]* ["“]$`)
	nicknameEnd    = regexp.MustCompile(`^["”] \p{Lu}`)
)

// inNickname reports whether the words from start to end are a nickname
// in quotation marks inside a longer name ('Robert "Bobby" Calder'): they
// are a word of that name, which the capitalised runs read whole, not a
// name of their own. Only the few bytes before start are searched.
func inNickname(text string, start, end int) bool {
	if end >= len(text) || !nicknameEnd.MatchString(text[end:min(end+9, len(text))]) {
		return false
	}
	q := strings.LastIndexByte(text[:start], ' ') // the space before the opening mark
	if q < 0 {
		return false
	}
	return beforeNickname.MatchString(text[strings.LastIndexByte(text[:q], ' ')+1 : start])
}

// afterNicknameAt reports whether afterNickname matches the text before
// offset end. A match holds three spaces at most, the text's last ones, so
// it lies after the fourth space from the end: searching from there, not
// from the start of the document, keeps a document's cost linear.
func afterNicknameAt(text string, end int) bool {
	from := end
	for n := 0; n < 4 && from > 0; n++ {
		from = max(strings.LastIndexByte(text[:from], ' '), 0)
	}
	return afterNickname.MatchString(text[from:end]) || afterSingleNickname(text[from:end])
}

// nameTail returns the index of the last word of a nickname and the name
// after it, or of a suffix, that follows word j; j when none does.
func nameTail(text string, ws []word, used []bool, j int) int {
	rest := text[ws[j].End:]
	var end int
	switch n := nicknameTailLen(text, ws[j]); {
	case n > 0:
		end = ws[j].End + n // up to the first letter after the nickname
	case suffixTail.MatchString(rest):
		end = ws[j].End + len(suffixTail.FindString(rest))
	default:
		return j
	}
	for k := j + 1; k < len(ws) && !used[k]; k++ {
		if ws[k].End >= end {
			return k
		}
	}
	return j
}

// subtitleEnd returns the index of the last word of a subtitle after a
// colon that follows word j ("Harbor Watch: Far Shores"), or j: a
// run of capitalised words that are not all generic and none of which the
// corpus knows as a person's or a character's name.
func (s *docState) subtitleEnd(st *sentence, j int) int {
	text, ws, used := s.p.Doc.Text, st.ws, st.used
	if j+1 >= len(ws) || used[j+1] || text[ws[j].End:ws[j+1].Start] != ": " || !names.Capitalised(ws[j+1].Text) {
		return j
	}
	end := runEnd(text, ws, used, j+1)
	generic := true
	for k := j + 1; k <= end; k++ {
		w := ws[k].Text
		if s.knownAs(w).someonesShort() {
			return j // "Harbor: Whitmore developed it": a sentence after a colon
		}
		generic = generic && names.InLower(names.NotNames, w)
	}
	if generic || end == j+1 && end+1 < len(ws) && !names.Capitalised(ws[end+1].Text) && !afterTitle.MatchString(ws[end+1].Text) {
		return j // "Harbor: Whitmore developed it"
	}
	if descriptiveSubtitle(ws[j+1 : end+1]) {
		return j // "Harbor: The Drama You Need To Watch": a headline's description
	}
	return end
}

// afterTitle matches the words that may follow a series' title in running
// text, where other lower-case words after a one-word "subtitle" show a
// sentence after a colon.
var afterTitle = regexp.MustCompile(`^(?:season|seasons|finale|premiere|series|episode|episodes|is|was|on|in|and|which|has|had|will|premiered|premieres|aired|airs|returns)$`)

// suffixEnd returns the index of the last word of a place's or an
// organization's name that the known name of words i..j opens ("HPD" in
// "HPD Homicide Unit Detective ..."), or j when it opens none: a word after
// it, before any title, is the last word of such names.
func suffixEnd(text string, ws []word, used []bool, i, j int) int {
	end := runEnd(text, ws, used, i)
	for k := j + 1; k <= end && !names.IsTitle(ws[k].Text); k++ {
		if w := strings.ToLower(ws[k].Text); names.OrgSuffixes[w] || names.PlaceSuffixes[w] {
			return k
		}
	}
	return j
}

// isConnectorWord reports whether w is a lower-case word that may join the
// words of a name ("Bank of America", "Ludwig van Beethoven").
func isConnectorWord(w string) bool { return connectorWords[w] }

// runEnd returns the index of the last word of the capitalised run that
// starts at word i.
func runEnd(text string, ws []word, used []bool, i int) int {
	j := i
	for j+1 < len(ws) && !used[j+1] && gapOK(text, ws[j], ws[j+1], false) && names.Capitalised(ws[j+1].Text) {
		j++
	}
	return j
}

// allCapitalised reports whether every word of ws is capitalised or a
// connector.
func allCapitalised(ws []word) bool {
	for _, w := range ws {
		if !names.Capitalised(w.Text) && !isConnectorWord(w.Text) {
			return false
		}
	}
	return true
}
