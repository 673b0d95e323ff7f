package extract

// An office and what it heads ("Mayor of Eastbrook", "Chief of Harbor
// Police") names no one, and a title word before a name ("Judge Harlan")
// makes it someone's name in a role; but a show may be named so. In
// quotation marks such words are a title, as reviews and news quote the
// names of shows: "Ada Vale’s ‘Mayor of Eastbrook’ Renewed".

// officeRun reports whether the run of words i..j of a sentence is an
// office and what it heads (see officeOf) that does not stand whole
// between quotation marks.
func (s *docState) officeRun(st *sentence, i, j int) bool {
	if !officeOf(st.ws, i, j) {
		return false
	}
	text := s.p.Doc.Text
	return !quotedTitle(text[st.Span.Start:st.ws[i].Start], text[st.ws[j].End:st.Span.End])
}

// titledName reports whether the run is a name after a title word
// ("Detective Ivy Cole"), which a run standing whole in quotation marks
// is not: 'the new drama "Judge Harlan"'.
func titledName(r *run) bool { return r.n > 1 && !r.quoted && r.titleBeforeName() }
