package nlp

import (
	"strconv"
	"testing"
)

// TestNumberGuards checks that the guards before strconv's parsers keep
// every word they read: mayBeNumber holds for each word ParseFloat reads,
// and isInt is exactly Atoi's success.
func TestNumberGuards(t *testing.T) {
	cases := []struct{ name, word string }{
		{"year", "2024"}, {"signed", "+1"}, {"negative", "-12"}, {"sign alone", "-"}, {"plus alone", "+"},
		{"inf", "Inf"}, {"signed infinity", "+Infinity"}, {"lower inf", "-inf"}, {"nan", "NaN"},
		{"upper infinity", "INFINITY"}, {"name with n", "Nancy"}, {"hex float", "0x1p-2"}, {"underscores", "1_000"},
		{"decimal", "3.14"}, {"exponent", "1e5"}, {"word", "Ballard"}, {"empty", ""}, {"arabic digit", "٣"},
		{"digit then word", "2nd"}, {"dot", "."}, {"too long", "+Infinity!"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := strconv.ParseFloat(c.word, 64); err == nil && !mayBeNumber(c.word) {
				t.Errorf("mayBeNumber(%q) = false, but ParseFloat reads it", c.word)
			}
			_, err := strconv.Atoi(c.word)
			if got := isInt(c.word); got != (err == nil) {
				t.Errorf("isInt(%q) = %v, Atoi's error %v", c.word, got, err)
			}
		})
	}
}
