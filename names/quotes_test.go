package names

import "testing"

// TestQuoteForms checks that every form of a quotation mark reads alike:
// the straight marks and the curly ones, double and single.
func TestQuoteForms(t *testing.T) {
	for _, c := range []struct {
		name, in   string
		opens      bool
		withoutDbl string
	}{
		{"straight double", `"Walnuts" Grady`, true, "Walnuts Grady"},
		{"curly double", "“Walnuts” Grady", true, "Walnuts Grady"},
		{"straight single", "'Walnuts' Grady", true, "'Walnuts' Grady"},
		{"curly single", "‘Walnuts’ Grady", true, "‘Walnuts’ Grady"},
		{"a closing mark opens nothing", "” Grady", false, " Grady"},
		{"no mark", "Walnuts Grady", false, "Walnuts Grady"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := OpensQuoted(c.in); got != c.opens {
				t.Errorf("OpensQuoted(%q) = %v, want %v", c.in, got, c.opens)
			}
			if got := WithoutDoubleQuotes(c.in); got != c.withoutDbl {
				t.Errorf("WithoutDoubleQuotes(%q) = %q, want %q", c.in, got, c.withoutDbl)
			}
		})
	}
}

// TestFoldQuoteForms checks that a name folds alike whichever quotation
// marks or apostrophe it is written with, the left single mark set for an
// apostrophe too.
func TestFoldQuoteForms(t *testing.T) {
	for _, c := range []struct{ name, in, same string }{
		{"left single mark as an apostrophe", "Harbor‘s", "Harbor's"},
		{"right single mark as an apostrophe", "Harbor’s", "Harbor's"},
		{"a title in single curly quotes", "‘Harbor Lights’", "'Harbor Lights'"},
		{"a nickname in double curly quotes", "Peter “Walnuts” Grady", `Peter "Walnuts" Grady`},
		{"an apostrophe in a surname", "O‘Hare", "O'Hare"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, want := Fold(c.in), Fold(c.same); got != want {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q: want them equal", c.in, got, c.same, want)
			}
		})
	}
}
