package sources

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kgbuild/kg/internal/parallel"
)

// ErrNoDocuments is returned when the paths hold no document at all.
var ErrNoDocuments = errors.New("no documents found")

// DefaultMaxSize is the largest document read when Loader.MaxSize is 0:
// 16 MiB, far more than any article, so that a stray disk image or log
// is refused at once instead of read into memory.
const DefaultMaxSize = 16 << 20

// Loader is the load stage: it finds the documents under the paths given
// (files, folders read with their subfolders, web addresses, lists of
// them), reads each with the Reader its extension and content call for,
// rejects what is not text, and keeps for every document a map from its
// Text back to its bytes for provenance.
type Loader struct {
	// MaxSize is the largest file accepted, in bytes; 0 means 16 MiB.
	MaxSize int64
	// FollowSymlinks follows symbolic links that lead outside the paths
	// given; without it such a link is reported and skipped.
	FollowSymlinks bool
	// Fetcher gets web pages; nil means addresses are reported as
	// problems, not fetched.
	Fetcher Fetcher
	// Readers read documents; nil means Readers().
	Readers []Reader
	// Skip are folders never read, wherever they lie below a folder
	// given: the store's own, whose graph file and cache inside a corpus
	// folder are no documents of it.
	Skip []string
}

// item is one document to read: a file or a web address.
type item struct {
	path string
	id   string
	// explicit is set for what the user named (not found in a folder or
	// a list): such a file may be a list of addresses or a feed.
	explicit bool
	raw      []byte // the file's bytes when they were read to look at it
}

// collector gathers the items of one Load and the problems met.
type collector struct {
	loader    Loader
	items     []item
	seen      map[string]bool // paths and addresses already added
	manifests map[string]manifestEntry
	probs     Problems
	walker    *walker
}

// Load reads every document under paths: files; folders, read with their
// subfolders and sorted by path; web addresses, fetched with the Fetcher;
// and, among the files named, lists of addresses and feeds, whose pages are
// fetched. Files that cannot be used are reported in Problems and skipped;
// the error is non-nil only when nothing usable was found or ctx ended.
func (l Loader) Load(ctx context.Context, paths []string) ([]*Document, Problems, error) {
	c := &collector{loader: l, seen: map[string]bool{}, manifests: map[string]manifestEntry{}}
	c.walker = &walker{c: c, inDirs: map[string]bool{}, skip: map[string]bool{}}
	for _, p := range l.Skip {
		c.walker.skip[realRoot(p)] = true
	}
	for _, p := range paths {
		if !isURL(p) {
			c.walker.roots = append(c.walker.roots, realRoot(p))
		}
	}
	for _, p := range paths {
		c.input(p)
	}
	sort.SliceStable(c.items, func(i, j int) bool { return c.items[i].path < c.items[j].path })
	docs, err := c.read(ctx)
	if err != nil {
		return nil, c.probs, err
	}
	if len(docs) == 0 {
		return nil, c.probs, ErrNoDocuments
	}
	return docs, c.probs, nil
}

// input adds what one path given names.
func (c *collector) input(p string) {
	if isURL(p) {
		c.addURL(p)
		return
	}
	info, err := os.Stat(p)
	if err != nil {
		c.probs.Add(p, describe(err))
		return
	}
	if info.IsDir() {
		c.walker.walk(p)
		return
	}
	c.manifest(filepath.Dir(p), false)
	c.addFile(p, fileID(p), true)
}

// manifest reads the manifest of folder dir, if any. A bad manifest is a
// problem only when the folder was walked; beside a file named alone it
// is read quietly, as it always was.
func (c *collector) manifest(dir string, report bool) {
	m, err := readManifest(dir)
	if err != nil && report && !errors.Is(err, fs.ErrNotExist) {
		c.probs.Add(filepath.Join(dir, ManifestName), err)
	}
	for k, v := range m {
		c.manifests[k] = v
	}
}

func (c *collector) addFile(p, id string, explicit bool) {
	c.items = append(c.items, item{path: p, id: id, explicit: explicit})
}

func (c *collector) addURL(u string) {
	if c.seen[u] {
		return
	}
	c.seen[u] = true
	c.items = append(c.items, item{path: u, id: urlID(u), explicit: true})
}

// read reads the items in order, then the pages of any feed or list met
// on the way, and checks that ids are unique.
func (c *collector) read(ctx context.Context) ([]*Document, error) {
	var docs []*Document
	ids := map[string]string{}
	found := c.readFound()
	for i := 0; i < len(c.items); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		it := c.items[i]
		var d *Document
		var err error
		if i < len(found) && found[i].read {
			d, err = found[i].d, found[i].err
		} else {
			d, err = c.readItem(ctx, it)
		}
		if err != nil {
			c.probs.Add(it.path, err)
			continue
		}
		if d == nil { // a list or a feed: its entries were added
			continue
		}
		if prev, dup := ids[d.ID]; dup {
			c.probs.Add(it.path, fmt.Errorf("same document id %q as %s; rename one of them", d.ID, DisplayPath(prev)))
			continue
		}
		ids[d.ID] = it.path
		if m, ok := c.manifests[filepath.Clean(it.path)]; ok {
			m.apply(d)
		}
		docs = append(docs, d)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// readResult is one item read ahead: its document or why it has none.
type readResult struct {
	d    *Document
	err  error
	read bool
}

// readFound reads, on all cores, the files found in the folders given:
// read one after another, they were most of a re-ingest of an unchanged
// corpus. Files given by name (which may list others) and pages are read
// in turn by read.
func (c *collector) readFound() []readResult {
	out := make([]readResult, len(c.items))
	parallel.Each(len(c.items), func(i int) {
		it := c.items[i]
		if it.explicit || isURL(it.path) {
			return
		}
		raw, err := c.readFile(it.path)
		var d *Document
		if err == nil {
			d, err = c.document(it, raw, "")
		}
		out[i] = readResult{d, err, true}
	})
	return out
}

// readItem reads one file or page. It returns no document and no error for
// a list or feed, after adding its entries.
func (c *collector) readItem(ctx context.Context, it item) (*Document, error) {
	if isURL(it.path) {
		return c.readURL(ctx, it)
	}
	raw, err := c.readFile(it.path)
	if err != nil {
		return nil, err
	}
	if it.explicit && c.expand(it.path, "", raw, it.path) {
		return nil, nil
	}
	return c.document(it, raw, "")
}

// readFile reads a regular file within the size limit.
func (c *collector) readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, describe(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if max := c.loader.maxSize(); info.Size() > max {
		return nil, fmt.Errorf("file is %d bytes, larger than the %d-byte limit", info.Size(), max)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, describe(err)
	}
	return raw, nil
}

// readURL fetches a page: a document, or a feed whose items are added.
func (c *collector) readURL(ctx context.Context, it item) (*Document, error) {
	if c.loader.Fetcher == nil {
		return nil, errors.New("a web address, and fetching is off here")
	}
	page, err := c.loader.Fetcher.Fetch(ctx, it.path)
	if err != nil {
		return nil, err
	}
	base := page.FinalURL
	if base == "" {
		base = it.path
	}
	if it.explicit && c.expand(it.path, page.ContentType, page.Body, base) {
		return nil, nil
	}
	if t := mediaType(page.ContentType); !readableType(t) {
		return nil, fmt.Errorf("the page is %s, not text, HTML or Markdown", t)
	}
	return c.document(it, page.Body, page.ContentType)
}

// readableType reports whether a page of media type t may be a document:
// text of any kind, HTML, XML, or a type the server did not give.
func readableType(t string) bool {
	return t == "" || strings.HasPrefix(t, "text/") || strings.Contains(t, "html") || strings.Contains(t, "xml")
}

// expand reads body as a feed or a list of addresses, adding the pages it
// names; it reports whether body was one. Entries of a list or feed are not
// read as lists or feeds in turn.
func (c *collector) expand(path, contentType string, body []byte, base string) bool {
	var links []string
	switch {
	case sniffFeed(contentType, body):
		var err error
		if links, err = feedLinks(body, base); err != nil {
			c.probs.Add(path, err)
			return true
		}
	default:
		var ok bool
		if links, ok = sniffURLList(body); !ok {
			return false
		}
	}
	for _, l := range links {
		if !c.seen[l] {
			c.seen[l] = true
			c.items = append(c.items, item{path: l, id: urlID(l)})
		}
	}
	return true
}

// document checks raw as text and reads it with the reader it calls for.
func (c *collector) document(it item, raw []byte, contentType string) (*Document, error) {
	d, err := ReadDocument(it.path, raw, contentType, c.loader.Readers...)
	if err != nil {
		return nil, err
	}
	d.ID = it.id
	return d, nil
}

// ReadDocument checks raw, the bytes of the file or page at path, as text
// and reads it with the reader its extension and content call for, among
// readers (Readers() when none are given). contentType is what a server
// said the bytes are, or "".
func ReadDocument(path string, raw []byte, contentType string, readers ...Reader) (*Document, error) {
	in, err := decode(path, raw, contentType)
	if err != nil {
		return nil, err
	}
	if len(readers) == 0 {
		readers = Readers()
	}
	return choose(readers, in).Read(in)
}

func (l Loader) maxSize() int64 {
	if l.MaxSize == 0 {
		return DefaultMaxSize
	}
	return l.MaxSize
}

// describe turns file-system errors into the short phrase a user needs.
func describe(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}
