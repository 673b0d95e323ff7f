package sources

import (
	"net/url"
	"path"
	"strings"
)

// A Reader turns one kind of document (plain text, HTML, Markdown) into a
// Document whose Text the layout stage can read, with offsets that still
// point into the document's own bytes. The Loader chooses a reader for
// each document by its extension and by sniffing its content, never by a
// setting the user must give.
type Reader interface {
	// Name names the reader, with a version that changes whenever the
	// Text it makes of the same bytes changes; it is part of the parse
	// cache key.
	Name() string
	// Extensions are the name endings (".html", lower case) of the files
	// the reader is for.
	Extensions() []string
	// Sniff reports whether the content looks like the reader's kind of
	// document. A file whose extension belongs to a reader is read by it
	// only when Sniff agrees; any other is read by the first reader that
	// sniffs it as its own.
	Sniff(in *Input) bool
	// Read makes the Document; the Input has been checked as text.
	Read(in *Input) (*Document, error)
}

// Readers are the readers the Loader tries, in order: the last, plain
// text, takes whatever the others do not.
func Readers() []Reader {
	return []Reader{htmlReader{}, markdownReader{}, textReader{}}
}

// choose picks the reader for in among readers: the one its extension
// names if its content agrees, else the first whose sniff takes it.
func choose(readers []Reader, in *Input) Reader {
	ext := extension(in.Path)
	for _, r := range readers {
		for _, e := range r.Extensions() {
			if e == ext && r.Sniff(in) {
				return r
			}
		}
	}
	for _, r := range readers {
		if r.Sniff(in) {
			return r
		}
	}
	return textReader{}
}

// extension is the lower-case extension of a file path or of a URL's
// path.
func extension(p string) string {
	if isURL(p) {
		if u, err := url.Parse(p); err == nil {
			p = u.Path
		}
		return strings.ToLower(path.Ext(p))
	}
	return strings.ToLower(path.Ext(strings.ReplaceAll(p, "\\", "/")))
}

// mediaType is the lower-case media type of a Content-Type header,
// without its parameters.
func mediaType(contentType string) string {
	t, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(t))
}
