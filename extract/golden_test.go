package extract_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/internal/golden"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// The golden files are rewritten, instead of compared, with
// go test ./extract -run Golden -update

// extractText writes an extraction as text: a header, the mentions in the
// order of the text, then the claims in the order of their evidence.
func extractText(x *extract.Extraction) []byte {
	var b strings.Builder
	subject := "(none)"
	if x.Subject >= 0 && x.Subject < len(x.Mentions) {
		subject = x.Mentions[x.Subject].Name
	}
	fmt.Fprintf(&b, "# %s: %d mentions, %d claims, about %s\n", x.Doc.ID, len(x.Mentions), len(x.Claims), subject)
	ms := append([]extract.Mention(nil), x.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End < ms[j].End
	})
	b.WriteString("\n# mention\tstart\tname\ttype\tsignal\n")
	for _, m := range ms {
		typ := m.Type
		if typ == "" {
			typ = "-"
		}
		fmt.Fprintf(&b, "mention\t%d\t%s\t%s\t%s\n", m.Start, m.Name, typ, m.Signal)
	}
	cs := append([]extract.Claim(nil), x.Claims...)
	key := func(c extract.Claim) string {
		return fmt.Sprintf("%08d\t%s\t%s\t%s\t%s", c.Evidence.Start, x.Mentions[c.Subject].Name, c.Predicate, x.Mentions[c.Object].Name, c.Detail)
	}
	sort.SliceStable(cs, func(i, j int) bool { return key(cs[i]) < key(cs[j]) })
	b.WriteString("\n# claim\tsubject\tpredicate\tobject\tdetail\n")
	for _, c := range cs {
		fmt.Fprintf(&b, "claim\t%s\t%s\t%s\t%s\n", x.Mentions[c.Subject].Name, c.Predicate, x.Mentions[c.Object].Name, c.Detail)
	}
	return []byte(b.String())
}

// TestExtractGolden compares the extraction of every source document with
// testdata/extract/<id>.golden. The documents are extracted together, as
// the pipeline does: a name typed by one document's structure keeps its
// type in the others.
func TestExtractGolden(t *testing.T) {
	parsed := pipelinetest.Parse(t, pipelinetest.SeedDocs(t))
	xs := extract.Extractor{}.Run(parsed)
	if len(xs) != len(parsed) {
		t.Fatalf("%d extractions for %d documents", len(xs), len(parsed))
	}
	dir := "testdata"
	var docs []*sources.Document
	for _, x := range xs {
		docs = append(docs, x.Doc)
		t.Run(x.Doc.ID, func(t *testing.T) {
			if len(x.Mentions) == 0 {
				t.Fatal("no mentions")
			}
			for i, m := range x.Mentions {
				if got := x.Doc.Text[m.Start:m.End]; got != m.Surface {
					t.Errorf("mention %d: text %d..%d is %q, surface says %q", i, m.Start, m.End, got, m.Surface)
				}
			}
			for i, c := range x.Claims {
				if c.Subject < 0 || c.Subject >= len(x.Mentions) || c.Object < 0 || c.Object >= len(x.Mentions) {
					t.Fatalf("claim %d points outside the mentions: %+v", i, c)
				}
			}
			golden.Check(t, filepath.Join(dir, x.Doc.ID+".golden"), extractText(x))
		})
	}
	golden.CheckNoStale(t, dir, pipelinetest.IDs(docs))
}
