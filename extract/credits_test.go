package extract

import (
	"strings"
	"testing"
)

func TestSplitNameRun(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"one name", "Kate Bartlett", "Kate Bartlett"},
		{"three words are one name", "Savannah Paige Rae", "Savannah Paige Rae"},
		{"pairs", "Kate Bartlett Kate Lewis", "Kate Bartlett|Kate Lewis"},
		{"a middle initial", "Charles McClelland Thomas R. Moore Jackeline Tejada", "Charles McClelland|Thomas R. Moore|Jackeline Tejada"},
		{"a word that can only be a surname", "Brian Burns Siobhan Byrne O'Connor Ian Biederman", "Brian Burns|Siobhan Byrne O'Connor|Ian Biederman"},
		{"a hyphenated surname ends a name", "Brice Bishop-Pullan Ann Dale", "Brice Bishop-Pullan|Ann Dale"},
		{"the last three together", "Ann Dale Bo Reyes Tim", "Ann Dale|Bo Reyes Tim"},
		{"a lower-case word: one value", "Novels and characters by Ann Cleeves", "Novels and characters by Ann Cleeves"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range splitNameRun(tt.text) {
				got = append(got, tt.text[r[0]:r[1]])
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("splitNameRun(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
