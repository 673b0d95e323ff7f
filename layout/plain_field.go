package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/sources"
)

// Separators between an infobox key and its value on a plain-text line
// (see keyAt).
const (
	sepBare  = 0   // the line is only the key
	sepSpace = ' ' // "Country of origin United States"
	sepGlued = 'g' // "Country of originUnited States"
	sepColon = ':' // "Genre:Crime drama", "Genre: Crime drama"
)

// keyAt finds the longest infobox key at the start of t and where its
// value starts. Text copied from a rendered infobox keeps a key and its
// value on one line with a space between them, a colon, or nothing at all
// ("Portrayed byTom Reyes"), and keeps the other values of the key on
// the lines below. sep tells which separator it found.
func (s *scan) keyAt(t string) (key string, val int, sep byte, ok bool) {
	for p := min(len(t), 48); p > 0; p-- {
		var c byte
		switch {
		case p == len(t):
			c = sepBare
		case t[p] == ':':
			c = sepColon
		case t[p] == ' ':
			c = sepSpace
		case glued(t, p):
			c = sepGlued
		default:
			continue
		}
		k := fieldKey(t[:p])
		if !s.isKey(k) {
			continue
		}
		v := p
		if c == sepColon {
			v++
		}
		for v < len(t) && t[v] == ' ' {
			v++
		}
		if v == len(t) {
			c = sepBare
		}
		return k, v, c, true
	}
	return "", 0, 0, false
}

// glued reports whether a key ends at byte p of t with its value run
// against it: a lower-case letter or closing parenthesis, then a capital,
// a digit or a quotation mark.
func glued(t string, p int) bool {
	before, _ := utf8.DecodeLastRuneInString(t[:p])
	after, _ := utf8.DecodeRuneInString(t[p:])
	return (unicode.IsLower(before) || before == ')') && (unicode.IsUpper(after) || unicode.IsDigit(after) || strings.ContainsRune(`"“'‘`, after)) &&
		!possessiveAt(t, p)
}

// isKey reports whether k is an infobox key: one the extractor reads, or
// one that names nothing but still opens a field.
func (s *scan) isKey(k string) bool { return s.fields.Known(k) || infoboxKeys[k] }

// readPlainField reads a key and its value on one line of plain text, with
// the value's continuation on the short lines below it, as text copied
// from a rendered infobox has them: "Genre Crime drama", "Executive
// Producer:Elena Cole" over "Mara Lind", "FamilyHenry Vane
// (father)". A key and a value with only a space between them is a field
// only inside a run of fields, or when its key has two words or more.
func readPlainField(s *scan) int {
	l := s.cur()
	if bulletMark.MatchString(l.text) || len(l.text) > 100 && !(len(l.text) <= maxRunFieldLine && s.afterField()) || strings.HasSuffix(l.text, ".") || strings.Contains(l.text, "|") {
		return 0
	}
	key, v, sep, ok := s.keyAt(l.text)
	if !ok || sep == sepBare || sep == sepSpace && !s.spacedField(key, l.text[v:]) ||
		sep == sepColon && l.text[v-1] == ' ' {
		return 0 // "Key: Value" is the colon field's
	}
	vals := splitValues(l.off+v, l.text[v:])
	j := s.i + 1
	for ; j < len(s.lines) && s.continuesField(s.lines[j].text); j++ {
		vl := s.lines[j]
		t := strings.TrimLeft(vl.text, "•· ")
		off := vl.off + len(vl.text) - len(t)
		if last := len(vals) - 1; strings.HasPrefix(t, "by ") && last >= 0 {
			// "Based on "Fire on the Hill"" over "by Elmer Lowell": one value.
			vals[last].End = off + len(t)
			vals[last].Text = s.text[vals[last].Start:vals[last].End]
			continue
		}
		vals = append(vals, splitValues(off, t)...)
	}
	end := s.lines[j-1].off + len(s.lines[j-1].text)
	s.add(Block{Kind: BlockField, Span: sources.Span{Start: l.off, End: end, Text: s.text[l.off:end]}, Key: key, Values: vals, Section: s.section})
	return j - s.i
}

// spacedField reports whether a line of a key, a space and value is a
// field: its value opens with a capital, a digit or a quotation mark and is
// no lone generic word, and
// the line follows a field or comes before a key line, or its key has
// two words or more.
func (s *scan) spacedField(key, value string) bool {
	if !isUpperStart(value) && !strings.ContainsAny(value[:1], `"“'‘`) || genericLine(value) && len(strings.Fields(value)) == 1 {
		return false // "Company Credits": a heading
	}
	if strings.Contains(key, " ") && len(strings.Fields(value)) <= 8 {
		return true
	}
	if s.afterField() || s.i > 0 && s.bareKeyLine(s.lines[s.i-1].text) {
		return true // in a run of fields, or under a key with no value ("Executive producer(s)")
	}
	if s.i+1 < len(s.lines) {
		_, _, _, ok := s.keyAt(s.lines[s.i+1].text)
		return ok
	}
	return false
}

// maxRunFieldLine is the longest line read as a field inside a run of
// fields, where a list of companies with their notes runs on ("Production
// company(s) Lumen Pictures and Gull Films, in association with ...");
// a line alone is a field up to 100 bytes.
const maxRunFieldLine = 200

// afterField reports whether the block just before the current line is a
// field that ends there: the line is inside a run of fields.
func (s *scan) afterField() bool {
	prev := s.last()
	return prev != nil && prev.Kind == BlockField && prev.Span.End >= s.cur().off-3
}

// bareKeyLine reports whether t is an infobox key alone on its line.
func (s *scan) bareKeyLine(t string) bool {
	_, _, sep, ok := s.keyAt(t)
	return ok && sep == sepBare
}

// continuesField reports whether a line below a field's key line holds
// more of its values: a short line that is no key line and no sentence,
// with no figures outside parentheses ("Fjord Studios (2011–2017)", but not
// "U.S. Viewers 4.16 million").
func (s *scan) continuesField(t string) bool {
	if t == "" || len(t) > 60 || strings.HasSuffix(t, ".") || strings.Contains(t, "|") ||
		strings.ContainsAny(parenthetical.ReplaceAllString(t, ""), "0123456789") {
		return false
	}
	_, _, _, key := s.keyAt(strings.TrimLeft(t, "•· "))
	return !key
}

// parenthetical matches a note in parentheses.
var parenthetical = regexp.MustCompile(`\([^()]*\)`)
