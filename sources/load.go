package sources

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ManifestName is the optional file in a source folder that gives each
// document's title, kind and date: tab-separated columns file, title, kind,
// date, '#' for comments. It is read, not ingested.
const ManifestName = "manifest.tsv"

// ErrNoDocuments is returned when the paths hold no document at all.
var ErrNoDocuments = errors.New("no documents found")

// Loader is the load stage: it reads files of UTF-8 text, rejects what is
// not text, and normalises the text to NFC while keeping a map back to the
// original bytes for provenance.
type Loader struct {
	// MaxSize is the largest file accepted, in bytes; 0 means 16 MiB.
	MaxSize int64
}

// Load reads every document under paths (files, or folders read one level
// deep and sorted by name). Files that cannot be used are reported in
// Problems and skipped; the error is non-nil only when nothing usable was
// found or ctx ended.
func (l Loader) Load(ctx context.Context, paths []string) ([]*Document, Problems, error) {
	var probs Problems
	var files []string
	manifest := map[string]manifestEntry{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			probs.Add(p, describe(err))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			if m, err := readManifest(filepath.Join(filepath.Dir(p), ManifestName)); err == nil {
				mergeManifest(manifest, m)
			}
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			probs.Add(p, describe(err))
			continue
		}
		m, err := readManifest(filepath.Join(p, ManifestName))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			probs.Add(filepath.Join(p, ManifestName), err)
		}
		mergeManifest(manifest, m)
		n := 0
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || name == ManifestName || strings.HasPrefix(name, ".") {
				continue
			}
			files = append(files, filepath.Join(p, name))
			n++
		}
		if n == 0 {
			probs.Add(p, fmt.Errorf("folder holds no documents"))
		}
	}
	sort.Strings(files)
	var docs []*Document
	seen := map[string]string{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, probs, err
		}
		d, err := l.loadFile(f)
		if err != nil {
			probs.Add(f, err)
			continue
		}
		if prev, dup := seen[d.ID]; dup {
			probs.Add(f, fmt.Errorf("same document id %q as %s; rename one of them", d.ID, prev))
			continue
		}
		seen[d.ID] = f
		if m, ok := manifest[filepath.Base(f)]; ok {
			if m.Title != "" {
				d.Title = m.Title
			}
			if m.Kind != "" {
				d.Kind = m.Kind
			}
			if m.Date != "" {
				d.Date = m.Date
			}
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, probs, ErrNoDocuments
	}
	return docs, probs, nil
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

func (l Loader) loadFile(path string) (*Document, error) {
	max := l.MaxSize
	if max == 0 {
		max = 16 << 20
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, describe(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > max {
		return nil, fmt.Errorf("file is %d bytes, larger than the %d-byte limit", info.Size(), max)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, describe(err)
	}
	return NewDocument(path, raw)
}

// NewDocument checks raw as a text document and builds its Document: id from
// the file name, text normalised to NFC, title, kind and date guessed from
// the text (a manifest may override them).
func NewDocument(path string, raw []byte) (*Document, error) {
	bom := 0
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		bom = 3 // a byte-order mark: not text, but offsets still count it
	}
	if len(bytes.TrimSpace(raw[bom:])) == 0 {
		return nil, errors.New("empty file")
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return nil, fmt.Errorf("binary file (NUL byte at offset %d), not text", i)
	}
	if !utf8.Valid(raw) {
		off := 0
		for off < len(raw) {
			r, n := utf8.DecodeRune(raw[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, fmt.Errorf("invalid UTF-8 at byte offset %d", off)
	}
	sum := sha256.Sum256(raw)
	base := filepath.Base(path)
	d := &Document{
		ID:   strings.TrimSuffix(base, filepath.Ext(base)),
		Path: path,
		Hash: hex.EncodeToString(sum[:]),
		Raw:  raw,
	}
	d.Text, d.offsets = normalize(raw[bom:])
	for i := range d.offsets {
		d.offsets[i] += bom
	}
	d.Title, d.Kind, d.Date = guessHeader(d.Text)
	return d, nil
}

// normalize returns raw in NFC with, for every byte of the result, the
// offset in raw of the segment it came from.
func normalize(raw []byte) (string, []int) {
	var out []byte
	offsets := make([]int, 0, len(raw)+1)
	var it norm.Iter
	it.Init(norm.NFC, raw)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		out = append(out, seg...)
		for range seg {
			offsets = append(offsets, start)
		}
	}
	offsets = append(offsets, len(raw))
	return string(out), offsets
}

var (
	isoDate      = regexp.MustCompile(`\b(19|20)\d\d-[01]\d-[0-3]\d\b`)
	wikiTitle    = regexp.MustCompile(`^=\s*(.+?)\s*=\s*$`)
	reviewTitle  = regexp.MustCompile(`(?i)\breview\b`)
	datelineLead = regexp.MustCompile(`(?i)^\s*(date|published|posted|updated)\b`)
)

// guessHeader reads what the first lines of a text say about it: a title, a
// kind of document and a date. Encyclopedia-style pages carry an "= Title ="
// heading or an infobox; reviews say so near the top; news items open with a
// dateline.
func guessHeader(text string) (title, kind, date string) {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	kind = "article"
	for sc.Scan() && n < 8 {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		n++
		if m := wikiTitle.FindStringSubmatch(line); m != nil && title == "" {
			title = m[1]
			kind = "encyclopedia"
			continue
		}
		if l := strings.ToLower(line); l == "infobox" || strings.HasPrefix(l, "{{infobox") {
			kind = "encyclopedia"
		}
		if datelineLead.MatchString(line) {
			if d := isoDate.FindString(line); d != "" && date == "" {
				date = d
				if kind == "article" {
					kind = "news"
				}
			}
		}
		if kind == "article" && reviewTitle.MatchString(line) && len(line) < 200 {
			kind = "review"
			if title == "" {
				title = line
			}
		}
		if strings.Contains(line, "|") && strings.Count(line, "|") >= 2 && kind == "article" {
			kind = "listing"
		}
	}
	return title, kind, date
}

type manifestEntry struct{ Title, Kind, Date string }

func readManifest(path string) (map[string]manifestEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]manifestEntry{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: want file, title, kind[, date] separated by tabs", i+1)
		}
		e := manifestEntry{Title: cols[1], Kind: cols[2]}
		if len(cols) > 3 {
			e.Date = cols[3]
		}
		m[cols[0]] = e
	}
	return m, nil
}

func mergeManifest(dst, src map[string]manifestEntry) {
	for k, v := range src {
		dst[k] = v
	}
}
