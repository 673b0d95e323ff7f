package pipeline

import (
	"fmt"
	"testing"
)

// syntheticExtractions makes n characters, each played by its own actor and
// named in full and by surname across docs documents: a corpus whose size
// can grow without real text.
func syntheticExtractions(n, docs int) []*Extraction {
	xs := make([]*Extraction, docs)
	for d := range xs {
		xs[d] = &Extraction{Doc: &Document{ID: fmt.Sprintf("d%03d", d), Kind: "article"}, Subject: -1}
	}
	for i := 0; i < n; i++ {
		x := xs[i%docs]
		actor := len(x.Mentions)
		x.Mentions = append(x.Mentions,
			Mention{Name: fmt.Sprintf("Actor%d Lastname%d", i, i), Type: "Person", Signal: sigStructure, Confidence: 1},
			Mention{Name: fmt.Sprintf("Given%d Family%d", i, i), Type: "Character", Signal: sigStructure, Confidence: 1},
			Mention{Name: fmt.Sprintf("Family%d", i), Signal: sigShort, Confidence: 0.5})
		x.Claims = append(x.Claims, Claim{Subject: actor, Predicate: "PLAYS", Object: actor + 1})
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
				res := (Reconciler{}).Run(xs)
				if len(res.Entities) != 2*n {
					b.Fatalf("%d entities, want %d", len(res.Entities), 2*n)
				}
			}
		})
	}
}
