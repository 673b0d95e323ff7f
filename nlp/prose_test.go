package nlp

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestTokenEntityType(t *testing.T) {
	tests := []struct {
		label, want string
	}{
		{"B-GPE", graph.Place},
		{"I-GPE", graph.Place},
		{"B-PERSON", graph.Person},
		{"PERSON", graph.Person},
		{"B-ORG", ""},
		{"O", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := (Token{Label: tc.label}).EntityType(); got != tc.want {
			t.Errorf("label %q: type %q, want %q", tc.label, got, tc.want)
		}
	}
}

// TestProseTaggerOffsets checks that every token and sentence the tagger
// returns is the text at its byte range, also after accents and quotes.
func TestProseTaggerOffsets(t *testing.T) {
	text := "Renée Ballard works in Los Angeles. She said “no” to Thomas Laffont."
	toks, sents, err := (&ProseTagger{}).Tag(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) < 10 || len(sents) != 2 {
		t.Fatalf("%d tokens, %d sentences", len(toks), len(sents))
	}
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q at %d..%d holds %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
	}
	for _, s := range sents {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %q at %d..%d holds %q", s.Text, s.Start, s.End, text[s.Start:s.End])
		}
	}
}
