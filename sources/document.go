package sources

// Document is one loaded source: its original bytes, its text normalised to
// Unicode NFC, and a map back from the normalised text to the original bytes
// so that every mention and evidence sentence can point into the file as it
// is on disk.
type Document struct {
	ID    string // stable id: the file name without its extension
	Path  string // path as given on the command line or found in the folder
	Title string // from the manifest or the first heading
	Kind  string // encyclopedia, review, news, listing or article
	Date  string // ISO date when the manifest or the text gives one
	Hash  string // hex SHA-256 of Raw
	Raw   []byte // the file as read
	Text  string // Raw normalised to NFC
	// offsets[i] is the byte offset in Raw of byte i of Text; it has one
	// extra entry for len(Text).
	offsets []int
}

// Original maps a byte range of Text to the byte range of Raw it came from.
func (d *Document) Original(start, end int) (int, int) {
	if d.offsets == nil {
		return start, end
	}
	clamp := func(i int) int {
		if i < 0 {
			return 0
		}
		if i >= len(d.offsets) {
			return len(d.offsets) - 1
		}
		return i
	}
	return d.offsets[clamp(start)], d.offsets[clamp(end)]
}

// Span is a piece of a document's Text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
