package names

import "testing"

// TestFoldASCII checks that the byte-by-byte fold of ASCII text gives what
// the rune-by-rune fold does.
func TestFoldASCII(t *testing.T) {
	cases := []struct{ name, in string }{
		{"name", "Renee Ballard"},
		{"upper case and spaces", "  RENEE   BALLARD "},
		{"hyphen and colon", "Bosch: Legacy, cold-case unit"},
		{"dropped marks", `O'Brien "Mo" Jr. U.S.A.`},
		{"digits and symbols", "Apple TV+ 2024 & HBO/Max_2 (US)"},
		{"empty", ""},
		{"only punctuation", " -- : ''"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, want := foldASCII(c.in), foldLetters(c.in); got != want {
				t.Errorf("foldASCII(%q) = %q, foldLetters gives %q", c.in, got, want)
			}
		})
	}
	t.Run("every byte between letters", func(t *testing.T) {
		for c := 0; c < 0x80; c++ {
			in := "a" + string(rune(c)) + "B"
			if got, want := foldASCII(in), foldLetters(in); got != want {
				t.Errorf("foldASCII(%q) = %q, foldLetters gives %q", in, got, want)
			}
		}
	})
}

// TestFoldPrefixes checks that the folds of the prefixes are those Fold
// gives each.
func TestFoldPrefixes(t *testing.T) {
	cases := []struct {
		name string
		in   string
		ends []int
	}{
		{"words", "Harbor Police Department, Los Angeles", []int{0, 6, 13, 24, 25, 37}},
		{"breaks before letters", "Bosch: Legacy -- O'Brien", []int{5, 6, 7, 13, 14, 17, 24}},
		{"one end twice", "Renee Ballard", []int{5, 5, 13}},
		{"not ASCII", "Renée Ballard", []int{6, 14}},
		{"none", "Renee", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := FoldPrefixes(c.in, c.ends)
			for k, e := range c.ends {
				if want := Fold(c.in[:e]); got[k] != want {
					t.Errorf("FoldPrefixes(%q)[%d] (end %d) = %q, Fold gives %q", c.in, k, e, got[k], want)
				}
			}
		})
	}
}

// TestFoldNotASCII checks folds of accented names, each twice, so that a
// transformer reused from the pool starts afresh.
func TestFoldNotASCII(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Renée Ballard", "renee ballard"},
		{"Sørli", "sorli"},
		{"Zoë “Zo” Saldaña-Ruiz", "zoe zo saldana ruiz"},
		{"Ærø’s", "aeros"},
	}
	for round := 0; round < 2; round++ {
		for _, c := range cases {
			if got := Fold(c.in); got != c.want {
				t.Errorf("round %d: Fold(%q) = %q, want %q", round, c.in, got, c.want)
			}
		}
	}
}

// TestFoldSpans checks that the slices FoldSpans gives are the folds Fold
// gives of every span from a start to an end after it.
func TestFoldSpans(t *testing.T) {
	cases := []struct {
		name         string
		in           string
		starts, ends []int
		ok           bool
	}{
		{"words", "Harbor Police Department, Los Angeles", []int{0, 7, 14, 26, 30}, []int{6, 13, 24, 25, 29, 37}, true},
		{"breaks and dropped marks", `Bosch: Legacy -- O'Brien "Mo" Jr. U.S.A.`, []int{0, 7, 17, 19, 26, 30, 34}, []int{5, 6, 13, 24, 25, 28, 29, 33, 40}, true},
		{"start after a hyphen", "cold-case unit", []int{0, 5, 10}, []int{4, 9, 14}, true},
		{"digits", "Apple TV+ 2024", []int{0, 6, 10}, []int{5, 8, 9, 14}, true},
		{"start not at a letter", "Renee -Ballard", []int{0, 6}, []int{5, 14}, false},
		{"not ASCII", "Renée Ballard", []int{0, 7}, []int{6, 14}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			folded, from, to, ok := FoldSpans(c.in, c.starts, c.ends)
			if ok != c.ok {
				t.Fatalf("FoldSpans(%q): ok = %v, want %v", c.in, ok, c.ok)
			}
			if !ok {
				return
			}
			for k, a := range c.starts {
				for j, e := range c.ends {
					if a > e {
						continue
					}
					if got, want := folded[from[k]:to[j]], Fold(c.in[a:e]); got != want {
						t.Errorf("FoldSpans(%q): span %d..%d = %q, Fold gives %q", c.in, a, e, got, want)
					}
				}
			}
		})
	}
}
