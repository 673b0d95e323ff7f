package sources

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ReadSourceList reads a source list: one URL or path a line, '#' starting
// a comment, blank lines ignored. Relative paths are taken from the list's
// own folder, so a list can travel with the files it names.
func ReadSourceList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("source list %s: %w", DisplayPath(path), describe(err))
	}
	var out []string
	for _, e := range listLines(data) {
		if !isURL(e) && !filepath.IsAbs(e) {
			e = filepath.Join(filepath.Dir(path), e)
		}
		out = append(out, e)
	}
	return out, nil
}

// sniffURLList reads text as a list of URLs: every line that is not blank
// or a comment is an http or https address, and there is at least one. A
// file like that given on the command line is a list of pages to fetch,
// not a document.
func sniffURLList(text []byte) ([]string, bool) {
	lines := listLines(text)
	for _, l := range lines {
		if !isURL(l) || strings.ContainsAny(l, " \t") {
			return nil, false
		}
	}
	return lines, len(lines) > 0
}

// listLines are the entries of a list: trimmed lines, without blanks and
// '#' comments.
func listLines(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}
