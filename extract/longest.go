package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
)

// longestKnown returns the type the lexicon gives the longest name (of up
// to eight free words) starting at word i, and the index of its last word;
// -1 when the corpus knows none.
func (s *docState) longestKnown(st *sentence, i int) (string, int) {
	text := s.p.Doc.Text
	ws := st.ws
	capital := names.Capitalised(ws[i].Text)
	last := i // words i..j are joined for every j up to last, and for none after
	for last < min(len(ws)-1, i+7) && !st.used[last+1] && gapOK(text, ws[last], ws[last+1], true) {
		last++ // words i..last are joined: the next is joined to them if free and after a gap a name may hold
	}
	if last == i && !capital {
		return "", -1
	}
	var keys []string // the keys of words i..j by j-i, unless the sentence is folded once
	if !st.foldOnce(text) {
		var endsOf [8]int // last-i is 7 at most
		ends := endsOf[:last-i+1]
		for k := range ends {
			ends[k] = ws[i+k].End - ws[i].Start
		}
		keys = names.FoldPrefixes(text[ws[i].Start:ws[last].End], ends)
	}
	var spans, theSpans spanHeads
	for j := last; j >= i; j-- {
		if j == i && !capital {
			continue // a lone word in lower case is no name, whatever the lexicon says
		}
		key := st.key(keys, i, j)
		k := s.knownSpan(key, &spans)
		if !k.ok() && j > i && !(i > 0 && strings.EqualFold(ws[i-1].Text, "the")) {
			k = s.knownTheSpan(key, &theSpans) // "Arkwright's Brannock Mysteries"
		}
		if !k.ok() || (!k.typed() && (j > i || !k.anyShort() && !k.guessed())) {
			continue
		}
		t := k.best()
		if !capital && !(j > i && t == graph.Organization) {
			continue
		}
		return t, j
	}
	return "", -1
}

// key is the folded key of words i..j: keys[j-i] when the keys of the
// spans from word i were folded apart (keys not nil), else a slice of the
// sentence's fold (see foldOnce).
func (st *sentence) key(keys []string, i, j int) string {
	if keys != nil {
		return keys[j-i]
	}
	return st.fold[st.foldFrom[i]:st.foldTo[j]]
}

// foldOnce folds the sentence's words once, if it has not yet, and
// reports whether the keys of its spans are slices of the fold: they are
// when its text is ASCII (names.FoldSpans).
func (st *sentence) foldOnce(text string) bool {
	if st.foldState == 0 {
		st.foldState = -1
		if n := len(st.ws); n > 0 {
			base := st.ws[0].Start
			starts, ends := make([]int, n), make([]int, n)
			for k, w := range st.ws {
				starts[k], ends[k] = w.Start-base, w.End-base
			}
			var ok bool
			if st.fold, st.foldFrom, st.foldTo, ok = names.FoldSpans(text[base:st.ws[n-1].End], starts, ends); ok {
				st.foldState = 1
			}
		}
	}
	return st.foldState == 1
}
