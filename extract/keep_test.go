package extract_test

import (
	"maps"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// TestRunMemoKeep checks what a run whose inputs carry Keep holds once it
// is done: every memo went to Keep, once, with the changed flag a run
// without Keep reports, and the batch holds none of them nor any parse,
// although it holds every extraction. The memos kept serve the next run
// whole.
func TestRunMemoKeep(t *testing.T) {
	base := memoCorpus(t)
	_, memos := runMemo(t, base, nil)
	edited := appended(t, base, "review", "\nMara Voss works for the Calder Port Authority.\n")
	tests := []struct {
		name  string
		docs  []*sources.Document
		memos map[string][]byte
	}{
		{"cold", base, nil},
		{"one edit", edited, memos},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, _ := runMemo(t, tt.docs, tt.memos)
			in, released := releasingInputs(t, tt.docs, tt.memos)
			var mu sync.Mutex
			kept := map[int]int{}
			changed := make([]bool, len(in))
			keptMemos := map[string][]byte{}
			for i := range in {
				in[i].Keep = func(m *extract.Memo, ch bool) {
					data, err := m.MarshalBinary()
					if err != nil {
						t.Error(err)
					}
					mu.Lock()
					defer mu.Unlock()
					kept[i]++
					changed[i] = ch
					keptMemos[memoKey(tt.docs[i])] = data
				}
			}
			b, err := extract.Extractor{}.RunMemo(in)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range tt.docs {
				if kept[i] != 1 || b.Memos[i] != nil || changed[i] != want.Changed[i] {
					t.Errorf("%s: Keep called %d times (changed %v, want %v), batch memo %v", d.ID, kept[i], changed[i], want.Changed[i], b.Memos[i])
				}
			}
			if n := released(); n != len(in) {
				t.Errorf("%d of %d parses let go while the batch is held", n, len(in))
			}
			if got, w := extractionsJSON(t, b.Extractions), extractionsJSON(t, want.Extractions); !maps.Equal(got, w) {
				t.Errorf("extractions differ from a run without Keep")
			}
			again, _ := runMemo(t, tt.docs, keptMemos)
			if again.Read != 0 {
				t.Errorf("a run with the memos kept read %d documents again, want 0", again.Read)
			}
			runtime.KeepAlive(b)
		})
	}
}

// releasingInputs returns the inputs of docs with the memos given, whose
// Parse hands each parse over without keeping it, and a function that
// reports how many of the parses handed over were collected since.
func releasingInputs(t *testing.T, docs []*sources.Document, memos map[string][]byte) ([]extract.Input, func() int) {
	t.Helper()
	parsed := pipelinetest.Parse(t, docs)
	var given, gone atomic.Int64
	in := make([]extract.Input, len(docs))
	for i, d := range docs {
		in[i] = extract.Input{Doc: d, Parse: func() (*nlp.Parsed, error) {
			p := parsed[i]
			parsed[i] = nil
			if p != nil {
				given.Add(1)
				runtime.AddCleanup(p, func(*atomic.Int64) { gone.Add(1) }, &gone)
			}
			return p, nil
		}}
		if data, ok := memos[memoKey(d)]; ok {
			in[i].Memo = &extract.Memo{}
			if err := in[i].Memo.UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
		}
	}
	return in, func() int {
		for try := 0; try < 100 && gone.Load() < given.Load(); try++ {
			runtime.GC()
			time.Sleep(5 * time.Millisecond)
		}
		// A parse never asked for was never held: it counts as let go.
		return int(gone.Load()) + len(docs) - int(given.Load())
	}
}

// TestRunMemoAgain checks a run whose inputs carry Again: each document's
// parse is let go once its trial reading ends, so that when the final
// readings start no parse handed over by Parse is held; Again is asked
// once for each document read again; and the extractions are those of a
// run without Again.
func TestRunMemoAgain(t *testing.T) {
	base := memoCorpus(t)
	tests := []struct {
		name string
		docs []*sources.Document
	}{
		{"cold", base},
		{"an edited corpus, cold", appended(t, base, "review", "\nMara Voss works for the Calder Port Authority.\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, _ := runMemo(t, tt.docs, nil)
			in, released := releasingInputs(t, tt.docs, nil)
			second := pipelinetest.Parse(t, tt.docs)
			var mu sync.Mutex
			asked := make([]int, len(in))
			var first sync.Once
			heldAtFinal := -1
			for i := range in {
				in[i].Again = func() (*nlp.Parsed, error) {
					first.Do(func() { heldAtFinal = len(in) - released() })
					mu.Lock()
					defer mu.Unlock()
					asked[i]++
					return second[i], nil
				}
			}
			b, err := extract.Extractor{}.RunMemo(in)
			if err != nil {
				t.Fatal(err)
			}
			if heldAtFinal != 0 {
				t.Errorf("%d parses held when the final readings started, want 0", heldAtFinal)
			}
			for i, d := range tt.docs {
				if asked[i] != 1 {
					t.Errorf("%s: Again asked %d times, want 1", d.ID, asked[i])
				}
			}
			if got, w := extractionsJSON(t, b.Extractions), extractionsJSON(t, want.Extractions); !maps.Equal(got, w) {
				t.Errorf("extractions differ from a run without Again")
			}
		})
	}
}
