package resolve

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kgbuild/kg/extract"
)

// EvidenceKept runs the rules over xs one by one and, after each, brings
// the evidence up to date and compares it with evidence gathered anew
// from the state: it returns the first rule after which they differ.
func EvidenceKept(xs []*extract.Extraction) error {
	s := newState(xs)
	for _, ru := range rules {
		ru.apply(s)
		if s.gathered == nil {
			continue
		}
		kept, fresh := describeEvidence(s.currentEvidence()), describeEvidence(gatherEvidence(s))
		if kept != fresh {
			return fmt.Errorf("after %s the evidence kept differs from the evidence gathered:\n%s", ru.name(), firstDiff(kept, fresh))
		}
	}
	return nil
}

// EvidenceChanges counts the unions made after the evidence was first
// gathered, for a test to tell that the comparison saw some.
func EvidenceChanges(xs []*extract.Extraction) int {
	s := newState(xs)
	n := -1
	for _, ru := range rules {
		if s.gathered != nil && n < 0 {
			n = s.unions
		}
		ru.apply(s)
	}
	return s.unions - n
}

// describeEvidence writes ev as sorted lines, groups named by type and key.
func describeEvidence(ev *nameEvidence) string {
	name := func(g *group) string { return g.typ + "|" + g.key }
	var lines []string
	add := func(f string, a ...any) { lines = append(lines, fmt.Sprintf(f, a...)) }
	for g, ds := range ev.docs {
		for d := range ds.keys() {
			add("doc %s %d", name(g), d)
		}
	}
	for g, bs := range ev.blocks {
		for b := range bs.keys() {
			add("block %s %v", name(g), b)
		}
	}
	for g, as := range ev.actors {
		for a := range as {
			add("actor %s %s", name(g), a)
		}
	}
	for p := range ev.claimed {
		add("claimed %s %s", name(p[0]), name(p[1]))
	}
	for d, gs := range ev.series {
		var ns []string
		for _, g := range gs {
			ns = append(ns, name(g))
		}
		add("series %d %s", d, strings.Join(ns, ", "))
	}
	for d, g := range ev.about {
		add("about %d %s", d, name(g))
	}
	for d, gs := range ev.peopleByDoc() {
		for g := range gs {
			add("person %d %s", d, name(g))
		}
	}
	for d, gs := range ev.inferredSeries() {
		for _, g := range gs {
			add("inferred %d %s", d, name(g))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// firstDiff shows the first line where two descriptions differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("kept:     %s\ngathered: %s", x, y)
		}
	}
	return ""
}

// RuleMemosHeld reconciles xs and names the memos of the rules that the
// state still holds once the rules have run (see dropRuleMemos).
func RuleMemosHeld(xs []*extract.Extraction) []string {
	s := reconcile(xs)
	var held []string
	for _, m := range []struct {
		name string
		held bool
	}{
		{"name evidence", s.gathered != nil},
		{"evidence changes", len(s.changes.joined)+len(s.changes.made)+len(s.changes.added) > 0},
		{"name entries", s.entries != nil},
		{"names taken apart", len(s.split) > 0},
		{"organizations by word", s.orgs != nil},
		{"actors", s.actors != nil || s.actorOf != nil},
		{"ids of names", len(s.ids) > 0},
	} {
		if m.held {
			held = append(held, m.name)
		}
	}
	return held
}
