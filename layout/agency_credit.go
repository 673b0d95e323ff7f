package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// agencyCredit matches the picture credit a caption ends with after a dash
// and no label, as news sites print it under a photograph: "... in Harbor
// Lights - Dara Quillon/UBN", "... at the premiere – Studio/Agency". The
// slash between the names is what makes it a credit: a headline's dash is
// followed by words ("Harbor Lights - Season 2"), not by names a slash
// joins.
var agencyCredit = regexp.MustCompile(`\s[-–—]\s+(\p{Lu}[^/\-–—]{0,40}(?:\s*/\s*\p{Lu}[^/\-–—]{0,40})+)$`)

// readAgencyCredit reads a caption that ends with an unlabelled picture
// credit after a dash: the words before it are the caption's sentence
// (prose, so that its names are read as a sentence's, not a heading's),
// the credit's names fields as readCredit makes them. A caption has a
// sentence before its credit: three words at least.
func readAgencyCredit(s *scan, b body) bool {
	m := agencyCredit.FindStringSubmatchIndex(b.text)
	if m == nil || len(strings.Fields(b.text[:m[0]])) < 3 {
		return false
	}
	// The credit has no label: an empty one where the dash stands.
	dash := m[0] + 1
	return readCredit(s, b, []int{dash, m[2], dash, dash})
}
