package prefilter

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"

	"github.com/kgbuild/kg/internal/parallel"
)

// Regexp is a regular expression of package regexp that searches a text
// only when its prefilter admits it, with the same results: for the
// expressions run on every sentence, which most sentences cannot match. A
// file may import this package under the name regexp and keep its
// regexp.MustCompile calls. The methods it does not redefine are the
// expression's own, unfiltered.
type Regexp struct {
	*regexp.Regexp
	// lazy holds what spares the expression searches, derived from its
	// syntax at first use (see Prepare), so that a program that makes
	// hundreds of expressions in package variables does not derive them
	// all, on one core, before its main starts.
	lazy *derivation
}

// checks are what spares an expression searches.
type checks struct {
	ix *Index // nil when the derivation finds nothing required
	// starter finds where the first match may start, in an expression
	// that need not start the text (see from); nil when any place may.
	starter *startCheck
	start   *startCheck // nil when the matches need not start the text, or their starts are not known
	end     *endCheck   // nil when the matches need not end the text, or their ends are not known
	lead    leadBytes   // nil when ix is, or no set of its prefilter starts with few enough bytes
}

// derivation derives an expression's checks once, from any goroutine.
type derivation struct {
	once  sync.Once
	expr  string
	short bool // see MustCompileShort
	table bool // see MustCompileTable
	checks
}

// derived returns f's checks, deriving them at the first call.
func (f *Regexp) derived() *checks {
	d := f.lazy
	d.once.Do(d.derive)
	return &d.checks
}

// Prepare derives the checks of every expression made so far, on all
// cores: a program that will run most of them calls it (in a goroutine of
// its own, while it reads its input, say) so that their first uses do not
// derive them one after another. Without it each is derived at its first
// use, with the same result.
func Prepare() {
	fs := Compiled()
	parallel.Each(len(fs), func(i int) { fs[i].derived() })
}

var (
	compiledMu sync.Mutex
	compiled   []*Regexp
)

// Compiled returns every expression MustCompile made, for the tests that
// check their prefilters on real texts (see Regexp.Admits).
func Compiled() []*Regexp {
	compiledMu.Lock()
	defer compiledMu.Unlock()
	return append([]*Regexp(nil), compiled...)
}

// MustCompile compiles expr with its prefilter; it panics, as
// regexp.MustCompile does, when expr is not valid. An expression anchored
// at the start of the text gets none: it is tried at one place only, which
// costs less than reading the whole text for the prefilter; it gets a
// start check instead (see startCheck), which reads a few bytes. It is meant
// for expressions made once, in package variables: each is kept for
// Compiled.
func MustCompile(expr string) *Regexp { return mustCompile(expr, false, false) }

// MustCompileShort is MustCompile for an expression anchored at the start
// that runs on short texts, a sentence or a line: it keeps the prefilter
// MustCompile leaves out, because on such a text one scan for the words
// every match needs costs less than a failing match (an expression that
// reads a title of up to eight words before " is a ... series" tries every
// run of capitalised words before it fails). Never for an expression run
// on the rest of a document: each call would scan all of it.
func MustCompileShort(expr string) *Regexp { return mustCompile(expr, true, false) }

// MustCompileTable is MustCompile for an expression of a table whose
// prefilters an Index checks in one pass over a text (the extractor's
// relation patterns): it keeps the start and end checks and the Starter,
// but no prefilter of its own, which would read the text again.
func MustCompileTable(expr string) *Regexp { return mustCompile(expr, false, true) }

// mustCompile is MustCompile, MustCompileShort when short and
// MustCompileTable when table: expr is compiled at once, so that an
// expression that is not valid panics where it is made, and its checks
// derived at first use (see derive).
func mustCompile(expr string, short, table bool) *Regexp {
	f := &Regexp{Regexp: regexp.MustCompile(expr), lazy: &derivation{expr: expr, short: short, table: table}}
	compiledMu.Lock()
	compiled = append(compiled, f)
	compiledMu.Unlock()
	return f
}

// derive derives the checks: expr is parsed once for the prefilter and
// the start and end checks.
func (d *derivation) derive() {
	re, err := syntax.Parse(d.expr, syntax.Perl)
	if err != nil {
		return
	}
	d.start, d.end, d.starter = newStartCheck(re), newEndCheck(re), newStarter(re)
	if d.table {
		return // the table's Index checks its prefilter
	}
	anchored := strings.HasPrefix(strings.TrimPrefix(d.expr, "(?i)"), "^")
	if pre := derive(re); len(pre) > 0 && (d.short || !anchored) {
		d.ix = NewIndex([]Prefilter{pre})
		d.lead = newLeadBytes(d.ix, pre)
	}
}

// QuoteMeta is regexp's QuoteMeta, for files that import this package as
// regexp.
func QuoteMeta(s string) string { return regexp.QuoteMeta(s) }

// HasPrefilter reports whether the expression has a prefilter.
func (f *Regexp) HasPrefilter() bool { return f.derived().ix != nil }

// Checked reports whether anything spares the expression some searches:
// a prefilter, a start or end check, or a Starter.
func (f *Regexp) Checked() bool {
	c := f.derived()
	return c.ix != nil || c.start != nil || c.end != nil || c.starter != nil
}

// Admits reports whether the expression may match s: false when its
// prefilter rejects s, or its start or end check (see startCheck,
// endCheck). Before the prefilter reads s, a search for the bytes one
// of its sets must start with rejects most texts (see leadBytes).
func (f *Regexp) Admits(s string) bool { return f.derived().admits(s) }

// admits is Admits with the checks derived.
func (c *checks) admits(s string) bool {
	if c.start != nil && !c.start.admits(s) {
		return false
	}
	if c.end != nil && !c.end.admits(s) {
		return false
	}
	if c.ix == nil {
		return true
	}
	if c.lead != nil && !c.lead.in(s) {
		return false // no string of one of the sets can start anywhere in s
	}
	var buf [4]uint64
	bits := buf[:]
	if c.ix.nsets > len(buf)*64 {
		bits = make(Bits, (c.ix.nsets+63)/64)
	}
	return c.ix.scanInto(s, bits, c.ix.nsets) // its one prefilter has every set of the index
}

// MatchString is regexp's MatchString.
func (f *Regexp) MatchString(s string) bool {
	q := f.from(s)
	return q >= 0 && f.Regexp.MatchString(s[q:])
}

// FindString is regexp's FindString.
func (f *Regexp) FindString(s string) string {
	q := f.from(s)
	if q < 0 {
		return ""
	}
	return f.Regexp.FindString(s[q:])
}

// FindStringIndex is regexp's FindStringIndex.
func (f *Regexp) FindStringIndex(s string) []int {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return shift(f.Regexp.FindStringIndex(s[q:]), q)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (f *Regexp) FindStringSubmatch(s string) []string {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return f.Regexp.FindStringSubmatch(s[q:])
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (f *Regexp) FindStringSubmatchIndex(s string) []int {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return shift(f.Regexp.FindStringSubmatchIndex(s[q:]), q)
}

// FindAllString is regexp's FindAllString.
func (f *Regexp) FindAllString(s string, n int) []string {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return f.Regexp.FindAllString(s[q:], n)
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (f *Regexp) FindAllStringIndex(s string, n int) [][]int {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return shiftAll(f.Regexp.FindAllStringIndex(s[q:], n), q)
}

// FindAllStringSubmatch is regexp's FindAllStringSubmatch.
func (f *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return f.Regexp.FindAllStringSubmatch(s[q:], n)
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (f *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	q := f.from(s)
	if q < 0 {
		return nil
	}
	return shiftAll(f.Regexp.FindAllStringSubmatchIndex(s[q:], n), q)
}

// ReplaceAllString is regexp's ReplaceAllString.
func (f *Regexp) ReplaceAllString(src, repl string) string {
	q := f.from(src)
	if q < 0 {
		return src
	}
	if q == 0 {
		return f.Regexp.ReplaceAllString(src, repl)
	}
	return src[:q] + f.Regexp.ReplaceAllString(src[q:], repl)
}
