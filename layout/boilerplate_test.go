package layout

import (
	"strings"
	"testing"
)

func TestMoreFields(t *testing.T) {
	tests := []struct {
		name, text string
		n          int
	}{
		{"empty", "", 4},
		{"four words", "FTSE 100 index today", 4},
		{"five words", "FTSE 100 index today up", 4},
		{"spaces around", "  a\tb \n c  d  ", 4},
		{"non-breaking and other spaces", "a\u00a0b\u2003c d e", 4},
		{"a paragraph", strings.Repeat("word ", 500), 4},
		{"none allowed", "word", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := moreFields(tt.text, tt.n), len(strings.Fields(tt.text)) > tt.n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", tt.text, tt.n, got, want)
			}
		})
	}
}
