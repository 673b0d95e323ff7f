package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/sources"
)

// memoFiles is a small corpus whose documents depend on each other: the
// pair lines of the cast list are ordered by what the others say.
var memoFiles = map[string]string{
	"cast.txt": "= Harbor Lights (TV series) =\nHarbor Lights is an American police drama television series created by Dorian Vale.\n\n" +
		"== Cast ==\nIlse Brandt — Mara Voss\nQuentin Hale — Tomas Reyle\n",
	"review.txt": "Quentin Hale is superb in the second season. Brandt and Voss argue about the harbor.\n" +
		"Harbor Lights airs on Meridian Network and was filmed in Port Calder.\n\n== Cast ==\nDana Pike as Ferryman\n",
	"news.txt": "Meridian Network renewed Harbor Lights for a third season. Dorian Vale will return as showrunner.\n",
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for n, body := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runOn runs a pipeline configured by cfg on dir.
func runOn(t *testing.T, cfg Config, dir string) *Result {
	t.Helper()
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func graphJSON(t *testing.T, g *graph.Graph) string {
	t.Helper()
	data, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestMemoRunMatchesFullRun edits a corpus in the ways a user does (a text
// change that adds a name the lexicon learns, a document removed, renamed
// or added) in a corpus of its own and the sample corpus, and checks that
// a run with the memos and parses of the run before builds the graph a run without any cache builds from the same
// stored graph, byte for byte, reading again fewer documents than there
// are; and that a run on unchanged documents finds the stored graph theirs.
func TestMemoRunMatchesFullRun(t *testing.T) {
	tests := []struct {
		name string
		edit func(t *testing.T, dir string)
	}{
		{"nothing changed", func(*testing.T, string) {}},
		{"a name the lexicon learns", func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"news.txt": memoFiles["news.txt"] + "\n== Cast ==\nQuentin Hale as Tomas Reyle, a harbor pilot\n"})
		}},
		{"a word written in lower case", func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"news.txt": memoFiles["news.txt"] + "The ferryman of the pilot episode returns.\n"})
		}},
		{"a document removed", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "news.txt"))
		}},
		{"a document renamed", func(t *testing.T, dir string) {
			os.Rename(filepath.Join(dir, "review.txt"), filepath.Join(dir, "a-review.txt"))
		}},
		{"a document added", func(t *testing.T, dir string) {
			writeFiles(t, dir, map[string]string{"profile.txt": "= Northern Pier =\nNorthern Pier is a film.\n\n== Cast ==\nIlse Brandt as Nora Quill, a lighthouse keeper\n"})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, memoFiles)
			writeFiles(t, dir, seedFiles(t))
			cache, err := NewDirCache(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			first := runOn(t, Config{Cache: cache, Memos: cache}, dir)
			tc.edit(t, dir)
			got := runOn(t, Config{Cache: cache, Memos: cache, Previous: first.Graph, Stamp: first.Stamp}, dir)
			want := runOn(t, Config{Previous: first.Graph}, dir)
			if got.Unchanged != (got.Stamp == first.Stamp) {
				t.Errorf("Unchanged = %v, with the stamp %s", got.Unchanged, map[bool]string{true: "unchanged", false: "changed"}[got.Stamp == first.Stamp])
			}
			g := got.Graph
			if got.Unchanged {
				g = first.Graph
			} else if got.Extracted >= got.Documents {
				t.Errorf("%d of %d documents read again, want fewer", got.Extracted, got.Documents)
			}
			if a, b := graphJSON(t, g), graphJSON(t, want.Graph); a != b {
				t.Errorf("the graph differs from a run without caches:\n got %.400s\nwant %.400s", a, b)
			}
		})
	}
}

// seedFiles reads the sample corpus's files.
func seedFiles(t *testing.T) map[string]string {
	t.Helper()
	dir := filepath.Join("..", "sources", "ballard")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(data)
	}
	return files
}

// TestDirCacheChecksMemos spoils a memo as a hand or a crash could, and
// checks that GetMemo uses it only when it is sound.
func TestDirCacheChecksMemos(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, memoFiles)
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{src})
	if err != nil {
		t.Fatal(err)
	}
	a, b := docs[0], docs[1]
	tests := []struct {
		name  string
		spoil func(t *testing.T, c *DirCache)
		hit   bool
	}{
		{"sound memo", func(*testing.T, *DirCache) {}, true},
		{"emptied to {}", func(t *testing.T, c *DirCache) { write(t, c.memoPath(a), "{}") }, false},
		{"a memo without its phases", func(t *testing.T, c *DirCache) {
			empty, err := (&extract.Memo{}).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			write(t, c.memoPath(a), string(cachedMemo{memoVersion, memoKey(a), empty}.encode()))
		}, false},
		{"another document's memo", func(t *testing.T, c *DirCache) {
			data, _ := os.ReadFile(c.memoPath(b))
			write(t, c.memoPath(a), string(data))
		}, false},
		{"made by another version", func(t *testing.T, c *DirCache) {
			data, _ := os.ReadFile(c.memoPath(a))
			m, err := decodeMemoEntry(data)
			if err != nil {
				t.Fatal(err)
			}
			m.Version = "p0g0"
			write(t, c.memoPath(a), string(m.encode()))
		}, false},
		{"cut short", func(t *testing.T, c *DirCache) {
			data, _ := os.ReadFile(c.memoPath(a))
			write(t, c.memoPath(a), string(data[:len(data)/2]))
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewDirCache(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			runOn(t, Config{Memos: c}, src)
			tt.spoil(t, c)
			if _, hit := c.GetMemo(a); hit != tt.hit {
				t.Fatalf("GetMemo hit = %v, want %v", hit, tt.hit)
			}
			if _, err := os.Stat(c.memoPath(a)); err != nil == tt.hit {
				t.Errorf("the memo is there: %v, want %v", err == nil, tt.hit)
			}
		})
	}
}

// TestDirCachePrunesMemos checks that Prune removes the memos no document
// in use needs, as it does parses.
func TestDirCachePrunesMemos(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, memoFiles)
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{src})
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-48 * time.Hour)
	tests := []struct {
		name   string
		keep   map[string]bool
		unused time.Duration
		kept   []bool // by document, then the memo of another version
	}{
		{"keep exactly the documents in use", map[string]bool{docs[0].Hash: true}, time.Hour, []bool{true, false, false, false}},
		{"shared cache: only memos unused too long, and other versions", nil, 24 * time.Hour, []bool{true, true, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c, err := NewDirCache(dir)
			if err != nil {
				t.Fatal(err)
			}
			runOn(t, Config{Memos: c}, src)
			os.Chtimes(c.memoPath(docs[2]), old, old)
			other := filepath.Join(dir, memoDir, "p0g0-"+docs[0].Hash+"-0123456789abcdef.memo")
			write(t, other, "{}")
			if _, err := c.Prune(tt.keep, tt.unused); err != nil {
				t.Fatal(err)
			}
			paths := []string{c.memoPath(docs[0]), c.memoPath(docs[1]), c.memoPath(docs[2]), other}
			for i, p := range paths {
				if _, err := os.Stat(p); (err == nil) != tt.kept[i] {
					t.Errorf("%s: kept = %v, want %v", filepath.Base(p), err == nil, tt.kept[i])
				}
			}
		})
	}
}
