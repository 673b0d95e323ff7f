package extract_test

import "testing"

// TestCompoundWordEndsARun checks that a capitalised word joined to a
// word in small letters ("Leeds-based", "fan-favourite") ends a run of
// capitalised words: the name after it is read alone, the place before
// "-based" is kept as a place, and a comparison of two titles names
// nothing.
func TestCompoundWordEndsARun(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // name -> type of a mention that must be found
		wantNone   []string          // names no mention may have
	}{
		{"a place before -based and the company after",
			"Leeds-based Harbor International Television also plans a new drama.\n",
			map[string]string{"Leeds": "Place", "Harbor International Television": "Organization"},
			[]string{"Leeds-based Harbor International Television"}},
		{"an epithet before a person",
			"The script is written by TV-favourite Nina Falk-Morrow, the star of the show.\n",
			map[string]string{"Nina Falk-Morrow": "Person"},
			[]string{"TV-favourite Nina Falk-Morrow"}},
		{"a comparison of two titles",
			"What could have been a Harbor Lights-meets-Tidewater procedural turns into something odd.\n",
			nil,
			[]string{"Harbor Lights-meets-Tidewater"}},
		{"a hyphenated surname stays whole",
			"The series stars Nina Falk-Morrow as the detective.\n",
			map[string]string{"Nina Falk-Morrow": ""},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNamed(t, mentionTypes(t, tt.text), tt.want, tt.wantNone)
		})
	}
}
