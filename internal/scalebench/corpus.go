// Package scalebench measures kg on corpora scaled from the repository's
// own documents: it builds a corpus of a given size, runs the kg binary on
// it cold, unchanged and after one edit, and compares the cold run with
// prose's own pipeline on the same text.
//
// Copies of a document get their capitalised words renamed per copy, so
// that the number of entities grows with the corpus as it would with real
// documents, instead of every copy folding into the same few entities.
package scalebench

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// capitalised matches a capitalised word of two letters or more.
var capitalised = regexp.MustCompile(`\b\p{Lu}\p{Ll}+\b`)

// SeedDirs are the folders, relative to the repository's root, whose
// documents make the scaled corpora: the sample corpus and the development
// corpora (never the real blind set).
var SeedDirs = []string{"sources/ballard", "eval/testdata/synthetic/corpus", "eval/testdata/heldout/corpus",
	"eval/testdata/blind/corpus", "eval/testdata/tuning/corpus", "eval/testdata/tuning2/corpus",
	"eval/testdata/final/corpus", "eval/testdata/realtune/corpus"}

// Seeds reads the text documents under the given folders (*.txt, one level)
// in a fixed order: the material every scaled corpus is made of.
func Seeds(dirs []string) ([][]byte, error) {
	var files []string
	for _, d := range dirs {
		fs, err := filepath.Glob(filepath.Join(d, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("seeds %s: %w", d, err)
		}
		files = append(files, fs...)
	}
	sort.Strings(files)
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("seeds: %w", err)
		}
		out = append(out, data)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("seeds: no .txt documents under %v", dirs)
	}
	return out, nil
}

// suffix is the renaming of copy n: a short lower-case tag appended to
// every capitalised word ("Ballard" becomes "Ballardqa" in one copy and
// "Ballardqb" in the next). Copy 0 keeps the original words.
func suffix(n int) string {
	if n == 0 {
		return ""
	}
	var b []byte
	for ; n > 0; n /= 26 {
		b = append(b, byte('a'+n%26))
	}
	return "q" + string(b)
}

// Rename returns text with every capitalised word tagged for copy n.
func Rename(text []byte, n int) []byte {
	s := suffix(n)
	if s == "" {
		return text
	}
	return capitalised.ReplaceAllFunc(text, func(w []byte) []byte {
		return append(append([]byte(nil), w...), s...)
	})
}

// Build writes into dir copies of the seeds, renamed per copy, until the
// corpus holds at least size bytes, and returns the files' total size and
// count. dir is emptied first.
func Build(dir string, seeds [][]byte, size int64) (int64, int, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	var total int64
	n := 0
	for copyN := 0; total < size; copyN++ {
		for _, s := range seeds {
			data := Rename(s, copyN)
			name := filepath.Join(dir, fmt.Sprintf("doc%06d.txt", n))
			if err := os.WriteFile(name, data, 0o644); err != nil {
				return total, n, fmt.Errorf("build %s: %w", name, err)
			}
			total += int64(len(data))
			n++
			if total >= size {
				break
			}
		}
	}
	return total, n, nil
}

// Edit appends one sentence to the first document of a corpus: the
// smallest change a re-ingest must notice.
func Edit(dir string) error {
	name := filepath.Join(dir, "doc000000.txt")
	data, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("edit: %w", err)
	}
	data = append(data, []byte("\nThe series was renewed for another season.\n")...)
	return os.WriteFile(name, data, 0o644)
}

// plainText joins the documents of a corpus, for the prose baseline.
func plainText(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, strings.ToValidUTF8(string(data), ""))
	}
	return out, nil
}
