package prefilter

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// startCheck is the Starter of an expression anchored at the start of the
// text ("^,? (?:Jr|Sr)\b", the words after a name): every match starts the
// text, so the text, folded (see Fold), must start with one of the
// strings every match starts with. Such an expression gets no prefilter
// from MustCompile (it is tried at one place only), yet trying it there
// costs far more than the few bytes the check reads: package regexp
// clears state in proportion to the text's length before it tries, and
// the expressions run on the rest of a document, a long text, at every
// name.
type startCheck struct {
	// nodes is a trie of the folded strings: node 0 is the root, whose
	// children root holds by their byte (plus one; 0: none), for the
	// first byte rejects most texts.
	nodes []startNode
	root  [256]int32
}

// startNode is a node of a start check's trie: end is set when a string
// ends at it, and next holds its children by their byte.
type startNode struct {
	end  bool
	next []startEdge
}

// startEdge leads from a trie node to its child on byte b.
type startEdge struct {
	b    byte
	node int32
}

// maxStartBytes bounds the strings of a start check: a longer one is cut,
// which keeps it a string every match starts with.
const maxStartBytes = 24

// newStartCheck derives the start check of re, or nil when its matches
// need not start the text, or may start with anything.
func newStartCheck(re *syntax.Regexp) *startCheck {
	if !startsText(re) {
		return nil
	}
	return newChecker(startsOf([]*syntax.Regexp{re}, maxStartBytes))
}

// newChecker builds the check of the folded strings pre, or nil when
// there are none or one is empty (a match may start with anything).
func newChecker(pre []string) *startCheck {
	if len(pre) == 0 {
		return nil
	}
	c := &startCheck{nodes: make([]startNode, 1)}
	for _, w := range pre {
		if w == "" {
			return nil
		}
		c.insert(cutString(collapseSpaces(w), maxStartBytes))
	}
	return c
}

// insert adds the path of w to the trie.
func (c *startCheck) insert(w string) {
	n := int32(0)
	for i := 0; i < len(w); i++ {
		m := c.child(n, w[i])
		if m < 0 {
			m = int32(len(c.nodes))
			c.nodes = append(c.nodes, startNode{})
			c.nodes[n].next = append(c.nodes[n].next, startEdge{b: w[i], node: m})
			if n == 0 {
				c.root[w[i]] = m + 1
			}
		}
		n = m
	}
	c.nodes[n].end = true
}

// child is node n's child on byte b, or -1.
func (c *startCheck) child(n int32, b byte) int32 {
	if n == 0 {
		return c.root[b] - 1
	}
	for _, e := range c.nodes[n].next {
		if e.b == b {
			return e.node
		}
	}
	return -1
}

// startsText reports whether every match of re starts the text: re
// opens with "^" (not in multi-line mode), or is a choice between
// expressions that all do ("^a|^b").
func startsText(re *syntax.Regexp) bool {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startsText(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !startsText(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// cutString cuts w to at most n bytes, at the start of a rune.
func cutString(w string, n int) string {
	if len(w) <= n {
		return w
	}
	for n > 0 && !utf8.RuneStart(w[n]) {
		n--
	}
	return w[:n]
}

// admits reports whether s, folded with its runs of white space made one
// space, starts with one of the strings: false means the expression
// cannot match s. It folds s as it walks the trie, and stops where the
// trie does.
func (c *startCheck) admits(s string) bool {
	n := int32(0)
	var enc [utf8.UTFMax]byte
	space := false
	for i := 0; i < len(s); {
		var f rune
		if b := s[i]; b < utf8.RuneSelf {
			f = latinFolds[b]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			f = foldRune(r)
			i += size
		}
		if f == ' ' && space {
			continue // one space for a run
		}
		space = f == ' '
		for _, b := range enc[:utf8.EncodeRune(enc[:], f)] {
			if n = c.child(n, b); n < 0 {
				return false
			}
			if c.nodes[n].end {
				return true
			}
		}
	}
	return false
}

// Bounds of startsOf: the most strings it follows, and how many bytes of
// them it derives.
const maxStarts = 64

// startsOf returns folded strings one of which every match of the parts
// subs, one after another, starts with, once runs of white space are made
// one space in both: [""] when nothing is known, nil when the strings
// would be too many. A part that matches only white space stands for one
// space, whatever its repetition, so that "\s+(?:and|or)" starts with
// " and" or " or"; need is how many bytes are still worth deriving.
func startsOf(subs []*syntax.Regexp, need int) []string {
	if len(subs) == 0 || need <= 0 {
		return []string{""}
	}
	sub, rest := subs[0], subs[1:]
	for sub.Op == syntax.OpCapture {
		sub = sub.Sub[0]
	}
	then := func(head []string, n int) []string { // head, then what rest starts with, or head alone when too many
		if head == nil {
			return nil
		}
		return fitProduct(head, startsOf(rest, need-n))
	}
	switch sub.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText:
		return startsOf(rest, need)
	case syntax.OpLiteral:
		lit := Fold(string(sub.Rune))
		return then([]string{lit}, len(lit))
	case syntax.OpCharClass:
		if spaceOnly(sub) {
			return then([]string{" "}, 1)
		}
		if strs := classStrings(sub.Rune); strs != nil {
			return then(strs, 1)
		}
		return []string{""} // a large class: nothing known
	case syntax.OpConcat:
		return startsOf(append(append([]*syntax.Regexp(nil), sub.Sub...), rest...), need)
	case syntax.OpAlternate:
		out := []string{}
		for _, alt := range sub.Sub {
			out = unionBounded(out, startsOf(append([]*syntax.Regexp{alt}, rest...), need))
			if out == nil {
				return nil
			}
		}
		return out
	}
	return repeatStarts(sub, rest, need)
}

// repeatStarts is startsOf for a repeated or optional part sub followed
// by rest: a part of white space is one space (or nothing, when it may
// be left out); another part, when it may be left out, starts as itself
// or as rest; when it may not, as itself, whatever follows.
func repeatStarts(sub *syntax.Regexp, rest []*syntax.Regexp, need int) []string {
	var least int
	switch sub.Op {
	case syntax.OpQuest, syntax.OpStar:
	case syntax.OpPlus:
		least = 1
	case syntax.OpRepeat:
		least = sub.Min
	default:
		return []string{""} // any character, a large class, an end: nothing known
	}
	part := sub.Sub[0]
	if spaceOnly(part) {
		one := fitProduct([]string{" "}, startsOf(rest, need-1))
		if least > 0 {
			return one
		}
		return unionBounded(one, startsOf(rest, need))
	}
	if sub.Op == syntax.OpQuest {
		return unionBounded(startsOf(append([]*syntax.Regexp{part}, rest...), need), startsOf(rest, need))
	}
	if least > 0 {
		return startsOf([]*syntax.Regexp{part}, need)
	}
	return unionBounded(startsOf([]*syntax.Regexp{part}, need), startsOf(rest, need))
}

// spaceOnly reports whether re is a character class of white space only,
// whose every rune folds to a space.
func spaceOnly(re *syntax.Regexp) bool {
	if re.Op != syntax.OpCharClass || len(re.Rune) == 0 {
		return false
	}
	for i := 0; i < len(re.Rune); i += 2 {
		if re.Rune[i+1]-re.Rune[i] > 8 {
			return false
		}
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if foldRune(r) != ' ' {
				return false
			}
		}
	}
	return true
}

// boundedProduct is product(a, b), or nil when either is nil or it
// would hold more than maxStarts strings.
func boundedProduct(a, b []string) []string {
	if a == nil || b == nil || len(a)*len(b) > maxStarts {
		return nil
	}
	return product(a, b)
}

// fitProduct is product(head, tail) when it holds at most maxStarts
// strings; else that of head and the strings of tail cut shorter, as
// many fewer as it takes (head alone at worst). A string cut is still one
// a match starts with.
func fitProduct(head, tail []string) []string {
	if tail == nil {
		return head
	}
	for n := maxStartBytes; n > 0; n-- {
		if out := boundedProduct(head, tail); out != nil {
			return out
		}
		var cut []string
		for _, w := range tail {
			cut = union(cut, []string{cutString(w, n)})
		}
		tail = cut
	}
	return head
}

// collapseSpaces makes each run of spaces of w one space.
func collapseSpaces(w string) string {
	for strings.Contains(w, "  ") {
		w = strings.ReplaceAll(w, "  ", " ")
	}
	return w
}
