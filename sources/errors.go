package sources

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with one input file. The run goes on without
// that file; problems are reported together at the end.
type Problem struct {
	Path string
	Err  error
}

// Error says which file and what is wrong with it.
func (p Problem) Error() string { return fmt.Sprintf("%s: %v", p.Path, p.Err) }

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
