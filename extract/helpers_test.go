package extract_test

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// seedDir is the seed corpus the golden files are made from.
const seedDir = "../sources/ballard"

// parseDocs runs the structure and tokenize stages on docs, as the
// pipeline does.
func parseDocs(tb testing.TB, docs []*sources.Document) []*nlp.Parsed {
	tb.Helper()
	tok := nlp.NewTokenizer()
	var out []*nlp.Parsed
	for _, d := range docs {
		blocks := layout.Structurer{}.Run(d)
		sents, err := tok.Run(d, blocks)
		if err != nil {
			tb.Fatalf("tokenize %s: %v", d.Path, err)
		}
		out = append(out, &nlp.Parsed{Doc: d, Blocks: blocks, Sentences: sents})
	}
	return out
}

// loadSeed loads the seed corpus sorted by document id, failing on any
// problem: every file in it is meant to be usable.
func loadSeed(tb testing.TB) []*sources.Document {
	tb.Helper()
	docs, probs, err := sources.Loader{}.Load(context.Background(), []string{seedDir})
	if err != nil {
		tb.Fatalf("load %s: %v", seedDir, err)
	}
	if len(probs) > 0 {
		tb.Fatalf("load %s: %v", seedDir, probs)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs
}

// extractDocs runs the load (from memory), structure, tokenize and extract
// stages on texts, one document each, named d0, d1, ...
func extractDocs(t *testing.T, texts ...string) []*extract.Extraction {
	t.Helper()
	return extract.Extractor{}.Run(parseDocs(t, textDocs(t, texts...)))
}

// trialDocs is extractDocs up to the trial reading of the prose (see
// extract.TrialReading).
func trialDocs(t *testing.T, texts ...string) []*extract.Extraction {
	t.Helper()
	return extract.TrialReading(parseDocs(t, textDocs(t, texts...)))
}

// textDocs makes a document of each text, named d0.txt, d1.txt, ...
func textDocs(t *testing.T, texts ...string) []*sources.Document {
	t.Helper()
	var docs []*sources.Document
	for i, text := range texts {
		d, err := sources.NewDocument(fmt.Sprintf("d%d.txt", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}
