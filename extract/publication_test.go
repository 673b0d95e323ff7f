package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
)

// TestPublicationEndings checks that a run ending with a word that ends
// publications' names (Insider, Guide, Digest, Week, Wire) is an
// organization, whole, even when a generic word joined by an ampersand
// opens it.
func TestPublicationEndings(t *testing.T) {
	tests := []struct {
		name, text, run string
	}{
		{"insider", "Tom Orrin spoke about the finale in an interview with Harbor Insider last week.\n", "Harbor Insider"},
		{"guide", "The drama was picked by Marsh Viewing Guide as a highlight of the week.\n", "Marsh Viewing Guide"},
		{"digest", "A critic wrote in Quillon Digest that the drama drags.\n", "Quillon Digest"},
		{"wire", "A critic at Harbor Wire praised the drama and its lead, Tom Orrin.\n", "Harbor Wire"},
		{"week after an ampersand", "The cast spoke to TV & Harbor Week about the last series.\n", "TV & Harbor Week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractDocs(t, tt.text)[0]
			if got := mentionField(x, tt.run, func(m extract.Mention) string { return m.Type }); got != "Organization" {
				t.Errorf("%q in %q: type %q, want Organization", tt.run, tt.text, got)
			}
		})
	}
}
