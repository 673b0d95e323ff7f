package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
)

// ParseCache keeps the parsed form (blocks and tagged sentences) of
// documents by content, so that re-ingesting a folder parses only the
// documents that changed. Extraction and reconciliation still see every
// document: they are corpus-wide and cheap next to tagging.
type ParseCache interface {
	// Get returns the blocks and sentences stored for a document hash.
	Get(hash string) ([]layout.Block, []nlp.Sentence, bool)
	// Put stores them; a failure only costs a parse next time.
	Put(hash string, blocks []layout.Block, sentences []nlp.Sentence) error
}

// DirCache is a ParseCache of files in a directory. Its keys include
// ParseVersion, so a cache written by a binary that parses differently is
// never read, while builds of the same stages share it.
type DirCache struct {
	dir, salt string
}

var _ ParseCache = (*DirCache)(nil)

// NewDirCache opens (creating) a cache in dir.
func NewDirCache(dir string) (*DirCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("parse cache %s: %w", dir, err)
	}
	return &DirCache{dir: dir, salt: ParseVersion}, nil
}

// ParseVersion names the output of the layout and nlp stages. Cache
// entries carry it, so that a binary whose stages parse differently never
// reuses another's parses, while go run and go build of the same source
// share them. TestParseVersion fails when the parse of the sample corpus
// changes and this is not bumped.
const ParseVersion = "p1"

type cachedParse struct {
	Blocks    []layout.Block `json:"blocks"`
	Sentences []nlp.Sentence `json:"sentences"`
}

func (c *DirCache) path(hash string) string {
	return filepath.Join(c.dir, c.salt+"-"+hash+".json")
}

// Get implements ParseCache.
func (c *DirCache) Get(hash string) ([]layout.Block, []nlp.Sentence, bool) {
	if c.salt == "" {
		return nil, nil, false
	}
	data, err := os.ReadFile(c.path(hash))
	if err != nil {
		return nil, nil, false
	}
	var p cachedParse
	if json.Unmarshal(data, &p) != nil {
		return nil, nil, false
	}
	return p.Blocks, p.Sentences, true
}

// Put implements ParseCache; it writes through a temporary file so that a
// reader never sees half an entry.
func (c *DirCache) Put(hash string, blocks []layout.Block, sentences []nlp.Sentence) error {
	if c.salt == "" {
		return nil
	}
	data, err := json.Marshal(cachedParse{blocks, sentences})
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), c.path(hash))
}
