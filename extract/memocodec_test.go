package extract_test

import (
	"reflect"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// corpusMemos returns the memos a run on docs leaves.
func corpusMemos(t *testing.T, docs []*sources.Document) []*extract.Memo {
	t.Helper()
	in := make([]extract.Input, len(docs))
	for i, p := range pipelinetest.Parse(t, docs) {
		in[i] = extract.Input{Doc: p.Doc, Parse: func() (*nlp.Parsed, error) { return p, nil }}
	}
	b, err := extract.Extractor{}.RunMemo(in)
	if err != nil {
		t.Fatal(err)
	}
	return b.Memos
}

// TestMemoCodecAsGob checks that a memo encoded and decoded in its own
// layout comes back as it did through encoding/gob, empty lists as nil
// included, on the memo corpus and the seed corpus.
func TestMemoCodecAsGob(t *testing.T) {
	corpora := map[string][]*sources.Document{"memo corpus": memoCorpus(t), "seed": pipelinetest.SeedDocs(t)}
	for name, docs := range corpora {
		t.Run(name, func(t *testing.T) {
			for i, m := range corpusMemos(t, docs) {
				data, err := m.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				got := &extract.Memo{}
				if err := got.UnmarshalBinary(data); err != nil {
					t.Fatalf("%s: %v", docs[i].ID, err)
				}
				want, err := extract.GobRoundTrip(m)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: the memo decoded is not the one gob gives back", docs[i].ID)
				}
			}
		})
	}
}

// TestMemoCodecDamaged checks that a memo cut short, or with a byte
// changed at its start, is an error, never a memo or a panic.
func TestMemoCodecDamaged(t *testing.T) {
	memos := corpusMemos(t, memoCorpus(t))
	data, err := memos[0].MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(data); n++ {
		if err := (&extract.Memo{}).UnmarshalBinary(data[:n]); err == nil {
			t.Fatalf("a memo cut to %d of %d bytes decoded", n, len(data))
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"another layout", append([]byte{data[0] + 1}, data[1:]...)},
		{"a byte after the end", append(append([]byte{}, data...), 0)},
		{"a huge count", append([]byte{data[0], 0xff, 0xff, 0xff, 0xff, 0x0f}, data[1:]...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := (&extract.Memo{}).UnmarshalBinary(tc.data); err == nil {
				t.Error("decoded")
			}
		})
	}
}
