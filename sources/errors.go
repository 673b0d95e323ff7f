package sources

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with one input file. The run goes on without
// that file; problems are reported together at the end.
type Problem struct {
	Path string
	Err  error
}

// Error says which file and what is wrong with it, on one line: control
// characters in the file's name or the message are escaped, so that a file
// named with a line break cannot forge a second message.
func (p Problem) Error() string {
	return fmt.Sprintf("%s: %s", DisplayPath(p.Path), escapeControls(fmt.Sprint(p.Err)))
}

// Unwrap gives the underlying error, so callers can test it with errors.Is.
func (p Problem) Unwrap() error { return p.Err }

// Problems collects per-file problems, as go/scanner.ErrorList collects
// per-position errors: one bad file does not stop the others.
type Problems []Problem

// Add records a problem with path.
func (ps *Problems) Add(path string, err error) { *ps = append(*ps, Problem{path, err}) }

// Sort orders the problems by path.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Path < ps[j].Path })
}

// Error lists every problem, one a line.
func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Err returns nil when there are no problems, else ps itself.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// DisplayPath is a file name as messages should show it: as it is, unless
// it holds a character that is not printable (a line break, a terminal
// escape, a bidirectional override, bytes that are not UTF-8), in which
// case it is quoted with those characters escaped, as Go quotes a string.
func DisplayPath(p string) string {
	if printable(p) {
		return p
	}
	return strconv.Quote(p)
}

// escapeControls escapes the characters of s that are not printable,
// without quoting the rest.
func escapeControls(s string) string {
	if printable(s) {
		return s
	}
	q := strconv.Quote(s)
	return strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
}

// printable reports whether every rune of s is printable or a plain space.
func printable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r != ' ' && !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
