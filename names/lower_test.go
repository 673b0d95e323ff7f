package names

import (
	"strings"
	"testing"
)

// TestInLower checks that InLower finds what a look-up of the word's
// strings.ToLower finds, in ASCII, outside it and past the stack's length.
func TestInLower(t *testing.T) {
	long := strings.Repeat("Ab", maxLowerStack)
	set := map[string]bool{"harbor": true, "ärger": true, "kelvin": true, "o'neill": true, strings.ToLower(long): true}
	tests := []struct {
		name, word string
		want       bool
	}{
		{"lower case", "harbor", true},
		{"capitalised", "Harbor", true},
		{"shouted", "HARBOR", true},
		{"not in the set", "Harbour", false},
		{"empty", "", false},
		{"outside ASCII", "Ärger", true},
		{"Kelvin sign folds to k", "\u212aelvin", true},
		{"apostrophe", "O'Neill", true},
		{"longer than the stack", long, true},
		{"longer than the stack, not in the set", long + "x", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := InLower(set, tc.word), set[strings.ToLower(tc.word)]; got != want || got != tc.want {
				t.Errorf("InLower(%q) = %v, strings.ToLower look-up %v, want %v", tc.word, got, want, tc.want)
			}
		})
	}
	if n := testing.AllocsPerRun(100, func() { InLower(set, "Harbor") }); n != 0 {
		t.Errorf("InLower of a short ASCII word allocates %v times", n)
	}
}

// BenchmarkInLower looks capitalised words up in a word list, by InLower
// and by strings.ToLower.
func BenchmarkInLower(b *testing.B) {
	words := []string{"Harbor", "Detective", "The", "Nightfall", "Inspector", "Ledger", "Monday", "Eastbrook"}
	b.Run("InLower", func(b *testing.B) {
		n := 0
		for i := 0; b.Loop(); i++ {
			if InLower(NotNames, words[i%len(words)]) {
				n++
			}
		}
	})
	b.Run("ToLower", func(b *testing.B) {
		n := 0
		for i := 0; b.Loop(); i++ {
			if NotNames[strings.ToLower(words[i%len(words)])] {
				n++
			}
		}
	})
}
