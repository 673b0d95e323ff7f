package extract

import (
	"strings"
)

// A headline's title may run on past a colon into the words that tell
// which part of the series the page is about ("HARBOR LIGHTS: THE COMPLETE
// FINAL SEASON", where "final" is the word the headline pattern ends the
// title at) or what befell it ("Mayor of Eastbrook: Ada Vale Series
// Returning for Season 3", where the pattern runs on to "Season"). The
// page itself tells its series' name: the name it repeats.

// colonHeadEnd returns where the title text[start:end] of a headline
// ends: before its colon when the page names the words before the colon
// again on their own (in any case: a headline in capitals is named in
// title case in the text) and names neither the whole title nor the words
// after the colon again. A subtitle the page repeats ("Harbor: New Tide"
// and "New Tide") stays, and so does a title the page names whole.
func (s *docState) colonHeadEnd(st *sentence, start, end int) int {
	text := s.p.Doc.Text
	title := text[start:end]
	i := strings.Index(title, ":")
	if i <= 0 {
		return end
	}
	head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+1:])
	rest := text[st.blk.Span.End:]
	if tail == "" || wholeCountFold(rest, head) == 0 || wholeCountFold(rest, title) > 0 || wholeCountFold(rest, tail) > 0 {
		return end
	}
	return start + len(strings.TrimRight(title[:i], " "))
}

// wholeCountFold is wholeCount with the case of letters ignored, so that a
// title in capitals is found in the text's title case. Where lowering
// changes the text's length (letters whose cases differ in bytes), the
// case counts.
func wholeCountFold(text, title string) int {
	lt, lw := strings.ToLower(text), strings.ToLower(title)
	if len(lt) != len(text) || len(lw) != len(title) {
		return wholeCount(text, title)
	}
	return wholeCountIn(text, lt, lw)
}

// labelEnd returns where the title text[start:end] of a headline starts
// after a label of the page's kind before a colon ("REVIEW: Harbor
// Lights", "Watch: Harbor Lights"): the label's words are all generic.
func (s *docState) labelEnd(start, end int) int {
	title := s.p.Doc.Text[start:end]
	i := strings.Index(title, ": ")
	if i <= 0 || !allGeneric(title[:i]) {
		return start
	}
	return start + i + len(": ")
}
