package extract_test

import "testing"

// TestPageNoiseNamesNothing checks two general kinds of page noise: a
// common abbreviation in capitals (a degree, a film rating, a measure) is
// no organization, and a capitalised run cut short of the capitalised
// generic words that end it (a title's or an award category's) is no
// person, while a person's name followed by lower-case words stays one.
func TestPageNoiseNamesNothing(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // name -> type of a mention that must be found
		wantNone   []string          // names no mention may have
	}{
		{"a degree after a title",
			"Like other shows such as Gull Point and Harbor, MD, the detective reads people.\n",
			nil,
			[]string{"MD"}},
		{"a film rating",
			"Gull Point, Season IV      TV PG\n\nGull Point is a drama created by Ana Reyes.\n",
			nil,
			[]string{"PG"}},
		{"a measure",
			"Tom Vale is the genius on the team: his IQ is 187 and he reads fast.\n",
			nil,
			[]string{"IQ"}},
		{"an award category cut short",
			"Gull Point won Favorite New T.V. Drama at the awards, and it was well-deserved.\n",
			nil,
			[]string{"Favorite New T.V."}},
		{"a quoted title cut short",
			"The series reached its 100th episode with \"Forget Me Not\", the second episode of the season.\n",
			nil,
			[]string{"Forget Me"}},
		{"a person before lower-case words",
			"The series reached its 100th episode with a guest turn by Tom Vale, who played a judge.\n",
			map[string]string{"Tom Vale": "Person"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNamed(t, mentionTypes(t, tt.text), tt.want, tt.wantNone)
		})
	}
}
