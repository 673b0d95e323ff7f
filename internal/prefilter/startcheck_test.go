package prefilter

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

func TestStartCheck(t *testing.T) {
	cases := []struct {
		name, expr, text string
		admit            bool
	}{
		{"suffix after a name", `^,? (?:Jr|Sr)\b`, ", Jr. and", true},
		{"suffix without the comma", `^,? (?:Jr|Sr)\b`, " Sr", true},
		{"other word", `^,? (?:Jr|Sr)\b`, ", Dr. Vane", false},
		{"case-sensitive word, other case", `^,? (?:Jr|Sr)\b`, " JR", true}, // admitted: a check only rejects
		{"word later in the text", `^,? (?:Jr|Sr)\b`, " and Tom Vane, Jr.", false},
		{"optional quote, kept", `^[”"’']?,?\s+(?:and|or)\s+other\b`, "” and other shows", true},
		{"optional quote, left out", `^[”"’']?,?\s+(?:and|or)\s+other\b`, ", or other shows", true},
		{"white space folds to a space", `^[”"’']?,?\s+(?:and|or)\s+other\b`, "\tand other", true},
		{"no white space", `^[”"’']?,?\s+(?:and|or)\s+other\b`, "”,and other", false},
		{"runs of white space", `^[”"’']?,?\s+(?:and|or)\s+other\b`, ",  \n or \tother", true},
		{"other word after white space", `^[”"’']?,?\s+(?:and|or)\s+other\b`, "”, the other", false},
		{"optional white space", `^\s*\((?:[^()]{1,30}, )?\d{4}\)`, "(1999)", true},
		{"optional white space, kept", `^\s*\((?:[^()]{1,30}, )?\d{4}\)`, "  (Harbor, 1999)", true},
		{"optional white space, other", `^\s*\((?:[^()]{1,30}, )?\d{4}\)`, " [1999]", false},
		{"case-insensitive", `(?i)^(?:the|a) (?:series|show)\b`, "THE Show", true},
		{"case-insensitive, other word", `(?i)^(?:the|a) (?:series|show)\b`, "an idea", false},
		{"kelvin sign folds to k", `(?i)^kill`, "\u212aILL", true},
		{"non-ASCII start", `(?i)^née\s`, "NÉE Vane", true},
		{"capture around the whole", `(^['’]s\s+)`, "’s new", true},
		{"capture around the whole, other", `(^['’]s\s+)`, "’t new", false},
		{"anchored alternatives", `(?i)^(tag|category)\s+archives?:|^(posts\s+tagged)\s*:`, "Category  archive: Harbor", true},
		{"anchored alternatives, the second", `(?i)^(tag|category)\s+archives?:|^(posts\s+tagged)\s*:`, "Posts tagged: Harbor", true},
		{"anchored alternatives, neither", `(?i)^(tag|category)\s+archives?:|^(posts\s+tagged)\s*:`, "Posts about Harbor", false},
		{"empty text", `^ ["“]\p{Lu}`, "", false},
		{"shorter than the start", `^ ["“]\p{Lu}`, " ", false},
		{"long literal cut", `^ and many other shows and series and dramas\b`, " and many other shows and series and dramas", true},
		{"long literal cut, differs at its end", `^ and many other shows and series and dramas\b`, " and many other shows and series and comedies", true}, // admitted: the check reads only the cut start
		{"long literal cut, differs early", `^ and many other shows and series and dramas\b`, " and many other films", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re, err := syntax.Parse(c.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			s := newStartCheck(re)
			if s == nil {
				t.Fatalf("no start check for %s", c.expr)
			}
			if got := s.admits(c.text); got != c.admit {
				t.Errorf("admits(%q) = %v, want %v", c.text, got, c.admit)
			}
			if regexp.MustCompile(c.expr).MatchString(c.text) && !s.admits(c.text) {
				t.Errorf("rejects its match %q", c.text)
			}
		})
	}
}

func TestNoStartCheck(t *testing.T) {
	cases := []struct{ name, expr string }{
		{"not anchored", `,? (?:Jr|Sr)\b`},
		{"start of a line", `(?m)^,? (?:Jr|Sr)\b`},
		{"starts with a letter class", `^\p{Lu}\w+ (?:Jr|Sr)\b`},
		{"may start with anything", `^(?:[^,]{1,40},\s+)*and$`},
		{"a large class", `^\w+ Jr\b`},
		{"may start with nothing", `^,?`},
		{"an alternative not anchored", `^Jr|Sr`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re, err := syntax.Parse(c.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if s := newStartCheck(re); s != nil {
				t.Errorf("a start check for %s", c.expr)
			}
		})
	}
}

// TestStartCheckAdmitsEveryMatch runs expressions anchored at the start
// on texts made of their own pieces, and fails where the start check
// rejects a match.
func TestStartCheckAdmitsEveryMatch(t *testing.T) {
	exprs := []string{`^[”"’']?,?\s+(?:and|or)\s+(?:many\s+)?other\s+(?:shows|series)`, `(?i)^(?:the|a|an)\s+(?:\w+\s+){0,2}series\b`, `^\s*\((?:[^()]{1,30}, )?\d{4}\)`, `^(?:['’]s\s+(?:first|new))`}
	pieces := []string{"", " ", "\t", ",", "”", "'", "’", "and", "OR", "many", "other", "shows", "series", "the", "A", "an", "(", ")", "1999", "s", "first", "new", "x"}
	for _, expr := range exprs {
		re := MustCompile(expr)
		if re.derived().start == nil {
			t.Fatalf("no start check for %s", expr)
		}
		for _, a := range pieces {
			for _, b := range pieces {
				for _, c := range pieces {
					for _, sep := range []string{"", " "} {
						text := strings.Join([]string{a, b, c, "shows", "series"}, sep)
						if re.Regexp.MatchString(text) && !re.derived().start.admits(text) {
							t.Errorf("start check of %s rejects its match %q", expr, text)
						}
					}
				}
			}
		}
	}
}

// BenchmarkStartCheck runs an expression anchored at the start on the
// rest of a document after a name, which it cannot match: with the start
// check, and without it.
func BenchmarkStartCheck(b *testing.B) {
	f := MustCompile(`^[”"’']?,?\s+(?:and|or)\s+(?:many\s+)?other\s+(?:[\p{Ll}-]+\s+){0,2}?(?:shows|series|dramas)\b`)
	plain := f.with(func(c *checks) { c.start = nil })
	text := strings.Repeat(" was cast in the drama, which follows a detective in a small harbor town. ", 40)
	for _, c := range []struct {
		name string
		re   *Regexp
	}{{"start check", f}, {"none", plain}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if c.re.MatchString(text) {
					b.Fatal("matched")
				}
			}
		})
	}
}
