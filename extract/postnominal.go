package extract

import "github.com/kgbuild/kg/names"

// postNominalStart returns the index of the first of the words that end the
// run i..j and are post-nominal letters ("Ann Roe OBE DCM", "Ray Hobb MP"),
// or j+1 when none ends it. At least two words of the run stay before
// them: the letters follow a full name, and a lone word before them may be
// an acronym of a list of them, or of an organization ("BBC MP").
func postNominalStart(ws []word, i, j int) int {
	k := j
	for k > i+1 && names.PostNominals[ws[k].Text] {
		k--
	}
	return k + 1
}

// takePostNominals marks taken the post-nominal letters that end the run
// i..j ("Ann Roe OBE": no word of the name, nor a name of their own) and
// returns the index of the name's last word.
func takePostNominals(ws []word, used []bool, i, j int) int {
	k := postNominalStart(ws, i, j)
	for w := k; w <= j; w++ {
		used[w] = true
	}
	return k - 1
}
