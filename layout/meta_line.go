package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// metaKeys are the keys of a page's metadata line, as saved pages and
// clippings open with it: "Title: ... | Source: example.com | Date: 2024-05-01".
var metaKeys = map[string]bool{"title": true, "source": true, "site": true, "publisher": true, "date": true,
	"published": true, "url": true, "author": true, "retrieved": true}

// metaItem matches one "Key: value" item of a metadata line.
var metaItem = regexp.MustCompile(`^([A-Za-z]+)\s*:\s+(\S.*)$`)

// readMetaLine reads the metadata line a page opens with: the title, a
// headline, becomes a heading block of its own, the source a field keyed
// "source" (the site that published the page), the author a byline; the
// date and address give no name. Each item is "Key: value"; items are
// separated by " | ".
func readMetaLine(s *scan) int {
	l := s.cur()
	if len(s.blocks) > 0 {
		return 0
	}
	type item struct {
		key string
		val sources.Span
	}
	var items []item
	pos := 0
	for _, part := range strings.Split(l.text, " | ") {
		m := metaItem.FindStringSubmatchIndex(part)
		if m == nil || !names.InLower(metaKeys, part[m[2]:m[3]]) {
			return 0
		}
		v := strings.TrimSpace(part[m[4]:m[5]])
		start := l.off + pos + m[4]
		items = append(items, item{strings.ToLower(part[m[2]:m[3]]), sources.Span{Start: start, End: start + len(v), Text: v}})
		pos += len(part) + len(" | ")
	}
	for _, it := range items {
		switch it.key {
		case "title":
			s.add(Block{Kind: BlockHeading, Span: it.val, Level: 1})
		case "source", "site", "publisher":
			s.add(Block{Kind: BlockField, Span: it.val, Key: "source", Values: []sources.Span{it.val}})
		case "author":
			s.add(Block{Kind: BlockField, Span: it.val, Key: "byline", Values: []sources.Span{it.val}})
		}
	}
	return 1
}

// dateMark matches the date a saved page's first line opens with, before
// its headline or first sentence: " date 2024-05-01 Harbor Renewed ...".
var dateMark = regexp.MustCompile(`^(?i:date):?\s+\d{4}-\d{2}(?:-\d{2})?\s+`)

// trimDateMark drops the date mark a line opens with, so that the line is
// read as what follows it (a headline is a heading).
func trimDateMark(l line) line {
	m := dateMark.FindStringIndex(l.text)
	if m == nil || m[1] == len(l.text) {
		return l
	}
	l.text, l.off = l.text[m[1]:], l.off+m[1]
	return l
}
