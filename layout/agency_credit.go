package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// agencyCredit matches the picture credit a caption ends with after a dash
// or after its sentence's end, with no label, as news sites print it under
// a photograph: "... in Harbor Lights - Dara Quillon/UBN", "... at the
// premiere – Studio/Agency", "Mara Vance in 'Harbor.' Studio/Agency". The
// slash between the names is what makes it a credit: a headline's dash is
// followed by words ("Harbor Lights - Season 2"), not by names a slash
// joins. Group 1 is the dash, group 2 the credit.
var agencyCredit = regexp.MustCompile(`(\s[-–—]|[.!?]["'’”]?)\s+(\p{Lu}[^/:\-–—]{0,40}(?:\s*/\s*\p{Lu}[^/:\-–—]{0,40})+)$`)

// readAgencyCredit reads a caption that ends with an unlabelled picture
// credit: the words before it are the caption's sentence (prose, so that
// its names are read as a sentence's, not a heading's), the credit's names
// fields as readCredit makes them. A caption has a sentence before its
// credit: two words at least before a full stop, three before a dash, for
// a short title line has a dash too ("Harbor Lights - Drama/Crime").
func readAgencyCredit(s *scan, b body) bool {
	m := agencyCredit.FindStringSubmatchIndex(b.text)
	if m == nil {
		return false
	}
	dashed := strings.ContainsAny(b.text[m[2]:m[3]], "-–—")
	if words := len(strings.Fields(b.text[:m[2]])); words < 2 || dashed && words < 3 {
		return false
	}
	// The credit has no label: an empty one after the dash or the stop.
	at := m[3]
	if dashed {
		at = m[2] + 1
	}
	return readCredit(s, b, []int{at, m[4], at, at})
}
