package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// The typing rules of cast notation in running text: reviews and recaps
// give a character with the actor in parentheses, "Walter Black (Brian
// Castle)", "his wife Jolene's (Molly Wyn) death", "Marian (the
// wonderful Coral Barnet)". The name in parentheses holds the actor's
// slot, which makes it a person wherever else it stands.
var (
	typeParenActor     = typing{"paren-actor", graph.Person, SigPattern, 0.7}
	typeParenCharacter = typing{"paren-character", graph.Character, SigPattern, 0.6}
)

// castParen matches a capitalised name of one to three words (possibly
// possessive) followed by a name of two or three capitalised words alone
// in parentheses, which may open with "the" and up to two lower-case
// words of praise ("the wonderful", "the late"). A maiden name may stand
// between them ("Ann Reed née Blake (Lena Marsh)"), and a quoted
// nickname among the first name's words ("Ray “Dewey” Dudek (Tom Brandt)").
// The name may be set in double quotation marks, as some reviews write a
// character's ("“Ray Dudek” (Tom Brandt)"): the closing mark is passed over.
// A caption copied from a page may have lost the space before the
// parenthesis ("Ray Dudek(Tom Brandt)").
var castParen = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|` + quotedNicknameWord + `)){0,2}?)(?:['’]s)?["”]?(?:,?\s+\(?(?:née|nee)\s+\p{Lu}[\p{L}'’-]+\)?,?)?\s*\(\s*(?:the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2})?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s*\)`)

// spotCastParen reads "Character (Actor)" in running text. It holds back
// where the notes of the sentence are credits ("Tom Fell (Marlow and the
// Tower of Salt)"), where a word in parentheses is a generic word (a
// title: "Bob Hale (Breaking Even)" reads "breaking" as no name, "Being
// There" "being"), and where the corpus knows either name as something
// other than a person's or character's, or the name before the
// parentheses as a person's (whose credit the note gives).
func (s *docState) spotCastParen(st *sentence) {
	if st.blk.Kind != layout.BlockProse && st.blk.Kind != layout.BlockList || s.listsCredits(st.Span.Text) {
		return
	}
	text := st.Span.Text
	for _, m := range s.findAll(castParenKept, st) {
		if castingAfter.MatchString(text[m[1]:]) || creditBefore.MatchString(text[:m[2]]) {
			continue // "Ann Dale (Dark Water) is set to join", "produced by Ann Dale (Dark Water)": a note of other work
		}
		cs, ce := trimGenericFront(text, m[2], m[3])
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(text[cs:ce], p) {
				ce -= len(p)
			}
		}
		if actorFirstBefore.MatchString(text[:cs]) && !storyActor.MatchString(text[:cs]) {
			s.actorFirstParen(st, cs, ce, m[4], m[5])
			continue
		}
		cs, quoted := quotedLast(text, cs, ce)
		actor := text[m[4]:m[5]]
		if cs >= ce || !personShaped(actor) || s.lexKnownAs(actor, graph.Character) || s.lexOther(actor) {
			continue
		}
		char := text[cs:ce]
		if s.lexKnownAs(char, graph.Person) || s.lexOther(char) && !s.titleOfLead(char) {
			continue // "Keenor (Mark Stanhope)": a person and a colleague; "Netflix (...)"
		}
		s.claimWords(st, st.Span.Start+m[4], st.Span.Start+m[5], typeParenActor)
		if quoted || strings.ContainsRune(char, ' ') && !capitalisedBefore.MatchString(text[:min(cs, m[2])]) && !(strings.TrimSpace(text[:cs]) == "" && s.isLower(strings.ToLower(strings.Fields(char)[0]))) {
			// A lone first name is left to the lexicon, which links it
			// to the full name it is short for; a longer run of
			// capitalised words to the shape rules ("Senior Tory Lord
			// Anton Hulme"), unless the words before the name are
			// generic ones that were trimmed off ("Would Ann Roe (Tom
			// Fell) return?"); a sentence's first word the corpus also
			// writes in lower case is no name's ("Take Ruth Langford").
			s.claimWords(st, st.Span.Start+cs, st.Span.Start+ce, typeParenCharacter)
		}
	}
}

// castingAfter matches the words of casting news after "A (B)", past a
// second such pair joined by "and": A is the actor, B the title of other
// work ("Ann Dale (Dark Water) is set for a recurring role", "A (B) and C
// (D) are teaming up").
var castingAfter = regexp.MustCompile(`^\s*(?:(?:and|,)\s+[^.;()]{0,60}\([^()]{1,60}\)\s*)?(?:(?:is|are|has|have|will|had)\s+(?:been\s+|also\s+|now\s+)?)?(?:set (?:for|to)|cast as|tapped|join(?:s|ed|ing)? (?:the )?(?:cast|series|show)|lands|landed|boards|boarded|teaming up|team up|signed on|signs on|to (?:join|play|star|lead))\b`)

// creditBefore matches the words of a credit before a name: the name is
// the person credited, and a note after it in parentheses is their other
// work ("executive produced by Ann Dale (Dark Water)").
var creditBefore = regexp.MustCompile(`(?i)\b(?:(?:co-|executive |exec )?produced|created|co-created|developed|written|directed|penned|helmed) by\s+$`)

// capitalisedBefore matches text that ends with a capitalised word and a
// space.
var capitalisedBefore = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]*\s$`)

// trimGenericFront drops the generic words ("Meanwhile", "The") off the
// front of the name text[start:end] and returns what is left.
func trimGenericFront(text string, start, end int) (int, int) {
	for start < end {
		w := strings.Fields(text[start:end])[0]
		if !names.InLower(names.NotNames, strings.TrimRight(w, "'’s")) || names.IsTitle(w) {
			break
		}
		start += len(w)
		for start < end && text[start] == ' ' {
			start++
		}
	}
	return start, end
}

// personShaped reports whether name could be a person's full name: no word
// of it is a generic word or a title.
func personShaped(name string) bool {
	for _, w := range strings.Fields(name) {
		if names.InLower(names.NotNames, w) || names.IsTitle(w) || names.Acronym(w) {
			return false
		}
	}
	return true
}

// lexKnownAs reports whether the corpus gives name type typ above every
// other.
func (s *docState) lexKnownAs(name, typ string) bool {
	k := s.knownAs(name)
	return k.ok() && k.best() == typ
}

// titleOfLead reports whether the corpus knows name best as a series but
// also as a character: a series named after its lead, whose name beside
// an actor's in parentheses is the lead's.
func (s *docState) titleOfLead(name string) bool {
	k := s.knownAs(name)
	return k.best() == graph.Series && k.is(graph.Character)
}

// lexOther reports whether the corpus knows name as a work, an
// organization or a place.
func (s *docState) lexOther(name string) bool {
	b := s.knownAs(name).best()
	return b != "" && b != graph.Person && b != graph.Character
}
