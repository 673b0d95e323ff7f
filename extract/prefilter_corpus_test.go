package extract_test

import (
	"context"
	"testing"

	"github.com/kgbuild/kg/nlp"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/internal/prefilter"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// prefilterCorpora are the corpora whose sentences check the prefilters:
// the seed and the development corpora (never the real blind set).
var prefilterCorpora = []string{"seed", "synthetic", "heldout", "blind", "tuning", "tuning2", "final", "realtune", "seedweb"}

// TestPrefiltersAdmitEveryMatch runs every relation pattern on every
// sentence of the corpora, masked as the patterns read it in the trial and
// the final reading, and every sentence expression on the texts it reads,
// and fails where one matches a text its prefilter would have kept it from.
func TestPrefiltersAdmitEveryMatch(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every development corpus")
	}
	for _, name := range prefilterCorpora {
		t.Run(name, func(t *testing.T) {
			dir := "../eval/testdata/" + name + "/corpus"
			if name == "seed" {
				dir = pipelinetest.SeedDir(t)
			}
			docs, _, err := sources.Loader{}.Load(context.Background(), []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			parsed := pipelinetest.Parse(t, docs)
			sentences := 0
			trial := extract.TrialReading(parsed)
			for i, x := range (extract.Extractor{}).Run(parsed) {
				masked := append(extract.MaskedSentences(parsed[i], x), extract.MaskedSentences(parsed[i], trial[i])...)
				for _, text := range masked {
					sentences++
					for _, miss := range extract.PrefilterMisses(text) {
						t.Errorf("%s: prefilter rejects a match of %s", x.Doc.ID, miss)
					}
				}
				for _, text := range sentenceTexts(parsed[i], x) {
					for _, re := range prefilter.Compiled() {
						if re.Regexp.MatchString(text) && !re.Admits(text) {
							t.Errorf("%s: prefilter of %s rejects its match in %q", x.Doc.ID, re, text)
						}
					}
				}
			}
			if sentences == 0 {
				t.Fatalf("no sentences in %s", dir)
			}
		})
	}
}

// sentenceTexts returns the texts the sentence expressions read in a
// document: its sentences and blocks, the masked sentences, and the text of
// each sentence before and after each of its mentions.
func sentenceTexts(p *nlp.Parsed, x *extract.Extraction) []string {
	out := extract.MaskedSentences(p, x)
	for _, b := range p.Blocks {
		out = append(out, b.Span.Text, b.Section)
	}
	for _, sn := range p.Sentences {
		out = append(out, sn.Span.Text)
		for _, m := range x.Mentions {
			if m.Start >= sn.Span.Start && m.End <= sn.Span.End {
				out = append(out, p.Doc.Text[sn.Span.Start:m.Start], p.Doc.Text[m.End:sn.Span.End])
			}
		}
	}
	return out
}

// TestPatternsHavePrefilters checks that the derivation finds something to
// require in most relation patterns, and a prefilter or a start or end
// check or a Starter (see prefilter.Regexp.Checked) for most expressions
// compiled through package prefilter: a change
// that made it give up would keep the graphs the same and lose the speed.
func TestPatternsHavePrefilters(t *testing.T) {
	without, patterns := extract.PatternsWithoutPrefilter(), len(relationPatterns())
	if len(without) > patterns/10 {
		t.Errorf("%d of %d relation patterns have no prefilter: %v", len(without), patterns, without)
	}
	with, compiled := 0, prefilter.Compiled()
	for _, re := range compiled {
		if re.Checked() {
			with++
		}
	}
	if len(compiled) == 0 || with < len(compiled)/2 {
		t.Errorf("%d of %d sentence expressions have a prefilter or a check", with, len(compiled))
	}
}

// relationPatterns returns the names of the relation patterns.
func relationPatterns() []string {
	names, _ := extract.PatternNames()
	return names
}
