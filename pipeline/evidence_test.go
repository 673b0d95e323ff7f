package pipeline_test

import (
	"context"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
	"golang.org/x/text/unicode/norm"
)

var (
	markup      = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)
	bracketNote = regexp.MustCompile(`\[[^\]]{1,30}\](?::\s*\d+)?`)
	// hidden is an element a style hides, with at most one level of
	// elements inside (the sort keys of encyclopedia tables).
	hidden = regexp.MustCompile(`<\w+[^>]*display:\s*none[^>]*>(?:[^<]|<\w+[^>]*>[^<]*</\w+>)*</\w+>`)
)

// shown is what a browser shows of a piece of a page, in one line: hidden
// elements and tags dropped, references resolved, the bracketed notes the reader leaves out
// ("[1]", "[citation needed]") dropped, white space collapsed, NFC.
func shown(raw string) string {
	s := html.UnescapeString(markup.ReplaceAllString(hidden.ReplaceAllString(raw, ""), ""))
	s = bracketNote.ReplaceAllString(s, "")
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// same compares a text with the page bytes it maps to, ignoring white
// space, which markup between two words may add or remove, and the bars
// and commas the reader writes between a table's cells and a cell's items.
func same(text, raw string) bool {
	squeeze := func(s string) string {
		return strings.NewReplacer("|", "", ",", "").Replace(strings.Join(strings.Fields(s), ""))
	}
	text = strings.TrimLeft(text, "=- ") // a heading's or list item's marks
	return squeeze(shown(raw)) == squeeze(norm.NFC.String(text))
}

// TestEvidenceInWebPages runs the pipeline on web pages, a real one and
// the sample corpus rendered as pages, and checks that the evidence of
// every fact read from them, and every mention, points at exactly the
// bytes of the page that show it: a user can find the sentence in the page
// as saved.
func TestEvidenceInWebPages(t *testing.T) {
	tests := []struct {
		name, path            string
		minMentions, minFacts int
	}{
		{"real Wikipedia page", "../sources/testdata/html/wikipedia_mozilla.html", 50, 0},
		{"sample corpus as web pages", "../eval/testdata/seedweb/corpus", 200, 100},
		{"real Wikipedia pages about series", "../eval/testdata/realhtml/corpus", 400, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := pipeline.New(pipeline.Config{})
			if err != nil {
				t.Fatal(err)
			}
			res, err := p.Run(context.Background(), []string{tt.path})
			if err != nil || len(res.Problems) > 0 {
				t.Fatalf("run: %v %v", err, res.Problems)
			}
			raws := map[string][]byte{}
			for _, d := range res.Graph.Documents {
				if raws[d.ID], err = os.ReadFile(d.Path); err != nil {
					t.Fatal(err)
				}
			}
			facts := 0
			for _, r := range res.Graph.Relations {
				for _, ev := range r.Evidence {
					facts++
					raw := raws[ev.Document]
					if ev.Start < 0 || ev.End > len(raw) || ev.Start > ev.End || !same(ev.Text, string(raw[ev.Start:ev.End])) {
						t.Errorf("%s %s %s: evidence %q maps to %q", r.From, r.Type, r.To, ev.Text, raw[max(ev.Start, 0):min(ev.End, len(raw))])
					}
				}
			}
			mentions := checkMentions(t, tt.path)
			t.Logf("%d facts with evidence, %d mentions checked", facts, mentions)
			if facts < tt.minFacts || mentions < tt.minMentions {
				t.Errorf("%d facts and %d mentions, want at least %d and %d", facts, mentions, tt.minFacts, tt.minMentions)
			}
		})
	}
}

// checkMentions checks that every name the extractor finds maps back to
// the bytes that show it, and returns how many it checked.
func checkMentions(t *testing.T, path string) int {
	t.Helper()
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range (extract.Extractor{}).Run(pipelinetest.Parse(t, docs)) {
		for _, m := range x.Mentions {
			a, b := x.Doc.Original(m.Start, m.End)
			if n++; !same(x.Doc.Text[m.Start:m.End], string(x.Doc.Raw[a:b])) {
				t.Errorf("%s: mention %q maps to %q", x.Doc.ID, m.Surface, x.Doc.Raw[a:b])
			}
		}
	}
	return n
}
