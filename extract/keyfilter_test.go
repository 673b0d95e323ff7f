package extract

import (
	"fmt"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestKeyFilter checks that a lexicon's filter says "may" for the head of
// every name added, across the growths of its table, and "no" for most
// keys never added.
func TestKeyFilter(t *testing.T) {
	tests := []struct {
		name string
		keys int
	}{
		{"empty", 0},
		{"one key", 1},
		{"below the first table's room", 500},
		{"several growths", 20000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newLexicon()
			for i := range tc.keys {
				l.entry(fmt.Sprintf("ann%d roe%d", i, i%97))
			}
			for i := range tc.keys {
				k := fmt.Sprintf("ann%d roe%d", i, i%97)
				h, bit := head(k)
				if !l.filter.may(h) {
					t.Fatalf("head %q added, filter says no", h)
				}
				if l.headLengths(h)&bit == 0 {
					t.Fatalf("head %q of %q added, headLengths lacks bit %b", h, k, bit)
				}
			}
			wrong := 0
			for i := range 10000 {
				if l.filter.may(fmt.Sprintf("bo%d cy%d", i, i)) {
					wrong++
				}
			}
			if wrong > 400 { // about 2% expected
				t.Errorf("filter says may for %d of 10000 keys never added", wrong)
			}
		})
	}
}

// TestLexiconFilteredSameAnswers checks that the lexicon answers through
// its filter what its tables hold, for heads known and unknown.
func TestLexiconFilteredSameAnswers(t *testing.T) {
	l := newLexicon()
	l.learn([]vote{{Name: "Nora Vale", Type: graph.Character}, {Name: "Harbor Watch Mysteries", Type: graph.Series},
		{Name: "Lumen Bird", Type: graph.Organization}})
	for _, k := range []string{"nora vale", "nora", "vale", "harbor watch mysteries", "harbor watch", "lumen bird", "lumen", "ivy cole", ""} {
		var want known
		if e := l.names[k]; e != nil {
			want = e.kn
		}
		if got := l.known(k); got != want {
			t.Errorf("known(%q) = %v, tables hold %v", k, got, want)
		}
		if h, _ := head(k); h != "" && l.headLengths(h) != l.heads[h] {
			t.Errorf("headLengths(%q) = %b, tables hold %b", h, l.headLengths(h), l.heads[h])
		}
	}
}

// BenchmarkLexiconLookups asks a lexicon of 80,000 names about spans'
// heads, nearly all unknown to it, as a reading does: through the filter
// (filtered) and in the table alone (table).
func BenchmarkLexiconLookups(b *testing.B) {
	l := newLexicon()
	for i := range 80000 {
		l.entry(fmt.Sprintf("ann%d roe%d", i, i*7))
	}
	asked := make([]string, 1<<16)
	for i := range asked {
		asked[i] = fmt.Sprintf("word%d other%d", i, i%1000)
	}
	var sink uint32
	b.Run("filtered", func(b *testing.B) {
		i := 0
		for b.Loop() {
			k := asked[i%len(asked)]
			sink += l.headLengths(k)
			i++
		}
	})
	b.Run("table", func(b *testing.B) {
		i := 0
		for b.Loop() {
			sink += l.heads[asked[i%len(asked)]]
			i++
		}
	})
	_ = sink
}
