package sources

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// TestOffsetMapMatchesDense checks the runs against the dense map they
// replace, byte for byte, on texts that normalisation and decoding change
// in different ways, and counts the runs where the map is the identity.
func TestOffsetMapMatchesDense(t *testing.T) {
	utf16le := func(s string) []byte {
		out := []byte{0xff, 0xfe}
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	tests := []struct {
		name     string
		raw      []byte
		wantRuns int // 0: any
	}{
		{"plain text already NFC", []byte("Ann Vole plays Bo Quill.\n"), 1},
		{"byte-order mark", append([]byte("\xef\xbb\xbf"), "Ann Vole."...), 1},
		{"accents already NFC", []byte("Ren\u00e9e met Zo\u00eb \u2014 and \u4e2d\u6587."), 0},
		{"decomposed accents after a mark", append([]byte("\xef\xbb\xbf"), "Jose\u0301 \u1100\u1161."...), 0},
		{"decomposed accents", []byte("Rene\u0301e and Zoe\u0308 met Jose\u0301."), 0},
		{"UTF-16", utf16le("Ren\u00e9e met Ann."), 0},
		{"empty", []byte("x"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := decode("doc.txt", tt.raw, "")
			if err != nil {
				t.Fatal(err)
			}
			_, dense := normalize(in.Text)
			dense = in.rawOffsets(dense)
			m := compactOffsets(append([]int(nil), dense...))
			for i, want := range dense {
				if got := m.get(i); got != want {
					t.Fatalf("byte %d: got %d, want %d (dense %v)", i, got, want, dense)
				}
			}
			if got, want := m.get(-3), dense[0]; got != want {
				t.Errorf("before the text: got %d, want %d", got, want)
			}
			if got, want := m.get(len(dense)+5), dense[len(dense)-1]; got != want {
				t.Errorf("past the text: got %d, want %d", got, want)
			}
			if tt.wantRuns > 0 && len(m.at) != tt.wantRuns {
				t.Errorf("%d runs, want %d", len(m.at), tt.wantRuns)
			}
			if in.at != nil {
				return // normalizeRuns serves only text that is Raw after its mark
			}
			text, runs := normalizeRuns(in.Text, in.bom)
			if want, _ := normalize(in.Text); text != want || !reflect.DeepEqual(runs, m) {
				t.Errorf("normalizeRuns = %q, %+v; want %q, %+v", text, runs, want, m)
			}
		})
	}
}

// normalizeAlphabet is what texts that normalisation changes in different
// ways are made of: ASCII, combining marks (one that composes with the
// letter before, one that does not), precomposed letters, a character
// that decomposes into two, Hangul jamo that compose into syllables, and
// characters of other scripts.
var normalizeAlphabet = []string{"a", "e", "Z", " ", ".", "\n", "\u0301", "\u0308", "\u0327", "\u0323",
	"\u00e9", "\u00c5", "\u0344", "\u1100", "\u1161", "\u11a8", "\uac00", "\u4e2d", "\u2014", "\U0001F600", "\u212b"}

// TestNormalizeRunsAsNormalize compares normalizeRuns with normalize and
// compactOffsets on random texts of normalizeAlphabet, long runs of
// combining marks among them.
func TestNormalizeRunsAsNormalize(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for range rnd.Intn(40) {
			s := normalizeAlphabet[rnd.Intn(len(normalizeAlphabet))]
			if rnd.Intn(50) == 0 {
				s = strings.Repeat(s, 40) // past the iterator's longest segment
			}
			b.WriteString(s)
		}
		checkNormalizeRuns(t, []byte(b.String()))
	}
}

// FuzzNormalizeRuns compares normalizeRuns with normalize and
// compactOffsets on any valid UTF-8.
func FuzzNormalizeRuns(f *testing.F) {
	for _, s := range []string{"Ann Vole.", "Rene\u0301e", "a\u0308\u0301b", "\u1100\u1161\u11a8x", "x\u0344y"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if utf8.Valid(raw) {
			checkNormalizeRuns(t, raw)
		}
	})
}

func checkNormalizeRuns(t *testing.T, raw []byte) {
	t.Helper()
	for _, shift := range []int{0, 3} {
		want, dense := normalize(raw)
		for i := range dense {
			dense[i] += shift
		}
		wantRuns := compactOffsets(dense)
		got, runs := normalizeRuns(raw, shift)
		if got != want || !reflect.DeepEqual(runs, wantRuns) {
			t.Fatalf("normalizeRuns(%q, %d) = %q, %+v; want %q, %+v", raw, shift, got, runs, want, wantRuns)
		}
	}
}
