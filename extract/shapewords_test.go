package extract

import (
	"strings"
	"testing"
)

// TestLastField checks that lastField is the last of strings.Fields.
func TestLastField(t *testing.T) {
	for _, text := range []string{"", " ", "one", "one two ", "a\tb\n", "no-break\u00a0space\u00a0", "ideographic\u3000space", "tail  ", "\xff bad\xff ", " lead"} {
		want := ""
		if f := strings.Fields(text); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(text); got != want {
			t.Errorf("lastField(%q) = %q, the last of strings.Fields is %q", text, got, want)
		}
	}
}
