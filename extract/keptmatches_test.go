package extract

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestFoundLocsKept checks that the matches an expression found in a text
// come back as found, from the 32-bit form they are kept in, whether the
// expression matched, matched several times with groups left out, or did
// not match.
func TestFoundLocsKept(t *testing.T) {
	tests := []struct {
		name, expr, text string
	}{
		{"no match", `(\d+) years`, "It ran for a while."},
		{"one match", `(\d+) years`, "It ran for 12 years."},
		{"several, a group unmatched", `(\w+)( Jr\.)?, (\d+)`, "Ann Jr., 41 and Bo, 7 and Cy Jr., 9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := regexp.MustCompile(tt.expr)
			want := re.FindAllStringSubmatchIndex(tt.text, -1)
			var f foundLocs
			for reading := 0; reading < 3; reading++ {
				if got := f.findAll(70, re, tt.text); !reflect.DeepEqual(got, want) {
					t.Fatalf("reading %d: %v, want %v", reading, got, want)
				}
			}
			if want != nil && len(f.found) != 1 {
				t.Errorf("%d records kept, want 1", len(f.found))
			}
		})
	}
}

// TestKeptWords checks that a sentence's words come back as they were
// kept, in the short form and the long one, possessives included.
func TestKeptWords(t *testing.T) {
	tests := []struct {
		name, text string
		wantShort  bool
	}{
		{"a short sentence", "Ann's brother met Bo at the harbor.", true},
		{"a sentence of 40,000 bytes", strings.Repeat("Ann met Bo at the harbor. ", 1600) + "Cy's boat sank.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const base = 1000
			var ws []word
			at := base // the texts' words are one space apart
			for _, f := range strings.Fields(tt.text) {
				start := at
				at += len(f) + 1
				w := word{Text: f, Start: start, End: start + len(f)}
				if before, ok := strings.CutSuffix(f, "'s"); ok {
					w.Text, w.End, w.Poss = before, start+len(before), true
				}
				ws = append(ws, w)
			}
			k := packWords(tt.text, base, ws)
			if (k.short != nil) != tt.wantShort || k.long != nil && k.long.ws != nil {
				t.Fatalf("short form %v, long form %+v; want short %v", k.short != nil, k.long, tt.wantShort)
			}
			if got := k.words(base); !reflect.DeepEqual(got, ws) {
				t.Errorf("words differ from those kept (%d, want %d)", len(got), len(ws))
			}
		})
	}
}
