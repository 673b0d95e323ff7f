package resolve_test

import (
	"fmt"
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
				if len(res.Entities) != 2*n {
					b.Fatalf("%d entities, want %d", len(res.Entities), 2*n)
				}
			}
		})
	}
}
