package extract_test

import "testing"

// TestMaidenNames checks that a maiden surname after a married name gives
// the name its maiden form as an alias, and nothing else does.
func TestMaidenNames(t *testing.T) {
	cases := []struct {
		name, text, mention, want string
	}{
		{"in parentheses", "Detective Mark Calder is married to Mara Ann Calder (née Quill), a nurse.", "Mara Ann Calder", "Mara Ann Quill"},
		{"after a comma", "He married Mara Calder, née Quill, in 1996.", "Mara Calder", "Mara Quill"},
		{"without the accent", "He married Mara Calder (nee Quill) in 1996.", "Mara Calder", "Mara Quill"},
		{"no maiden name", "He married Mara Calder (a nurse) in 1996.", "Mara Calder", ""},
		{"a word in lower case", "He married Mara Calder (née unknown) in 1996.", "Mara Calder", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			xs := extractDocs(t, c.text)
			found := false
			for _, m := range xs[0].Mentions {
				if m.Name != c.mention {
					continue
				}
				found = true
				if m.Alias != c.want {
					t.Errorf("%q: alias %q, want %q", m.Name, m.Alias, c.want)
				}
			}
			if !found {
				t.Fatalf("no mention %q in %q", c.mention, c.text)
			}
		})
	}
}
