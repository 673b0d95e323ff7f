package prefilter

import "unicode/utf8"

// Index checks the prefilters of a table of expressions against a text in
// one pass over it: an Aho–Corasick automaton over the strings of every set
// of every prefilter marks the sets the text satisfies, and a prefilter
// admits the text when all of its sets are marked. Searching the text for
// each string in turn can cost more than running the expressions: the
// sets of a table of seventy expressions may hold two thousand strings.
// An Index is read-only once built and safe for concurrent use.
type Index struct {
	class  [256]uint16 // byte -> its class in the automaton's alphabet (0: no string holds it)
	nclass int
	next   []int32 // node*nclass + class -> next node, while the index is built
	// rows is next as the scan reads it: the next node's row
	// (node*nclass), or -row-1 when strings end at that node.
	rows  []int32
	out   [][]int32 // node -> the sets one of whose strings ends there
	sets  [][]int32 // prefilter -> its sets
	nsets int
}

// Bits records which sets of an Index a text satisfies, one bit a set.
type Bits []uint64

// NewIndex builds the index of fs; prefilter i of fs is checked by
// Admits(i, ...).
func NewIndex(fs []Prefilter) *Index {
	ix := &Index{sets: make([][]int32, len(fs))}
	for _, f := range fs {
		for _, set := range f {
			for _, w := range set {
				for i := 0; i < len(w); i++ {
					ix.addClass(w[i])
				}
			}
		}
	}
	ix.nclass++ // class 0, the bytes no string holds
	ix.addNode()
	for i, f := range fs {
		for _, set := range f {
			id := int32(ix.nsets)
			ix.nsets++
			ix.sets[i] = append(ix.sets[i], id)
			for _, w := range set {
				n := ix.insert(w)
				ix.out[n] = appendNew(ix.out[n], id)
			}
		}
	}
	ix.link()
	ix.rows = make([]int32, len(ix.next))
	for k, n := range ix.next {
		ix.rows[k] = n * int32(ix.nclass)
		if len(ix.out[n]) > 0 {
			ix.rows[k] = -ix.rows[k] - 1
		}
	}
	ix.next = nil // built
	return ix
}

// addClass gives byte b of a folded string a class of its own, which the
// lower-case letter of an upper-case ASCII letter shares, and the white
// space of a space: the text is folded as it is read.
func (ix *Index) addClass(b byte) {
	if ix.class[b] != 0 {
		return
	}
	ix.nclass++
	ix.class[b] = uint16(ix.nclass)
	if 'A' <= b && b <= 'Z' {
		ix.class[b+'a'-'A'] = uint16(ix.nclass)
	}
	if b == ' ' {
		for _, w := range []byte("\t\n\v\f\r") {
			ix.class[w] = uint16(ix.nclass)
		}
	}
}

// addNode adds a node with no transitions and returns it.
func (ix *Index) addNode() int32 {
	ix.next = append(ix.next, make([]int32, ix.nclass)...)
	ix.out = append(ix.out, nil)
	return int32(len(ix.out) - 1)
}

// insert adds the path of w to the trie and returns its last node.
func (ix *Index) insert(w string) int32 {
	n := int32(0)
	for i := 0; i < len(w); i++ {
		c := int32(ix.class[w[i]])
		if ix.next[n*int32(ix.nclass)+c] == 0 {
			m := ix.addNode()
			ix.next[n*int32(ix.nclass)+c] = m
		}
		n = ix.next[n*int32(ix.nclass)+c]
	}
	return n
}

// link turns the trie into the automaton: breadth first, each missing
// transition takes the one of the node's longest proper suffix in the trie,
// and each node's outputs gain that suffix's.
func (ix *Index) link() {
	nc := int32(ix.nclass)
	fail := make([]int32, len(ix.out))
	var queue []int32
	for c := int32(0); c < nc; c++ {
		if m := ix.next[c]; m != 0 {
			queue = append(queue, m) // fail[m] is the root
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		ix.out[n] = appendNew(ix.out[n], ix.out[fail[n]]...)
		for c := int32(0); c < nc; c++ {
			m := ix.next[n*nc+c]
			if m == 0 {
				ix.next[n*nc+c] = ix.next[fail[n]*nc+c]
				continue
			}
			fail[m] = ix.next[fail[n]*nc+c]
			queue = append(queue, m)
		}
	}
}

// Scan returns the sets whose strings text holds, once folded (see Fold).
func (ix *Index) Scan(text string) Bits {
	bits := make(Bits, (ix.nsets+63)/64)
	ix.scanInto(text, bits, ix.nsets+1)
	return bits
}

// scanInto marks in bits, which has room for every set and none marked,
// the sets whose strings text holds. It stops reading once want sets are
// marked, and reports whether they were: Regexp.Admits, whose index has
// one prefilter, wants every set, and the text an expression is about to
// run on need not be read to its end when it is admitted; Scan wants more
// sets than there are and reads all of text.
func (ix *Index) scanInto(text string, bits Bits, want int) bool {
	row := int32(0)
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(text) && want > 0; {
		var n int
		if c := text[i]; c < utf8.RuneSelf {
			row, n = ix.step(row, c, bits)
			want -= n
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		for _, c := range enc[:utf8.EncodeRune(enc[:], foldRune(r))] {
			row, n = ix.step(row, c, bits)
			want -= n
		}
	}
	return want <= 0
}

// step moves from the node at row on byte c, marks the sets whose strings
// end at the next node, and returns its row and how many sets it marked
// that were not marked before.
func (ix *Index) step(row int32, c byte, bits Bits) (int32, int) {
	next := ix.rows[row+int32(ix.class[c])]
	if next >= 0 {
		return next, 0
	}
	next = -next - 1
	n := 0
	for _, id := range ix.out[next/int32(ix.nclass)] {
		if bits[id/64]&(1<<(id%64)) == 0 {
			bits[id/64] |= 1 << (id % 64)
			n++
		}
	}
	return next, n
}

// Admits reports whether the text whose Scan gave bits satisfies every set
// of prefilter i: false means expression i cannot match it.
func (ix *Index) Admits(i int, bits Bits) bool {
	for _, id := range ix.sets[i] {
		if bits[id/64]&(1<<(id%64)) == 0 {
			return false
		}
	}
	return true
}

// appendNew appends the ids of add that ids lacks.
func appendNew(ids []int32, add ...int32) []int32 {
	for _, a := range add {
		found := false
		for _, b := range ids {
			if a == b {
				found = true
				break
			}
		}
		if !found {
			ids = append(ids, a)
		}
	}
	return ids
}
