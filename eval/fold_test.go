package eval

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Ballard", "ballard"},
		{"accent", "Renée Ballard", "renee ballard"},
		{"decomposed accent", "Rene\u0301e", "renee"},
		{"upper case", "BALLARD", "ballard"},
		{"spaces collapsed", "  Renée \t  Ballard ", "renee ballard"},
		{"no-break space", "Maggie\u00a0Q", "maggie q"},
		{"compatibility form", "ﬁsh", "fish"},
		{"sharp s case-folds", "Straße", "strasse"},
		{"punctuation kept", "cold-case unit", "cold-case unit"},
		{"quotes kept", `Maurice "Mo" Bassi`, `maurice "mo" bassi`},
		{"empty", "   ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
