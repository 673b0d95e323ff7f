package prefilter

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

func TestStarterFirst(t *testing.T) {
	cases := []struct {
		name, expr, text string
		want             int
	}{
		{"word later", `\b(?:in|near)\s+\p{Lu}`, "Filmed mostly in Harbor", 13},
		{"word at the start", `\b(?:in|near)\s+\p{Lu}`, "in Harbor", 0},
		{"the rune before is read", `\b(?:in|near)\s+\p{Lu}`, "éin Harbor", 0},
		{"no place", `\b(?:in|near)\s+\p{Lu}`, "filmed on location", -1},
		{"case-insensitive", `(?i)\bpremiered\b`, "It PREMIERED", 2},
		{"marker", `«\d+»['’]s «\d+»`, "the «0»’s «1»", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re, err := syntax.Parse(c.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			st := newStarter(re)
			if st == nil {
				t.Fatalf("no starter for %s", c.expr)
			}
			if got := st.first(c.text); got != c.want {
				t.Errorf("first(%q) = %d, want %d", c.text, got, c.want)
			}
		})
	}
}

func TestNoStarter(t *testing.T) {
	for _, expr := range []string{`\p{Lu}\w+ in`, `(?:^|\s)\p{Lu}`, `^in\b`, `(?m)^in\b`, `x?`} {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if newStarter(re) != nil {
			t.Errorf("a starter for %s", expr)
		}
	}
}

// TestStarterSameResults runs expressions with Starters, and without, on
// texts made of their pieces, and fails where a method's result differs.
func TestStarterSameResults(t *testing.T) {
	exprs := []string{`\b(?:in|near)\s+(\p{Lu}\w*)`, `(?i)\b(?:premiered|aired)\b`, `«(\d+)»['’]s (?P<o>«\d+»)`, `(?:\bby|^from)\s+«\d+»`, `\Bin\b`, `(?m)\bin$`}
	pieces := []string{"", " ", "  ", "in", "near", "In", "Harbor", "é", "premiered", "AIRED", "x", "«0»", "’s", "«1»", "by", "from", "\n", "tin"}
	for _, expr := range exprs {
		f, plain := MustCompile(expr), regexp.MustCompile(expr)
		if f.derived().starter == nil {
			t.Fatalf("no starter for %s", expr)
		}
		for _, a := range pieces {
			for _, b := range pieces {
				for _, c := range pieces {
					text := strings.Join([]string{a, b, " ", c, a}, "")
					sameResults(t, f, plain, text)
				}
			}
		}
	}
}

// sameResults fails where a method of f gives another result on text
// than plain's.
func sameResults(t *testing.T, f *Regexp, plain *regexp.Regexp, text string) {
	t.Helper()
	got := []any{f.MatchString(text), f.FindString(text), f.FindStringIndex(text), f.FindStringSubmatch(text),
		f.FindStringSubmatchIndex(text), f.FindAllString(text, -1), f.FindAllStringIndex(text, -1),
		f.FindAllStringSubmatch(text, -1), f.FindAllStringSubmatchIndex(text, 2), f.ReplaceAllString(text, "<$1>")}
	want := []any{plain.MatchString(text), plain.FindString(text), plain.FindStringIndex(text), plain.FindStringSubmatch(text),
		plain.FindStringSubmatchIndex(text), plain.FindAllString(text, -1), plain.FindAllStringIndex(text, -1),
		plain.FindAllStringSubmatch(text, -1), plain.FindAllStringSubmatchIndex(text, 2), plain.ReplaceAllString(text, "<$1>")}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s on %q: method %d gives %v, want %v", plain, text, i, got[i], want[i])
		}
	}
}

// BenchmarkStarter runs a relation pattern on a sentence whose words
// before a place come late: with its Starter, and without.
func BenchmarkStarter(b *testing.B) {
	f := MustCompile(`\b(?:in|from|near|at|outside)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\b`)
	plain := f.with(func(c *checks) { c.starter = nil })
	text := "The series follows a detective who returns home after years away, and who soon finds work outside Harbor, Maine."
	for _, c := range []struct {
		name string
		re   *Regexp
	}{{"starter", f}, {"none", plain}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if c.re.FindAllStringSubmatchIndex(text, -1) == nil {
					b.Fatal("no match")
				}
			}
		})
	}
}
