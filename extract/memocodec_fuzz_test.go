package extract

import (
	"reflect"
	"testing"

	"github.com/kgbuild/kg/sources"
)

// sampleMemo is a memo with every part filled, built by hand so that the
// fuzz test starts without parsing a corpus.
func sampleMemo() *Memo {
	a := answersOf(map[string]uint32{"harbor": 1, "mara voss": 3}, func(v uint32) uint32 { return v })
	return &Memo{
		lower:          packWordList([]string{"harbor", "pilot"}),
		structureLower: a,
		structureVotes: []vote{{Name: "Mara Voss", Type: "Character"}},
		pairs:          []pairStep{{Lex: map[string]known{"ilse brandt": 2}, First: true, Votes: []vote{{Name: "Ilse Brandt", Type: "Person"}}}},
		trial:          &reads{Lex: a, Heads: a, Lower: a},
		trialVotes:     []vote{{Name: "Tomas Reyle", Type: "Character"}, {Name: "KPD", Type: "Organization", Shaped: true}},
		final:          &reads{Lower: a},
		x: &memoExtraction{
			Mentions: []Mention{{Start: 3, End: 12, Name: "Mara Voss", Type: "Character", Signal: "cast", Confidence: 0.9, Block: 2, Alias: "\x01Mara"}},
			Claims:   []Claim{{Subject: 0, Predicate: "PLAYS", Object: -1, Evidence: sources.Span{Start: 1, End: 40}, Confidence: 0.75, Rule: "cast"}},
			Subject:  -1,
			Facts:    []Fact{{Kind: "fate", Value: "death", Target: -1, Kin: "sister", Anchor: 0, Evidence: sources.Span{Start: -5, End: 7, Text: "\x01x"}}},
		},
	}
}

// FuzzMemoUnmarshal decodes any bytes as a memo: it must fail or give a
// memo, never panic, and a memo it gives must decode again, from its own
// encoding, to itself.
func FuzzMemoUnmarshal(f *testing.F) {
	for _, m := range []*Memo{sampleMemo(), {}} {
		data, err := m.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var m, again Memo
		if m.UnmarshalBinary(data) != nil {
			return
		}
		enc, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if err := again.UnmarshalBinary(enc); err != nil || !reflect.DeepEqual(m, again) {
			t.Fatalf("a decoded memo does not decode again to itself: %v", err)
		}
	})
}

// TestSampleMemoAsGob checks the hand-built memo as TestMemoCodecAsGob
// checks a corpus's: its every part filled, negative numbers included.
func TestSampleMemoAsGob(t *testing.T) {
	m := sampleMemo()
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got Memo
	if err := got.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	want, err := GobRoundTrip(m)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("decoded %+v\nwant %+v", got, *want)
	}
}
