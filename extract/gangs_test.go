package extract_test

import "testing"

// TestCriminalGroups checks which names of criminal organizations are
// read as organizations' names.
func TestCriminalGroups(t *testing.T) {
	cases := []struct {
		name, text, mention string
		want                bool // whether the mention is an organization
	}{
		{"a cartel", "Ivy buries Nico, who ran guns for the Vargas cartel.\n", "Vargas cartel", true},
		{"a crime family", "Tom Fell heads the Kovac crime family in the port.\n", "Kovac crime family", true},
		{"a demonym is no name", "Ivy buries Nico, who ran guns for a Mexican cartel.\n", "Mexican cartel", false},
		{"an article is no name", "The mob wants Ivy dead by morning.\n", "The mob", false},
		{"a family alone is kin", "Ivy visits the Kovac family at home.\n", "Kovac family", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := false
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				got = got || m.Name == c.mention && m.Type == "Organization"
			}
			if got != c.want {
				t.Errorf("%q in %q: an organization %v, want %v", c.mention, c.text, got, c.want)
			}
		})
	}
}
