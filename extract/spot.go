package extract

import (
	"regexp"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
)

// spotters find names by a lexical pattern of the sentence around them,
// before the words the corpus knows; each takes the words it types. They
// run in this order.
var spotters = []func(*docState, *sentence){
	(*docState).spotBookSeries,
	(*docState).spotNameHeading,
	(*docState).spotPlacePairs,
	(*docState).spotDateline,
	(*docState).spotYearTitles,
}

var (
	bookSeries  = regexp.MustCompile(`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:(?:novel|book)\s+series|novels|books|trilogy|saga)\b`)
	placePair   = regexp.MustCompile(`\b(?:in|from|near|at|outside)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\b`)
	dateline    = regexp.MustCompile(`^(\p{Lu}{3,}(?:\s\p{Lu}{3,})?)\s+[—–-]\s`)
	yearTitle   = regexp.MustCompile(`(?:^|[\s,;:(])((?:The |A |An )?\p{Lu}[\p{L}’'-]*(?:\s(?:\p{Lu}[\p{L}’'-]*|for|the|of|at|in|on|to|a|an|and|with|from|by))*\s\p{Lu}[\p{L}’'-]*)\s*\((?:[^()]{1,30}, )?\d{4}\)`)
	bookContext = regexp.MustCompile(`(?i)\b(novels?|books?|novel series|trilogy|memoir|based on|adapts?|adapted|inspired by|written by|author|published|draws on|draws from)\b`)
)

// spotBookSeries finds named book series: "the Renée Ballard novel
// series", but not "Michael Connelly's novels", a description.
func (s *docState) spotBookSeries(st *sentence) {
	for _, m := range bookSeries.FindAllStringIndex(st.Span.Text, -1) {
		title := st.Span.Text[m[0]:m[1]]
		owner := strings.TrimSpace(title[:strings.LastIndex(strings.TrimSpace(strings.TrimSuffix(title, " series")), " ")])
		if strings.ContainsAny(title, "'’") || s.lex[names.Fold(owner)] != nil && s.lex[names.Fold(owner)].types[graph.Person] > 0 {
			continue // "Michael Connelly's novels": a description, not a title
		}
		s.claimWords(st, st.Span.Start+m[0], st.Span.Start+m[1], typeBookSeries)
	}
}

// spotNameHeading reads a heading that is only a name, over a paragraph
// that opens with one of its words ("Barnaby Pike" / "Pike plays ..."): a
// cast page's entry for a person.
func (s *docState) spotNameHeading(st *sentence) {
	blk := st.blk
	if !(blk.Kind == layout.BlockHeading || blk.Kind == layout.BlockProse && st.Span == blk.Span) || !layout.IsName(blk.Span.Text) || st.Block+1 >= len(s.p.Blocks) {
		return
	}
	hw := strings.Fields(blk.Span.Text)
	next := s.p.Blocks[st.Block+1]
	if len(hw) < 2 || len(hw) > 3 || anyNotName(hw) || next.Kind != layout.BlockProse {
		return
	}
	if strings.HasPrefix(next.Span.Text, hw[len(hw)-1]+" ") || strings.HasPrefix(next.Span.Text, hw[0]+" ") {
		s.claimWords(st, blk.Span.Start, blk.Span.End, typeNameHeading)
	}
}

// anyNotName reports whether one of ws is a generic word, no name.
func anyNotName(ws []string) bool {
	for _, w := range ws {
		if names.NotNames[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// spotPlacePairs finds places given as "City, Country" after a
// preposition, unless the corpus knows a name of the pair as something else.
func (s *docState) spotPlacePairs(st *sentence) {
	text := s.p.Doc.Text
	for _, m := range placePair.FindAllStringSubmatchIndex(st.Span.Text, -1) {
		for g := 1; g <= 2; g++ {
			start, end := st.Span.Start+m[2*g], st.Span.Start+m[2*g+1]
			if names.NotNames[strings.ToLower(text[start:end])] {
				continue
			}
			if e := s.lex[names.Fold(text[start:end])]; e != nil && e.best() != graph.Place && e.best() != "" {
				continue
			}
			s.claimWords(st, start, end, typePlacePair)
		}
	}
}

// spotDateline finds the place of a dateline ("LONDON — ...") at the start
// of a block.
func (s *docState) spotDateline(st *sentence) {
	if m := dateline.FindStringSubmatchIndex(st.Span.Text); m != nil && st.Span.Start == st.blk.Span.Start {
		s.claimWords(st, st.Span.Start+m[2], st.Span.Start+m[3], typeDateline)
	}
}

// spotYearTitles finds titles followed by a year, with their small words:
// "Salt for the Dead (2013)". A title is a book where the sentence, its
// section or the lead of its list speaks of books ("The novels:" over a
// list of "Title (2014)"), else what the corpus knows it as, else a series.
func (s *docState) spotYearTitles(st *sentence) {
	text := s.p.Doc.Text
	for _, m := range yearTitle.FindAllStringSubmatchIndex(st.Span.Text, -1) {
		start, end := st.Span.Start+m[2], st.Span.Start+m[3]
		if strings.Count(text[start:end], " ") == 0 {
			continue // one word: the runs of capitalised words handle it
		}
		t := typeYearTitle
		if e := s.lex[names.Fold(text[start:end])]; e != nil && e.best() != "" {
			t = yearTitleLexicon(e.best())
		}
		if s.speaksOfBooks(st) {
			t = typeYearTitleBook // here, not elsewhere, decides
		}
		s.claimWords(st, start, end, t)
	}
}

// speaksOfBooks reports whether a sentence, its section, or the lead of the
// list it is an item of speaks of books.
func (s *docState) speaksOfBooks(st *sentence) bool {
	return bookContext.MatchString(st.Span.Text) || bookContext.MatchString(st.blk.Section) ||
		st.blk.Kind == layout.BlockList && st.Block > 0 && bookContext.MatchString(s.listLead(st.Block))
}

// listLead returns the text of the block that introduces the list holding
// block bi: the nearest block above that is not an item of the same list.
func (s *docState) listLead(bi int) string {
	if i := s.leadIndex(bi); i >= 0 {
		return s.p.Blocks[i].Span.Text
	}
	return ""
}

// leadIndex returns the index of the block that introduces the list
// holding block bi, or -1.
func (s *docState) leadIndex(bi int) int {
	for i := bi - 1; i >= 0; i-- {
		if s.p.Blocks[i].Kind != layout.BlockList {
			return i
		}
	}
	return -1
}

var (
	possessiveBooks = regexp.MustCompile(`^['’]s\s+(?:[\p{L}-]+\s+){0,4}?(?:novels|books|mysteries|thrillers|series)\b`)
	booksBy         = regexp.MustCompile(`(?i)(?:novels|books|mysteries|thrillers|series) by (?:author )?$`)
)

// listAuthor returns the person whose books the lead of list block bi
// names ("... author Margit Halvorsen's Northern Waters novels ... The full
// series so far:"), or noMention.
func (s *docState) listAuthor(bi int) int {
	li := s.leadIndex(bi)
	if li < 0 {
		return noMention
	}
	text := s.p.Doc.Text
	for i, m := range s.x.Mentions {
		if m.Block != li || m.Type != graph.Person && !s.lexShort(m.Name, graph.Person) {
			continue
		}
		after := text[m.End:min(len(text), m.End+60)]
		before := text[max(0, m.Start-30):m.Start]
		if possessiveBooks.MatchString(after) || booksBy.MatchString(before) {
			return i
		}
	}
	return noMention
}
