package extract

import "testing"

// TestAnswers checks that recorded answers give back each question with
// its answer, whatever bytes a question holds, and that answers spoilt
// in storage never hold.
func TestAnswers(t *testing.T) {
	asked := map[string]uint32{"": 7, "renee ballard": 1, "a\x00b": 2, "ü": 300}
	tests := []struct {
		name  string
		spoil func(a answers) answers
		holds bool
	}{
		{"as recorded", func(a answers) answers { return a }, true},
		{"a value too many", func(a answers) answers { a.Vals = append(a.Vals, 1); return a }, false},
		{"a value too few", func(a answers) answers { a.Vals = a.Vals[:len(a.Vals)-1]; return a }, false},
		{"keys cut short", func(a answers) answers { a.Keys = a.Keys[:len(a.Keys)-2]; return a }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.spoil(answersOf(asked, func(v uint32) uint32 { return v }))
			seen := 0
			ok := a.each(func(k string, v uint32) bool {
				seen++
				return asked[k] == v
			})
			if ok != tt.holds {
				t.Errorf("holds = %v, want %v", ok, tt.holds)
			}
			if tt.holds && seen != len(asked) {
				t.Errorf("%d questions given back, want %d", seen, len(asked))
			}
		})
	}
}
