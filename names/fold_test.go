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
