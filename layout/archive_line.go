package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter

	"github.com/kgbuild/kg/sources"
)

// archiveLabel matches the label a blog's archive page puts over the posts
// it lists, and the name it lists them by: "Tag Archives: Jane Roe",
// "Category Archives: Harbor Lights", "Posts Tagged ‘Jane Roe’", "Author
// Archives: Jane Roe". Group 1 is the kind of archive, group 2 the name.
var archiveLabel = regexp.MustCompile(`(?i)^(tag|category|author)\s+archives?\s*:\s*["“‘']?(\p{Lu}[^"”’']*?)["”’']?$|^(posts\s+tagged)\s*:?\s*["“‘']?(\p{Lu}[^"”’']*?)["”’']?$`)

// readArchiveLine reads an archive page's label line, which names what the
// page is about: an author's archive names a writer, a byline; a tag's or
// a category's names a person or a show the page's posts are about, read
// as a name of its own (a block of prose that is only the name), not as a
// heading, whose names are dropped. A name that is no name (one word in
// lower case, a phrase) is left to the other recognizers.
func readArchiveLine(s *scan, b body) bool {
	m := archiveLabel.FindStringSubmatchIndex(b.text)
	if m == nil {
		return false
	}
	kind, ns, ne := m[2], m[4], m[5]
	if kind < 0 {
		kind, ns, ne = m[6], m[8], m[9]
	}
	name := b.text[ns:ne]
	if !IsName(undot(name)) {
		return false
	}
	v := sources.Span{Start: b.off + ns, End: b.off + ne, Text: name}
	if b.text[kind] == 'a' || b.text[kind] == 'A' {
		if !writerName(name) {
			return false
		}
		s.add(Block{Kind: BlockField, Span: b.line.span(), Key: "byline", Values: []sources.Span{v}, Section: s.section})
		return true
	}
	s.add(Block{Kind: BlockProse, Span: v, Section: s.section})
	return true
}
