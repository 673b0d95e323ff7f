package extract

import (
	"strings"
	"testing"
)

func TestSplitNameRun(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"one name", "Mara Lind", "Mara Lind"},
		{"three words are one name", "Lily Anne Vos", "Lily Anne Vos"},
		{"pairs", "Mara Lind Tess Hale", "Mara Lind|Tess Hale"},
		{"a middle initial", "Colin McArdle Peter J. Vance Nadia Ferro", "Colin McArdle|Peter J. Vance|Nadia Ferro"},
		{"a word that can only be a surname", "Ross Keane Maeve Dunne O'Hara Ian Kessler", "Ross Keane|Maeve Dunne O'Hara|Ian Kessler"},
		{"a hyphenated surname ends a name", "Owen Hart-Lacey Ann Dale", "Owen Hart-Lacey|Ann Dale"},
		{"the last three together", "Ann Dale Bo Reyes Tim", "Ann Dale|Bo Reyes Tim"},
		{"an ampersand between two names", "Ann Dale & Bo Reyes", "Ann Dale|Bo Reyes"},
		{"an ampersand inside a name", "Dale & Reyes", "Dale & Reyes"},
		{"a lower-case word: one value", "Novels and characters by Carla Venn", "Novels and characters by Carla Venn"},
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
