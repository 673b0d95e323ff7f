package pipeline_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kgbuild/kg/sources"
)

func TestNewDocumentRejects(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		wantErr string
	}{
		{name: "empty file", raw: "", wantErr: "empty file"},
		{name: "whitespace only", raw: " \n\t\r\n  \n", wantErr: "empty file"},
		{name: "byte order mark and spaces only", raw: "\xef\xbb\xbf \n\t", wantErr: "empty file"},
		{name: "NUL byte", raw: "Ballard\x00 is a series", wantErr: "binary file (NUL byte at offset " + strconv.Itoa(len("Ballard")) + ")"},
		{name: "NUL byte first", raw: "\x00\x01\x02", wantErr: "NUL byte at offset 0"},
		{name: "invalid UTF-8 in the middle", raw: "Renée \xff Ballard", wantErr: "invalid UTF-8 at byte offset " + strconv.Itoa(len("Renée "))},
		{name: "Latin-1 accent", raw: "Ren\xe9e Ballard", wantErr: "invalid UTF-8 at byte offset " + strconv.Itoa(len("Ren"))},
		{name: "truncated sequence at the end", raw: "Ballard \xe2\x80", wantErr: "invalid UTF-8 at byte offset " + strconv.Itoa(len("Ballard "))},
		{name: "UTF-16 without a byte-order mark", raw: "B\x00a\x00", wantErr: "NUL byte at offset 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := sources.NewDocument("dir/doc.txt", []byte(tt.raw))
			if err == nil {
				t.Fatalf("NewDocument(%q) = %+v, want an error containing %q", tt.raw, d.ID, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("NewDocument(%q) error = %q, want it to contain %q", tt.raw, err, tt.wantErr)
			}
		})
	}
}

// TestNewDocumentByteOrderMark checks that a UTF-8 byte order mark is not
// part of the text, so that the first heading is still recognised, and
// that offsets still point into the file as it is on disk, mark included.
func TestNewDocumentByteOrderMark(t *testing.T) {
	file := []byte("\xef\xbb\xbf= Ballard =\n\nRene\u0301e Ballard works nights.")
	d, err := sources.NewDocument("x/Ballard.txt", file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(d.Text, "\xef\xbb\xbf") {
		t.Errorf("Text keeps the byte order mark: %q", d.Text)
	}
	if d.Title != "Ballard" || d.Kind != "encyclopedia" {
		t.Errorf("title %q kind %q, want Ballard, encyclopedia", d.Title, d.Kind)
	}
	if d.ID != "Ballard" {
		t.Errorf("ID = %q, want the file name without extension", d.ID)
	}
	i := strings.Index(d.Text, "Renée")
	if i < 0 {
		t.Fatalf("Text %q lacks Renée", d.Text)
	}
	a, b := d.Original(i, i+len("Renée"))
	if a < 0 || b > len(file) || a > b {
		t.Fatalf("Original = %d, %d: outside the file (%d bytes)", a, b, len(file))
	}
	if got, want := string(file[a:b]), "Rene\u0301e"; got != want {
		t.Errorf("Original(%d, %d) = %d, %d, which slices the file on disk to %+q, want %+q", i, i+len("Renée"), a, b, got, want)
	}
}

func TestNewDocumentNormalises(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		// find is looked up in Text (NFC); orig is what Original must map
		// it back to in the raw bytes.
		find, orig string
	}{
		{name: "decomposed accent", raw: "Detective Rene\u0301e Ballard works nights.", find: "Renée", orig: "Rene\u0301e"},
		{name: "text after a decomposed accent", raw: "Detective Rene\u0301e Ballard works nights.", find: "Ballard works", orig: "Ballard works"},
		{name: "span across the accent", raw: "Detective Rene\u0301e Ballard works nights.", find: "née Ball", orig: "ne\u0301e Ball"},
		{name: "already composed", raw: "Renée Ballard", find: "Renée", orig: "Renée"},
		{name: "several decomposed letters", raw: "Zoe\u0308 and Rene\u0301e and Jose\u0301 met.", find: "José met", orig: "Jose\u0301 met"},
		{name: "Hangul jamo", raw: "Cast: \u1100\u1161 as Kim.", find: "\uac00 as", orig: "\u1100\u1161 as"},
		{name: "start of text", raw: "E\u0301mile Zola", find: "Émile", orig: "E\u0301mile"},
		{name: "end of text", raw: "Ballard and Rene\u0301e", find: "Renée", orig: "Rene\u0301e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := sources.NewDocument("doc.txt", []byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			if string(d.Raw) != tt.raw {
				t.Errorf("Raw = %q, want the bytes as read %q", d.Raw, tt.raw)
			}
			i := strings.Index(d.Text, tt.find)
			if i < 0 {
				t.Fatalf("Text %q does not contain %q: not normalised to NFC", d.Text, tt.find)
			}
			a, b := d.Original(i, i+len(tt.find))
			if a < 0 || b > len(d.Raw) || a > b {
				t.Fatalf("Original(%d, %d) = %d, %d: outside Raw (%d bytes)", i, i+len(tt.find), a, b, len(d.Raw))
			}
			if got := string(d.Raw[a:b]); got != tt.orig {
				t.Errorf("Original(%d, %d) slices Raw to %q, want %q", i, i+len(tt.find), got, tt.orig)
			}
			if a, b := d.Original(len(d.Text), len(d.Text)); a != len(d.Raw) || b != len(d.Raw) {
				t.Errorf("Original(len(Text)) = %d, %d, want the end of Raw, %d", a, b, len(d.Raw))
			}
		})
	}
}

func TestNewDocumentHeader(t *testing.T) {
	tests := []struct {
		name                string
		text                string
		title, kind, date   string
		wantTitle, wantDate bool // check title and date (else only the kind)
	}{
		{name: "wiki title", text: "= Ballard (TV series) =\n\nBallard is a series.", kind: "encyclopedia", title: "Ballard (TV series)", wantTitle: true},
		{name: "infobox without a title", text: "Infobox\n- Genre: Crime drama\n", kind: "encyclopedia"},
		{name: "dateline with ISO date", text: " date 2025-07-10 The spin-off of the Bosch franchise dropped.", kind: "news", date: "2025-07-10", wantDate: true},
		{name: "published line", text: "Published 2024-03-01\n\nThe show returns.", kind: "news", date: "2024-03-01", wantDate: true},
		{name: "date in running text is not a dateline", text: "The show premiered 2025-07-09 on a streamer.", kind: "article", date: "", wantDate: true},
		{name: "review in the title", text: "top of page\n\n'Ballard' Season 1 Review: A Familiar Cop Drama\n\nText.", kind: "review",
			title: "'Ballard' Season 1 Review: A Familiar Cop Drama", wantTitle: true},
		{name: "review word too late", text: strings.Repeat("A line of text.\n", 8) + "Review: too late\n", kind: "article"},
		{name: "pipe table", text: "Quick Details:\nTitle | Ballard |\nGenre | Crime |\n", kind: "listing"},
		{name: "plain prose", text: "Prime Video's Bosch may have come to a stop this year.", kind: "article", title: "", wantTitle: true},
		{name: "wiki title wins over review", text: "= Review of Ballard =\nText.", kind: "encyclopedia", title: "Review of Ballard", wantTitle: true},
		{name: "dated encyclopedia stays encyclopedia", text: "= Ballard =\nUpdated 2025-10-06\n", kind: "encyclopedia", date: "2025-10-06", wantDate: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := sources.NewDocument("doc.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if d.Kind != tt.kind {
				t.Errorf("Kind = %q, want %q", d.Kind, tt.kind)
			}
			if tt.wantTitle && d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if tt.wantDate && d.Date != tt.date {
				t.Errorf("Date = %q, want %q", d.Date, tt.date)
			}
		})
	}
}

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

func TestLoaderLoad(t *testing.T) {
	const good = "= Ballard (TV series) =\n\nBallard is a series.\n"
	type problem struct {
		path string // relative to the test folder
		err  string // substring of the error
	}
	tests := []struct {
		name string
		// setup fills dir and returns the paths to load (relative to dir).
		setup     func(t *testing.T, dir string) []string
		loader    sources.Loader
		wantDocs  []string // document ids, in order
		wantProbs []problem
		wantErr   error
	}{
		{
			name: "folder with no documents",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{
					"corpus/manifest.tsv":     "a.txt\tA\treview\n",
					"corpus/.hidden.txt":      good,
					"corpus/.hidden/deep.txt": good,
				})
				return []string{"corpus"}
			},
			wantProbs: []problem{{"corpus", "folder holds no documents"}},
			wantErr:   sources.ErrNoDocuments,
		},
		{
			name: "empty folder",
			setup: func(t *testing.T, dir string) []string {
				if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
					t.Fatal(err)
				}
				return []string{"empty"}
			},
			wantProbs: []problem{{"empty", "folder holds no documents"}},
			wantErr:   sources.ErrNoDocuments,
		},
		{
			name:      "missing path",
			setup:     func(t *testing.T, dir string) []string { return []string{"nowhere"} },
			wantProbs: []problem{{"nowhere", "no such file or folder"}},
			wantErr:   sources.ErrNoDocuments,
		},
		{
			name: "missing path beside a good one",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"good.txt": good})
				return []string{"nowhere.txt", "good.txt"}
			},
			wantDocs:  []string{"good"},
			wantProbs: []problem{{"nowhere.txt", "no such file or folder"}},
		},
		{
			// The folder lists the entry but the file behind it is gone
			// when it is read: a dangling symbolic link is the same race,
			// made deterministic.
			name: "file vanishes between listing and reading",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/good.txt": good, "gone.txt": good})
				if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "corpus", "vanished.txt")); err != nil {
					t.Skipf("no symbolic links here: %v", err)
				}
				if err := os.Remove(filepath.Join(dir, "gone.txt")); err != nil {
					t.Fatal(err)
				}
				return []string{"corpus"}
			},
			wantDocs:  []string{"good"},
			wantProbs: []problem{{"corpus/vanished.txt", "no such file or folder"}},
		},
		{
			name: "good and bad files",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{
					"corpus/a-good.txt":   good,
					"corpus/b-empty.txt":  "",
					"corpus/c-blank.txt":  "\n  \n\t\n",
					"corpus/d-binary.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
					"corpus/e-latin1.txt": "Ren\xe9e Ballard",
					"corpus/f-good.md":    "Another good document about Bosch.\n",
				})
				return []string{"corpus"}
			},
			wantDocs: []string{"a-good", "f-good"},
			wantProbs: []problem{
				{"corpus/b-empty.txt", "empty file"},
				{"corpus/c-blank.txt", "empty file"},
				{"corpus/d-binary.png", "binary file (NUL byte at offset 8)"},
				{"corpus/e-latin1.txt", "invalid UTF-8 at byte offset 3"},
			},
		},
		{
			name: "same id twice",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/ballard.md": good, "corpus/ballard.txt": good})
				return []string{"corpus"}
			},
			wantDocs:  []string{"ballard"},
			wantProbs: []problem{{"corpus/ballard.txt", `same document id "ballard"`}},
		},
		{
			name: "file over the size limit",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/big.txt": strings.Repeat("Ballard. ", 20), "corpus/small.txt": "Bosch."})
				return []string{"corpus"}
			},
			loader:    sources.Loader{MaxSize: 100},
			wantDocs:  []string{"small"},
			wantProbs: []problem{{"corpus/big.txt", "larger than the 100-byte limit"}},
		},
		{
			name: "bad manifest",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"corpus/manifest.tsv": "a.txt only-two-columns\n", "corpus/a.txt": good})
				return []string{"corpus"}
			},
			wantDocs:  []string{"a"},
			wantProbs: []problem{{"corpus/manifest.tsv", "line 1: want file, title, kind"}},
		},
		{
			name: "files and folders mixed, sorted by path",
			setup: func(t *testing.T, dir string) []string {
				writeFiles(t, dir, map[string]string{"z.txt": good, "corpus/b.txt": good, "corpus/a.txt": good})
				return []string{"z.txt", "corpus"}
			},
			wantDocs: []string{"a", "b", "z"},
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
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Load error = %v, want %v", err, tt.wantErr)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.wantDocs, ",") {
				t.Errorf("loaded %q, want %q", ids, tt.wantDocs)
			}
			probs.Sort()
			if len(probs) != len(tt.wantProbs) {
				t.Fatalf("%d problems, want %d:\n%v", len(probs), len(tt.wantProbs), probs)
			}
			for i, want := range tt.wantProbs {
				p := probs[i]
				if wp := filepath.Join(dir, want.path); p.Path != wp {
					t.Errorf("problem %d is about %s, want %s", i, p.Path, wp)
				}
				if !strings.Contains(p.Err.Error(), want.err) {
					t.Errorf("problem %d: %v, want it to say %q", i, p.Err, want.err)
				}
				if !strings.Contains(p.Error(), p.Path) {
					t.Errorf("problem %d message %q does not name the file", i, p.Error())
				}
			}
			if (probs.Err() == nil) != (len(tt.wantProbs) == 0) {
				t.Errorf("Problems.Err() = %v with %d problems", probs.Err(), len(probs))
			}
		})
	}
}

func TestLoaderCancelled(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Ballard."})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs, _, err := sources.Loader{}.Load(ctx, []string{dir})
	if !errors.Is(err, context.Canceled) || docs != nil {
		t.Errorf("Load after cancel = %d docs, %v; want no documents and context.Canceled", len(docs), err)
	}
}

func TestLoaderManifest(t *testing.T) {
	const wiki = "= Wiki Title =\n\nBallard is a series.\n"
	tests := []struct {
		name     string
		files    map[string]string
		load     string // path to load, relative to the folder
		doc      string // id of the document checked
		title    string
		kind     string
		date     string
		docCount int
	}{
		{
			name: "manifest overrides title, kind and date",
			files: map[string]string{
				"corpus/manifest.tsv": "# file\ttitle\tkind\tdate\n\na.txt\tManifest Title\treview\t2024-01-02\n",
				"corpus/a.txt":        wiki,
			},
			load: "corpus", doc: "a", title: "Manifest Title", kind: "review", date: "2024-01-02", docCount: 1,
		},
		{
			name: "empty manifest columns keep the guess",
			files: map[string]string{
				"corpus/manifest.tsv": "a.txt\t\tnews\n",
				"corpus/a.txt":        wiki,
			},
			load: "corpus", doc: "a", title: "Wiki Title", kind: "news", date: "", docCount: 1,
		},
		{
			name: "file not in the manifest keeps its guess",
			files: map[string]string{
				"corpus/manifest.tsv": "a.txt\tA\treview\t2024-01-02\n",
				"corpus/a.txt":        wiki,
				"corpus/b.txt":        wiki,
			},
			load: "corpus", doc: "b", title: "Wiki Title", kind: "encyclopedia", date: "", docCount: 2,
		},
		{
			name: "manifest beside a file given by path",
			files: map[string]string{
				"corpus/manifest.tsv": "a.txt\tFrom Manifest\tnews\t2025-07-10\r\n",
				"corpus/a.txt":        wiki,
			},
			load: "corpus/a.txt", doc: "a", title: "From Manifest", kind: "news", date: "2025-07-10", docCount: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			docs, probs, err := sources.Loader{}.Load(context.Background(), []string{filepath.Join(dir, tt.load)})
			if err != nil || len(probs) > 0 {
				t.Fatalf("Load: %v, problems: %v", err, probs)
			}
			if len(docs) != tt.docCount {
				t.Fatalf("loaded %d documents, want %d (the manifest is not a document)", len(docs), tt.docCount)
			}
			for _, d := range docs {
				if d.ID != tt.doc {
					continue
				}
				if d.Title != tt.title || d.Kind != tt.kind || d.Date != tt.date {
					t.Errorf("title %q kind %q date %q, want %q %q %q", d.Title, d.Kind, d.Date, tt.title, tt.kind, tt.date)
				}
				return
			}
			t.Errorf("no document %q loaded", tt.doc)
		})
	}
}
