package extract_test

import "testing"

// TestCutOffField checks that the value of a field that ends a page is
// no name when the page writes a longer word that its last word begins
// (the page was cut off in the middle of it), and is one otherwise: a
// field's value ends with no full stop.
func TestCutOffField(t *testing.T) {
	const head = "Harbor Lights\n\nHarbor Lights is a crime drama produced by Dana Whitfield Productions.\n\nCreated by: Ivo Brandt\n"
	for _, tc := range []struct{ name, text, who string }{
		{"cut-off", head + "Writer: Dana Whitf", "-"},
		{"whole", head + "Writer: Dana Corliss", "Dana Corliss"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			for _, name := range []string{"Dana Whitf", "Dana Corliss"} {
				found := mentionRule(x, name) != "-"
				if want := name == tc.who; found != want {
					t.Errorf("mention %q found: %v, want %v (mentions %+v)", name, found, want, x.Mentions)
				}
			}
		})
	}
}
