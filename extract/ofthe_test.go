package extract_test

import "testing"

// TestOfTheNames checks that a capitalised run joins over "of the" into
// one name, unless its first word is a title.
func TestOfTheNames(t *testing.T) {
	cases := []struct {
		name, text, want, wantNot string
	}{
		{"a title with an article", "Her credits include the mini-series The Keeper of the Harbor and little else.\n", "The Keeper of the Harbor", "The Keeper"},
		{"a place", "The family moves to Lake of the Pines in the first episode.\n", "Lake of the Pines", ""},
		{"a title word first", "Tom Fell plays Chief of the Harbor Police, a stern man.\n", "", "Chief of the Harbor Police"},
		{"a letter and a common word", "Ann Roe will play Tom's D-list actress wife Jo Fell in the series.\n", "Ann Roe", "D-list"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				got[m.Name] = true
			}
			if c.want != "" && !got[c.want] || c.wantNot != "" && got[c.wantNot] {
				t.Errorf("mentions %v: want %q, not %q", got, c.want, c.wantNot)
			}
		})
	}
}

// TestOrdinalNames checks that an ordinal number in figures opens the
// name of the capitalised words after it.
func TestOrdinalNames(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a studio", "Produced by 20th Harbor Television for Lumen, the drama ran for years.\n", "20th Harbor Television"},
		{"a date is no name", "The drama premiered on the 20th of May on Lumen.\n", "Lumen"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				got = append(got, m.Name)
			}
			found := false
			for _, g := range got {
				found = found || g == c.want
				if g == "20th" {
					t.Errorf("an ordinal alone is a mention: %q", got)
				}
			}
			if !found {
				t.Errorf("no mention %q in %q: %q", c.want, c.text, got)
			}
		})
	}
}

// TestNationalityBeforeName checks that a word of nationality before a
// name, even a familiar one ("Brit"), is no word of the name.
func TestNationalityBeforeName(t *testing.T) {
	for _, text := range []string{"Brit Tom Fell goes American as a detective.\n", "British Tom Fell goes American as a detective.\n", "Aussie Tom Fell goes American as a detective.\n"} {
		var got []string
		for _, m := range extractDocs(t, text)[0].Mentions {
			got = append(got, m.Name)
		}
		if len(got) == 0 || got[0] != "Tom Fell" {
			t.Errorf("%q: mentions %q, want Tom Fell first", text, got)
		}
	}
}
