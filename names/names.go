package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold is the key two spellings share when they differ only by accents,
// case, punctuation or spacing: "Renée Ballard", "RENEE BALLARD" and
// "Renee  Ballard" all fold to "renee ballard"; hyphens and colons become
// spaces ("cold-case unit" = "cold case unit", "Bosch: Legacy" = "bosch legacy").
func Fold(s string) string {
	r := s
	if !isASCII(s) {
		s = transliterate.Replace(s)
		t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		if r, _, err = transform.String(t, s); err != nil {
			r = s
		}
	}
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
		case c == '\'' || c == '’' || c == '"' || c == '“' || c == '”' || c == '.':
			// dropped without a break: O'Brien = OBrien, "Mo" = Mo, Jr. = Jr
		default:
			space = true
		}
	}
	return b.String()
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
var titleWords = map[string]bool{
	"detective": true, "det": true, "captain": true, "capt": true, "councilman": true, "councilwoman": true,
	"councilmember": true, "officer": true, "sergeant": true, "sgt": true, "lieutenant": true, "lt": true,
	"dr": true, "doctor": true, "mr": true, "mrs": true, "ms": true, "miss": true, "judge": true, "agent": true,
	"chief": true, "deputy": true, "commander": true, "sheriff": true, "professor": true, "prof": true,
	"attorney": true, "senator": true, "mayor": true, "governor": true, "president": true, "inspector": true,
	"reverend": true, "rev": true, "lawyer": true, "commissioner": true, "marshal": true, "special": true,
	"district": true, "general": true, "colonel": true, "major": true, "private": true, "corporal": true,
	"councillor": true, "director": false, "ds": true, "dc": true, "di": true, "dci": true, "dsu": true,
	"supt": true, "superintendent": true, "constable": true, "pc": true, "insp": true, "cmdr": true, "sen": true, "sir": true, "dame": true, "lord": true, "lady": false,
}

// isTitle reports whether w (one word) is a title word.
func IsTitle(w string) bool { return titleWords[strings.ToLower(strings.TrimSuffix(w, "."))] }

// orgSuffixes end the names of organizations: companies, units, agencies.
var OrgSuffixes = map[string]bool{
	"productions": true, "production": true, "pictures": true, "studios": true, "studio": true,
	"entertainment": true, "media": true, "films": true, "film": true, "network": true, "networks": true,
	"television": true, "tv": false, "academy": true, "division": true, "unit": true, "department": true,
	"bureau": true, "police": true, "inc": true, "llc": true, "ltd": true, "corporation": true, "corp": true,
	"company": true, "group": true, "agency": true, "office": true, "university": true, "college": true,
	"times": true, "news": true, "magazine": true, "post": true, "journal": true, "channel": true,
	"records": true, "press": true, "publishing": true, "books": true, "association": true, "society": true,
	"foundation": true, "institute": true, "council": true, "squad": true, "task force": true, "force": true,
	"service": true, "services": true, "broadcasting": true, "studios.": true, "team": false, "club": true,
	"party": true, "court": true, "commission": true, "committee": true, "federation": true, "league": true,
	"talent": true, "management": true, "associates": true, "consulting": true, "constabulary": true,
	"aquaculture": true, "fisheries": true, "farms": true, "energy": true, "motors": true, "systems": true,
	"technologies": true, "labs": true, "laboratories": true, "pharmaceuticals": true, "vfx": true, "echo": true,
	"review": false, "ledger": false,
	"weekly": true, "daily": true, "monthly": true, "courier": true, "chronicle": true, "observer": true,
	"examiner": true, "sentinel": true, "freight": true, "shipping": true, "logistics": true, "holdings": true,
	"industries": true, "enterprises": true, "bank": true, "hospital": true, "school": true, "ministry": true,
	"gazette": true, "tribune": true, "herald": true, "reporter": true, "variety": false, "digital": true,
}

// placeSuffixes end the names of places.
var PlaceSuffixes = map[string]bool{
	"county": true, "city": true, "state": true, "province": true, "island": true, "islands": true,
	"district": false, "county.": false, "town": true, "village": true, "borough": true,
	"point": true, "hills": true, "springs": true, "falls": true, "coast": true,
	"valley": true, "beach": true, "heights": true, "park": false, "bay": true, "river": true, "mountains": true,
}

// notNames are capitalised words that start sentences, headings or
// quotations without naming anything: a closed list of generic words.
var NotNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "it": true,
	"its": true, "he": true, "she": true, "they": true, "we": true, "you": true, "i": true, "his": true, "her": true,
	"their": true, "our": true, "your": true, "my": true, "there": true, "here": true, "what": true, "who": true,
	"why": true, "how": true, "when": true, "where": true, "which": true, "while": true, "if": true, "but": true,
	"and": true, "or": true, "so": true, "yet": true, "as": true, "at": true, "in": true, "on": true, "of": true,
	"for": true, "with": true, "from": true, "to": true, "by": true, "after": true, "before": true, "during": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"season": true, "seasons": true, "episode": true, "episodes": true, "part": true, "chapter": true, "volume": true,
	"tv": true, "dna": true, "gmt": true, "utc": true, "est": true, "pst": true, "bst": true, "recap": true,
	"edit": true, "contents": true, "references": true, "related": true, "tags": true, "ok": true, "ceo": true, "faq": true, "q&a": true, "pm": true, "am": true,
	"yes": true, "no": true, "maybe": true, "not": true, "all": true, "each": true, "every": true, "some": true,
	"one": true, "two": true, "three": true, "first": true, "second": true, "final": true, "just": true,
	"let": true, "lets": true, "let’s": true, "let's": true, "also": true, "however": true, "instead": true,
	"interestingly": true, "perhaps": true, "ultimately": true, "additionally": true, "meanwhile": true,
	"previously": true, "together": true, "naturally": true, "enter": true, "much": true, "like": true,
	"unlike": true, "even": true, "though": true, "although": true, "because": true, "since": true,
	"then": true, "now": true, "still": true, "only": true, "more": true, "most": true, "less": true,
	"think": true, "read": true, "watch": true, "see": true, "set": true, "disclaimer": true, "note": true,
	"update": true, "spoiler": true, "spoilers": true, "review": true, "verdict": true, "rating": true,
	"english": true, "american": true, "british": true, "canadian": true, "norwegian": true, "swedish": true,
	"danish": true, "finnish": true, "icelandic": true, "french": true, "german": true, "italian": true,
	"spanish": true, "portuguese": true, "irish": true, "scottish": true, "welsh": true, "australian": true,
	"dutch": true, "belgian": true, "korean": true, "japanese": true, "chinese": true, "indian": true,
	"mexican": true, "brazilian": true, "russian": true, "polish": true, "nordic": true, "scandinavian": true,
	"european": true, "edt": true, "pdt": true, "cet": true, "cest": true, "pt": true, "et": true, "ct": true, "crime": true, "drama": true,
	"image": true, "photo": true, "credit": true, "source": true, "via": true, "comments": true,
	"reader's": true, "reader": true, "readers": true, "fans": true, "critics": true, "viewers": true,
	"premise": true, "plot": true, "cast": true, "characters": true, "production": true, "release": true,
	"reception": true, "development": true, "filming": true, "overview": true, "summary": true,
	"detective": true, "captain": true, "officer": true, "author": true, "actor": true, "actress": true,
	"emmy": true, "oscar": true, "golden": false, "award": true, "awards": true, "nothing": true,
	"everything": true, "something": true, "someone": true, "nobody": true, "both": true, "either": true,
	"neither": true, "another": true, "other": true, "such": true, "many": true, "few": true, "several": true,
	"whether": true, "though,": true, "thanks": true, "sure": true, "well": true, "oh": true, "okay": true,
	"mild": true, "spoilers-free": true, "institutional": true, "misogyny": true, "isolation": true,
	"justice": true, "redemption": true, "bureaucracy": true, "corruption": true, "themes": true, "tone": true,
	"music": true, "direction": true, "story": true, "heart": true, "each.": true, "top": true, "bottom": true,
	"page": true, "add": true, "rated": true, "share": true, "got": true, "are": true, "is": true, "was": true,
	"will": true, "would": true, "could": true, "should": true, "do": true, "does": true, "did": true,
	"have": true, "has": true, "had": true, "be": true, "been": true, "being": true, "can": true, "won’t": true,
	"don’t": true, "doesn’t": true, "isn’t": true, "it’s": true, "that’s": true, "she’s": true, "he’s": true,
	"they’re": true, "you’re": true, "you’ve": true, "we’re": true, "i’m": true, "here’s": true, "what’s": true,
	"star": true, "stars": true, "starring": true, "series": true, "show": true, "shows": true, "novel": true,
	"book": true, "books": true, "novels": true, "movie": true, "film": true, "genre": true, "network": true,
	"language": true, "country": true, "origin": true, "date": true, "about": true, "who’s": true,
	"mo": false, "lead": true, "leads": true, "role": true, "roles": true, "guest": true, "special": true,
	"recurring": true, "main": true, "supporting": true, "new": true, "old": true, "best": true, "good": true,
	"great": true, "big": true, "small": true, "last": true, "next": true, "early": true, "late": false,
	"live": true, "life": true, "love": true, "death": true, "black": true, "white": true, "red": true,
	"police": true, "procedural": true, "internet": true, "web": true, "online": true, "streaming": true,
	"spin-off": true, "spinoff": true, "former": true, "photos": true, "reviews": true, "videos": true,
	"news": true, "trailer": true, "gallery": true, "subscription": true, "principal": true, "photography": true, "premiere": true, "premiered": true, "finale": true,
}

// firstRune returns s's first rune.
func FirstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// capitalised reports whether a word starts with an upper-case letter or a
// digit-free all-caps form.
func Capitalised(w string) bool { return unicode.IsUpper(FirstRune(w)) }

// acronym reports whether w is an all-capitals abbreviation (LAPD, RHD).
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

// camelCase reports whether w has an upper-case letter after a lower-case
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

// editDistance is the Levenshtein distance between a and b, in runes.
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

// placePrefixes start the names of places ("Pier Nine", "Port Talbot").
var PlacePrefixes = map[string]bool{"pier": true, "port": true, "mount": true, "lake": true, "fort": true, "cape": true, "isle": true}

// countryCodes are the abbreviations of countries that texts use as names.
var CountryCodes = map[string]bool{"US": true, "USA": true, "UK": true, "U.S.": true, "U.K.": true}

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

// occupations are roles a cast list credits without a name ("Newsreader",
// "Lifeboat Crewman"): a closed list of common nouns.
var Occupations = map[string]bool{
	"newsreader": true, "reporter": true, "journalist": true, "doctor": true, "nurse": true, "paramedic": true,
	"guard": true, "waiter": true, "waitress": true, "bartender": true, "barman": true, "driver": true,
	"receptionist": true, "neighbour": true, "neighbor": true, "coroner": true, "pathologist": true,
	"priest": true, "vicar": true, "lawyer": true, "solicitor": true, "clerk": true, "crewman": true,
	"fisherman": true, "harbourmaster": true, "harbormaster": true, "man": true, "woman": true, "girl": true,
	"boy": true, "kid": true, "child": true, "teen": true, "teenager": true, "stranger": true, "customer": true,
	"passenger": true, "witness": true, "victim": true, "suspect": true, "voice": true, "narrator": true,
	"host": true, "presenter": true, "anchor": true, "student": true, "teacher": true, "technician": true,
	"dispatcher": true, "medic": true, "cop": true, "policeman": true, "policewoman": true, "soldier": true,
	"prisoner": true, "inmate": true, "thug": true, "henchman": true, "bouncer": true, "cashier": true,
	"janitor": true, "mother": true, "father": true, "wife": true, "husband": true, "himself": true, "herself": true,
}
