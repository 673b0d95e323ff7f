package layout

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestSplitValuesSlash(t *testing.T) {
	cases := []splitCase{
		{"two companies", "Northgate Pictures/Harrow Productions", []string{"Northgate Pictures", "Harrow Productions"}},
		{"three networks", "NTV1/KTV/RTV", []string{"NTV1", "KTV", "RTV"}},
		{"spaced slash", "Lumen One / Lumen Two", []string{"Lumen One", "Lumen Two"}},
		{"number before slash", "Channel 9/Streamly", []string{"Channel 9", "Streamly"}},
		{"with commas", "Ardent Films/Bexley Studios, Corvin Media", []string{"Ardent Films", "Bexley Studios", "Corvin Media"}},
		{"date kept", "3/14/2011", []string{"3/14/2011"}},
		{"count kept", "Open 24/7 Services", []string{"Open 24/7 Services"}},
		{"and/or kept", "Writer and/or Director", []string{"Writer and/or Director"}},
		{"address kept", "https://Example.org/Page", []string{"https://Example.org/Page"}},
		{"short letter groups kept", "AB/CD", []string{"AB/CD"}},
		{"lower-case after kept", "Drama/thriller", []string{"Drama/thriller"}},
		{"surnames in one company kept", "The Hale/Morrow Company", []string{"The Hale/Morrow Company"}},
		{"surnames before a company word kept", "Hale/Morrow Productions, Corvin Media", []string{"Hale/Morrow Productions", "Corvin Media"}},
		{"initialism before a name", "NTV/Lumen Studios", []string{"NTV", "Lumen Studios"}},
	}
	checkSplitValues(t, cases)
}

// splitCase is a fact-box value and the names splitValues should find in it.
type splitCase struct {
	name string
	in   string
	want []string
}

// checkSplitValues splits each case's value at offset 10 and checks the
// names found, and that every span points at its own text.
func checkSplitValues(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitValues(10, c.in) {
				if c.in[sp.Start-10:sp.End-10] != sp.Text {
					t.Fatalf("span %q at %d-%d does not match the text", sp.Text, sp.Start, sp.End)
				}
				got = append(got, sp.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("splitValues(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// fieldKeyByParts is fieldKey as it was written before plainFieldKey: the
// key lowered, its "(s)" dropped, trimmed, a trailing number dropped and
// its spacing folded, one step after another.
func fieldKeyByParts(k string) string {
	k = strings.ReplaceAll(strings.ToLower(k), "(s)", "")
	k = strings.TrimSpace(k)
	if n := strings.TrimRightFunc(k, unicode.IsDigit); n != k && n != "" && unicode.IsLetter(rune(n[len(n)-1])) {
		k = n
	}
	return strings.Join(strings.Fields(k), " ")
}

// TestFieldKeySameAsByParts checks that fieldKey, with its one-pass way
// for plain keys, gives what the step-by-step way gives: on keys written
// out, and on strings made at random of letters, spaces, brackets, digits
// and runes outside ASCII.
func TestFieldKeySameAsByParts(t *testing.T) {
	keys := []string{"", " ", "Network", "Developed By", "developed  by", "  Executive producer(s) ", "Network2",
		"Based\ton", "Cast\n", "Writer(S)", "Release date:", "Also Known As", "Créé par", "Year 2", "x\u00a0y",
		"No. of episodes", "Original  network ", "A", "Starring...", "Head writer\r\n", "Créée Par", "Who’s In It?",
		"Ärger\u2003Key", "\u212aelvin", "Year \u0663", "bad\xffbyte", "İstanbul"}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aBz (s)S1 \t\n\r.-:'\u00e9\u00c4\u00a0\u212a\u0663\u2003\u0130\xff’"
	letters := []rune(alphabet)
	for range 20000 {
		n := rng.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteRune(letters[rng.IntN(len(letters))])
		}
		keys = append(keys, b.String())
	}
	for _, k := range keys {
		if got, want := fieldKey(k), fieldKeyByParts(k); got != want {
			t.Errorf("fieldKey(%q) = %q, step by step %q", k, got, want)
		}
	}
}

// BenchmarkFieldKey folds the keys of a fact box's lines.
func BenchmarkFieldKey(b *testing.B) {
	keys := []string{"Network", "Developed By", "Starring", "Original release", "Executive producer(s)", "No. of seasons",
		"Running time", "Based on", "Country of origin", "Composer"}
	b.Run("fieldKey", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			fieldKey(keys[i%len(keys)])
		}
	})
	b.Run("byParts", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			fieldKeyByParts(keys[i%len(keys)])
		}
	})
}
