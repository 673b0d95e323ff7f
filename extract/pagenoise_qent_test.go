package extract_test

import "testing"

// TestNameShapesOfPages checks general shapes of names on copied pages: an
// organization's head word joins the words after "of", a heading glued to
// the first word of the text names nothing, a name made an adjective with
// "-y" names nothing, and a title before "screenwriter" is a show, not the
// maker the credit names.
func TestNameShapesOfPages(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // name -> type of a mention that must be found
		wantNone   []string          // names no mention may have
	}{
		{"a bureau of an office",
			"Tom Vale works as a consultant for the Harbor State Bureau of Investigation, under Agent Ana Reyes.\n",
			map[string]string{"Harbor State Bureau of Investigation": "Organization"},
			[]string{"Harbor State Bureau"}},
		{"a department of a ministry",
			"She joined the Coastal Department of Fisheries in the spring.\n",
			map[string]string{"Coastal Department of Fisheries": "Organization"},
			nil},
		{"a person of a place stays apart",
			"The film stars Tom Vale of Eastbrook as the detective.\n",
			map[string]string{"Tom Vale": ""},
			[]string{"Tom Vale of Eastbrook"}},
		{"a heading glued to the text",
			"Gull PointGull Point is a drama series created by Ana Reyes.\n\nHarborHarbor is a crime drama created by Tom Vale.\n",
			nil,
			[]string{"HarborHarbor"}},
		{"a name made an adjective with -y",
			"He is very Sam Spade-y, except that he is afraid of germs.\n",
			nil,
			[]string{"Sam Spade-y", "Sam Spade"}},
		{"a show before its screenwriter",
			"Gull Point is a drama created by Harbor Nights screenwriter and author Ana Reyes and commissioned by Lumen.\n",
			map[string]string{"Harbor Nights": "Series", "Ana Reyes": "Person"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNamed(t, mentionTypes(t, tt.text), tt.want, tt.wantNone)
		})
	}
}

// TestScreenwriterIsNoCreator checks that "created by TITLE screenwriter
// and author NAME" credits the person, not the title before the role.
func TestScreenwriterIsNoCreator(t *testing.T) {
	x := extractDocs(t, "Gull Point is a drama created by Harbor Nights screenwriter and author Ana Reyes and commissioned by Lumen.\n")[0]
	checkClaims(t, claimTriples(x, "CREATED"), []string{"Ana Reyes CREATED Gull Point"}, []string{"Harbor Nights CREATED Gull Point"})
}

// TestThemeField checks that a theme field credits the song's maker, after
// "by" or alone, and never the song's title.
func TestThemeField(t *testing.T) {
	text := "= Gull Point =\n\nInfobox\n- Genre: Crime drama\n- Creator: Ana Reyes\n- Opentheme: \"Low Tide\" by Tom Vale\n- Endtheme: Gull Point End Title Theme\n- Composer: Ben Marsh\n\nGull Point is a crime drama created by Ana Reyes.\n"
	checkNamed(t, mentionTypes(t, text), map[string]string{"Tom Vale": "Person"},
		[]string{"Low Tide", `Low Tide" by Tom Vale`, "Gull Point End Title Theme"})
}

// TestKindListEndsAtAnd checks that a list of example shows ends at the
// title after its "and": the name after the next comma opens a clause.
func TestKindListEndsAtAnd(t *testing.T) {
	for _, c := range []struct {
		text, name, want string // want "" : no series mention of name
	}{
		{"Like other shows such as Harbor and Gull Point, Ravel uses his eye for details to solve problems.\n", "Ravel", ""},
		{"He has watched dramas such as Harbor, Gull Point and Tidewater this year.\n", "Gull Point", "Series"},
		{"He has watched dramas such as Harbor, Gull Point and Tidewater this year.\n", "Tidewater", "Series"},
	} {
		got := ""
		for _, m := range extractDocs(t, c.text)[0].Mentions {
			if m.Name == c.name && m.Type == "Series" {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: series mention of %q = %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestOriginNamesNoOne checks that an adjective of origin joined with
// hyphens names no one, alone, before a noun or before an actor in
// parentheses, and that a word of a people alone is no person.
func TestOriginNamesNoOne(t *testing.T) {
	text := "Tom Vale is an Irish-American Catholic detective in the Harbor Police Department.\n\nHarbor broke ground as the first drama to feature an African-American (Ben Marsh) in a lead role. He speaks Serbian and French.\n"
	checkNamed(t, mentionTypes(t, text), map[string]string{"Tom Vale": "", "Ben Marsh": ""},
		[]string{"Irish-American Catholic", "Irish-American", "African-American", "Serbian"})
}

// TestOnJoinsOnlyATown checks that "on" joins a run only in a known town's
// name on its river; elsewhere it is the preposition after a name.
func TestOnJoinsOnlyATown(t *testing.T) {
	for _, c := range []struct {
		text, want, not string
	}{
		{"Later he worked for MI7 on Cold War espionage.\n", "MI7", "MI7 on Cold War"},
		{"Later he worked for Lumen Bird on Harbor Street cases.\n", "Lumen Bird", "Lumen Bird on Harbor Street"},
		{"The drama is set in Newcastle upon Tyne and Leeds.\n", "Newcastle upon Tyne", "Newcastle"},
	} {
		got := map[string]bool{}
		for _, m := range extractDocs(t, c.text)[0].Mentions {
			got[m.Name] = true
		}
		if !got[c.want] || got[c.not] {
			t.Errorf("%q: mentions %v, want %q and not %q", c.text, got, c.want, c.not)
		}
	}
}

// TestLandformsArePlaces checks that a name ending with a landform's word
// (range, atoll, lake) is a place.
func TestLandformsArePlaces(t *testing.T) {
	text := "The county is named after the Corran Range, and his father served on Mirrow Atoll before settling by Tessel Lake.\n"
	got := map[string]string{}
	for _, m := range extractDocs(t, text)[0].Mentions {
		got[m.Name] = m.Type
	}
	for _, n := range []string{"Corran Range", "Mirrow Atoll", "Tessel Lake"} {
		if got[n] != "Place" {
			t.Errorf("want %q (Place), got %v", n, got)
		}
	}
}

// TestPluralWeekdaysNameNothing checks that a weekday in the plural ("on
// Fridays") is no name.
func TestPluralWeekdaysNameNothing(t *testing.T) {
	text := "Harbor premiered on September 24, 2010, with episodes airing on Fridays following Gull Point before moving.\n"
	for _, m := range extractDocs(t, text)[0].Mentions {
		if m.Name == "Fridays" {
			t.Errorf("mention %q (%s) found", m.Name, m.Type)
		}
	}
}

// TestBasedOnAPerson checks that a series or a character "based on" a name
// described as a person (", co-writer of the series", ", a former
// detective") is based on a person, not on a book.
func TestBasedOnAPerson(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"= Tom Vale =\n\nTom Vale is a fictional character in the crime drama Harbor.\n\nVale is loosely based on Ben Marsh, co-writer of the series.\n", "Ben Marsh"},
		{"Harbor is an American crime drama created by Ana Reyes. The idea for the show started out as a police drama loosely based on the experiences of Reyes's writing partner Ben Marsh, a former homicide detective and teacher.\n", "Ben Marsh"},
	} {
		x := extractDocs(t, c.text)[0]
		for _, m := range x.Mentions {
			if m.Name == c.name && m.Type != "Person" {
				t.Errorf("%q: %s typed %s, want Person", c.text, m.Name, m.Type)
			}
		}
		checkClaims(t, claimTriples(x, "BASED_ON"), nil, []string{"Harbor BASED_ON Ben Marsh"})
	}
}

// TestPlaceListNamesNothing checks that known places joined with hyphens,
// as a co-production's countries are listed, make no name.
func TestPlaceListNamesNothing(t *testing.T) {
	text := "Country of origin: United Kingdom-France-Canada\n\nHarbor was a United Kingdom-France-Canada production starring Tom Vale.\n"
	for _, m := range extractDocs(t, text)[0].Mentions {
		if m.Name == "United Kingdom-France-Canada" {
			t.Errorf("mention %q (%s) found", m.Name, m.Type)
		}
	}
}
