package sources_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/sources"
)

const good = "= Ballard (TV series) =\n\nBallard is a series.\n"

// writeFiles creates the files (name -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// symlink makes link point at target, skipping the test where links
// cannot be made.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// TestLoaderWalk checks how folders are read: with their subfolders,
// hidden ones skipped, and symbolic links followed only inside the paths
// given unless asked.
func TestLoaderWalk(t *testing.T) {
	type problem struct{ path, err string }
	tests := []struct {
		name      string
		setup     func(t *testing.T, dir string) []string // returns the paths to load, relative to dir
		loader    sources.Loader
		wantDocs  []string
		wantProbs []problem
	}{
		{
			name: "subfolders are read, hidden ones are not",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{
					"corpus/a.txt": good, "corpus/2024/b.txt": good, "corpus/2024/notes/c.md": "# C\n\nText.\n",
					"corpus/.git/d.txt": good, "corpus/2024/.cache/e.txt": good, "corpus/.f.txt": good,
				})
				return []string{"corpus"}
			},
			wantDocs: []string{"2024/b", "2024/notes/c", "a"},
		},
		{
			name: "a link out of the paths given is reported, not followed",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/a.txt": good, "outside/secret.txt": "root:x:0:0\n"})
				symlink(t, filepath.Join(dir, "outside", "secret.txt"), filepath.Join(dir, "corpus", "passwd.txt"))
				return []string{"corpus"}
			},
			wantDocs:  []string{"a"},
			wantProbs: []problem{{"corpus/passwd.txt", "outside the paths given: not followed (--follow-symlinks follows it)"}},
		},
		{
			name: "a link out of the paths given is followed when asked",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/a.txt": good, "outside/secret.txt": good})
				symlink(t, filepath.Join(dir, "outside", "secret.txt"), filepath.Join(dir, "corpus", "linked.txt"))
				return []string{"corpus"}
			},
			loader:   sources.Loader{FollowSymlinks: true},
			wantDocs: []string{"a", "linked"},
		},
		{
			name: "a link to a folder outside is reported",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/a.txt": good, "outside/b.txt": good})
				symlink(t, filepath.Join(dir, "outside"), filepath.Join(dir, "corpus", "more"))
				return []string{"corpus"}
			},
			wantDocs:  []string{"a"},
			wantProbs: []problem{{"corpus/more", "outside the paths given"}},
		},
		{
			name: "links inside the paths given are followed",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/a.txt": good, "corpus/sub/b.txt": good, "other/c.txt": good})
				symlink(t, filepath.Join("sub", "b.txt"), filepath.Join(dir, "corpus", "b-link.txt"))
				symlink(t, filepath.Join(dir, "other", "c.txt"), filepath.Join(dir, "corpus", "c-link.txt"))
				return []string{"corpus", "other"}
			},
			wantDocs: []string{"a", "b-link", "c", "c-link", "sub/b"},
		},
		{
			name: "a link loop is read once",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/a.txt": good})
				symlink(t, filepath.Join(dir, "corpus"), filepath.Join(dir, "corpus", "loop"))
				return []string{"corpus"}
			},
			wantDocs: []string{"a"},
		},
		{
			name: "a link given on the command line is followed",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"outside/a.txt": good})
				symlink(t, filepath.Join(dir, "outside"), filepath.Join(dir, "corpus"))
				return []string{"corpus"}
			},
			wantDocs: []string{"a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for _, p := range tt.setup(t, dir) {
				paths = append(paths, filepath.Join(dir, p))
			}
			docs, probs, err := tt.loader.Load(context.Background(), paths)
			if err != nil && len(tt.wantDocs) > 0 {
				t.Fatalf("Load: %v (%v)", err, probs)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			sort.Strings(ids)
			if strings.Join(ids, ",") != strings.Join(tt.wantDocs, ",") {
				t.Errorf("loaded %q, want %q", ids, tt.wantDocs)
			}
			if len(probs) != len(tt.wantProbs) {
				t.Fatalf("problems %v, want %v", probs, tt.wantProbs)
			}
			for i, want := range tt.wantProbs {
				if probs[i].Path != filepath.Join(dir, want.path) || !strings.Contains(probs[i].Error(), want.err) {
					t.Errorf("problem %q, want one about %s saying %q", probs[i].Error(), want.path, want.err)
				}
			}
		})
	}
}

// TestLoaderManifestBesideFile checks that the manifest beside a file
// named with a path that is not clean ("./corpus/a.txt") still speaks for
// it.
func TestLoaderManifestBesideFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"corpus/a.txt": good, "corpus/manifest.tsv": "a.txt\tFrom the manifest\tnews\n"})
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{dir + "/./corpus//a.txt"})
	if err != nil || docs[0].Title != "From the manifest" {
		t.Errorf("Load: %v, title %q", err, docs[0].Title)
	}
}

// TestLoaderSubfolderManifest checks that a subfolder's manifest gives
// its files' title, kind and date.
func TestLoaderSubfolderManifest(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": good, "sub/a.txt": good,
		"sub/manifest.tsv": "a.txt\tFrom the sub manifest\tnews\t2025-07-10\n",
	})
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID] = d.Title + "/" + d.Kind + "/" + d.Date
	}
	want := map[string]string{"a": "Ballard (TV series)/encyclopedia/", "sub/a": "From the sub manifest/news/2025-07-10"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: %q, want %q", id, got[id], w)
		}
	}
}

// TestLoaderSkip checks that a folder the loader is told to skip (the
// store's, inside a corpus folder) is not read, by any path that leads to
// it, while the rest of the folder is.
func TestLoaderSkip(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": good, "kgdata/graph.json": `{"entities": []}`, "kgdata/cache/x.txt": good})
	for _, skip := range []string{filepath.Join(dir, "kgdata"), filepath.Join(dir, ".", "kgdata", "..", "kgdata")} {
		docs, probs, err := sources.Loader{Skip: []string{skip}}.Load(context.Background(), []string{dir})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
		if len(ids) != 1 || ids[0] != "a" || len(probs) != 0 {
			t.Errorf("skip %s: documents %v, problems %v, want only a", skip, ids, probs)
		}
	}
}
