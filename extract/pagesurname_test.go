package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestPageActorSurname checks that a full name followed by the surname of
// a person the same page named in full is read as a character and its
// actor, even where only its shape typed the person's full name.
func TestPageActorSurname(t *testing.T) {
	const intro = "The drama owes much to its leads, Corwin Aldane and Petra Voskuijl.\n\n"
	for _, tc := range []struct {
		name, text, who, want string
	}{
		{"surname-of-a-page-person", intro + "The weary inspector is Odran Velt (Aldane), who hunts a killer.\n", "Odran Velt", graph.Character},
		{"second-surname", intro + "She is questioned by the coroner Ismay Drozd (Voskuijl) at length.\n", "Ismay Drozd", graph.Character},
		{"surname-of-no-page-person", "The weary inspector is Odran Velt (Harrowgate), who hunts a killer.\n", "Odran Velt", "not " + graph.Character},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionType(extractDocs(t, tc.text)[0], tc.who)
			if tc.want == "not "+graph.Character && got == graph.Character || tc.want == graph.Character && got != graph.Character {
				t.Errorf("%s typed %q, want %s", tc.who, got, tc.want)
			}
		})
	}
}
