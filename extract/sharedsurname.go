package extract

import (
	"strings"
	"unicode"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// typeSharedSurname types the full name that a given name in a list
// takes from the surname the list ends with ("Ann, Ray and Lee Hobb"
// names Ann Hobb): the list's full name gives it its type.
var typeSharedSurname = typing{"shared-surname", graph.Character, SigPattern, 0.5}

// The items of a list of given names, read backwards from the full name
// that ends it: the last item, joined to the full name by "and" or "&"
// (a serial comma allowed), then the items before it, joined by commas.
// Each item is one capitalised word, with a note in parentheses after it
// (an actor's name) allowed.
var (
	lastGivenItem  = regexp.MustCompile(`(?:^|[\s(])(\p{Lu}\p{Ll}+)(?:\s*\([^()]{1,60}\))?,?\s+(?:and|&)\s+$`)
	otherGivenItem = regexp.MustCompile(`(?:^|[\s(])(\p{Lu}\p{Ll}+)(?:\s*\([^()]{1,60}\))?,\s+$`)
)

// spouseBefore matches the words that open a list of spouses: "the
// husband of Ann and May Hobb", "married to". The surname the list shares
// is then one the women took by marriage, and the corpus may know each by
// her own: the list gives no full name.
var spouseBefore = regexp.MustCompile(`(?i)\b(?:wife|wives|husband|husbands|spouse|spouses|widow|widower|married|marriages?|wed)\b(?:\s+(?:of|to))?\s+$`)

// kinSurname matches a kin noun with the family's surname, after or
// before it, that opens a list of its members' given names: "the
// brothers Hobb, Ray and Lee", "the Hobb sisters, Ann and May". The list
// follows, read by kinMembers.
var kinSurname = regexp.MustCompile(`\b(?:the\s+(?:brothers|sisters|siblings|twins|cousins)\s+(\p{Lu}\p{Ll}+)|[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(?:brothers|sisters|siblings|twins|cousins|family))\s*,\s*`)

// kinNouns are the kin nouns of kinSurname, written in small letters as
// it asks.
var kinNouns = []string{"brothers", "sisters", "siblings", "twins", "cousins", "family"}

// kinNounIn reports whether text holds one of kinNouns: kinSurname, whose
// words "the" and a capital admit most texts to its prefilter, is run only
// on a text that does.
func kinNounIn(text string) bool {
	for _, w := range kinNouns {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// kinMember matches one item of the list after kinSurname and what joins
// it to the next: a given name, a note in parentheses allowed.
var kinMember = regexp.MustCompile(`^(\p{Lu}\p{Ll}+)(?:\s*\([^()]{1,60}\))?(,?\s+(?:and|&)\s+|,\s*)?`)

// sharedSurnames reads the lists of given names that share one surname, as
// English writes a family's members: "Ann, Ray and Lee Hobb" (the surname
// written once, after the last), "the brothers Hobb, Ray and Lee" (once,
// with the kin noun before the list). Each given name is a mention of its
// own, with the full name as its alias, and the full name is a mention too,
// so that reconciliation joins the given name, the full name, and the lone
// given name written elsewhere, as it joins "Ann Hobb" and "Ann". It holds
// in general because no other reading gives the list's first items a
// surname: a name of one word among full names is the family's.
func (s *docState) sharedSurnames() {
	text := s.p.Doc.Text
	n := len(s.x.Mentions)
	for i := 0; i < n; i++ {
		s.lastOfList(i)
		m := s.x.Mentions[i]
		ws := strings.Fields(m.Name)
		if m.Type != graph.Person && m.Type != graph.Character || len(ws) != 2 || m.Alias != "" || text[m.Start:m.End] != m.Name {
			continue
		}
		lo := max(0, m.Start-300)
		items := s.givenItemsBefore(text[lo:m.Start])
		if len(items) > 0 && spouseBefore.MatchString(text[max(0, lo+items[len(items)-1][0]-40):lo+items[len(items)-1][0]]) {
			continue // "husband of Ann and May Hobb": a married name, the corpus may know her by another
		}
		typ := s.listType(text[lo:m.Start], items, ws[1], m.Type, m.Signal == SigShape)
		list := ""
		if len(items) > 0 {
			list = text[lo+items[len(items)-1][0] : m.End] // "Ann, Ray and Lee Hobb"
		}
		for _, it := range items {
			s.sharedSurname(lo+it[0], lo+it[1], ws[1], typ, list)
		}
		if len(items) > 0 && m.Signal == SigShape && typ != m.Type {
			t := typeSharedSurname // the family's type, where the name's shape alone typed it
			mm := &s.x.Mentions[i]
			mm.Type, mm.Rule, mm.Signal, mm.Confidence = typ, t.rule, t.signal, t.conf
		}
	}
	if !kinNounIn(text) {
		return
	}
	for _, km := range kinSurname.FindAllStringSubmatchIndex(text, -1) {
		surname := submatch(text, km, 1)
		if surname == "" {
			surname = submatch(text, km, 2)
		}
		for _, it := range s.kinMembers(text, km[1]) {
			s.sharedSurname(it[0], it[1], surname, "", "")
		}
	}
}

// submatch returns the k-th group of the match m in text, or "".
func submatch(text string, m []int, k int) string {
	if m[2*k] < 0 {
		return ""
	}
	return text[m[2*k]:m[2*k+1]]
}

// givenItemsBefore returns the spans, relative to before, of the given
// names of a list that before ends with, the full name's own given name
// after it: "Ann, Ray and " before "Lee Hobb". The list stops at a word
// that is no given name; a first item right after a capitalised word
// ("Mary Jo and Lee Hobb") is a word of a longer name and ends it too.
func (s *docState) givenItemsBefore(before string) [][2]int {
	// The list's last item is joined by "and" or "&" right before the
	// full name; without them nothing is looked for (the expression,
	// anchored at the end only, would try every place of before).
	if t := strings.TrimRightFunc(before, unicode.IsSpace); len(t) == len(before) || !strings.HasSuffix(t, "and") && !strings.HasSuffix(t, "&") {
		return nil
	}
	var out [][2]int
	re := lastGivenItem
	for pos := len(before); ; re = otherGivenItem {
		m := re.FindStringSubmatchIndex(before[:pos])
		if m == nil || !s.givenLike(before[m[2]:m[3]]) {
			break
		}
		out = append(out, [2]int{m[2], m[3]})
		pos = m[2]
	}
	if k := len(out) - 1; k >= 0 && afterCapitalisedWord(before[:out[k][0]]) {
		out = out[:k]
	}
	return out
}

// afterCapitalisedWord reports whether before ends with a capitalised word
// and a space: the word after it continues a name.
func afterCapitalisedWord(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	f := strings.Fields(before)
	return len(f) > 0 && names.Capitalised(f[len(f)-1]) && !names.InLower(names.NotNames, f[len(f)-1])
}

// kinMembers returns the spans of the given names of the list that starts
// at offset from, after kinSurname: "Ray (Ed Pell) and Lee (Al Dunn)".
// The list ends after its item joined by "and", and is read only when it
// has two items or more.
func (s *docState) kinMembers(text string, from int) [][2]int {
	var out [][2]int
	for pos, last := from, false; pos < len(text); {
		m := kinMember.FindStringSubmatchIndex(text[pos:])
		if m == nil || !s.givenLike(text[pos+m[2]:pos+m[3]]) {
			return nil // a list that does not end in "and" and a given name is no family's
		}
		out = append(out, [2]int{pos + m[2], pos + m[3]})
		if last {
			break
		}
		joint := submatch(text[pos:], m, 2)
		if joint == "" {
			return nil
		}
		last = strings.Contains(joint, "and") || strings.Contains(joint, "&")
		pos += m[1]
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// givenLike reports whether w, one capitalised word, may be a given name
// in a list: a common first name or a name the corpus knows as a person's
// or a character's, and neither a title, a common word, a place nor a
// surname the document writes ("created by Roe and Ray Hobb" after "Ann
// Roe": news prose names a person by the surname alone).
func (s *docState) givenLike(w string) bool {
	if names.IsTitle(w) || names.InLower(names.NotNames, w) || names.KnownPlace(w) || s.docSurname(w) {
		return false
	}
	switch s.knownAs(w).best() {
	case graph.Person, graph.Character:
		return true
	case "":
		return names.GivenName(w)
	}
	return false
}

// fullNameConf is the confidence of the full name a list's shared surname
// makes: below what the lexicon learns from prose, so that the corpus does
// not learn the full name from the reading that made it, and the next
// reading tells a given name the corpus knows with another surname
// ("Clive Owen") from one it knows with none.
const fullNameConf = 0.45

// sharedSurname gives the given name at text[start:end] the full name with
// surname: its mention, made when the text has none there, takes the full
// name as its alias, and the full name becomes a mention of its own at the
// same place. typ is the list's full name's type, or "" for the given
// name's own mention's. A given name the corpus knows as the first or last
// word of other full names (or as the surname of a name only guessed a
// person's), but never with this surname nor as the first
// word of the whole list (a field's value the structure read whole), is
// left alone:
// it is most often a surname written alone, as news writes people ("Owen
// and Ann Roe"), or a name of its own.
func (s *docState) sharedSurname(start, end int, surname, typ, list string) {
	if given, k := s.p.Doc.Text[start:end], s.knownAs(s.p.Doc.Text[start:end]); (k.someonesShort() || k.guessed()) && !s.knownAs(given+" "+surname).ok() && (list == "" || !s.knownAs(list).ok()) {
		return // "Owen and Ann Roe" after "Clive Owen": the corpus knows the word with another surname
	}
	mi := noMention
	for k, m := range s.x.Mentions {
		if m.Start == start && m.End == end {
			mi = k
			break
		}
	}
	if mi == noMention {
		for _, m := range s.x.Mentions {
			if m.Start < end && start < m.End {
				return // a word of another name
			}
		}
		t := typeSharedSurname
		if typ != "" {
			t.typ = typ
		}
		s.block = s.blockAt(start)
		if mi = s.mention(start, end, t); mi == noMention {
			return
		}
	}
	m := &s.x.Mentions[mi]
	if m.Alias != "" || m.Type != "" && m.Type != graph.Person && m.Type != graph.Character {
		return
	}
	full := m.Name + " " + surname
	m.Alias = full
	t := typeSharedSurname
	if m.Type != "" {
		t.typ = m.Type
	}
	s.x.Mentions = append(s.x.Mentions, Mention{Doc: m.Doc, Start: m.Start, End: m.End, Surface: m.Surface, Name: full,
		Type: t.typ, Signal: t.signal, Rule: t.rule, Confidence: fullNameConf, Block: m.Block})
}

// blockAt returns the index of the block that holds offset i, or the
// last block's when none does.
func (s *docState) blockAt(i int) int {
	for k, b := range s.p.Blocks {
		if b.Span.Start <= i && i < b.Span.End {
			return k
		}
	}
	return max(0, len(s.p.Blocks)-1)
}

// listType returns the type of the full names of a list of given names
// with a shared surname: the type the corpus knows most of the list's
// names by, given names and full names alike, the full name ending the
// list (typed last, as t) breaking a tie. A family is all people or all
// characters, and the corpus often knows its other members better than
// the one name the list writes in full.
func (s *docState) listType(before string, items [][2]int, surname, t string, shapeGuess bool) string {
	votes := map[string]int{}
	if !shapeGuess {
		votes[t]++ // a type that only the shape of the name guessed does not vote
	}
	for _, it := range items {
		given := before[it[0]:it[1]]
		for _, n := range []string{given, given + " " + surname} {
			if b := s.knownAs(n).best(); b == graph.Person || b == graph.Character {
				votes[b]++
			}
		}
	}
	if votes[graph.Person] > votes[graph.Character] {
		return graph.Person
	}
	if votes[graph.Character] > votes[graph.Person] {
		return graph.Character
	}
	return t
}

// docSurname reports whether the document ends the full name of a person
// or a character with word w.
func (s *docState) docSurname(w string) bool {
	for _, m := range s.x.Mentions {
		if m.Type != graph.Person && m.Type != graph.Character || !strings.HasSuffix(m.Name, w) {
			continue
		}
		if ws := strings.Fields(m.Name); len(ws) > 1 && ws[len(ws)-1] == w {
			return true
		}
	}
	return false
}

// joinedList matches a name that is a whole list of given names sharing the
// surname after the last: "Ann and Ray Hobb", "Ann, Ray & Lee Hobb", as a
// field's value or a run of capitalised words joined over "and" gives it.
var joinedList = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)*,? (?:and|&) (\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+$`)

// lastOfList makes mention i, when its name is a whole list of given
// names with one surname ("Ann and Ray Hobb"), the mention of the list's
// last full name ("Ray Hobb"), so that the list before it is read as the
// text's other lists are.
func (s *docState) lastOfList(i int) {
	m := &s.x.Mentions[i]
	if m.Type != graph.Person && m.Type != graph.Character || s.p.Doc.Text[m.Start:m.End] != m.Name {
		return
	}
	sub := joinedList.FindStringSubmatchIndex(m.Name)
	if sub == nil {
		return
	}
	for _, w := range strings.FieldsFunc(m.Name[:sub[2]], func(r rune) bool { return r == ',' || r == ' ' || r == '&' }) {
		if w != "and" && !s.givenLike(w) {
			return
		}
	}
	m.Start += sub[2]
	m.Name = m.Name[sub[2]:]
	m.Surface = m.Name
}
