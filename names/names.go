package names

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// MaxLen is the most characters a name can have. The longest names of
// people, places, organizations and titles run to a few dozen characters
// ("Los Angeles County Medical Examiner's Office"); text longer than this
// is a run-on line or a sentence the extractor took for a name, and as an
// entity it would be useless to a reader and too large for a store to
// index.
const MaxLen = 120

// TooLong reports whether s has more characters than a name can have.
func TooLong(s string) bool { return utf8.RuneCountInString(s) > MaxLen }

// Fold is the key two spellings share when they differ only by accents,
// case, punctuation or spacing: "Renée Ballard", "RENEE BALLARD" and
// "Renee  Ballard" all fold to "renee ballard"; hyphens and colons become
// spaces ("cold-case unit" = "cold case unit", "Bosch: Legacy" = "bosch legacy").
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	s = transliterate.Replace(s)
	t := unmark.Get().(transform.Transformer)
	r, _, err := transform.String(t, s)
	unmark.Put(t)
	if err != nil {
		r = s
	}
	return foldLetters(r)
}

// unmark holds the transformers that take the marks off letters: one is
// costly to make (its buffers), and transform.String resets it before use.
var unmark = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// foldLetters is Fold of a text whose marks are gone: its letters and
// digits in lower case, runs of anything else one space.
func foldLetters(r string) string {
	var b strings.Builder
	space := false
	for _, c := range strings.ToLower(r) {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(c)
		case IsQuote(c) || c == '.':
			// dropped without a break: O'Brien = OBrien, "Mo" = Mo, Jr. = Jr,
			// Closer‘s = Closer's
		default:
			space = true
		}
	}
	return b.String()
}

// FoldPrefixes returns Fold(s[:e]) for each e of ends (ascending, none
// past the end of s), sharing the work: the extractor looks up every run of
// up to eight words that starts at a word, each a prefix of the longest.
func FoldPrefixes(s string, ends []int) []string {
	out := make([]string, len(ends))
	if !isASCII(s) {
		for k, e := range ends {
			out[k] = Fold(s[:e])
		}
		return out
	}
	// Fold of ASCII text writes its output left to right, a space only
	// before a letter: the fold of a prefix is a prefix of the fold, which
	// all share.
	b := make([]byte, 0, len(s))
	var lensOf [8]int // enough for the spans extract tries
	lens := lensOf[:0]
	if len(ends) > len(lensOf) {
		lens = make([]int, 0, len(ends))
	}
	lens = lens[:len(ends)]
	space := false
	for i, k := 0, 0; i <= len(s) && k < len(ends); i++ {
		for ; k < len(ends) && ends[k] == i; k++ {
			lens[k] = len(b)
		}
		if i < len(s) {
			b, space = foldByte(b, s[i], space)
		}
	}
	all := string(b)
	for k, n := range lens {
		out[k] = all[:n]
	}
	return out
}

// FoldSpans folds ASCII text s once for the spans between its offsets:
// Fold(s[starts[k]:ends[j]]) is folded[from[k]:to[j]] for every k and j
// with starts[k] < ends[j]. Each start must be at an ASCII letter or
// digit, and starts and ends ascending; ok is false, and nothing else
// returned, when s is not ASCII or a start is not at a letter or digit.
// The extractor looks up every run of up to eight words of a sentence:
// their keys become slices of one string.
func FoldSpans(s string, starts, ends []int) (folded string, from, to []int, ok bool) {
	if !isASCII(s) {
		return "", nil, nil, false
	}
	for _, a := range starts {
		if a >= len(s) || !isAlnum(s[a]) {
			return "", nil, nil, false
		}
	}
	b := make([]byte, 0, len(s))
	from, to = make([]int, len(starts)), make([]int, len(ends))
	space := false
	for i, k, j := 0, 0, 0; i <= len(s); i++ {
		for ; j < len(ends) && ends[j] == i; j++ {
			to[j] = len(b) // a break still pending belongs to no span that ends here
		}
		for ; k < len(starts) && starts[k] == i; k++ {
			from[k] = len(b)
			if space && len(b) > 0 {
				from[k]++ // the break before the letter, which the span's own fold lacks
			}
		}
		if i < len(s) {
			b, space = foldByte(b, s[i], space)
		}
	}
	return string(b), from, to, true
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// foldASCII is foldLetters of an ASCII text, byte by byte: names are
// folded for every lexicon lookup, and most are ASCII.
func foldASCII(s string) string {
	return string(appendFoldASCII(make([]byte, 0, len(s)), s))
}

// appendFoldASCII appends foldASCII of s to b.
func appendFoldASCII(b []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); i++ {
		b, space = foldByte(b, s[i], space)
	}
	return b
}

// foldByte appends the fold of ASCII byte c to b, where space tells that
// a break is pending, and returns both.
func foldByte(b []byte, c byte, space bool) ([]byte, bool) {
	switch {
	case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	case c == '\'' || c == '"' || c == '.':
		// dropped without a break, as in foldLetters
	default:
		space = true
	}
	return b, space
}

// LastWord is the last whitespace-separated word of s, or "".
func LastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// titleWords are ranks and offices that precede a name but are not part of
// it: "Detective Renée Ballard" is Renée Ballard in the role of a detective.
// Their short forms ("Det.", "Supt.") are read from their own list, which
// the sentence splitter reads as well.
var titleWords = wordSet("titles", "title-abbreviations")

// titleAbbreviations are the short forms of titles written with a full
// stop: "Det. Sgt. Jane Roe".
var titleAbbreviations = wordSet("title-abbreviations")

// IsTitle reports whether w (one word) is a title word.
func IsTitle(w string) bool { return InLower(titleWords, strings.TrimSuffix(w, ".")) }

// IsTitleAbbreviation reports whether w is the short form of a title with
// its full stop ("Insp.", "Lt."): a full stop that abbreviates, so that a
// sentence splitter does not end a sentence there before a name.
func IsTitleAbbreviation(w string) bool {
	short, ok := strings.CutSuffix(w, ".")
	return ok && InLower(titleAbbreviations, short)
}

// OrgSuffixes end the names of organizations: companies, units, agencies.
var OrgSuffixes = wordSet("org-suffixes")

// PlaceSuffixes end the names of places.
var PlaceSuffixes = wordSet("place-suffixes")

// NotNames are capitalised words that start sentences, headings or
// quotations without naming anything: a closed list of generic words.
var NotNames = wordSet("not-names-common-words", "not-names-calendar", "months", "not-names-demonyms", "not-names-page-words", "not-names-abbreviations")

// demonyms are the words for peoples and their countries ("Irish",
// "American"), lower case.
var demonyms = wordSet("not-names-demonyms")

// DemonymCompound reports whether w joins demonyms with hyphens
// ("Irish-American", "African-American"): an adjective of origin, never a
// name.
func DemonymCompound(w string) bool {
	return HyphenJoined(strings.ToLower(w), func(p string) bool { return demonyms[p] })
}

// HyphenJoined reports whether w is two parts or more joined with hyphens,
// each of which is: an adjective of origin ("Irish-American") or a list
// of countries ("Eastland-France-Canada") is written so, never a name.
func HyphenJoined(w string, is func(string) bool) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !is(p) {
			return false
		}
	}
	return true
}

// Months are the months' names and their abbreviations, lower case: the
// words a date opens with ("Jul 21, 2014", "March 3").
var Months = wordSet("months", "month-abbreviations")

// CommonWords are the words of the language among NotNames (not the
// calendar's, the demonyms or the page's words): capitalised inside a
// sentence written in lower case, one of them is part of a name ("the
// drama Big Harbor", "with Walter Black").
var CommonWords = wordSet("not-names-common-words")

// PageWords are the generic words of page furniture and of writing about
// television (Season, Episode, Review): unlike the other generic words,
// they are no part of a title they stand before.
var PageWords = wordSet("not-names-page-words")

// boilerplateOpeners open the lines of page furniture (see Boilerplate).
var boilerplateOpeners = wordSet("boilerplate-openers")

// Boilerplate reports whether a line is page furniture that names nothing
// the page is about: it opens with one of a closed list of openers
// ("Related:", "Sign up for our newsletter", "Jump to content"). An opener
// is the whole line, or is followed by a colon or a bar, or, when it has
// more than one word, by a space.
func Boilerplate(line string) bool {
	l, whole := lowerHead(strings.TrimSpace(line), 41) // an opener and the byte after it
	for n := min(len(l), 40); n > 0; n-- {
		end := whole && n == len(l)
		if !end && l[n] != ':' && l[n] != '|' && l[n] != ' ' {
			continue // no opener ends here: not looked up
		}
		// after a space, only an opener of more than one word
		if op := strings.TrimSpace(l[:n]); boilerplateOpeners[op] && (end || l[n] != ' ' || strings.Contains(op, " ")) {
			return true
		}
	}
	return false
}

// lowerHead returns the lower case of the head of s, the runes of s whose
// lower case makes up its first n bytes or more, and whether that is all
// of s: a line's first words, without lowering the rest of a paragraph.
func lowerHead(s string, n int) (string, bool) {
	end, size := 0, 0
	for end < len(s) && size < n {
		r, w := utf8.DecodeRuneInString(s[end:])
		end += w
		size += utf8.RuneLen(unicode.ToLower(r))
	}
	return strings.ToLower(s[:end]), end == len(s)
}

// FirstRune returns s's first rune.
func FirstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// Capitalised reports whether a word starts with an upper-case letter or a
// digit-free all-caps form.
func Capitalised(w string) bool { return unicode.IsUpper(FirstRune(w)) }

// Acronym reports whether w is an all-capitals abbreviation (LAPD, RHD).
func Acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '&' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// NumberedAcronym reports whether w is an acronym with a unit's number,
// with a hyphen or without one ("HCU-9", "MI5", "BBC2": an agency's
// section or a channel); five capitals and more are a disease's or a
// device's code, not a unit.
func NumberedAcronym(w string) bool { return numberedAcronym.MatchString(w) }

var numberedAcronym = regexp.MustCompile(`^\p{Lu}{2,4}-?\d{1,3}$`)

// CamelCase reports whether w has an upper-case letter after a lower-case
// one (IMDb, ScreenRant): brand names, not words of the language.
func CamelCase(w string) bool {
	if strings.ContainsAny(w, "-'’") {
		return false
	}
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz", "O"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && unicode.IsUpper(rune(w[len(p)])) {
			return false // a surname: McAskill, DeShawn, LaToya
		}
	}
	lower := false
	for i, r := range w {
		if i == 0 {
			continue
		}
		if unicode.IsLower(r) {
			lower = true
		} else if unicode.IsUpper(r) && lower {
			return true
		}
	}
	return false
}

// EditDistance is the Levenshtein distance between a and b, in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// PlacePrefixes start the names of places ("Pier Nine", "Port Talbot").
var PlacePrefixes = wordSet("place-prefixes")

// CountryCodes are the abbreviations of countries that texts use as names.
var CountryCodes = wordSet("country-codes")

// isASCII reports whether s is plain ASCII, which folding needs no Unicode
// tables for: most words of most documents.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// transliterate spells the letters that Unicode does not decompose the way
// English text writes them without their marks: Sørli is Sorli.
var transliterate = strings.NewReplacer("ø", "o", "Ø", "O", "æ", "ae", "Æ", "Ae", "œ", "oe", "Œ", "Oe",
	"ß", "ss", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ð", "d", "þ", "th", "ı", "i")

// Occupations are roles a cast list credits without a name ("Newsreader",
// "Lifeboat Crewman"): a closed list of common nouns.
var Occupations = wordSet("occupations")

// givenNames are common first names, lower case.
var givenNames = wordSet("given-names")

// GivenName reports whether w is a common first name ("Tessa", "Rory").
// Many are words too ("Will", "Grant"), so it only tells where a name
// glued to another starts, never what a name is.
func GivenName(w string) bool { return InLower(givenNames, w) }

// commonEnglish holds the common words of the language, lower case (see
// words/common-english.txt).
var commonEnglish = wordSet("common-english")

// CommonEnglish reports whether w, in any case, is a common English word
// ("entertainment", "stand"): a noun, adjective, verb or adverb more than a
// proper noun's word.
func CommonEnglish(w string) bool { return InLower(commonEnglish, w) }

// holidays are the names of holidays and feasts, lower case.
var holidays = wordSet("holidays")

// Holiday reports whether s names a holiday or feast ("Easter", "New
// Year's Day", "Christmas Eve"), in any case: a date, not a name of
// anyone or anything the graph holds.
func Holiday(s string) bool {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, end := range []string{" day", " eve", " weekend", " monday", " sunday"} {
		if strings.HasSuffix(k, end) && !holidays[k] {
			k = strings.TrimSuffix(k, end)
			break
		}
	}
	k = strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "’s")
	return holidays[k]
}

// EventWords end the names of historical events and conflicts ("World War
// I"): such a name is no one's, and not a title's either.
var EventWords = wordSet("event-words")

// CriminalGroupWords name the kind of a criminal organization after its
// proper name ("cartel", "crime family"): "the Vargas cartel" and "the
// Vargas drug cartel" are one.
var CriminalGroupWords = wordSet("criminal-groups")

// knownPlaces are the names of well-known places: countries, states,
// regions and large cities, folded.
var knownPlaces = wordSet("places")

// KnownPlace reports whether s names a well-known place ("New Mexico",
// "the Himalayas", "NEW YORK"): general knowledge that types a name no
// context types. A leading "the" is not part of the name.
func KnownPlace(s string) bool {
	k := Fold(s)
	return knownPlaces[strings.TrimPrefix(k, "the ")]
}

// knownNetworks are the names of television networks, channels and
// streaming services, folded.
var knownNetworks = wordSet("networks")

// KnownNetwork reports whether s names a well-known television network or
// streaming service ("Netflix", "BBC One", "Apple TV+"), a channel's
// number written in a figure or a word: general knowledge that types a
// name an organization.
func KnownNetwork(s string) bool {
	// The key is made in a buffer of the stack, an ASCII name folded there
	// byte by byte: the extractor asks of every run of up to four
	// capitalised words.
	var buf [64]byte
	var k []byte
	if isASCII(s) {
		k = appendFoldASCII(buf[:0], s)
	} else {
		k = append(buf[:0], Fold(s)...)
	}
	if strings.HasSuffix(s, "+") {
		k = append(k, '+')
	}
	if knownNetworks[string(k)] {
		return true
	}
	// "BBC 1" is the channel the list writes "BBC One": a channel's
	// number is written either way.
	if n := len(k); n > 2 && k[n-2] == ' ' && k[n-1] >= '1' && k[n-1] <= '9' {
		return knownNetworks[string(k[:n-1])+numberWords[k[n-1]-'1']]
	}
	return false
}

// numberWords are the words for the digits 1 to 9.
var numberWords = [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
