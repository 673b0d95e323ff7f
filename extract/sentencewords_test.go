package extract

import (
	"reflect"
	"testing"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// wordRe matches a word: letters and digits, joined by inner hyphens,
// apostrophes, full stops, ampersands and plus signs ("O'Brien", "U.S.",
// "AT&T", "A+B"), with a full stop after it kept for abbreviations. It is
// the definition wordIndexes follows: the extractor does not run it.
var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:[-'’.&+][\p{L}\p{N}]+)*\.?`)

// wordIndexCases are texts whose words wordIndexes must find as wordRe
// does.
var wordIndexCases = []string{
	"Harbor Lights.HBO has announced", "O'Brien, U.S. and AT&T", "the cold-case unit’s head", "end.", "a-", "-a", "a--b",
	"’tis", "rock ’n’ roll", "Sørli Ærø 2024 ٣ and Ⅻ", "x.\xffy", "\xff\xfe", "a.’b", "", "..", "a'", "K&", "Dr. J.B. Smith Jr.", "A+E Studios", "Vista+ and 2+",
}

// TestWordIndexes checks that the words found without the expression are
// the expression's.
func TestWordIndexes(t *testing.T) {
	for _, text := range wordIndexCases {
		if got, want := wordIndexes(text), wordRe.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("wordIndexes(%q) = %v, wordRe finds %v", text, got, want)
		}
	}
}

// FuzzWordIndexes checks wordIndexes against wordRe on any text.
func FuzzWordIndexes(f *testing.F) {
	for _, text := range wordIndexCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := wordIndexes(text), wordRe.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("wordIndexes(%q) = %v, wordRe finds %v", text, got, want)
		}
	})
}

// BenchmarkWordIndexes splits a sentence of running text into words.
func BenchmarkWordIndexes(b *testing.B) {
	text := "In the second season, Nora Vale (Ann Roe) joins the Eastbrook harbor police's cold-case unit as a detective; O'Brien, her former partner, returns from the U.S. in the finale."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		wordIndexes(text)
	}
}
