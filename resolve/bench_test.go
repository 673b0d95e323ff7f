package resolve_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/resolve"
	"github.com/kgbuild/kg/sources"
)

// syntheticExtractions makes n characters, each played by its own actor and
// named in full and by surname across docs documents: a corpus whose size
// can grow without real text.
func syntheticExtractions(n, docs int) []*extract.Extraction {
	xs := make([]*extract.Extraction, docs)
	for d := range xs {
		xs[d] = &extract.Extraction{Doc: &sources.Document{ID: fmt.Sprintf("d%03d", d), Kind: "article"}, Subject: -1}
	}
	for i := 0; i < n; i++ {
		x := xs[i%docs]
		actor := len(x.Mentions)
		x.Mentions = append(x.Mentions,
			extract.Mention{Name: fmt.Sprintf("Actor%d Lastname%d", i, i), Type: graph.Person, Signal: extract.SigStructure, Confidence: 1},
			extract.Mention{Name: fmt.Sprintf("Given%d Family%d", i, i), Type: graph.Character, Signal: extract.SigStructure, Confidence: 1},
			extract.Mention{Name: fmt.Sprintf("Family%d", i), Signal: extract.SigShort, Confidence: 0.5})
		x.Claims = append(x.Claims, extract.Claim{Subject: actor, Predicate: "PLAYS", Object: actor + 1})
	}
	return xs
}

// BenchmarkReconcileScaling shows how reconciliation grows with the number
// of entities: blocking keeps it near linear (compare ns/op per entity
// between the sizes).
func BenchmarkReconcileScaling(b *testing.B) {
	for _, n := range []int{500, 2000, 8000} {
		b.Run(fmt.Sprintf("entities=%d", 2*n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				xs := syntheticExtractions(n, 50)
				b.StartTimer()
				res := (resolve.Reconciler{}).Run(xs)
				if len(res.Entities) != 2*n { // each surname joins its one character
					b.Fatalf("%d entities, want %d", len(res.Entities), 2*n)
				}
			}
		})
	}
}

// word makes the i-th made-up name word: letters, as names are, spread
// so that two words are seldom one slip apart (digits would make "Name1"
// and "Name11" neighbours by the thousand).
func word(i int) string {
	const letters = "bcdfghjklmnprstvz"
	const vowels = "aeiou"
	h := uint32(i)*2654435761 + 12345
	var b strings.Builder
	b.WriteByte("BCDFGHJKLMNPRSTVZ"[h%17])
	for k := 0; k < 3; k++ {
		h = h*1103515245 + 12345
		b.WriteByte(vowels[(h>>8)%5])
		b.WriteByte(letters[(h>>16)%17])
	}
	return b.String()
}

// familyExtractions makes n characters in families of five that share a
// surname, their given names drawn from a pool of fifty (so that given
// names and surnames repeat, as the blocks of the name-form rules fear),
// each family named in one of docs documents, about its own series.
func familyExtractions(n, docs int) []*extract.Extraction {
	xs := make([]*extract.Extraction, docs)
	for d := range xs {
		xs[d] = &extract.Extraction{Doc: &sources.Document{ID: fmt.Sprintf("d%03d", d), Kind: "article"}, Subject: -1}
	}
	for i := 0; i < n; i++ {
		x := xs[(i/5)%docs]
		if i%5 == 0 {
			x.Mentions = append(x.Mentions, extract.Mention{Name: "The " + word(-1-i/5), Type: graph.Series, Signal: extract.SigStructure, Confidence: 1})
		}
		x.Mentions = append(x.Mentions,
			extract.Mention{Name: word(i%50) + " " + word(1000+i/5), Type: graph.Character, Signal: extract.SigStructure, Confidence: 1, Block: i})
	}
	return xs
}

// BenchmarkReconcileFamilies is BenchmarkReconcileScaling for names that
// share given names and surnames: the blocks stay small, and the cost near
// linear.
func BenchmarkReconcileFamilies(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		b.Run(fmt.Sprintf("entities=%d", n+n/5), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				xs := familyExtractions(n, 50)
				b.StartTimer()
				res := (resolve.Reconciler{}).Run(xs)
				if len(res.Entities) != n+n/5 {
					b.Fatalf("%d entities, want %d", len(res.Entities), n+n/5)
				}
			}
		})
	}
}

// castExtractions makes n characters in families of three that share a
// surname, each played by its own actor and named in full in one document;
// the second of each family is named by surname alone in another, where a
// cast line says which actor plays that short name: every short name has
// three candidates, and the actor decides (the short-name-by-actor
// picker), as in a corpus of episode pages that name characters by surname.
func castExtractions(n, docs int) []*extract.Extraction {
	xs := make([]*extract.Extraction, docs)
	for d := range xs {
		xs[d] = &extract.Extraction{Doc: &sources.Document{ID: fmt.Sprintf("d%03d", d), Kind: "article"}, Subject: -1}
	}
	for i := 0; i < n; i++ {
		surname := word(1000 + i/3)
		actor := word(-1-i) + " " + word(-100000-i)
		full := xs[(i/3)%docs]
		if i%3 == 0 {
			full.Mentions = append(full.Mentions, extract.Mention{Name: "The " + word(-1-i/3), Type: graph.Series, Signal: extract.SigStructure, Confidence: 1})
		}
		a := len(full.Mentions)
		full.Mentions = append(full.Mentions,
			extract.Mention{Name: actor, Type: graph.Person, Signal: extract.SigStructure, Confidence: 1, Block: i},
			extract.Mention{Name: word(i%3) + " " + surname, Type: graph.Character, Signal: extract.SigStructure, Confidence: 1, Block: i})
		full.Claims = append(full.Claims, extract.Claim{Subject: a, Predicate: "PLAYS", Object: a + 1})
		if i%3 != 1 {
			continue
		}
		short := xs[(i/3+1)%docs]
		a = len(short.Mentions)
		short.Mentions = append(short.Mentions,
			extract.Mention{Name: actor, Type: graph.Person, Signal: extract.SigStructure, Confidence: 1, Block: i},
			extract.Mention{Name: surname, Signal: extract.SigShort, Confidence: 0.5, Block: i})
		short.Claims = append(short.Claims, extract.Claim{Subject: a, Predicate: "PLAYS", Object: a + 1})
	}
	return xs
}

// BenchmarkReconcileCast is BenchmarkReconcileScaling for short names with
// several candidates, told apart by the actor who plays them, at 1x, 10x and
// 100x: the cost per entity should stay about the same.
func BenchmarkReconcileCast(b *testing.B) {
	for _, n := range []int{300, 3000, 30000} {
		b.Run(fmt.Sprintf("entities=%d", 2*n+n/3), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				xs := castExtractions(n, n/20) // documents grow with the corpus, as pages do
				b.StartTimer()
				res := (resolve.Reconciler{}).Run(xs)
				if len(res.Entities) != 2*n+n/3 {
					b.Fatalf("%d entities, want %d", len(res.Entities), 2*n+n/3)
				}
			}
		})
	}
}
