package extract

import (
	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// A series is often named after the novel it adapts, and a production
// company after its first show, so that the corpus knows one title as a
// series' while a sentence speaks of the novel or the company: "based on
// the novel Harbor Lights", "Harbor Lights, the production company". The
// words there name another work or a company, which stays an entity of
// its own beside the series.

var (
	// sharedBookBefore matches the words before one book's title: "the
	// novel", "her debut novel,". A plural introduces a clause ("Based
	// on her Harbor novels, Harbor Lights stars ..."), not a title.
	sharedBookBefore = regexp.MustCompile(`(?i)\b(?:novel|book)\s*,?\s*["“‘]?$`)
	// typeSharedTitleBook types a title the corpus knows as a series'
	// where the words before it speak of a book.
	typeSharedTitleBook = typing{"shared-title-book", graph.Book, SigPattern, 0.7}
	// typeSharedTitleOrg types a title the corpus knows as a series'
	// where an apposition after it names a company.
	typeSharedTitleOrg = typing{"shared-title-organization", graph.Organization, SigPattern, 0.7}
)

// sharedTitle returns the typing of a name the corpus knows as a series'
// at text[start:end] where the words around it name a book or a company,
// and reports whether they do.
func sharedTitle(text string, start, end int) (typing, bool) {
	before, after := text[max(0, start-40):start], text[end:min(len(text), end+80)]
	if sharedBookBefore.MatchString(before) {
		return typeSharedTitleBook, true // "based on the novel Harbor Lights"
	}
	if n := appositionNoun(after); n != "" && !seriesNouns[n] {
		return typeSharedTitleOrg, true // "Harbor Lights, the production company"
	}
	return typing{}, false
}
