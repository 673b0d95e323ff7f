package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestCommonWordSurname checks that a first name and a surname that is
// also a common word of the language stay one name where prose goes on
// right after them, and that the common word is still cut off a name in
// a title-cased line or where the sentence runs on without punctuation.
func TestCommonWordSurname(t *testing.T) {
	for _, tc := range []struct{ name, text, who, want string }{
		{"bracket", "The drama follows Nora Vance (Linda Oh), a weary detective.\n", "Linda Oh", graph.Person},
		{"comma", "Linda Oh, best known for a medical drama, plays the detective.\n", "Linda Oh", graph.Person},
		{"possessive", "Critics praised Linda Oh’s performance as the detective.\n", "Linda Oh", graph.Person},
		{"runs-on", "The finale rests on Linda Oh what a performance.\n", "Linda Oh", "-"},
		{"title-case", "Why Linda Oh, Nora Vance Will Return In The Final Season\n", "Linda Oh", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)", tc.who, got, tc.want, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
}

// TestFirstNameIsNoFamilyName checks that a full name ending in a word
// the corpus knows only as the first word of a character's name is not
// made a character's relative, while one ending in a character's surname
// is.
func TestFirstNameIsNoFamilyName(t *testing.T) {
	recap := "The series follows Nora Vance (Linda Tolliver), a weary detective. Nora later meets the mayor.\n"
	for _, tc := range []struct{ name, text, who, want string }{
		{"first-name-as-surname", "The role was talked up for the likes of Trevor Nora, Neil Parson and Jason Isley.\n", "Trevor Nora", graph.Person},
		{"surname", "The role was talked up for the likes of Trevor Vance, Neil Parson and Jason Isley.\n", "Trevor Vance", graph.Character},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, recap, tc.text)[1]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q)", tc.who, got, tc.want, mentionRule(x, tc.who))
			}
		})
	}
}

// TestRoleInOtherClause checks that "A to portray B" takes no name past
// a clause break as the role.
func TestRoleInOtherClause(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"after-the-likes", "The author had chosen Tom Branwell to portray the downbeat detective in 2007, after the likes of Neil Parson were talked up.\n"},
		{"while", "The studio wanted Tom Branwell to portray the detective, while Neil Parson was busy.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			checkClaims(t, claimTriples(x, "PLAYS"), nil, []string{"Tom Branwell PLAYS Neil Parson"})
		})
	}
	x := extractDocs(t, "The studio wanted Tom Branwell to portray the weary detective Nora Vance.\n")[0]
	checkClaims(t, claimTriples(x, "PLAYS"), []string{"Tom Branwell PLAYS Nora Vance"}, nil)
}
