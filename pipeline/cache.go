package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kgbuild/kg/internal/process"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
)

// ParseCache keeps the parsed form (blocks and tagged sentences) of
// documents by content, so that re-ingesting a folder parses only the
// documents that changed. Extraction is corpus-wide: a document whose
// extraction memo (see MemoCache) no longer holds is read again from its
// parse, edited or not.
type ParseCache interface {
	// Get returns the blocks and sentences stored for a document hash.
	Get(hash string) ([]layout.Block, []nlp.Sentence, bool)
	// Put stores them; a failure only costs a parse next time.
	Put(hash string, blocks []layout.Block, sentences []nlp.Sentence) error
}

// DirCache is a ParseCache of files in a directory. Its keys include
// ParseVersion, so a cache written by a binary that parses differently is
// never read, while builds of the same stages share it. Each entry also
// records, inside it, the version and the document hash it was made for,
// and Get checks both: an entry emptied, or copied over another's name,
// is parsed again instead of silently used.
type DirCache struct {
	dir, salt string
}

var _ ParseCache = (*DirCache)(nil)

// staleTemp is the age past which a temporary file of the cache is a
// leftover whatever its name says: a Put takes milliseconds.
const staleTemp = time.Hour

// NewDirCache opens (creating) a cache in dir, and removes the temporary
// files that killed runs left there.
func NewDirCache(dir string) (*DirCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("parse cache %s: %w", dir, err)
	}
	c := &DirCache{dir: dir, salt: ParseVersion}
	c.removeLeftovers()
	return c, nil
}

// ParseVersion names the output of the layout and nlp stages. Cache
// entries carry it, so that a binary whose stages parse differently never
// reuses another's parses, while go run and go build of the same source
// share them. TestParseVersion fails when the parse of the sample corpus
// changes and this is not bumped.
const ParseVersion = "p23" // p23: runs of spaced-hyphen pair lines (hyphen-pair), a character heading's "Portrayed by" sentence, the page's title line no dash pair, infobox fields under an empty key; p22: a line closed inside single quotation marks and a page's cut-off last line are prose, a generational suffix stays in an infobox value; p21: a line opening with a comma or a full stop goes on with the paragraph above it, a date after a byline's author ends the byline's name; p20: a field word in the possessive ("Director's Cut") opens no glued value, a fact-box value split at a credit's words between companies and not at an "and" between company words, a value cut short after a small word dropped; p19: a caption's unlabelled picture credit after a dash or its full stop ("- Studio/Agency"), a caption printed twice running no heading, a photograph's text run into its caption or before a byline of the same name dropped, a cast section's list of pictured names one cast field, a known field key asked as a question ("Who’s In It?"); p18: a title's short form with its full stop ("Det.", "Insp.") does not end a sentence before a capitalised word; p17: a cast line's character and a bare name may open with a quotation mark of any form, straight or curly; p16: a slash between two names splits a field value, a name's leading initial does not end a sentence; p15: offices of state (secretary, archbishop, minister, ambassador) among the title words the layouts read before names; p14: captions that say where their people stand ("from left:") list actor (character) pairs, cast lines split by semicolons, a page word before a cast line's actor and a rank before its character, two writers on a bare byline, news sources and several labelled credits on one credit line, archive pages' label lines; p13: a fact box's cast label ("Who's in it:") is a field; p12: bare bylines, photo credit and copyright lines and tails, a line ending with a credit is no heading, wiki Edit links off headings, no credit group in a glued cast run; p11: "D-list" and its like are common words, which the layout reads; p10: a note in square brackets ends a field value, cast pairs with a quoted name; p9: a hard-wrapped paragraph is one prose block; p8: a capitalised noun after an initialism ("U.S. Marshals") goes on with the sentence, cast lines that lost their tab; p7: clergy ranks are titles and writers' roles page words, which the layout reads; p6: episode tables' credit columns are fields; "Character, played by Actor" is a cast line

// cachedParse is one entry. Version and Hash say what it was made for, so
// that Get can tell an entry that does not belong under its name.
type cachedParse struct {
	Version   string         `json:"version"`
	Hash      string         `json:"hash"`
	Blocks    []layout.Block `json:"blocks"`
	Sentences []nlp.Sentence `json:"sentences"`
}

// entryName matches the name of an entry: version, "-", the SHA-256 of the
// document, "-" and the reader for documents other than plain text, ".json".
var entryName = regexp.MustCompile(`^([a-z0-9]+)-([0-9a-f]{64})(?:-[a-z0-9]+)?\.json$`)

func (c *DirCache) path(hash string) string {
	return filepath.Join(c.dir, c.salt+"-"+hash+".json")
}

// Get implements ParseCache. An entry that does not decode, or that says
// it was made by another version or for another document, is a miss, and
// is removed so that the next Put replaces it.
func (c *DirCache) Get(hash string) ([]layout.Block, []nlp.Sentence, bool) {
	if c.salt == "" {
		return nil, nil, false
	}
	data, err := os.ReadFile(c.path(hash))
	if err != nil {
		return nil, nil, false
	}
	var p cachedParse
	if json.Unmarshal(data, &p) != nil || p.Version != c.salt || p.Hash != hash {
		os.Remove(c.path(hash))
		return nil, nil, false
	}
	now := time.Now()
	os.Chtimes(c.path(hash), now, now) // used: see Prune
	return p.Blocks, p.Sentences, true
}

// Has reports whether an entry is stored for hash, without reading it:
// a run that will find a document's parse here need not build the
// tagger's models for it (an entry found unsound by Get is parsed again,
// and the models are built then).
func (c *DirCache) Has(hash string) bool {
	if c.salt == "" {
		return false
	}
	_, err := os.Stat(c.path(hash))
	return err == nil
}

// Put implements ParseCache; it writes through a temporary file so that a
// reader never sees half an entry.
func (c *DirCache) Put(hash string, blocks []layout.Block, sentences []nlp.Sentence) error {
	if c.salt == "" {
		return nil
	}
	data, err := json.Marshal(cachedParse{c.salt, hash, blocks, sentences})
	if err != nil {
		return err
	}
	return writeEntry(c.dir, c.path(hash), data)
}

// writeEntry writes data to path through a temporary file in dir. The
// temporary file's name holds the process id, so that a later run can
// tell a killed run's leftover.
//
// A killed run never leaves half an entry under an entry's name: the
// rename is atomic, and a temporary file is never read as an entry.
// Nothing here is synced to disk. The cache is re-derivable: an entry
// that a crash of the machine leaves empty or cut short fails its
// reader's checks (a parse must decode as JSON and name its version and
// document, a memo's fields must fill it exactly and decode) and is
// parsed again. Durability is the store's promise, which syncs.
//
// An entry that already holds exactly data (a --no-cache run over its
// own cache writes the same parses and memos again) is not written
// again, only touched, as a write would have: creating, writing and
// renaming thousands of files was most of a cold ingest's system time.
func writeEntry(dir, path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		now := time.Now()
		return os.Chtimes(path, now, now) // used: see Prune
	}
	pattern := fmt.Sprintf(".tmp-%d-*", os.Getpid())
	tmp, err := os.CreateTemp(dir, pattern)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		tmp, err = os.CreateTemp(dir, pattern)
	}
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// removeLeftovers deletes the temporary files of Puts that never finished:
// those of a process that no longer runs, and any older than staleTemp.
func (c *DirCache) removeLeftovers() {
	matches, _ := filepath.Glob(filepath.Join(c.dir, ".tmp-*"))
	more, _ := filepath.Glob(filepath.Join(c.dir, memoDir, ".tmp-*"))
	for _, m := range append(matches, more...) {
		pid, _ := strconv.Atoi(strings.SplitN(strings.TrimPrefix(filepath.Base(m), ".tmp-"), "-", 2)[0])
		fi, err := os.Stat(m)
		if err != nil {
			continue
		}
		if !process.Alive(pid) || time.Since(fi.ModTime()) > staleTemp {
			os.Remove(m)
		}
	}
}

// Prune removes the entries that no document in use needs: parses and
// memos of another version, which this binary never reads, and those whose
// document hash is not in keep. A cache that several stores share cannot
// know every document in use; give it keep = nil and unused for the age
// past which an entry no run has read or written is dropped (reads and
// writes refresh an entry's time). It returns how many entries it removed.
func (c *DirCache) Prune(keep map[string]bool, unused time.Duration) (int, error) {
	removed, err := c.prune(c.dir, entryName, c.salt, keep, unused)
	if err != nil {
		return removed, fmt.Errorf("prune parse cache %s: %w", c.dir, err)
	}
	n, err := c.prune(filepath.Join(c.dir, memoDir), memoName, memoVersion, keep, unused)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return removed + n, fmt.Errorf("prune extraction memos %s: %w", c.dir, err)
	}
	return removed + n, nil
}

// prune removes the entries of dir (named as name matches: version, then
// document hash) that Prune says to.
func (c *DirCache) prune(dir string, name *regexp.Regexp, version string, keep map[string]bool, unused time.Duration) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	removed := 0
	for _, e := range entries {
		m := name.FindStringSubmatch(e.Name())
		if e.IsDir() || m == nil {
			continue // not an entry: a cache folder may hold other files
		}
		drop := m[1] != version
		if !drop && keep != nil {
			drop = !keep[m[2]]
		}
		if !drop && keep == nil && unused > 0 {
			if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > unused {
				drop = true
			}
		}
		if drop && os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed++
		}
	}
	return removed, nil
}
