// Package prefilter tells, for the price of one pass over a text, which
// regular expressions cannot match it, so that a program running dozens of
// expressions on every sentence runs only the few that may match: the
// strings every match of an expression holds are derived from its syntax
// (New), an automaton finds those of many expressions in one pass (Index),
// and Regexp wraps an expression with its own.
package prefilter

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Prefilter is what every match of a regular expression contains: for
// each of its sets, one of the set's strings, in folded text (see Fold).
// It is derived from the expression itself (see New), so an expression
// added to a table gets one without declaring anything; most expressions
// of an extractor need a word ("spinoff", "created") that most sentences
// lack, and running the expression to find that out costs far more.
type Prefilter [][]string

// Admits reports whether folded, the folded text an expression is about to
// run on, holds one string of every set of f: false means the expression
// cannot match it. It searches for each string in turn: Index does the
// same for many expressions in one pass.
func (f Prefilter) Admits(folded string) bool {
	for _, set := range f {
		if !containsAny(folded, set) {
			return false
		}
	}
	return true
}

// containsAny reports whether s contains one of the strings of set.
func containsAny(s string, set []string) bool {
	for _, w := range set {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Fold maps every rune of s to the least rune of its case-folding
// orbit (the runes a case-insensitive expression takes for it: "k", "K"
// and the Kelvin sign all become "K"), and white space to a space, so that
// a literal of an expression, folded the same way, is in the folded text
// wherever the expression matches it, with or without (?i), and one string
// stands for the five that \s matches.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(byte(latinFolds[c]))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(foldRune(r))
		i += n
	}
	return b.String()
}

// foldRune is the least rune of r's case-folding orbit, or a space for
// white space.
func foldRune(r rune) rune {
	if r < rune(len(latinFolds)) {
		return latinFolds[r]
	}
	return orbitLeast(r)
}

// latinFolds holds foldRune of the runes of the Latin blocks, which most
// texts use (the brackets of a marker, accented letters), so that they are
// not looked up in the case tables each time.
var latinFolds = func() (t [0x250]rune) {
	for r := range t {
		t[r] = orbitLeast(rune(r))
	}
	for _, r := range "\t\n\v\f\r" {
		t[r] = ' '
	}
	return t
}()

// orbitLeast is the least rune of r's case-folding orbit.
func orbitLeast(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// Bounds of the derivation: the largest set of exact strings a part of an
// expression is followed through, and the largest character class read as
// a set of one-rune strings.
const (
	maxExact = 256
	maxClass = 8
)

// litInfo is what the derivation knows of a part of an expression: the
// strings it matches, when they are few (exact, nil when not); else
// strings every match starts with (pre) and ends with (suf), when known;
// and sets of which each of its matches contains one string (req).
type litInfo struct {
	exact    []string
	pre, suf []string
	req      [][]string
}

// prefixes are strings every match of the part starts with, or nil.
func (l litInfo) prefixes() []string {
	if l.exact != nil {
		return l.exact
	}
	return l.pre
}

// suffixes are strings every match of the part ends with, or nil.
func (l litInfo) suffixes() []string {
	if l.exact != nil {
		return l.exact
	}
	return l.suf
}

// New derives the prefilter of expr, an expression of package regexp (nil
// when it is not valid). It keeps the sets that can tell texts apart: none
// that white space or the brackets of a marker «k» (which the extractor
// puts in every sentence it reads) alone fill.
func New(expr string) Prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil // regexp.MustCompile reports it
	}
	return derive(re)
}

// derive is New of the parsed expression re.
func derive(re *syntax.Regexp) Prefilter {
	info := literals(re)
	var f Prefilter
	for _, set := range append(info.req, reqOf(info.exact)...) {
		if score(set) > 0 {
			f = append(f, set)
		}
	}
	sort.SliceStable(f, func(i, j int) bool { return score(f[i]) > score(f[j]) })
	return f
}

// score rates how well a set tells sentences apart: the length of its
// shortest string without white space and marker brackets, 0 when these
// alone fill one (every sentence has them).
func score(set []string) int {
	best := -1
	for _, w := range set {
		n := len(markerBrackets.Replace(w))
		if best < 0 || n < best {
			best = n
		}
	}
	return max(best, 0)
}

// markerBrackets removes the brackets of a marker and white space.
var markerBrackets = strings.NewReplacer("«", "", "»", "", " ", "", "\t", "", "\n", "", "\r", "", "\f", "")

// reqOf is the requirement that matching one of exact makes: none when
// exact is unknown or holds the empty string.
func reqOf(exact []string) [][]string {
	if exact == nil {
		return nil
	}
	for _, w := range exact {
		if w == "" {
			return nil
		}
	}
	return [][]string{exact}
}

// literals derives what re's matches contain.
func literals(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return litInfo{exact: []string{""}}
	case syntax.OpLiteral:
		return litInfo{exact: []string{Fold(string(re.Rune))}}
	case syntax.OpCharClass:
		return litInfo{exact: classStrings(re.Rune)}
	case syntax.OpCapture:
		return literals(re.Sub[0])
	case syntax.OpQuest:
		sub := literals(re.Sub[0])
		if sub.exact == nil {
			return litInfo{}
		}
		return litInfo{exact: union(sub.exact, []string{""})}
	case syntax.OpPlus:
		return repeated(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return repeated(re.Sub[0])
		}
		return litInfo{}
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpAlternate:
		return alternate(re.Sub)
	}
	return litInfo{} // any character, a star: nothing required
}

// classStrings returns the one-rune strings of a small character class
// (pairs of bounds, as syntax keeps them), or nil.
func classStrings(ranges []rune) []string {
	n := 0
	for i := 0; i < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > maxClass {
			return nil
		}
	}
	var out []string
	for i := 0; i < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			out = union(out, []string{string(foldRune(r))})
		}
	}
	return out
}

// repeated is what a part repeated at least once requires: what one
// repetition does; its matches start as the part's do and end as its do.
func repeated(sub *syntax.Regexp) litInfo {
	info := literals(sub)
	return litInfo{pre: info.prefixes(), suf: info.suffixes(), req: append(info.req, reqOf(info.exact)...)}
}

// concat follows the runs of parts whose exact strings are known, joining
// them into longer strings while there are few enough, with the ends of the
// parts around them (the words on both sides of \s+), and requires every
// run and every part's own requirements.
func concat(subs []*syntax.Regexp) litInfo {
	run, whole := []string{""}, true
	var pre []string
	var req [][]string
	for _, sub := range subs {
		info := literals(sub)
		if info.exact != nil && len(run)*len(info.exact) <= maxExact {
			run = product(run, info.exact)
			continue
		}
		head := info.prefixes()
		joined := run
		if head != nil && len(run)*len(head) <= maxExact {
			joined = product(run, head) // the run, then how the part starts
		} else {
			req = append(req, reqOf(head)...)
		}
		if whole {
			pre = joined
		}
		whole = false
		req = append(append(req, reqOf(joined)...), info.req...)
		run = []string{""}
		if tail := info.suffixes(); tail != nil {
			run = tail
		}
	}
	if whole {
		return litInfo{exact: run}
	}
	return litInfo{pre: pre, suf: run, req: append(req, reqOf(run)...)}
}

// alternate is what a choice between parts requires: the union of their
// exact strings when few, else one string of the best set of each part.
func alternate(subs []*syntax.Regexp) litInfo {
	infos := make([]litInfo, len(subs))
	exact := []string{}
	for i, sub := range subs {
		infos[i] = literals(sub)
		if exact != nil && infos[i].exact != nil && len(exact)+len(infos[i].exact) <= maxExact {
			exact = union(exact, infos[i].exact)
		} else {
			exact = nil
		}
	}
	if exact != nil {
		return litInfo{exact: exact}
	}
	out := litInfo{pre: []string{}, suf: []string{}}
	var any []string
	for i, info := range infos {
		out.pre = unionBounded(out.pre, info.prefixes())
		out.suf = unionBounded(out.suf, info.suffixes())
		best := bestSet(append(info.req, reqOf(info.exact)...))
		if best == nil || i > 0 && any == nil {
			any = nil // a part that requires nothing
			continue
		}
		any = union(any, best)
	}
	if any != nil {
		out.req = [][]string{any}
	}
	return out
}

// unionBounded is the union of a and b, or nil when either is nil or the
// union would hold more than maxExact strings.
func unionBounded(a, b []string) []string {
	if a == nil || b == nil || len(a)+len(b) > maxExact {
		return nil
	}
	return union(a, b)
}

// bestSet is the set of sets that tells sentences apart best, or nil.
func bestSet(sets [][]string) []string {
	var best []string
	for _, set := range sets {
		if best == nil || score(set) > score(best) {
			best = set
		}
	}
	return best
}

// product is every string of a followed by one of b.
func product(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = union(out, []string{x + y})
		}
	}
	return out
}

// union adds the strings of b that a lacks to a.
func union(a, b []string) []string {
	for _, w := range b {
		found := false
		for _, v := range a {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			a = append(a, w)
		}
	}
	return a
}
