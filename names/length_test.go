package names

import (
	"strings"
	"testing"
)

func TestTooLong(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"a person", "Renée Ballard", false},
		{"a long office", "Los Angeles County Department of Medical Examiner-Coroner's Office", false},
		{"at the bound, in accented letters", strings.Repeat("é", MaxLen), false},
		{"one past the bound", strings.Repeat("é", MaxLen+1), true},
		{"a run-on line", strings.Repeat("Word ", 2000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TooLong(tt.s); got != tt.want {
				t.Errorf("TooLong(%.40q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
