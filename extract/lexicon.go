package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// TypeOrder is the order in which types win a tie of the lexicon's votes:
// a name the corpus gives as often to a person as to a series is a person.
var TypeOrder = []string{graph.Person, graph.Character, graph.Series, graph.Book, graph.Organization, graph.Place}

// otherType is the vote slot of a type outside TypeOrder (an alias the
// structure found for an untyped name votes for no type): it makes the
// name known without giving it a type.
var otherType = len(TypeOrder)

// typeIndex is the vote slot of typ: its place in TypeOrder, or otherType.
func typeIndex(typ string) int {
	for i, t := range TypeOrder {
		if t == typ {
			return i
		}
	}
	return otherType
}

// Lexicon maps folded names to the types the corpus gave them, so that a
// name typed with confidence in one document keeps its type in all.
// Readings ask it through known, which tells them all they may learn of a
// name, so that a reading can be recorded with its answers (see Memo).
type Lexicon struct {
	names map[string]*lexEntry
	// heads maps the first two words of the folded names of two words or
	// more to the numbers of words of the names that start with them (bit
	// n-1 for n words, the last bit for 32 or more): most of the spans a
	// reading tries start no name, and one answer tells so for all the
	// spans that start with the same two words (see knownSpan).
	heads map[string]uint32
	// filter holds every key of heads: most of the heads a reading asks
	// about start no name, and it tells so without a look in heads, which
	// at 10 MB is too large for the processor's caches. (Most of the names
	// a reading asks about are known: their heads were.)
	filter keyFilter
}

func newLexicon() *Lexicon {
	return &Lexicon{names: map[string]*lexEntry{}, heads: map[string]uint32{}}
}

// head returns the first two words of folded name k and the bit of its
// number of words in Lexicon.heads; "" for a name of one word.
func head(k string) (string, uint32) {
	n := strings.Count(k, " ") + 1
	if n < 2 {
		return "", 0
	}
	second := strings.IndexByte(k, ' ') + 1
	end := strings.IndexByte(k[second:], ' ')
	if end < 0 {
		return k, 1 << min(n-1, 31)
	}
	return k[:second+end], 1 << min(n-1, 31)
}

// lexEntry is what the corpus knows about one folded name: the votes of
// typed mentions by type slot, and, for the slots of people and
// characters, how often the name is the first or last word of a longer
// name of that type.
type lexEntry struct {
	types [7]int32
	// shaped counts, of the votes in types, those the name's letters
	// alone gave (see shapeOnlyRules): they decide the best type only
	// when no vote read the name's context.
	shaped [7]int32
	short  [7]int32
	// charSurname counts the characters' names of which the name is the
	// last word: a surname, which relatives share, where a first word
	// is most often a first name, which strangers share.
	charSurname int32
	// guessed counts the names only guessed to be people's of which the
	// name is the last word: it makes the name a short form to look for,
	// but gives it no type.
	guessed int32
	// kn is what the entry tells a reading, kept up to date by every vote
	// (see tell): readings ask far more often than the lexicon learns.
	kn known
}

// known is what a reading may learn of a name from the lexicon: whether
// the corpus knows it, the type it gives it most often, the types it gives
// it at all and the types of the longer names it is a first or last word
// of. Nothing else of the counts is visible, so two lexicons that give the
// same known for every name a reading asked about give the same reading.
//
// Bit 0 is set for a known name; bits 1-3 hold the best type's place in
// TypeOrder plus one (0: none); bits 4-10 the type slots with votes; bits
// 11-17 the slots the name is a short form of; bit 18 is set for the
// surname of a name only guessed a person's, bit 19 when the name is a
// short form of people's names more often than of characters'; bit 20
// when the name is the last word of a character's name.
type known uint32

const (
	knownBit    = 1
	bestShift   = 1
	typesShift  = 4
	shortShift  = 11
	guessedBit  = 1 << 18
	personsBit  = 1 << 19
	surnameBit  = 1 << 20
	allTypeBits = 0x7f
)

// known returns what the lexicon tells about folded name k.
func (l *Lexicon) known(k string) known {
	if e := l.names[k]; e != nil {
		return e.kn
	}
	return 0
}

// tell works out what the entry tells a reading from its votes.
func (e *lexEntry) tell() known {
	kn := known(knownBit)
	best := e.best(true)
	if best == 0 {
		best = e.best(false)
	}
	kn |= known(best) << bestShift
	for i := range e.types {
		if e.types[i] > 0 {
			kn |= 1 << (typesShift + i)
		}
		if e.short[i] > 0 {
			kn |= 1 << (shortShift + i)
		}
	}
	if e.guessed > 0 {
		kn |= guessedBit
	}
	if e.short[typeIndex(graph.Person)] > e.short[typeIndex(graph.Character)] {
		kn |= personsBit
	}
	if e.charSurname > 0 {
		kn |= surnameBit
	}
	return kn
}

// best returns the place in TypeOrder plus one of the type with the most
// votes, the first on a tie, or 0 when there are none; with firm, only
// the votes that read more than the name's letters count. One tie goes
// against TypeOrder: a name the corpus gives as often to a character as
// to a person is a character. A role is read from a cast credit ("Ann
// Roe (Low Tide) as Ray Hobb"), while a recap or a review writes a
// character's name after the same cues as a person's ("a club run by Ray
// Hobb"), so the character's vote is the surer one.
func (e *lexEntry) best(firm bool) int {
	votes := func(i int) int32 {
		v := e.types[i]
		if firm {
			v -= e.shaped[i]
		}
		return v
	}
	best, n := 0, int32(0)
	for i := range TypeOrder {
		if v := votes(i); v > n {
			best, n = i+1, v
		}
	}
	if c := typeIndex(graph.Character); best == typeIndex(graph.Person)+1 && votes(c) == n {
		best = c + 1
	}
	return best
}

// ok reports whether the corpus knows the name at all.
func (k known) ok() bool { return k&knownBit != 0 }

// best is the type with the most votes (the first in TypeOrder on a tie),
// or "" when the name has none.
func (k known) best() string {
	if b := int(k>>bestShift) & 7; b > 0 {
		return TypeOrder[b-1]
	}
	return ""
}

// is reports whether some mention gave the name type typ.
func (k known) is(typ string) bool { return k&(1<<(typesShift+typeIndex(typ))) != 0 }

// typed reports whether some mention gave the name a type, or an alias
// made it known without one.
func (k known) typed() bool { return k&(allTypeBits<<typesShift) != 0 }

// short reports whether the name is a first name or surname of a name of
// type typ.
func (k known) short(typ string) bool { return k&(1<<(shortShift+typeIndex(typ))) != 0 }

// someonesShort reports whether the name is a first name or surname of a
// person's or a character's name.
func (k known) someonesShort() bool { return k.short(graph.Person) || k.short(graph.Character) }

// anyShort reports whether the name is a first name or surname of any
// name.
func (k known) anyShort() bool { return k&(allTypeBits<<shortShift) != 0 }

// guessed reports whether the name is the surname of a name only guessed
// to be a person's (see proseVotes).
func (k known) guessed() bool { return k&guessedBit != 0 }

// characterSurname reports whether the name is the last word of a
// character's name: a surname the character's relatives may share.
func (k known) characterSurname() bool { return k&surnameBit != 0 }

// mostlyPersons reports whether the name is a first name or surname of
// people's names more often than of characters'.
func (k known) mostlyPersons() bool { return k&personsBit != 0 }

// vote is one name the lexicon learns with its type, or, with type
// guessedSurname, the surname of a name only guessed a person's.
type vote struct {
	Name string `json:"name"`
	Type string `json:"type"`
	// Shaped is set when the name's letters alone gave the type (see
	// shapeOnlyRules).
	Shaped bool `json:"shaped,omitempty"`
}

// shapeOnlyRules are the typing rules that read nothing but a name's own
// letters: an acronym or a camel-cased word is an organization's shape,
// but many a show, a unit or a book is named so. Their votes are the
// weakest the lexicon learns: a name the corpus types anywhere by its
// context ("the show KPD", "KPD cast member") takes that type, however
// often it stands alone elsewhere.
var shapeOnlyRules = map[string]bool{"acronym": true, "numbered-acronym": true, "camel-case": true}

// guessedSurname is the type of a vote for the surname of a name only
// guessed to be a person's: no type, but a short form to look for.
const guessedSurname = "guessed-surname"

// familyCandidate is the type of a vote for a full name only guessed to
// be a person's: it is learnt, as a character's, only by learnFamilies.
const familyCandidate = "family-candidate"

// learn adds the votes.
func (l *Lexicon) learn(vs []vote) {
	for _, v := range vs {
		l.add(v.Name, v.Type)
		if k := names.Fold(v.Name); v.Shaped && k != "" {
			e := l.entry(k)
			e.shaped[typeIndex(v.Type)]++
			e.kn = e.tell()
		}
	}
}

// entry returns the entry of folded name k, making it if needed.
func (l *Lexicon) entry(k string) *lexEntry {
	e := l.names[k]
	if e == nil {
		e = &lexEntry{kn: knownBit}
		l.names[k] = e
		if h, bit := head(k); h != "" {
			if l.heads[h] == 0 {
				l.filter.add(h)
			}
			l.heads[h] |= bit
			if l.filter.full() {
				l.refilter()
			}
		}
	}
	return e
}

// headLengths returns heads[h]: the numbers of words of the names that
// start with the two words h, 0 for none.
func (l *Lexicon) headLengths(h string) uint32 {
	if !l.filter.may(h) {
		return 0
	}
	return l.heads[h]
}

// refilter makes the filter anew, twice as large, from every key of
// heads.
func (l *Lexicon) refilter() {
	l.filter.grow(2 * l.filter.keys)
	for h := range l.heads {
		l.filter.add(h)
	}
}

// add votes for type typ of name; the first and last words of a person's
// or a character's name become short forms of that type.
func (l *Lexicon) add(name, typ string) {
	if typ == familyCandidate {
		return // see learnFamilies
	}
	k := names.Fold(name)
	if typ == guessedSurname {
		e := l.entry(k) // as learnt before votes were recorded: even an empty key
		e.guessed++
		e.kn = e.tell()
		return
	}
	if k == "" {
		return
	}
	ti := typeIndex(typ)
	e := l.entry(k)
	e.types[ti]++
	e.kn = e.tell()
	if sub := seriesSubtitle(name); typ == graph.Series && sub != "" {
		l.add(sub, typ) // "Night Shift" alone names "Harbor Watch: Night Shift"
	}
	if typ != graph.Person && typ != graph.Character {
		return
	}
	if ws := strings.Fields(name); len(ws) > 1 {
		if len(ws) > 2 && generational.MatchString(ws[len(ws)-1]) {
			ws = ws[:len(ws)-1] // "Frank Dorsey, Jr.": Morgan, not Jr., is the surname
		}
		for wi, w := range []string{names.Fold(ws[0]), names.Fold(ws[len(ws)-1])} {
			e := l.entry(w)
			e.short[ti]++
			if wi == 1 && typ == graph.Character {
				e.charSurname++
			}
			e.kn = e.tell()
		}
	}
}

// knownAs returns what the lexicon of the reading tells about name, and
// records the question and its answer when the reading is recorded.
// Before the prose is read the reading has no lexicon and knows no name.
func (s *docState) knownAs(name string) known { return s.knownKey(names.Fold(name)) }

// knownKey is knownAs for a name already folded.
func (s *docState) knownKey(key string) known {
	if s.lex == nil {
		return 0
	}
	return s.ask(key)
}

// knownSpan is knownKey for the spans of words longestKnown tries, most
// of which are no name the corpus knows: for a span of two words or more
// it asks first which numbers of words the names starting with the span's
// first two words have, so that the reading records one answer for all
// the spans starting with them rather than one a span, and looks the span
// up only when a name of its length may be there. The spans longestKnown
// tries from one word share their first two words: c keeps the answer for
// them, so that it is looked up once.
func (s *docState) knownSpan(key string, c *spanHeads) known {
	if s.lex == nil {
		return 0
	}
	if h, bit := head(key); h != "" {
		if !c.set || c.h != h {
			*c = spanHeads{h: h, lengths: s.headLengths(h), set: true}
		}
		if c.lengths&bit == 0 {
			return 0
		}
	}
	return s.ask(key)
}

// knownTheSpan is knownSpan for "the " and key ("Arkwright's Brannock
// Mysteries" for "the Arkwright's Brannock Mysteries"): its first two
// words are "the" and key's first, and the key is built only when a name
// of its number of words starts with them.
func (s *docState) knownTheSpan(key string, c *spanHeads) known {
	if s.lex == nil {
		return 0
	}
	first := key
	if sp := strings.IndexByte(key, ' '); sp >= 0 {
		first = key[:sp]
	}
	if !c.set || c.h[len(theWord):] != first {
		h := theWord + first
		*c = spanHeads{h: h, lengths: s.headLengths(h), set: true}
	}
	if c.lengths&(1<<min(strings.Count(key, " ")+1, 31)) == 0 {
		return 0 // the bit head gives "the " + key, a word longer than key
	}
	return s.ask(theWord + key)
}

// theWord is the article knownTheSpan puts before a span.
const theWord = "the "

// spanHeads is the last answer a reading got for the first two words of a
// span (see knownSpan).
type spanHeads struct {
	h       string
	lengths uint32
	set     bool
}

// headLengths returns the numbers of words of the names that start with
// the two words h (see Lexicon.heads), recording the answer when the
// reading is recorded.
func (s *docState) headLengths(h string) uint32 {
	lengths := s.lex.headLengths(h)
	if s.reads != nil {
		s.reads.heads[h] = lengths
	}
	return lengths
}

// ask looks key up in the reading's lexicon, recording the answer when
// the reading is recorded.
func (s *docState) ask(key string) known {
	k := s.lex.known(key)
	if s.reads != nil {
		s.reads.lex[key] = k
	}
	return k
}

// isLower reports whether the corpus writes word w in lower case
// somewhere, recording the answer when the reading is recorded.
func (s *docState) isLower(w string) bool {
	b := s.lower[w]
	if s.reads != nil {
		s.reads.lower[w] = b
	}
	return b
}

// lexShort reports whether the corpus knows name as a first name or
// surname of a name of type typ.
func (s *docState) lexShort(name, typ string) bool {
	return s.knownAs(name).short(typ)
}

// learnFamilies adds as a character's each full name a reading only
// guessed a person's whose surname the corpus knows as characters' only
// ("Jimmy Pearlman" where "Chuck Pearlman" is a character): relatives
// share a surname, and so the first name becomes a short form to look
// for ("Jimmy" alone in a recap). It runs once every reading is learnt,
// so that no document's order matters; the names are the votes of type
// familyCandidate of each document's reading (see proseVotes).
func (l *Lexicon) learnFamilies(docs [][]vote) {
	var family []string
	for _, vs := range docs {
		for _, v := range vs {
			if v.Type != familyCandidate {
				continue
			}
			ws := strings.Fields(v.Name)
			if sur := l.known(names.Fold(ws[1])); sur.characterSurname() && !sur.short(graph.Person) && !l.known(names.Fold(v.Name)).ok() {
				family = append(family, v.Name)
			}
		}
	}
	for _, name := range family {
		l.add(name, graph.Character)
	}
}

// seriesSubtitle returns the subtitle of a series of a franchise
// ("Harbor Watch: Night Shift"), when it is two capitalised words or
// more and not only common or page words, or "": a subtitle of one word,
// or one like "The Series", is too common to stand for the series alone.
func seriesSubtitle(name string) string {
	i := strings.Index(name, ": ")
	if i < 0 {
		return ""
	}
	ws := strings.Fields(name[i+2:])
	if len(ws) < 2 || strings.Contains(name[i+2:], ": ") {
		return ""
	}
	named := false // one word at least is no common or page word ("The Series")
	for _, w := range ws {
		common := names.InLower(names.NotNames, w)
		if !names.Capitalised(w) && !common {
			return ""
		}
		named = named || !common
	}
	if !named {
		return ""
	}
	return strings.Join(ws, " ")
}
