package nlp

import (
	"reflect"
	"testing"
)

// TestTagRowsByNumber checks that the rows the tagger and the classifier
// find by the numbers of tags are those found by their names, for every
// pair of numbered tags and for words of made-up text, and that a tag
// without a number is looked up by name.
func TestTagRowsByNumber(t *testing.T) {
	m, err := sharedModels()
	if err != nil {
		t.Fatal(err)
	}
	p, r := m.pos, &m.ner.rows
	sc := newScratch()
	toks, _ := proseTokens("Mirela Vostrak ran to the Quellford depot and said it was closed, then left.")
	infos := m.wordInfos(toks, sc)
	names := p.tagIx.names
	for _, cur := range infos {
		for id1, t1 := range names {
			for id2, t2 := range names {
				a, b, c, d := p.tagFeatureRows(cur, id1, id2, t1, t2, &sc.key)
				w, x, y, z := p.tagFeatureRows(cur, -1, -1, t1, t2, &sc.key)
				if !reflect.DeepEqual([][]classWeight{a, b, c, d}, [][]classWeight{w, x, y, z}) {
					t.Fatalf("%q after %s %s: rows by number differ from rows by name", cur.ctx, t2, t1)
				}
			}
			tok := &labelToken{wordInfo: cur}
			if got, want := r.wordNextRow(tok, id1, r.byID[id1], &sc.key), r.wordNextRow(tok, -1, r.byID[id1], &sc.key); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q before %s: word+nextpos row by number differs from the row by name", cur.lower, t1)
			}
			if r.tagByID(id1, t1) != r.tags[t1] {
				t.Fatalf("tag %s: rows by number differ from rows by name", t1)
			}
		}
	}
	for _, tag := range []string{"-QXZ-", ""} {
		if id := p.tagIx.id(tag); id != -1 {
			t.Errorf("tag %q numbered %d, want none", tag, id)
		}
	}
	if got := r.wordNextRow(&labelToken{wordInfo: infos[0]}, len(names), noneTag, &sc.key); !reflect.DeepEqual(got, r.wordNext[infos[0].lower+"+None"]) {
		t.Errorf("%q as the last token: word+nextpos row differs from the row by name", infos[0].lower)
	}
}
