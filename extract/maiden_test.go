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
		{"with no mark around it", "He married Mara Calder née Quill in 1996.", "Mara Calder", "Mara Quill"},
		{"before the actor of a cast line", "= Harbor (TV series) =\n\n== Cast ==\n\n- Mara Calder née Quill (Lena Marsh), a nurse\n", "Mara Calder", "Mara Quill"},
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

// TestAbbreviatedSuffixKeepsItsDot checks that a company's name ending
// with an abbreviated suffix keeps the abbreviation's dot.
func TestAbbreviatedSuffixKeepsItsDot(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"before a dash", "Picture Shows: a detective - (C) Harbor Lane Productions Ltd. - Photographer: Tom Fell\n", "Harbor Lane Productions Ltd."},
		{"at the end of a sentence", "The series is produced by Harbor Lane Productions Inc.\n", "Harbor Lane Productions Inc."},
		{"no abbreviation", "The series is produced by Harbor Lane Productions.\n", "Harbor Lane Productions"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				if m.Name == c.want {
					return
				}
				got = append(got, m.Name)
			}
			t.Errorf("no mention %q in %q: %q", c.want, c.text, got)
		})
	}
}
