package extract

import (
	"testing"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/sources"
)

// TestHeadlineCommonRunTable checks headlineCommonRun on runs of invented
// lines: in a title-cased line or a heading, a run whose words the corpus
// writes in lower case is no name; a run with a word it does not, or one
// in a sentence in lower case, may be.
func TestHeadlineCommonRunTable(t *testing.T) {
	lower := map[string]bool{"long": true, "recovery": true, "boating": true, "accident": true}
	tests := []struct {
		name, line, run string
		heading, want   bool
	}{
		{"title-cased teaser", "Ada Quill Will Return After a Long Recovery Following a Boating Accident", "Boating Accident", false, true},
		{"heading", "Long Recovery", "Long Recovery", true, true},
		{"a word no prose writes in lower case", "Ada Quill Will Return After a Long Recovery at Harbor Accident", "Harbor Accident", false, false},
		{"a sentence in lower case", "After the crash she went to Boating Accident, a bar in the harbour.", "Boating Accident", false, false},
		{"one word", "Ada Quill Will Return After a Long Recovery Following an Accident", "Accident", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ws []word
			for _, m := range wordIndexes(tt.line) {
				ws = append(ws, word{Text: tt.line[m[0]:m[1]], Start: m[0], End: m[1]})
			}
			kind := layout.BlockProse
			if tt.heading {
				kind = layout.BlockHeading
			}
			st := &sentence{blk: layout.Block{Kind: kind, Span: sources.Span{Text: tt.line}}, ws: ws}
			var rw []word
			for _, w := range ws {
				for _, f := range wordIndexes(tt.run) {
					if w.Text == tt.run[f[0]:f[1]] {
						rw = append(rw, w)
					}
				}
			}
			s := &docState{lower: lower}
			if got := s.headlineCommonRun(st, &run{words: rw, n: len(rw)}); got != tt.want {
				t.Errorf("%q in %q: %v, want %v", tt.run, tt.line, got, tt.want)
			}
		})
	}
}
