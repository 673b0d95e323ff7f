package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
)

// TestOutletStaff checks that the outlet a writer works for, named before
// her post or after her name and "of" where she is quoted, is an
// organization, while a person quoted so stays a person.
func TestOutletStaff(t *testing.T) {
	tests := []struct {
		name, text, run, want string
	}{
		{"a byline's tail", "The drama ends well.\n\nJo Lenz is Quillview's senior TV editor.\n", "Quillview", "Organization"},
		{"an article", "The drama ends well.\n\nJo Lenz is The Marshlight's chief television critic.\n", "The Marshlight", "Organization"},
		{"a quoted critic's outlet", "The drama ends well. Jo Lenz of Quillview called it \"a slow burn\", and others agreed.\n", "Quillview", "Organization"},
		{"a person quoted", "The drama ends well. Jo Lenz called it \"a slow burn\", and Tom Orrin agreed.\n", "Tom Orrin", "Person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractDocs(t, tt.text)[0]
			if got := mentionField(x, tt.run, func(m extract.Mention) string { return m.Type }); got != tt.want {
				t.Errorf("%q in %q: type %q, want %s", tt.run, tt.text, got, tt.want)
			}
		})
	}
}
