package prefilter

import (
	"reflect"
	"sync"
	"testing"
)

// with returns a copy of f whose checks, derived, are changed by edit: for
// the benchmarks that compare a check with its absence.
func (f *Regexp) with(edit func(*checks)) *Regexp {
	d := &derivation{expr: f.lazy.expr, short: f.lazy.short, table: f.lazy.table, checks: *f.derived()}
	d.once.Do(func() {})
	edit(&d.checks)
	return &Regexp{Regexp: f.Regexp, lazy: d}
}

// TestDerivedAtFirstUse checks that an expression's checks are derived at
// its first use, from whichever goroutine comes first, and by Prepare,
// the same either way.
func TestDerivedAtFirstUse(t *testing.T) {
	cases := []struct {
		name         string
		make         func(string) *Regexp
		expr         string
		ix, starter  bool
		start, table bool
	}{
		{"prefilter and starter", MustCompile, `(?i)\b(?:created|developed) by (\p{Lu}\w+)`, true, true, false, false},
		{"anchored: a start check, no prefilter", MustCompile, `^\s*\((?:[^()]{1,30}, )?\d{4}\)`, false, false, true, false},
		{"anchored and short: both", MustCompileShort, `(?i)^(?:the|a|an)\s+(?:\w+\s+){0,2}series\b`, true, false, true, false},
		{"table: no prefilter of its own", MustCompileTable, `(?i)\bspinoff of (\p{Lu}\w+)`, false, true, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			first, prepared := c.make(c.expr), c.make(c.expr)
			var wg sync.WaitGroup
			for range 4 {
				wg.Add(1)
				go func() { defer wg.Done(); first.MatchString("Created by Ivy Cole, a spinoff of Dockside") }()
			}
			wg.Wait()
			Prepare()
			got, want := first.derived(), prepared.derived()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("derived at first use %+v, by Prepare %+v", got, want)
			}
			if (got.ix != nil) != c.ix || (got.starter != nil) != c.starter || (got.start != nil) != c.start {
				t.Errorf("prefilter %v, starter %v, start check %v; want %v, %v, %v", got.ix != nil, got.starter != nil, got.start != nil, c.ix, c.starter, c.start)
			}
			if first.lazy.table != c.table {
				t.Errorf("table %v, want %v", first.lazy.table, c.table)
			}
		})
	}
}
