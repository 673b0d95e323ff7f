package sources

import "sort"

// offsetMap maps byte offsets of a document's Text to byte offsets of its
// Raw. It keeps the map as runs in which Raw advances one byte per byte of
// Text, so that a file that normalisation left as it was costs one run
// instead of eight bytes per byte of text: held for every document of a
// corpus, the dense map outweighed the texts themselves.
type offsetMap struct {
	at  []int // offsets of Text where runs start, ascending, at[0] = 0
	raw []int // raw[k] is the offset in Raw of byte at[k] of Text
	n   int   // the length of the dense map: one more than the Text
}

// compactOffsets turns a dense map (dense[i] is the offset in Raw of byte
// i of Text) into runs.
func compactOffsets(dense []int) offsetMap {
	m := offsetMap{n: len(dense)}
	for i, o := range dense {
		if i == 0 || o != dense[i-1]+1 {
			m.at = append(m.at, i)
			m.raw = append(m.raw, o)
		}
	}
	return m
}

// get is the offset in Raw of byte i of Text, i clamped to the map.
func (m offsetMap) get(i int) int {
	i = min(max(i, 0), m.n-1)
	k := sort.Search(len(m.at), func(k int) bool { return m.at[k] > i }) - 1
	return m.raw[k] + i - m.at[k]
}
