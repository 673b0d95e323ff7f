package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// extractDocs runs the load (from memory), structure, tokenize and extract
// stages on texts, one document each, named d0, d1, ...
func extractDocs(t *testing.T, texts ...string) []*extract.Extraction {
	t.Helper()
	return extract.Extractor{}.Run(pipelinetest.Parse(t, textDocs(t, texts...)))
}

// trialDocs is extractDocs up to the trial reading of the prose (see
// extract.TrialReading).
func trialDocs(t *testing.T, texts ...string) []*extract.Extraction {
	t.Helper()
	return extract.TrialReading(pipelinetest.Parse(t, textDocs(t, texts...)))
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

// claimTriples gives x's claims between two mentions as "Subject PREDICATE
// Object" by the mentions' names, only those of preds when any are given.
func claimTriples(x *extract.Extraction, preds ...string) []string {
	var out []string
	for _, c := range x.Claims {
		if c.Subject < 0 || c.Object < 0 || len(preds) > 0 && !slices.Contains(preds, c.Predicate) {
			continue
		}
		out = append(out, x.Mentions[c.Subject].Name+" "+c.Predicate+" "+x.Mentions[c.Object].Name)
	}
	return out
}

// checkClaims reports each of want that got lacks, and each of not that
// it holds.
func checkClaims(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("claims %q, want %q", got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("claims %q, not want %q", got, w)
		}
	}
}

// mentionTypes gives the type of each mention of the one document text
// by its name.
func mentionTypes(t *testing.T, text string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, m := range extractDocs(t, text)[0].Mentions {
		got[m.Name] = m.Type
	}
	return got
}

// checkNamed reports each name of want that got lacks or types otherwise
// (an empty type takes any), and each name of none that got holds.
func checkNamed(t *testing.T, got, want map[string]string, none []string) {
	t.Helper()
	for n, typ := range want {
		if g, ok := got[n]; !ok || typ != "" && g != typ {
			t.Errorf("want %q (%s), got %v", n, typ, got)
		}
	}
	for _, n := range none {
		if _, ok := got[n]; ok {
			t.Errorf("mention %q found: %v", n, got)
		}
	}
}

// mentionField returns field of the first mention named name in x, or "-"
// when there is none.
func mentionField(x *extract.Extraction, name string, field func(extract.Mention) string) string {
	for _, m := range x.Mentions {
		if m.Name == name {
			return field(m)
		}
	}
	return "-"
}

// trialTypeCase is typeCase for documents read up to their trial reading
// (see trialDocs): the name is looked for in the last of them, which the
// ones before it may teach the corpus's names.
type trialTypeCase struct {
	name string
	docs []string
	who  string
	want string
}

// checkTrialTypes is checkTypes for trialTypeCase.
func checkTrialTypes(t *testing.T, cases []trialTypeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			xs := trialDocs(t, tc.docs...)
			if got := mentionType(xs[len(xs)-1], tc.who); got != tc.want {
				t.Errorf("%q typed %q, want %q", tc.who, got, tc.want)
			}
		})
	}
}
