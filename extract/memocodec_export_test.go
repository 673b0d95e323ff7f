package extract

import (
	"bytes"
	"encoding/gob"
)

// gobMemo is the layout memos were kept in with encoding/gob.
type gobMemo struct {
	Lower          []string
	StructureLower answers
	StructureVotes []vote
	Pairs          []pairStep
	Trial, Final   *reads
	TrialVotes     []vote
	X              *memoExtraction
}

// GobRoundTrip encodes m with encoding/gob and decodes it, as memos were
// kept before they had a layout of their own: what MarshalBinary and
// UnmarshalBinary give back must be the same.
func GobRoundTrip(m *Memo) (*Memo, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(gobMemo{m.lower.list(), m.structureLower, m.structureVotes, m.pairs, m.trial, m.final, m.trialVotes, m.x}); err != nil {
		return nil, err
	}
	var d gobMemo
	if err := gob.NewDecoder(&b).Decode(&d); err != nil {
		return nil, err
	}
	return &Memo{packWordList(d.Lower), d.StructureLower, d.StructureVotes, d.Pairs, d.Trial, d.TrialVotes, d.Final, d.X}, nil
}
