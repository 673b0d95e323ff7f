package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/sources"
)

// The rule tests describe a corpus in a few lines: documents of mentions
// and claims, and the entities reconciliation should make of them, each
// with the rules recorded on it.

// doc is one test document: its mentions and the claims between them.
type doc struct {
	id, kind string
	ms       []extract.Mention
	cs       []extract.Claim
	about    bool // the first mention is the page's subject
}

// men is a mention typed typ by signal, with confidence 0.9 in block 0.
func men(name, typ, signal string) extract.Mention {
	return extract.Mention{Name: name, Surface: name, Type: typ, Signal: signal, Confidence: 0.9}
}

// conf sets a mention's confidence.
func conf(m extract.Mention, c float64) extract.Mention { m.Confidence = c; return m }

// block puts a mention in block b.
func block(m extract.Mention, b int) extract.Mention { m.Block = b; return m }

// alias gives a mention the alias the text states for it.
func alias(m extract.Mention, a string) extract.Mention { m.Alias = a; return m }

// claim states pred between mentions s and o of its document.
func claim(s int, pred string, o int) extract.Claim {
	return extract.Claim{Subject: s, Predicate: pred, Object: o, Confidence: 0.9}
}

func extractions(docs []doc) []*extract.Extraction {
	var xs []*extract.Extraction
	for _, d := range docs {
		kind := d.kind
		if kind == "" {
			kind = "article"
		}
		x := &extract.Extraction{Doc: &sources.Document{ID: d.id, Kind: kind}, Subject: -1,
			Mentions: append([]extract.Mention(nil), d.ms...), Claims: d.cs}
		for i := range x.Mentions {
			x.Mentions[i].Doc = d.id
		}
		if d.about {
			x.Subject = 0
		}
		xs = append(xs, x)
	}
	return xs
}

// outcome reconciles docs and describes each entity it would make, in a
// line: "Type{name, name} by rule, rule typed by rule", its distinct
// mention names, the rules of the merges and notes recorded on it, and,
// where mentions disagreed on its type, the rule that decided.
func outcome(docs []doc) []string { return outcomeOf(extractions(docs)) }

// outcomeOf is outcome for extractions made otherwise (with text).
func outcomeOf(xs []*extract.Extraction) []string {
	s := reconcile(xs)
	var out []string
	for _, g := range s.sortedGroups() {
		if g.parent != nil || len(g.refs) == 0 || !g.strong {
			continue
		}
		var ns []string
		for _, r := range g.refs {
			if n := s.mention(r).Name; !slices.Contains(ns, n) {
				ns = append(ns, n)
			}
		}
		sort.Strings(ns)
		line := fmt.Sprintf("%s{%s}", g.typ, strings.Join(ns, ", "))
		var rules []string
		vs := s.variants(g)
		for _, m := range s.notes(g, vs, canonical(vs)) {
			rules = append(rules, m.rule)
		}
		if len(rules) > 0 {
			line += " by " + strings.Join(rules, ", ")
		}
		if d := s.typing(g)[0]; d.Rule != unanimous {
			line += " typed by " + d.Rule
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out
}

// ruleCase is one case of a rule's table: documents in, entities out.
type ruleCase struct {
	name string
	docs []doc
	want []string // outcome lines, in any order
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := outcome(tc.docs)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("entities:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// TestRuleNamesUnique: a rule's name is how a user asks about it.
func TestRuleNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	names := []string{}
	for _, r := range rules {
		names = append(names, r.name())
	}
	for _, p := range shortPickers {
		names = append(names, p.name)
	}
	for _, n := range orgNarrowings {
		names = append(names, n.name)
	}
	for _, d := range orgDistinctions {
		names = append(names, d.name)
	}
	for _, k := range keepApart {
		names = append(names, k.name)
	}
	for _, n := range names {
		if seen[n] || n == "" {
			t.Errorf("rule name %q used twice or empty", n)
		}
		seen[n] = true
	}
}
