package extract_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// memoTexts are small invented documents whose names depend on each
// other across documents: the pair lines of the cast list are ordered by
// what the other documents say of their names.
var memoTexts = map[string]string{
	"cast.txt": "= Harbor Lights (TV series) =\nHarbor Lights is an American police drama television series created by Dorian Vale.\n\n" +
		"== Cast ==\nIlse Brandt — Mara Voss\nQuentin Hale — Tomas Reyle\n\n== Plot ==\nIn the final scene Tobias waves from the pier.\n",
	"review.txt": "Quentin Hale is superb in the second season. Throughout the season, Brandt and Voss argue about the harbor.\n" +
		"Harbor Lights airs on Meridian Network and was filmed in Port Calder. Later Okafor bought the rights.\nBrave Voss argues with the harbor master. Tobias Quill visited the harbor.\n\n== Cast ==\nDana Pike as Ferryman\n",
}

// memoCorpus is the sample corpus and memoTexts, sorted by id.
func memoCorpus(t *testing.T) []*sources.Document {
	t.Helper()
	docs := pipelinetest.SeedDocs(t)
	for _, name := range []string{"cast.txt", "review.txt"} {
		docs = append(docs, textDoc(t, name, memoTexts[name]))
	}
	return docs
}

func textDoc(t *testing.T, path, text string) *sources.Document {
	t.Helper()
	d, err := sources.NewDocument(path, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// withText returns docs with the document id given the text.
func withText(t *testing.T, docs []*sources.Document, id, text string) []*sources.Document {
	out := append([]*sources.Document(nil), docs...)
	for i, d := range out {
		if d.ID == id {
			out[i] = textDoc(t, d.Path, text)
			return out
		}
	}
	return append(out, textDoc(t, id+".txt", text))
}

// appended returns docs with text added to the end of document id.
func appended(t *testing.T, docs []*sources.Document, id, text string) []*sources.Document {
	for _, d := range docs {
		if d.ID == id {
			return withText(t, docs, id, string(d.Raw)+text)
		}
	}
	t.Fatalf("no document %s", id)
	return nil
}

// memoKey is what a memo is kept under: the document's content and id.
func memoKey(d *sources.Document) string { return d.CacheKey() + "|" + d.ID }

// runMemo runs the memoised extraction on docs with the memos given
// (by memoKey), each encoded and decoded as a cache keeps them, and
// returns the batch and the memos it leaves.
func runMemo(t *testing.T, docs []*sources.Document, memos map[string][]byte) (*extract.Batch, map[string][]byte) {
	t.Helper()
	parsed := map[string]*nlp.Parsed{}
	for _, p := range pipelinetest.Parse(t, docs) {
		parsed[p.Doc.ID] = p
	}
	in := make([]extract.Input, len(docs))
	for i, d := range docs {
		p := parsed[d.ID]
		in[i] = extract.Input{Doc: d, Parse: func() (*nlp.Parsed, error) { return p, nil }}
		if data, ok := memos[memoKey(d)]; ok {
			in[i].Memo = &extract.Memo{}
			if err := in[i].Memo.UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
		}
	}
	b, err := extract.Extractor{}.RunMemo(in)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for i, d := range docs {
		data, err := b.Memos[i].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out[memoKey(d)] = data
	}
	return b, out
}

// extractionsJSON writes extractions with their document ids, for
// comparison.
func extractionsJSON(t *testing.T, xs []*extract.Extraction) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, x := range xs {
		data, err := json.Marshal(struct {
			M []extract.Mention
			C []extract.Claim
			S int
			F []extract.Fact
		}{x.Mentions, x.Claims, x.Subject, x.Facts})
		if err != nil {
			t.Fatal(err)
		}
		out[x.Doc.ID] = string(data)
	}
	return out
}

// TestRunMemoMatchesRun edits the corpus in ways that change what other
// documents read (a name another document's pair line is ordered by, a
// name a trial reading learns, a surname that makes another document's
// full name a relative's, a word the corpus writes in lower case, a
// document removed, renamed or added) and checks that the memoised extraction, with the memos of the
// run before the edit, gives what a full extraction gives, and that it
// reads again fewer documents than there are; then the same back from the
// edited corpus to the first.
func TestRunMemoMatchesRun(t *testing.T) {
	base := memoCorpus(t)
	tests := []struct {
		name string
		edit func([]*sources.Document) []*sources.Document
		// others names the document edited or added when the edit
		// changes the extraction of other documents (in a full run): the
		// case tests that their memos are found not to hold.
		others string
	}{
		{"a sentence without names", func(d []*sources.Document) []*sources.Document {
			return appended(t, d, "review", "It was renewed for another season.\n")
		}, ""},
		{"a cast line makes a pair's name an actor", func(d []*sources.Document) []*sources.Document {
			return appended(t, d, "review", "\n== Cast ==\nQuentin Hale as Tomas Reyle, a harbor pilot\n")
		}, "review"},
		{"an added document makes a pair's name an actor", func(d []*sources.Document) []*sources.Document {
			return withText(t, d, "profile", "= Northern Pier =\nNorthern Pier is a film.\n\n== Cast ==\nIlse Brandt as Nora Quill, a lighthouse keeper\n")
		}, "profile"},
		{"a name the trial reading learns", func(d []*sources.Document) []*sources.Document {
			return appended(t, d, "cast", "\nHarbor Lights was produced by Okafor.\n")
		}, "cast"},
		{"a relative's full name", func(d []*sources.Document) []*sources.Document {
			return appended(t, d, "cast", "Detective Nora Quill questions the crew.\n")
		}, "cast"},
		{"a word written in lower case", func(d []*sources.Document) []*sources.Document {
			return appended(t, d, "cast", "\nThe ferryman waited through the winter.\n")
		}, "cast"},
		{"a document removed", func(d []*sources.Document) []*sources.Document {
			var out []*sources.Document
			for _, x := range d {
				if x.ID != "review" {
					out = append(out, x)
				}
			}
			return out
		}, ""},
		{"a document renamed", func(d []*sources.Document) []*sources.Document {
			var out []*sources.Document
			for _, x := range d {
				if x.ID == "review" {
					x = textDoc(t, "a-review.txt", string(x.Raw))
					out = append([]*sources.Document{x}, out...)
					continue
				}
				out = append(out, x)
			}
			return out
		}, ""},
	}
	_, baseMemos := runMemo(t, base, nil)
	baseWant := extractionsJSON(t, extract.Extractor{}.Run(pipelinetest.Parse(t, base)))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edited := tc.edit(base)
			want := extractionsJSON(t, extract.Extractor{}.Run(pipelinetest.Parse(t, edited)))
			if tc.others != "" {
				if diff := changedOthers(baseWant, want, tc.others); diff == "" {
					t.Fatal("the edit changes no other document's extraction: the case tests nothing")
				}
			}
			b, memos := runMemo(t, edited, baseMemos)
			compareExtractions(t, "after the edit", extractionsJSON(t, b.Extractions), want)
			if b.Read >= len(edited) {
				t.Errorf("after the edit: %d of %d documents read again, want fewer", b.Read, len(edited))
			}
			back, _ := runMemo(t, base, memos)
			compareExtractions(t, "back", extractionsJSON(t, back.Extractions), baseWant)
		})
	}
}

// changedOthers names the documents, other than the one edited, whose
// extraction differs between before and after.
func changedOthers(before, after map[string]string, edited string) string {
	var out []string
	for id, b := range before {
		if a, ok := after[id]; ok && id != edited && a != b {
			out = append(out, id)
		}
	}
	return strings.Join(out, ", ")
}

func compareExtractions(t *testing.T, when string, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d extractions, want %d", when, len(got), len(want))
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: the extraction of %s differs from a full run's:\n got %s\nwant %s", when, id, clip(got[id]), clip(w))
		}
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return fmt.Sprintf("%s... (%d bytes)", s[:300], len(s))
	}
	return s
}
