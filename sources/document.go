package sources

// Document is one loaded source: its original bytes, its text normalised to
// Unicode NFC, and a map back from the normalised text to the original bytes
// so that every mention and evidence sentence can point into the file as it
// is on disk.
type Document struct {
	ID     string // stable id: the file name without its extension
	Path   string // path as given on the command line or found in the folder, or a URL
	Title  string // from the manifest, the page's metadata or the first heading
	Kind   string // encyclopedia, review, news, listing or article
	Date   string // ISO date when the manifest, the metadata or the text gives one
	Author string // the byline of a web page, when it has one
	Hash   string // hex SHA-256 of Raw
	Raw    []byte // the file as read; nil once ReleaseRaw let it go
	// Text is what the later stages read: Raw normalised to NFC for plain
	// text; for HTML and Markdown, the page's content as lines that carry
	// its structure (headings, list items, infobox rows, captions).
	Text string
	// Reader names the reader that made Text from Raw, with its version:
	// a parse cached for one reader's Text is never used for another's.
	Reader string
	// offsets maps each byte of Text to its byte offset in Raw, with one
	// extra entry for len(Text).
	offsets offsetMap
	// ends maps byte i of Text to the offset in Raw just after the source
	// of byte i-1. Empty when Text follows Raw byte for byte (plain text),
	// where a span ends where the next byte begins; markup between two
	// bytes of Text makes the two differ.
	ends offsetMap
	// size is len(Raw) once ReleaseRaw let Raw go.
	size int
}

// Size is the size of the file as read, in bytes, also after ReleaseRaw.
func (d *Document) Size() int {
	if d.Raw != nil {
		return len(d.Raw)
	}
	return d.size
}

// ReleaseRaw lets the file's bytes go, keeping their size: once Text is
// made, nothing reads them, and a run holds every document it loaded
// until its graph is written.
func (d *Document) ReleaseRaw() {
	if d.Raw != nil {
		d.size, d.Raw = len(d.Raw), nil
	}
}

// Original maps a byte range of Text to the byte range of Raw it came from.
func (d *Document) Original(start, end int) (int, int) {
	if d.offsets.n == 0 {
		return start, end
	}
	if d.ends.n > 0 && end > start {
		return d.offsets.get(start), d.ends.get(end)
	}
	return d.offsets.get(start), d.offsets.get(end)
}

// CacheKey is the key under which the parse of this document may be
// cached: the content hash, and for any reader but plain text, the reader
// too, since the same bytes read by another reader (or another version of
// one) give another Text.
func (d *Document) CacheKey() string {
	if d.Reader == "" || d.Reader == textReaderName {
		return d.Hash
	}
	return d.Hash + "-" + d.Reader
}

// Span is a piece of a document's Text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
