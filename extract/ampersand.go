package extract

// ampersandAfter reports whether word i of ws, inside the run i..j, is
// joined to the next by an ampersand: a generic word so joined belongs to
// the name ("TV & Radio Week", "Law & Disorder"), as no sentence sets an
// ampersand between a common word and a name.
func ampersandAfter(text string, ws []word, i, j int) bool {
	return i < j && text[ws[i].End:ws[i+1].Start] == " & "
}
