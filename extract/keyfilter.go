package extract

import "hash/maphash"

// keyFilter is a Bloom filter of strings: may is false for a string never
// added, and true for one added (and, with the filter at most full, for
// about one string in forty never added). It spares a large map the
// look-ups of keys it lacks, which are most of them: the two bits of a
// key, in one word of a table of sixteen bits a key, are one read from
// memory, and a small table stays in the processor's cache, where the
// map's groups do not. A filter only ever says whether to look, never
// what is there, so its seed, new in each process, changes no answer.
type keyFilter struct {
	bits []uint64
	mask uint64 // len(bits) - 1
	keys int    // the keys added since the filter was made
}

// filterSeed hashes the keys of every keyFilter.
var filterSeed = maphash.MakeSeed()

// minFilterBits is the size of a filter's first table, in bits.
const minFilterBits = 1 << 14

// bitsPerKey is the number of bits of table a filter keeps for each key.
const bitsPerKey = 16

// grow empties the filter, with room for keys keys.
func (f *keyFilter) grow(keys int) {
	n := minFilterBits
	for n < bitsPerKey*keys {
		n *= 2
	}
	f.bits, f.mask, f.keys = make([]uint64, n/64), uint64(n/64-1), 0
}

// full reports whether the filter holds as many keys as it has room for.
func (f *keyFilter) full() bool { return f.keys*bitsPerKey >= len(f.bits)*64 }

// add adds k.
func (f *keyFilter) add(k string) {
	if f.bits == nil {
		f.grow(0)
	}
	w, m := f.at(k)
	f.bits[w] |= m
	f.keys++
}

// at returns the word of the table that holds k's bits, and the bits.
func (f *keyFilter) at(k string) (uint64, uint64) {
	h := maphash.String(filterSeed, k)
	return h & f.mask, 1<<(h>>52&63) | 1<<(h>>58)
}

// may reports whether k may have been added: false when it was not.
func (f *keyFilter) may(k string) bool {
	if f.bits == nil {
		return false
	}
	w, m := f.at(k)
	return f.bits[w]&m == m
}
