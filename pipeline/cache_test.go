package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/layout"
)

// TestParseCacheReusesUnchangedDocuments checks that a second run over the
// same files parses nothing and builds the same graph, and that an edited
// file is parsed again.
func TestParseCacheReusesUnchangedDocuments(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"a.txt": "= Nightfall (TV series) =\n- Starring: Dana Holt\n- Dana Holt as Detective Ivy Cole, a cop.\n",
		"b.txt": "Nightfall stars Dana Holt as Ivy Cole. It is set in Chicago.\n",
	}
	for n, body := range files {
		if err := os.WriteFile(filepath.Join(src, n), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cache, err := NewDirCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	run := func() *Result {
		t.Helper()
		p, err := New(Config{Cache: cache})
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Run(context.Background(), []string{src})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	first := run()
	second := run()
	if first.Reused != 0 || second.Reused != len(files) {
		t.Fatalf("reused %d then %d parses, want 0 then %d", first.Reused, second.Reused, len(files))
	}
	a, _ := json.Marshal(first.Graph)
	b, _ := json.Marshal(second.Graph)
	if string(a) != string(b) {
		t.Errorf("the graph built from cached parses differs:\n%s\n%s", a, b)
	}
	if err := os.WriteFile(filepath.Join(src, "b.txt"), []byte(files["b.txt"]+"Tom Reyes plays Sam Cole.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if third := run(); third.Reused != 1 {
		t.Errorf("after editing one file, reused %d parses, want 1", third.Reused)
	}
}

// TestDirCacheChecksEntries puts one entry, spoils it as a hand or a
// crash could, and checks that Get uses it only when it is sound.
func TestDirCacheChecksEntries(t *testing.T) {
	hashA, hashB := strings.Repeat("a", 64), strings.Repeat("b", 64)
	blocks := []layout.Block{{Kind: layout.BlockHeading, Key: "Dana Holt stars."}}
	tests := []struct {
		name  string
		spoil func(t *testing.T, c *DirCache)
		hit   bool
	}{
		{"sound entry", func(*testing.T, *DirCache) {}, true},
		{"emptied to {}", func(t *testing.T, c *DirCache) { write(t, c.path(hashA), "{}") }, false},
		{"another document's entry", func(t *testing.T, c *DirCache) {
			if err := c.Put(hashB, nil, nil); err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(c.path(hashB))
			write(t, c.path(hashA), string(data))
		}, false},
		{"made by another version", func(t *testing.T, c *DirCache) {
			data, _ := os.ReadFile(c.path(hashA))
			write(t, c.path(hashA), strings.Replace(string(data), `"version":"`+ParseVersion+`"`, `"version":"p0"`, 1))
		}, false},
		{"cut short", func(t *testing.T, c *DirCache) {
			data, _ := os.ReadFile(c.path(hashA))
			write(t, c.path(hashA), string(data[:len(data)/2]))
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewDirCache(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Put(hashA, blocks, nil); err != nil {
				t.Fatal(err)
			}
			if !c.Has(hashA) || c.Has(hashB) {
				t.Fatalf("Has(stored) = %v, Has(not stored) = %v", c.Has(hashA), c.Has(hashB))
			}
			tt.spoil(t, c)
			got, _, hit := c.Get(hashA)
			if hit != tt.hit {
				t.Fatalf("Get hit = %v, want %v", hit, tt.hit)
			}
			if hit && (len(got) != 1 || got[0].Key != blocks[0].Key) {
				t.Errorf("Get = %+v, want %+v", got, blocks)
			}
			if !hit {
				if _, err := os.Stat(c.path(hashA)); err == nil {
					t.Error("the unsound entry is still there")
				}
			}
		})
	}
}

func write(t testing.TB, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDirCachePrune checks which entries Prune removes.
func TestDirCachePrune(t *testing.T) {
	hash := func(c byte) string { return strings.Repeat(string(c), 64) }
	old := time.Now().Add(-48 * time.Hour)
	tests := []struct {
		name    string
		keep    map[string]bool
		unused  time.Duration
		removed []string
	}{
		{"keep exactly the documents in use", map[string]bool{hash('a'): true}, time.Hour,
			[]string{"p1-" + hash('b') + ".json", "p1-" + hash('b') + "-html1.json", "p1-" + hash('c') + ".json", "p0-" + hash('a') + ".json"}},
		{"shared cache: only entries unused too long, and other versions", nil, 24 * time.Hour,
			[]string{"p1-" + hash('c') + ".json", "p0-" + hash('a') + ".json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c, err := NewDirCache(dir)
			if err != nil {
				t.Fatal(err)
			}
			// An HTML page's entry is keyed by its hash and reader.
			for _, h := range []string{hash('a'), hash('b'), hash('c'), hash('a') + "-html1", hash('b') + "-html1"} {
				if err := c.Put(h, nil, nil); err != nil {
					t.Fatal(err)
				}
			}
			os.Chtimes(c.path(hash('c')), old, old)
			write(t, filepath.Join(dir, "p0-"+hash('a')+".json"), "{}")
			write(t, filepath.Join(dir, "notes.json"), "mine")
			n, err := c.Prune(tt.keep, tt.unused)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range tt.removed {
				if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
					t.Errorf("%s is still there", name)
				}
			}
			if n != len(tt.removed) {
				t.Errorf("Prune removed %d entries, want %d", n, len(tt.removed))
			}
			if _, err := os.Stat(filepath.Join(dir, "notes.json")); err != nil {
				t.Error("Prune removed a file that is not an entry")
			}
		})
	}
}

// TestDirCacheRemovesLeftovers leaves the temporary files of a killed run
// and of a running one, and checks that opening the cache removes only the
// first.
func TestDirCacheRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip(err)
	}
	dead := filepath.Join(dir, fmt.Sprintf(".tmp-%d-123", cmd.Process.Pid))
	live := filepath.Join(dir, fmt.Sprintf(".tmp-%d-456", os.Getpid()))
	ancient := filepath.Join(dir, fmt.Sprintf(".tmp-%d-789", os.Getpid()))
	for _, f := range []string{dead, live, ancient} {
		write(t, f, "half an entry")
	}
	old := time.Now().Add(-2 * staleTemp)
	os.Chtimes(ancient, old, old)
	if _, err := NewDirCache(dir); err != nil {
		t.Fatal(err)
	}
	for f, want := range map[string]bool{dead: false, live: true, ancient: false} {
		if _, err := os.Stat(f); (err == nil) != want {
			t.Errorf("%s: there = %v, want %v", filepath.Base(f), err == nil, want)
		}
	}
}

// TestWriteEntry checks that an entry is written whole, that one already
// holding the same bytes is only touched (the same file, its time
// refreshed for Prune), that other bytes replace it, and that no
// temporary file is left behind.
func TestWriteEntry(t *testing.T) {
	tests := []struct {
		name     string
		old      string // "" for no entry yet
		data     string
		sameFile bool
	}{
		{"new entry", "", "parse", false},
		{"same bytes again", "parse", "parse", true},
		{"other bytes", "parse", "another parse", false},
		{"cut short before", "par", "parse", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "extract") // made by the write
			path := filepath.Join(dir, "entry.json")
			var before os.FileInfo
			if tt.old != "" {
				os.MkdirAll(dir, 0o755)
				write(t, path, tt.old)
				old := time.Now().Add(-48 * time.Hour)
				os.Chtimes(path, old, old)
				before, _ = os.Stat(path)
			}
			if err := writeEntry(dir, path, []byte(tt.data)); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(path); string(got) != tt.data {
				t.Errorf("entry holds %q, want %q", got, tt.data)
			}
			after, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if time.Since(after.ModTime()) > time.Hour {
				t.Errorf("entry's time %v not refreshed", after.ModTime())
			}
			if before != nil && os.SameFile(before, after) != tt.sameFile {
				t.Errorf("same file = %v, want %v", !tt.sameFile, tt.sameFile)
			}
			if tmps, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(tmps) > 0 {
				t.Errorf("temporary files left: %v", tmps)
			}
		})
	}
}

// TestDirCacheRejectsCutEntry cuts a parse entry short, as a crash of the
// machine could leave it, and checks that Get parses again instead of
// using it.
func TestDirCacheRejectsCutEntry(t *testing.T) {
	c, err := NewDirCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	hash := strings.Repeat("a", 64)
	blocks := []layout.Block{{Kind: layout.BlockHeading}}
	if err := c.Put(hash, blocks, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, hit := c.Get(hash); !hit {
		t.Fatal("a sound entry is a miss")
	}
	data, _ := os.ReadFile(c.path(hash))
	write(t, c.path(hash), string(data[:len(data)-1]))
	if _, _, hit := c.Get(hash); hit {
		t.Error("an entry cut short is a hit")
	}
	if _, err := os.Stat(c.path(hash)); err == nil {
		t.Error("an entry cut short is kept")
	}
}
