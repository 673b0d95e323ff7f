package extract_test

import (
	"testing"
)

// TestCommonWordInName checks where a capitalised common word ends or
// opens a name: inside a sentence written in lower case it is part of the
// name; at a sentence's start, after a capitalised word or in a title-cased
// headline it is trimmed off.
func TestCommonWordInName(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     string // a mention with this name is found
		wantNone string // no mention has this name
	}{
		{"adjective opens a title", "Tessa Vale joins the network drama series Big Harbor as a detective.\n", "Big Harbor", "Harbor"},
		{"adjective ends a name", "The flashbacks show him hiding out in a basement with Walter Black (Jon Fenn) and his brother.\n", "Walter Black", ""},
		{"sentence start is trimmed", "Best of all, Tessa Vale returns as the detective in the drama.\n", "Tessa Vale", "Best"},
		{"after a capitalised word is trimmed", "Then came The Great Flood and the series lost its way.\n", "", "Great Flood"},
		{"after a conjunction is trimmed", "She appears in Harbor and New Dawn this year, with Tessa Vale.\n", "Tessa Vale", "New Dawn"},
		{"a headline's words of a clip are no name", "'Harbor Lights': Ivy Suspects Brother Was Killed by a Friend in Season 4 Finale Sneak Peek (Exclusive)\n\nThe show returns.\n", "", "Sneak Peek"},
		{"title-cased headline is trimmed", "Boss Jessa Lind on That Finale and Why Caleb Had to Leave\n\nThe show returns.\n", "", "Why Caleb Had"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractDocs(t, tt.text)[0]
			found := map[string]bool{}
			for _, m := range x.Mentions {
				found[m.Name] = true
			}
			if tt.want != "" && !found[tt.want] {
				t.Errorf("no mention %q in %v", tt.want, found)
			}
			if tt.wantNone != "" && found[tt.wantNone] {
				t.Errorf("mention %q found: %v", tt.wantNone, found)
			}
		})
	}
}

// TestEventRunsAreNoNames checks that the name of a historical event is
// read as no one's name, while a name that only starts like one is kept.
func TestEventRunsAreNoNames(t *testing.T) {
	checkKept(t, []keptCase{
		{"numbered war", "The film, set during World War I, follows a nurse named Ada Quist.\n", "World War I", false},
		{"a rising", "Her grandfather fought in the Easter Rising with Tom Fell.\n", "Easter Rising", false},
		{"a person's name", "The film, set in the past, follows a nurse named Ada Quist.\n", "Ada Quist", true},
		{"a word of the list first", "Critics praised War Horse star Nina Falk for the role.\n", "Nina Falk", true},
	})
}

// TestQuotedTitleWordsAreNoNames checks that the capitalised words of a
// quoted title in title case are read as no one's name, while a name in
// quoted speech, or a quoted nickname, is kept.
func TestQuotedTitleWordsAreNoNames(t *testing.T) {
	checkKept(t, []keptCase{
		{"title with the", "Her friend Ada Quist mentions it in \"Walk Across the Ice.\" She lies.\n", "Walk Across", false},
		{"title with and", "It came after her move (\"Cold Nights and Warm Hands\").\n", "Warm Hands", false},
		{"quoted speech", "He said \"Ada Quist is the best nurse here\" to them.\n", "Ada Quist", true},
		{"nickname", "The nurse Ada \"Red\" Quist helps them.\n", "Ada \"Red\" Quist", true},
	})
}

// TestPostWordsAreNoNames checks that the words of a post written in
// capitals ("Senior Investigating Officer") leave no name behind when the
// post's noun is trimmed off, while a name before a title is kept.
func TestPostWordsAreNoNames(t *testing.T) {
	checkKept(t, []keptCase{
		{"investigating officer", "Later Ada Quist is the Senior Investigating Officer of the case.\n", "Senior Investigating", false},
		{"commanding officer", "Later Ada Quist becomes the Deputy Commanding Officer there.\n", "Deputy Commanding", false},
		{"a name before a title", "Later the case went to Ada Quist, a captain.\n", "Ada Quist", true},
		{"a rank before the post", "Ada Quist, now a Senior Intelligence Officer for the agency, returns.\n", "Senior Intelligence", false},
		{"a participle before an editor", "At present, she is an Assistant Managing Editor who writes about the show.\n", "Assistant Managing", false},
		{"an office of a department", "The deal, said Tom Fell, Head of Comedy at the studio, is done.\n", "Head of Comedy", false},
		{"an office with its network", "The show is back, said Tom Fell, President of Programming Lumen.\n", "President of Programming Lumen", false},
		{"a name after an office", "The deal, said Tom Fell, Head of Comedy at the studio, is done.\n", "Tom Fell", true},
	})
}

// TestCommonAbbreviationsAreNoNames checks that a common noun written in
// capitals (a bulletin, a post, a rating) or a word stressed in capitals
// is read as no organization's acronym, while an agency's acronym or a
// unit's code is kept.
func TestCommonAbbreviationsAreNoNames(t *testing.T) {
	checkKept(t, []keptCase{
		{"a bulletin", "The detective now has an APB out for the driver.\n", "APB", false},
		{"a post", "The deal was signed by the EVP of the studio.\n", "EVP", false},
		{"a rating", "The drama airs at 9 p.m. (TV-14) on the network.\n", "TV-14", false},
		{"a word stressed", "The show ran TOO long, and the finale was too slow.\n", "TOO", false},
		{"an agency", "The detective now works for the NCB in the city.\n", "NCB", true},
		{"a unit's code", "The case goes to HCU-9 at once.\n", "HCU-9", true},
	})
}

// TestInitialsOpenAPersonsName checks that a name opening with initials at
// the start of a sentence is a person's, while a country's code there is
// no initials.
func TestInitialsOpenAPersonsName(t *testing.T) {
	cases := []struct {
		name, text, run string
		want            string // the mention's type, "" for none
	}{
		{"two initials", "Harbor is a drama.\n\nT.K. Brandt joined the cast.\n", "T.K. Brandt", "Person"},
		{"initials after a sentence", "Harbor is a drama. Critics liked it. R.J. Ostrow joined the cast.\n", "R.J. Ostrow", "Person"},
		{"a country's code", "Harbor is a drama.\n\nU.S. Marshals joined the case.\n", "U.S. Marshals", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				if m.Name == c.run {
					got = m.Type
				}
			}
			if got != c.want {
				t.Errorf("%q in %q: type %q, want %q", c.run, c.text, got, c.want)
			}
		})
	}
}

// TestPlusJoinsAName checks that a plus sign between letters is part of a
// name ("K+R Studios"), and one that ends a streamer's name stays on it.
func TestPlusJoinsAName(t *testing.T) {
	cases := []struct {
		name, text, run, want string
	}{
		{"inside a studio's name", "Harbor is a drama produced by K+R Studios.\n", "K+R Studios", "Organization"},
		{"opening a sentence", "Harbor is a drama.\n\nK+R Studios produced the drama.\n", "K+R Studios", "Organization"},
		{"ending a streamer's name", "Harbor is a drama that streams on Vista+ in spring.\n", "Vista+", "Organization"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				if m.Name == c.run {
					got = m.Type
				}
			}
			if got != c.want {
				t.Errorf("%q in %q: type %q, want %q", c.run, c.text, got, c.want)
			}
		})
	}
}

// TestSomeoneNamedNeedsAPerson checks that a name brought in by a noun
// and "named" is a character's only when the noun is a person's of the
// story: no company's, no actor's.
func TestSomeoneNamedNeedsAPerson(t *testing.T) {
	cases := []struct {
		name, text, run string
		want            bool // whether the mention is a character's
	}{
		{"a housewife", "In the pilot, Reed meets a housewife named Peg at a bar.\n", "Peg", true},
		{"a salesman", "Reed trails a travelling salesman called Otto Brill.\n", "Otto Brill", true},
		{"a company", "Reed works for a company called Lumen Harbor.\n", "Lumen Harbor", false},
		{"an actress", "The role went to an actress named Ava Lund.\n", "Ava Lund", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := false
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				got = got || m.Name == c.run && m.Type == "Character"
			}
			if got != c.want {
				t.Errorf("%q in %q: character %v, want %v", c.run, c.text, got, c.want)
			}
		})
	}
}

// TestOutletCueNeedsAWordOfNoName checks that a word news cites as its
// source is a publication only when the document writes it in no longer
// name: "according to Porter" after "Jane Porter" cites a person.
func TestOutletCueNeedsAWordOfNoName(t *testing.T) {
	cases := []struct {
		name, text, run string
		want            bool // whether the mention is an organization's
	}{
		{"a word of no name", "Harbor is a drama by Jane Porter.\n\nThe show returns, according to Dispatch.\n", "Dispatch", true},
		{"a reporting verb after it", "Harbor is a drama by Jane Porter.\n\nDispatch reported that the show returns.\n", "Dispatch", true},
		{"a surname of the document", "Harbor is a drama by Jane Porter.\n\nThe show returns, according to Porter.\n", "Porter", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := false
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				got = got || m.Name == c.run && m.Type == "Organization"
			}
			if got != c.want {
				t.Errorf("%q in %q: organization %v, want %v", c.run, c.text, got, c.want)
			}
		})
	}
}

// keptCase is a text, a run of its words, and whether the run is kept as
// a mention.
type keptCase struct {
	name, text, run string
	want            bool
}

// checkKept extracts each case's text and checks whether its run is kept.
func checkKept(t *testing.T, cases []keptCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kept := false
			for _, m := range extractDocs(t, c.text)[0].Mentions {
				kept = kept || m.Name == c.run
			}
			if kept != c.want {
				t.Errorf("%q in %q: kept %v, want %v", c.run, c.text, kept, c.want)
			}
		})
	}
}
