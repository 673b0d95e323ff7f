package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestPackedWords checks that a packed list gives back its words in
// order, long words and empty lists included.
func TestPackedWords(t *testing.T) {
	tests := []struct {
		name string
		ws   []string
	}{
		{"none", nil},
		{"one", []string{"harbor"}},
		{"several", []string{"a", "harbor", "pilot", "été"}},
		{"a word longer than a one-byte length", []string{"x", strings.Repeat("long", 100), "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := packWordList(tt.ws).list(); !reflect.DeepEqual(got, tt.ws) {
				t.Errorf("got %q, want %q", got, tt.ws)
			}
		})
	}
}
