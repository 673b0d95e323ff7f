package layout

import (
	"strings"

	"github.com/kgbuild/kg/sources"
)

// readStackedField reads an infobox rendered one line per key and one line
// per value ("Starring" / "Renata Solberg" / "Desmond Kerrigan" / "Country
// of origin" / ...). A key line opens a field when its key is one the
// extract stage reads, or when it continues a run of such fields; its values
// are the short lines up to the next key line.
func readStackedField(s *scan) int {
	l := s.cur()
	keyText, first := l.text, ""
	if k, v, ok := strings.Cut(keyText, "\t"); ok {
		keyText, first = k, strings.TrimSpace(v) // "Starring<TAB>First Actor", more on the lines below
	}
	key := fieldKey(keyText)
	if key == "cast" || key == "stars" || key == "crew" {
		return 0 // section headings far more often than keys
	}
	prev := s.last()
	cont := prev != nil && prev.Kind == BlockField && prev.Span.End >= l.off-2
	if !s.fields.Known(key) && !(infoboxKeys[key] && cont) || strings.ContainsAny(keyText, ":|") {
		return 0
	}
	vals, j := s.stackedValues(first)
	if len(vals) == 0 {
		return 0
	}
	var out []sources.Span
	for _, v := range vals {
		if v.joined {
			out = append(out, v.Span)
		} else {
			out = append(out, splitValues(v.Start, v.Text)...)
		}
	}
	end := s.lines[j-1].off + len(s.lines[j-1].text)
	s.add(Block{Kind: BlockField, Span: sources.Span{Start: l.off, End: end, Text: l.text},
		Key: key, Values: out, Section: s.section})
	return j - s.i
}

// stackedValue is one value of a stacked field: one line, or a line
// continued by "by Agnes Whitcombe"; only one-line values are split on
// commas.
type stackedValue struct {
	sources.Span
	joined bool
}

// stackedValues reads the value lines below the key line (first is a value
// on the key line itself, after a tab) and returns them with the index of
// the line after the last one.
func (s *scan) stackedValues(first string) ([]stackedValue, int) {
	l := s.cur()
	var vals []stackedValue
	if first != "" {
		off := l.off + strings.LastIndex(l.text, first)
		vals = append(vals, stackedValue{Span: sources.Span{Start: off, End: off + len(first), Text: first}})
	}
	j := s.i + 1
	for ; j < len(s.lines); j++ {
		t := strings.TrimLeft(s.lines[j].text, "•· ")
		kt, _, _ := strings.Cut(t, "\t")
		k := fieldKey(kt)
		if _, _, _, key := s.keyAt(kt); key || s.fields.Known(k) || infoboxKeys[k] || t == "" || len(t) > 70 || strings.HasSuffix(t, ".") {
			break
		}
		if strings.HasPrefix(t, "by ") && len(vals) > 0 {
			last := &vals[len(vals)-1]
			last.End = s.lines[j].off + len(t)
			last.Text, last.joined = s.text[last.Start:last.End], true
			continue
		}
		off := s.lines[j].off + len(s.lines[j].text) - len(t)
		vals = append(vals, stackedValue{Span: sources.Span{Start: off, End: off + len(t), Text: t}})
	}
	return vals, j
}
