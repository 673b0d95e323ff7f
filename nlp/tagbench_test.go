package nlp

import (
	"os"
	"testing"
)

// BenchmarkProseTag runs the whole tagger (tokens, tags, labels,
// sentences) on each document of the development corpora, as the
// tokenize stage does: the figure the speed of a cold ingest follows.
func BenchmarkProseTag(b *testing.B) {
	var texts []string
	size := 0
	for _, f := range corpusFiles(&testing.T{}) {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(text))
		size += len(text)
	}
	tagger := &ProseTagger{}
	if _, _, err := tagger.Tag(""); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			if _, _, err := tagger.Tag(text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
