package extract

import (
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
)

// word is a word of a sentence with its byte range in the document.
type word struct {
	Text       string
	Start, End int
	Poss       bool // followed by 's
}

// gapOK reports whether the text between two words may sit inside a name.
func gapOK(text string, a, b word, allowColon bool) bool {
	g := text[a.End:b.Start]
	if a.Poss {
		// "Sheriff's Office", "Children's Hospital": an organization's
		// name may hold a possessive before its suffix word; a title may
		// too (see possessiveTitle).
		return (g == "'s " || g == "’s ") && (names.InLower(names.OrgSuffixes, b.Text) || possessiveTitle(text, a, b))
	}
	switch g {
	case " ", " & ":
		return true
	case ": ", "-":
		return allowColon
	case "’ ", "' ":
		// "Writers' Guild", "Critics’ Association": a plural's possessive
		// before the suffix word.
		return strings.HasSuffix(a.Text, "s") && names.InLower(names.OrgSuffixes, b.Text)
	}
	return false
}

// sentence is a sentence being read: its block, its words, which of them a
// mention has taken, and the mentions found in it so far.
type sentence struct {
	nlp.Sentence
	blk  layout.Block
	ws   []word
	used []bool
	ms   []int // mention indexes, in the order found
	// headingOnly is set in headings, captions and lists, which are
	// title-cased throughout: a run there is kept only when its shape alone
	// makes it a name.
	headingOnly bool
	// fold is the fold of the sentence's words, once they are folded
	// (foldState 1; -1: they cannot be, see foldOnce): the key of words
	// i..j is fold[foldFrom[i]:foldTo[j]].
	fold             string
	foldFrom, foldTo []int
	foldState        int8
}

// prose finds names and relations in the running text of the document.
func (s *docState) prose(lex *Lexicon) {
	s.lex = lex
	s.lastSeries, s.prevChar, s.prevPerson = noMention, noMention, noMention
	s.tags = map[int]nlp.Token{}
	for _, sn := range s.p.Sentences {
		for _, t := range sn.Tokens {
			s.tags[t.Start] = t
		}
	}
	// The mentions the structure found, by position, so that each sentence
	// finds its own without scanning them all.
	byStart := make([]int, len(s.x.Mentions))
	for i := range byStart {
		byStart[i] = i
	}
	sort.SliceStable(byStart, func(a, b int) bool { return s.x.Mentions[byStart[a]].Start < s.x.Mentions[byStart[b]].Start })
	s.sectionChar = noMention
	for _, sn := range s.p.Sentences {
		s.readSentence(sn, byStart)
	}
	s.dropWeak()
	s.maidenNames()
	s.sharedSurnames()
}

// listProse reports whether a sentence of a list item is running text: it
// follows the item's first sentence and is written in sentence case, as a
// cast line's description goes on ("- Ivy Cole (Lena Marsh) – a detective.
// She is a nurse at the fictional Harbor Cross North.").
func (s *docState) listProse(st *sentence) bool {
	lead := s.p.Doc.Text[st.blk.Span.Start:st.Span.Start]
	return strings.Trim(lead, "-*•· \t") != "" && !titleCased(st.ws)
}

// readSentence finds the names of one sentence, in passes that each leave
// the words they took to the next: the structure's mentions, the lexical
// patterns, the names the corpus knows, then the capitalised runs it does
// not; and then the relations between them.
func (s *docState) readSentence(sn nlp.Sentence, byStart []int) {
	blk := s.p.Blocks[sn.Block]
	s.block = sn.Block
	s.trackSection(sn, blk)
	st := s.newSentence(sn, blk)
	st.headingOnly = blk.Kind == layout.BlockHeading || blk.Kind == layout.BlockCaption || blk.Kind == layout.BlockList && !s.listProse(st)
	st.used = make([]bool, len(st.ws))
	s.structuredIn(st, byStart)
	for _, spot := range spotters {
		spot(s, st)
	}
	s.knownNames(st)
	s.unknownRuns(st)
	sort.Slice(st.ms, func(a, b int) bool { return s.x.Mentions[st.ms[a]].Start < s.x.Mentions[st.ms[b]].Start })
	s.seriesLists(st.ms)
	s.orgLists(st.ms)
	s.relations(sn, blk, st.ms)
	s.noteSeries(st.ms)
	s.noteCharacter(st.ms)
}

// trackSection follows the character whose section of a page the text is
// in: a heading ends a section, and a heading that is also a cast line
// ("Renée Ballard" over "Portrayed by Maggie Q") starts one.
func (s *docState) trackSection(sn nlp.Sentence, blk layout.Block) {
	switch {
	case blk.Kind == layout.BlockHeading:
		s.sectionChar = noMention
	case blk.Kind == layout.BlockCast && sn.Block > 0 && s.p.Blocks[sn.Block-1].Kind == layout.BlockHeading && blk.Span.Start == s.p.Blocks[sn.Block-1].Span.Start:
		if c, ok := s.castChar[sn.Block]; ok {
			s.sectionChar = c
		}
	}
}

// structuredIn adds the mentions the structure found inside the sentence
// (cast lines) and takes their words.
func (s *docState) structuredIn(st *sentence, byStart []int) {
	first := sort.Search(len(byStart), func(k int) bool { return s.x.Mentions[byStart[k]].Start >= st.Span.Start })
	for _, i := range byStart[first:] {
		m := s.x.Mentions[i]
		if m.Start >= st.Span.End {
			break
		}
		if m.End <= st.Span.End {
			st.ms = append(st.ms, i)
			st.take(m.Start, m.End)
		}
	}
}

// take marks the words within start..end taken.
func (st *sentence) take(start, end int) {
	for wi, w := range st.ws {
		if w.Start >= start && w.End <= end {
			st.used[wi] = true
		}
	}
}

// free reports whether no word within start..end is taken.
func (st *sentence) free(start, end int) bool {
	for wi, w := range st.ws {
		if w.Start >= start && w.End <= end && st.used[wi] {
			return false
		}
	}
	return true
}

// claimWords makes a mention of text[start:end] typed by t unless one of
// its words is already taken, and takes its words.
func (s *docState) claimWords(st *sentence, start, end int, t typing) {
	if !st.free(start, end) {
		return
	}
	if mi := s.mention(start, end, t); mi >= 0 {
		st.ms = append(st.ms, mi)
		st.take(start, end)
	}
}

// knownNames finds the names the corpus knows, longest first.
func (s *docState) knownNames(st *sentence) {
	text := s.p.Doc.Text
	ws, used := st.ws, st.used
	for i := 0; i < len(ws); i++ {
		if used[i] {
			continue
		}
		best, bestJ := s.longestKnown(st, i)
		if bestJ < 0 {
			continue
		}
		// A known name that starts a longer organization name is part
		// of it: "Duluth" in "Duluth Police Department".
		if end := suffixEnd(text, ws, used, i, bestJ); end > bestJ {
			i = end // "Duluth" in "Duluth Police Department", "New York" in "New York City": the run is one name
			continue
		}
		if best == "" && s.insideLongerName(st, i, bestJ) || bestJ == i && s.endsLongerName(st, i) || s.particleSurnameAfterGiven(st, i, bestJ, best) || afterNicknameAt(text, ws[i].Start) ||
			nicknameTailLen(text, ws[bestJ]) > 0 || inNickname(text, ws[i].Start, ws[bestJ].End) || inSingleNickname(text, ws[i].Start, ws[bestJ].End) {
			continue // a word of a longer, unknown name ("Jamie Corrado Marsh", "Double Marlow")
		}
		t := knownTyping(best, text, ws[i].Start, ws[bestJ].End, bestJ > i, st.headingOnly)
		if k := s.subtitleEnd(st, bestJ); (best == graph.Series || bestJ == i && names.Acronym(ws[i].Text)) && k > bestJ {
			bestJ, t = k, typeSeriesSubtitle // "Harbor Watch: Night Shift", "KPD: Night Shift"
		}
		if best == graph.Character && bestJ == i && s.surnameAfter(st, i) {
			bestJ, t = i+1, s.fullNameTyping(st, i) // "Nora Vance" after "Nora's husband"; "Harbor Weekly's Nora Vance reviews" a person
		}
		end := ws[bestJ].End
		if end < len(text) && text[end] == '+' {
			end++ // "Lumen+", "Apple TV+": the plus is part of the name
		}
		if mi := s.mention(ws[i].Start, end, t); mi >= 0 {
			st.ms = append(st.ms, mi)
		}
		for k := i; k <= bestJ; k++ {
			used[k] = true
		}
		i = bestJ
	}
}

// joined reports whether words i..j are free and may form one name.
func (s *docState) joined(st *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if st.used[k+1] || !gapOK(s.p.Doc.Text, st.ws[k], st.ws[k+1], true) {
			return false
		}
	}
	return true
}

// particleSurnameAfterGiven reports whether the known name of words i..j,
// a person's or a character's of two words or more that opens with a name
// particle ("Van Roon", "De Luca"), which is how a surname opens, stands
// right after a well-known given name that the corpus gives no type of its
// own: the given name and the surname are one longer name ("Nora Van
// Roon"), which the capitalised runs read whole.
func (s *docState) particleSurnameAfterGiven(st *sentence, i, j int, best string) bool {
	if j == i || best != graph.Character && best != graph.Person || !names.InLower(nameParticles, st.ws[i].Text) || i == 0 {
		return false
	}
	p := st.ws[i-1].Text
	return names.GivenName(p) && !names.IsTitle(p) && s.endsLongerName(st, i)
}

// insideLongerName reports whether words i..j stand inside a longer run of
// capitalised words: a capitalised word that is no title before them, or a
// capitalised word after them.
func (s *docState) insideLongerName(st *sentence, i, j int) bool {
	text, ws := s.p.Doc.Text, st.ws
	return (i > 0 && gapOK(text, ws[i-1], ws[i], false) && names.Capitalised(ws[i-1].Text) && !names.IsTitle(ws[i-1].Text)) ||
		(j+1 < len(ws) && gapOK(text, ws[j], ws[j+1], false) && names.Capitalised(ws[j+1].Text))
}

// typeCharacterFullName types a full name whose first name the corpus
// knows alone as a character's and whose surname it gives no type.
var typeCharacterFullName = typing{"character-given-name", graph.Character, SigLexicon, 0.6}

// surnameAfter reports whether word i, a lone name, is followed by a
// capitalised word that the corpus gives no type of its own (at most a
// surname's) and that ends the run: the surname of a full name.
func (s *docState) surnameAfter(st *sentence, i int) bool {
	text, ws := s.p.Doc.Text, st.ws
	if i+1 >= len(ws) || st.used[i+1] || !gapOK(text, ws[i], ws[i+1], false) {
		return false
	}
	if i+2 < len(ws) && gapOK(text, ws[i+1], ws[i+2], false) && names.Capitalised(ws[i+2].Text) {
		return false // a longer run
	}
	n := ws[i+1].Text
	return names.Capitalised(n) && !names.IsTitle(n) && !names.InLower(names.NotNames, n) && !s.knownAs(n).typed() && !names.KnownPlace(n)
}

// endsLongerName reports whether word i ends a run of capitalised words
// that are no titles, no generic words and no word that opens the sentence
// and the corpus also writes in lower case: "Marlow" in "Dearly Devoted
// Marlow" is the end of a longer name, not the name the corpus knows.
func (s *docState) endsLongerName(st *sentence, i int) bool {
	text, ws := s.p.Doc.Text, st.ws
	if i == 0 || !gapOK(text, ws[i-1], ws[i], false) || st.used[i-1] {
		return false
	}
	p := ws[i-1].Text
	if creditSuffix.MatchString(p) || compoundSuffix.MatchString(p) {
		return false // "the Dana Whitfield-created Nightfall"
	}
	if i == 1 && s.isLower(strings.ToLower(p)) {
		return false // "Throughout Ballard": a word the sentence opens with
	}
	return names.Capitalised(p) && !names.IsTitle(p) && !names.InLower(names.NotNames, p) && !s.knownAs(p).ok()
}

// unknownRuns types the capitalised runs the corpus does not know yet
// (see candidate).
func (s *docState) unknownRuns(st *sentence) {
	text := s.p.Doc.Text
	ws, used := st.ws, st.used
	for i := 0; i < len(ws); i++ {
		if used[i] || !names.Capitalised(ws[i].Text) && !ordinalLead(text, ws, used, i) {
			continue
		}
		j := i
		for {
			for j+1 < len(ws) && !used[j+1] && gapOK(text, ws[j], ws[j+1], false) && !creditSuffix.MatchString(ws[j].Text) && !compoundWord(ws[j].Text) && !namePair(text, ws, i, j) &&
				(names.Capitalised(ws[j+1].Text) || (isConnectorWord(ws[j+1].Text) && (j == i || orgHeadOf(ws, j)) && j+2 < len(ws) && names.Capitalised(ws[j+2].Text) && placeOn(ws, i, j))) {
				// "Bank of America" joins over "of"; "Imogen Saltash of
				// Northlight Magazine" is a person and an organization.
				j++
			}
			if k := ofTheEnd(text, ws, used, i, j); k > j {
				j = k // "The Keeper of the Lamps", "Bank of the West"
				continue
			}
			if k := particlesEnd(text, ws, used, i, j); k > j {
				j = k // "Gabriela de la Garza"
				continue
			}
			if k := nameTail(text, ws, used, j); k > j {
				j = k // 'Elias Noel "Cat Eyes" Ward', "Frank Dorsey, Jr."
				continue
			}
			if unitNumber(text, ws, used, i, j) {
				j++ // "Harbor Crime Unit 12": the number is the unit's
			}
			break
		}
		if mi := s.candidate(st, i, takePostNominals(ws, used, i, j)); mi >= 0 {
			st.ms = append(st.ms, mi)
		}
		i = j
	}
}
