package extract_test

import "testing"

// TestPageAliasField checks that a character page's "Alias" list gives
// its character the names the list writes after a title ("Dr. Ivo
// Brandt", kept as a role), with initials ("Q. T. Marsh") or with a
// surname that is a common word after a given name ("Nora White"), or
// with a common word inside it ("Tin Can Tessa"), and that a list of page
// labels gives none.
func TestPageAliasField(t *testing.T) {
	const page = "Nora Halloran\nNora Halloran\nTidewater character\nPortrayed by\nRenata Solberg\n" +
		"In-universe information\nAlias\n  • Kit Lowry\n  • Nora White\n  • Dr. Ivo Brandt\n  • Q. T. Marsh\n  • Season One\n  • Tin Can Tessa\n  • The Hook\n" +
		"\nNora Halloran is the protagonist of Tidewater, a drama set in a harbour town.\n"
	got := map[string]string{}
	for _, m := range extractDocs(t, page)[0].Mentions {
		if m.Alias != "" {
			got[m.Name] = m.Alias
		}
	}
	for _, tc := range []struct{ name, want string }{
		{"Kit Lowry", "Nora Halloran"},
		{"Nora White", "Nora Halloran"},
		{"Ivo Brandt", "Nora Halloran"},
		{"Q. T. Marsh", "Nora Halloran"},
		{"Season One", ""},
		{"Tin Can Tessa", "Nora Halloran"}, // a generic word inside a nickname
		{"The Hook", ""},                   // a generic word first
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got[tc.name] != tc.want {
				t.Errorf("%q: alias %q, want %q (aliases %v)", tc.name, got[tc.name], tc.want, got)
			}
		})
	}
}
