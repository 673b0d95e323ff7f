package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/sources"
)

// bylineStart matches the words that open a byline.
var bylineStart = regexp.MustCompile(`^(?i:by|written by|words by|reviewed by|posted by|story by)\s+`)

// readByline reads a byline, "By Jane Doe | Jan 5, 2024 | Rating: 4/5",
// also when the page's text ran the name into what followed it ("By Jane
// DoeUpdated Jan 5", "By Jane Doe4/5 stars"): a field keyed "byline" whose
// values are the names of its authors, so that no later stage reads a name
// in its date, rating or tags.
func readByline(s *scan) int {
	l := s.cur()
	m := bylineStart.FindStringIndex(l.text)
	if m == nil || len(l.text) > 160 {
		return 0
	}
	var vals []sources.Span
	rest, off := l.text[m[1]:], l.off+m[1]
	for {
		n, tail := bylineName(rest)
		if n == 0 {
			break
		}
		name := strings.TrimRight(rest[:n], " ")
		if genericLine(name) {
			return 0 // "By Staff Writer": a credit, no name
		}
		vals = append(vals, sources.Span{Start: off, End: off + len(name), Text: name})
		if !strings.HasPrefix(rest[tail:], " and ") && !strings.HasPrefix(rest[tail:], " & ") {
			break
		}
		skip := tail + strings.Index(rest[tail+1:], " ") + 2
		rest, off = rest[skip:], off+skip
	}
	if len(vals) == 0 {
		return 0
	}
	s.add(Block{Kind: BlockField, Span: l.span(), Key: "byline", Values: vals, Section: s.section})
	return 1
}

// bylineName measures the name that opens a byline's rest: two to four
// capitalised words, ended by the end of the line, a separator, a word in
// lower case, a figure, or a capital run into its last word. n is the
// name's length, tail where what follows it starts; n is 0 when the rest
// opens with no such name.
func bylineName(rest string) (n, tail int) {
	words := 0
	pos := 0
	for pos < len(rest) {
		w := rest[pos:]
		if i := strings.IndexByte(w, ' '); i >= 0 {
			w = w[:i]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w[:1], "|·•—–-,") || words >= 2 && bylineDate(w, rest[pos+len(w):]) {
			break
		}
		if g := glueAt(w); g > 0 {
			words++
			n, tail = pos+g, pos+g
			break
		}
		words++
		n, tail = pos+len(w), pos+len(w)
		pos += len(w) + 1
		if strings.HasSuffix(w, ",") {
			n--
			break
		}
	}
	if words < 2 || words > 4 {
		return 0, 0
	}
	return n, tail
}

// glueAt returns where a word runs a capital or a figure into a name's last
// word ("DoeUpdated", "Doe4/5"), or 0.
func glueAt(w string) int {
	prev := rune(0)
	for i, r := range w {
		if i > 1 && unicode.IsLower(prev) && (unicode.IsUpper(r) || unicode.IsDigit(r)) && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") {
			return i
		}
		prev = r
	}
	return 0
}
