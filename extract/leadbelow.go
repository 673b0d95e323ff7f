package extract

import "github.com/kgbuild/kg/layout"

// seriesLeadBelow reports whether block b, the paragraph under a heading,
// opens with the lead sentence of a page about a series ("Harbor Lights
// is a crime drama television series"): the heading above is the page's
// title, the series' name, and no person's entry on a cast page.
func seriesLeadBelow(b layout.Block) bool {
	m := leadSentence.FindStringSubmatchIndex(b.Span.Text)
	return m != nil && !notSeriesWords.MatchString(b.Span.Text[m[4]:m[5]])
}
