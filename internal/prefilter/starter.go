package prefilter

import (
	"regexp/syntax"
	"unicode/utf8"
)

// newStarter derives the Starter of an expression that need not start the
// text: the strings one of which every match starts with, as a start
// check reads them at one place ("\b(?:in|from|near)\s+", the words
// before a place), or nil when a match may start with anything. A search
// skips the places before the first where the check admits the text.
func newStarter(re *syntax.Regexp) *startCheck {
	if startsText(re) {
		return nil // the start check reads its one place
	}
	return newChecker(startsOf([]*syntax.Regexp{re}, maxStartBytes))
}

// first returns where a search of s may begin: -1 when no place of s
// admits the check; else the start of the rune before the first place
// that does (0 when it is the first), so that the search still reads the
// rune an assertion at that place (\b) looks at. No match starts before
// that place, so a search of s from there finds the matches of s.
func (c *startCheck) first(s string) int {
	prev := 0
	for i := 0; i < len(s); {
		if c.admits(s[i:]) {
			return prev
		}
		prev = i
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return -1
}

// from returns where the expression's search of s may begin (see
// startCheck.first), 0 when it has no Starter, and -1 when Admits
// rejects s.
func (f *Regexp) from(s string) int {
	c := f.derived()
	if !c.admits(s) {
		return -1
	}
	if c.starter == nil {
		return 0
	}
	return c.starter.first(s)
}

// shift adds q to the indexes of loc that are not -1.
func shift(loc []int, q int) []int {
	if q == 0 {
		return loc
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += q
		}
	}
	return loc
}

// shiftAll shifts every loc of locs by q.
func shiftAll(locs [][]int, q int) [][]int {
	if q == 0 {
		return locs
	}
	for _, loc := range locs {
		shift(loc, q)
	}
	return locs
}
