package extract

import (
	"strings"
	"testing"
)

// TestAfterNicknameAt checks that searching from the fourth space before
// the end finds what searching the whole text does.
func TestAfterNicknameAt(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"nickname of one word", `He met Elias "Cat" `, true},
		{"nickname of two words", `He met Elias Noel "Cat Eyes" `, true},
		{"curly quotes", "They call Elias “Cat Eyes” ", true},
		{"curly single quotes", "They call Elias ‘Cat Eyes’ ", true},
		{"straight single quotes", "They call Elias 'Cat' ", true},
		{"a plural's possessive", "the Wards' Cat ", false},
		{"a title in a headline", "What Is the Spin-Off ‘Harbor’ ", false},
		{"long text before", strings.Repeat("word after word ", 50) + `Elias "Cat Eyes" `, true},
		{"no nickname", "He met Elias Noel ", false},
		{"nickname not last", `Elias "Cat Eyes" met him `, false},
		{"three words in quotes", `Elias "Cat Eyes Red" `, false},
		{"no space before the end", `Elias "Cat Eyes"`, false},
		{"start of the text", `"Cat" `, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := afterNickname.MatchString(c.text) || afterSingleNickname(c.text); got != c.want {
				t.Fatalf("afterNickname on %q: %v, want %v: the case is wrong", c.text, got, c.want)
			}
			if got := afterNicknameAt(c.text, len(c.text)); got != c.want {
				t.Errorf("afterNicknameAt(%q): %v, want %v", c.text, got, c.want)
			}
			padded := c.text + "Ward and more"
			if got := afterNicknameAt(padded, len(c.text)); got != c.want {
				t.Errorf("afterNicknameAt(%q, %d): %v, want %v", padded, len(c.text), got, c.want)
			}
		})
	}
}

// TestInNickname checks which words are read as a nickname inside a
// longer name.
func TestInNickname(t *testing.T) {
	cases := []struct {
		name, text, word string
		want             bool
	}{
		{"straight quotes", `Detective Robert "Bobby" Calder asks`, "Bobby", true},
		{"curly quotes", "DS Katrin “Kit” Rahman joins", "Kit", true},
		{"curly single quotes", "Thomas Ray ‘Tom’ Calder joins", "Tom", true},
		{"straight single quotes", "Thomas Ray 'Tom' Calder joins", "Tom", true},
		{"an apostrophe inside a word", "Dan O’Brien Calder joins", "Brien", false},
		{"a possessive before a name", "Jack’s Calder joins", "Calder", false},
		{"a plural's possessive", "the Wards’ Tom Calder joins", "Tom", false},
		{"a title in a headline", "What Is the Spin-Off ‘Harbor’ About", "Harbor", false},
		{"mixed marks", "Thomas Ray ‘Tom\" Calder joins", "Tom", false},
		{"two-word nickname", `Elias "Cat Eyes" Ward`, "Cat Eyes", true},
		{"at the start of the text", `Robert "Bobby" Calder is`, "Bobby", true},
		{"a quoted title after a word", `He watched "Harbor" on Friday`, "Harbor", false},
		{"lower-case word before", `the show "Harbor" Lights`, "Harbor", false},
		{"nothing capitalised after", `Robert "Bobby" said`, "Bobby", false},
		{"no quotation marks", `Robert Bobby Calder`, "Bobby", false},
		{"the given name itself", `Robert "Bobby" Calder`, "Robert", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := strings.Index(c.text, c.word)
			if got := inNickname(c.text, start, start+len(c.word)) || inSingleNickname(c.text, start, start+len(c.word)); got != c.want {
				t.Errorf("inNickname(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
			}
		})
	}
}

// TestUpperAfterFirst checks that the words runTogether passes over
// without its expressions are words neither expression matches.
func TestUpperAfterFirst(t *testing.T) {
	for _, w := range []string{"HomeInterviewsJon", "BlindersA", "blindersA", "Harbor", "harbor", "ÉtéÀ", "été", "A", "", "McDonald", "x\xffY"} {
		if !upperAfterFirst(w) && (navTrail.MatchString(w) || capAfter.MatchString(w)) {
			t.Errorf("%q: upperAfterFirst is false, but a run-together expression matches it", w)
		}
	}
	if upperAfterFirst("Harbor") || !upperAfterFirst("BlindersA") {
		t.Error("upperAfterFirst reads the wrong letters")
	}
}
