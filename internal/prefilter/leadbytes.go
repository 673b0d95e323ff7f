package prefilter

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadBytes are bytes of which a text an expression's prefilter admits
// holds at least one: the bytes that can start a string of one of its sets
// (the upper- and lower-case letter of "K" for a set {"KILLS", "KILLED"}).
// Most texts an expression is tried on lack its words, and the prefilter
// learns that only by reading the whole text a byte at a time; a search for
// one or two bytes (strings.IndexByte reads many at a time) rejects most
// of them for a fraction of that.
type leadBytes []byte

// maxLeadBytes is the most bytes a leadBytes searches for: each is one
// search of the whole text, and a set whose strings start with many
// different letters is held by most texts anyway.
const maxLeadBytes = 4

// asciiFolds are the runes outside ASCII whose fold (see foldRune) is an
// ASCII letter, by that letter: the Kelvin sign is read as "K", the long s
// as "S". The text holds them with a lead byte of their own, which a
// string starting with the letter must be looked for too.
// TestASCIIFolds checks the list against every rune.
var asciiFolds = map[byte][]rune{'K': {'\u212a'}, 'S': {'\u017f'}}

// in reports whether s holds one of the bytes.
func (l leadBytes) in(s string) bool {
	for _, b := range l {
		if strings.IndexByte(s, b) >= 0 {
			return true
		}
	}
	return false
}

// newLeadBytes returns the lead bytes of the set of pre, the one
// prefilter of index ix, that has the fewest, up to maxLeadBytes, and of
// those the set whose letters English writes least often; nil when no set
// has few enough.
func newLeadBytes(ix *Index, pre Prefilter) leadBytes {
	var best leadBytes
	for _, set := range pre {
		l, ok := setLeadBytes(ix, set)
		if !ok || len(l) > maxLeadBytes {
			continue
		}
		if best == nil || len(l) < len(best) || len(l) == len(best) && l.rarity() > best.rarity() {
			best = l
		}
	}
	return best
}

// setLeadBytes returns the bytes of a text that the index reads as the
// first byte of one of the strings of set: each ASCII byte of the same
// class (the other case of a letter, every white space for a space), and
// the lead byte of each rune outside ASCII that folds to one of them; for
// a string that starts outside ASCII, the lead byte of each rune of its
// first rune's case orbit (the text is folded rune by rune, and a fold can
// change a rune's lead byte). ok is false when a string is empty or
// starts with an invalid rune.
func setLeadBytes(ix *Index, set []string) (l leadBytes, ok bool) {
	var seen [256]bool
	for _, w := range set {
		if w == "" {
			return nil, false
		}
		if w[0] >= utf8.RuneSelf {
			// A rune outside ASCII: the text holds one of its case
			// orbit (the apostrophe ’ is its own), each with its lead byte.
			r, _ := utf8.DecodeRuneInString(w)
			if r == utf8.RuneError {
				return nil, false
			}
			for o := r; ; {
				var enc [utf8.UTFMax]byte
				utf8.EncodeRune(enc[:], o)
				seen[enc[0]] = true
				if o = unicode.SimpleFold(o); o == r {
					break
				}
			}
			continue
		}
		c := ix.class[w[0]]
		for b := byte(0); b < utf8.RuneSelf; b++ {
			if ix.class[b] != c {
				continue
			}
			seen[b] = true
			for _, r := range asciiFolds[b] {
				var enc [utf8.UTFMax]byte
				utf8.EncodeRune(enc[:], r)
				seen[enc[0]] = true
			}
		}
	}
	for b, in := range seen {
		if in {
			l = append(l, byte(b))
		}
	}
	return l, true
}

// letterOrder is the order of the letters by how often English writes
// them, the most often first: a set whose strings start with a rare
// letter rejects more texts.
const letterOrder = "etaoinshrdlcumwfgypbvkjxqz"

// rarity is how seldom English writes the letters of l: the sum of their
// places in letterOrder (a byte not in it, a digit or a mark, counts as
// rare as the rarest letter).
func (l leadBytes) rarity() int {
	n := 0
	for _, b := range l {
		i := strings.IndexByte(letterOrder, b|0x20)
		if i < 0 || b >= utf8.RuneSelf || b < 'A' {
			i = len(letterOrder)
		}
		n += i
	}
	return n
}
