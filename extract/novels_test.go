package extract_test

import "testing"

// TestAdaptedNovelsNeedOneAuthor checks that the books a series adapts are
// given to the page's author of novels only when the page names one: with
// two authors of novels, neither wrote the adapted book.
func TestAdaptedNovelsNeedOneAuthor(t *testing.T) {
	cases := []struct{ name, text, book string }{
		{"two authors", seriesPage + "Nightfall adapts the novels by Carla Venn.\n\nIt also draws on the books by Omar Reyes.\n\nIts fifth series is based on the book The Salt Grave.\n", "The Salt Grave"},
		{"no author of novels", seriesPage + "Nightfall stars Carla Venn.\n\nIts fifth series is based on the book The Salt Grave.\n", "The Salt Grave"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, x := range extractDocs(t, c.text) {
				for _, l := range claimLines(x) {
					if l.pred == "WROTE" && l.obj == c.book {
						t.Errorf("%s WROTE %s claimed", l.subj, l.obj)
					}
				}
			}
		})
	}
}
