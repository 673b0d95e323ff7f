package sources

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// stream is the text of a page's text tokens, in document order, with the
// source of each byte: every text node of the parsed tree is a piece of
// it, which is how a node's text is traced back to the page (the HTML
// parser does not keep positions).
type stream struct {
	text       []byte
	start, end []int
}

// tokenStream tokenizes src and collects its text tokens, decoding
// character references and line ends as the tokenizer does, byte by byte,
// so that each decoded byte keeps its place.
func tokenStream(src []byte) stream {
	var st stream
	z := html.NewTokenizer(bytes.NewReader(src))
	pos := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := append([]byte(nil), z.Raw()...) // Text rewrites the buffer Raw points into
		if tt == html.TextToken {
			r := decodeText(raw, pos, string(z.Text()))
			st.text = append(st.text, r.text...)
			st.start = append(st.start, r.start...)
			st.end = append(st.end, r.end...)
		}
		pos += len(raw)
	}
	return st
}

// decodeText decodes the raw bytes of one text token found at offset pos:
// character references resolved, CR LF and CR made LF. want is the
// tokenizer's own decoding; when ours differs (text in a raw-text element,
// which is not decoded, or a reference we read otherwise) the plain bytes
// are tried, and failing that the token's text is kept with every byte
// placed at the token's start.
func decodeText(raw []byte, pos int, want string) run {
	if r := decodeRefs(raw, pos, true); r.text == want {
		return r
	}
	if r := decodeRefs(raw, pos, false); r.text == want {
		return r
	}
	r := at(want, pos)
	for i := range r.end {
		r.end[i] = pos + len(raw)
	}
	return r
}

// decodeRefs decodes line ends and, with refs, character references.
func decodeRefs(raw []byte, pos int, refs bool) run {
	var out strings.Builder
	start := make([]int, 0, len(raw))
	end := make([]int, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '\r':
			n := 1
			if i+1 < len(raw) && raw[i+1] == '\n' {
				n = 2
			}
			out.WriteByte('\n')
			start, end = append(start, pos+i), append(end, pos+i+n)
			i += n
		case c == '&' && refs:
			dec, n := charRef(raw[i:])
			if n == 0 {
				dec, n = "&", 1
			}
			out.WriteString(dec)
			for range len(dec) {
				start, end = append(start, pos+i), append(end, pos+i+n)
			}
			i += n
		default:
			out.WriteByte(c)
			start, end = append(start, pos+i), append(end, pos+i+1)
			i++
		}
	}
	return run{out.String(), start, end}
}

// charRef decodes the character reference at the start of s ("&amp;",
// "&#8217;", "&eacute", ...) as HTML does, returning the text and how many
// bytes it took; 0 when s does not start with one.
func charRef(s []byte) (string, int) {
	end := 1
	for end < len(s) && end < 40 && isRefByte(s[end]) {
		end++
	}
	if end < len(s) && s[end] == ';' {
		end++
	}
	cand := string(s[:end])
	u := html.UnescapeString(cand)
	if u == cand {
		return "", 0
	}
	// the reference took a prefix of cand; the rest came out unchanged
	for k := 1; k <= len(cand); k++ {
		if strings.HasSuffix(u, cand[k:]) && len(u) > len(cand)-k {
			return u[:len(u)-(len(cand)-k)], k
		}
	}
	return "", 0
}

func isRefByte(c byte) bool {
	return c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// align finds each text node of the tree in the stream, in order, and
// returns the run of each: its text with the page offset of every byte.
// A node found out of order (text the parser moved, as out of a table) is
// looked for from the start; one not found at all is placed where the
// search stands.
func align(doc *html.Node, st stream) map[*html.Node]run {
	runs := map[*html.Node]run{}
	cursor := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			runs[n] = st.find(n.Data, &cursor)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return runs
}

// find returns the run of text d at or after *cursor, moving the cursor
// past it.
func (st *stream) find(d string, cursor *int) run {
	if strings.TrimSpace(d) == "" {
		return st.placed(d, *cursor)
	}
	if i := bytes.Index(st.text[*cursor:], []byte(d)); i >= 0 {
		i += *cursor
		*cursor = i + len(d)
		return st.piece(i, i+len(d))
	}
	if i := bytes.Index(st.text, []byte(d)); i >= 0 {
		return st.piece(i, i+len(d))
	}
	return st.placed(d, *cursor)
}

// piece is the run of the stream [i, j).
func (st *stream) piece(i, j int) run {
	return run{string(st.text[i:j]), st.start[i:j], st.end[i:j]}
}

// placed is d with every byte at stream offset i: for white space and for
// text the stream does not hold.
func (st *stream) placed(d string, i int) run {
	off := 0
	switch {
	case i < len(st.start):
		off = st.start[i]
	case len(st.end) > 0:
		off = st.end[len(st.end)-1]
	}
	return at(d, off)
}
