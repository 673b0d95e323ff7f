package prefilter

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// endCheck is a test of the end of a text, for an expression whose every
// match ends the text ("... by\s*$", the cue before a name): once the
// runes its trailing parts can match (white space, commas, quotation
// marks) are trimmed off, the text must end with one of the strings its
// matches end with before them. The prefilter's sets tell whether the
// words are anywhere in the text, which a long text often holds; the end
// check reads a few runes from the end, whatever the text's length.
type endCheck struct {
	trim []rune            // folded
	ends map[rune][][]rune // by the last folded rune: the folded strings, reversed
	most int               // the most runes of a string of ends
}

// Bounds of the end check's derivation: the most runes a trailing part
// may match, and the longest string read from the end.
const (
	maxTrim    = 16
	maxEndRune = 48
)

// newEndCheck derives the end check of re, or nil when its matches need
// not end the text or their ends are not known.
func newEndCheck(re *syntax.Regexp) *endCheck {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return nil
	}
	var trim []rune
	ends := endsOf(re.Sub[:len(re.Sub)-1], &trim)
	if len(ends) == 0 {
		return nil
	}
	e := &endCheck{trim: trim, ends: map[rune][][]rune{}}
	for _, w := range ends {
		rs := []rune(w)
		if len(rs) == 0 || len(rs) > maxEndRune || slices.Contains(trim, rs[len(rs)-1]) {
			return nil // a match may end with nothing, or with what is trimmed
		}
		slices.Reverse(rs)
		e.ends[rs[0]] = append(e.ends[rs[0]], rs)
		e.most = max(e.most, len(rs))
	}
	return e
}

// endsOf returns the folded strings that every match of the parts subs,
// one after another, ends with once the runes of their trailing parts are
// trimmed (added to trim); nil when they are not known.
func endsOf(subs []*syntax.Regexp, trim *[]rune) []string {
	k := len(subs) - 1
	for k >= 0 && trailing(subs[k], trim) {
		k--
	}
	if k < 0 {
		return nil // nothing but trailing parts: a match may be all trimmed
	}
	sub := subs[k]
	for sub.Op == syntax.OpCapture {
		sub = sub.Sub[0]
	}
	switch {
	case sub.Op == syntax.OpConcat:
		return endsOf(append(append([]*syntax.Regexp(nil), subs[:k]...), sub.Sub...), trim)
	case sub.Op == syntax.OpQuest || sub.Op == syntax.OpStar || sub.Op == syntax.OpRepeat && sub.Min == 0:
		// The part or nothing: the part's ends, or those of the parts before.
		return unionBounded(endsOf([]*syntax.Regexp{sub.Sub[0]}, trim), endsOf(subs[:k], trim))
	case sub.Op == syntax.OpAlternate:
		var out []string
		for _, alt := range sub.Sub {
			ends := endsOf(append(append([]*syntax.Regexp(nil), subs[:k]...), alt), trim)
			if ends == nil || len(out)+len(ends) > maxExact {
				return nil
			}
			out = union(out, ends)
		}
		return out
	}
	return literals(sub).suffixes()
}

// trailing reports whether re matches only few runes, none a letter or a
// digit, and adds them, folded, to trim; it may add some before it finds
// that re does not.
func trailing(re *syntax.Regexp, trim *[]rune) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if !addTrim(trim, r) {
				return false
			}
		}
		return true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > maxTrim {
				return false
			}
		}
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !addTrim(trim, r) {
					return false
				}
			}
		}
		return true
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpCapture:
		return trailing(re.Sub[0], trim)
	case syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !trailing(sub, trim) {
				return false
			}
		}
		return true
	}
	return false
}

// addTrim adds rune r, folded, to trim, unless it is a letter or a digit,
// or trim would hold too many.
func addTrim(trim *[]rune, r rune) bool {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == utf8.RuneError {
		return false
	}
	f := foldRune(r)
	if !slices.Contains(*trim, f) {
		if len(*trim) == maxTrim {
			return false
		}
		*trim = append(*trim, f)
	}
	return true
}

// admits reports whether s, trimmed of the trailing runes, ends with one
// of the strings: false means the expression cannot match s.
func (e *endCheck) admits(s string) bool {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !slices.Contains(e.trim, foldRune(r)) {
			break
		}
		i -= n
	}
	var buf [maxEndRune]rune
	k := 0
	for ; i > 0 && k < e.most; k++ {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		buf[k] = foldRune(r)
		i -= n
	}
	if k == 0 {
		return false
	}
	for _, w := range e.ends[buf[0]] {
		if len(w) <= k && slices.Equal(w, buf[:len(w)]) {
			return true
		}
	}
	return false
}
