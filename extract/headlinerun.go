package extract

import "github.com/kgbuild/kg/layout"

// headlineCommonRun reports whether the run, two words or more in a
// heading or a sentence set in title case, is made only of words the
// corpus writes in lower case elsewhere, or of generic words: a
// headline's or a teaser's words ("After a Long Recovery Following a
// Boating Accident"), which title case capitalises without naming
// anything. A name there keeps a word no prose writes in lower case.
func (s *docState) headlineCommonRun(st *sentence, r *run) bool {
	if r.n < 2 || !st.titleSet(st.ws) {
		return false
	}
	for _, w := range r.words {
		if !s.commonWord(w.Text) {
			return false
		}
	}
	return true
}

// titleSet reports whether the sentence is a heading, or its words ws are
// set in title case as a headline's are: its capitals then say nothing of
// names.
func (st *sentence) titleSet(ws []word) bool {
	return st.headingOnly || st.blk.Kind == layout.BlockHeading || titleCased(ws)
}
