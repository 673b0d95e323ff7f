package extract_test

import (
	"strings"
	"testing"
)

// TestCharacterPageSeries checks that a character page's "Series" field
// names the series the character and the kin its fields list appear in,
// and that the same field on a page about no character relates nothing.
func TestCharacterPageSeries(t *testing.T) {
	const page = "= Nora Pell =\n\nNora Pell\n- KEY: Harbour Nine\n- Portrayer: Mara Voss\n- Family: Owen Pell (father)\n\n" +
		"Nora Pell is a fictional character and the protagonist of the crime drama Harbour Nine. She consults for the Coastal Bureau of Inquiry.\n"
	const episode = "= The Drowned Light =\n\nThe Drowned Light\n- KEY: Harbour Nine\n- Directed by: Lena Hart\n\n" +
		"\"The Drowned Light\" is the first episode of the crime drama.\n"
	for _, tc := range []struct {
		name, text, key string
		want, not       []string
	}{
		{"series-field", page, "Series", []string{"Nora Pell APPEARS_IN Harbour Nine", "Owen Pell APPEARS_IN Harbour Nine"}, nil},
		{"show-field", page, "Show", []string{"Nora Pell APPEARS_IN Harbour Nine", "Owen Pell APPEARS_IN Harbour Nine"}, nil},
		{"episode-page", episode, "Series", nil, []string{"The Drowned Light APPEARS_IN Harbour Nine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claimTriples(extractDocs(t, strings.Replace(tc.text, "KEY", tc.key, 1))[0], "APPEARS_IN")
			checkClaims(t, got, tc.want, tc.not)
		})
	}
}

// TestKinAppear checks that the kin and partners a character page lists
// appear in the series its character appears in, though no field names
// the series (only the page's prose does), and that kin of a character the
// page does not place in its series, or of one whose appearances a field
// lists, are placed nowhere.
func TestKinAppear(t *testing.T) {
	const page = "Nora Pell\n\nNora Pell | |\n---|---|\nPortrayed by | Mara Voss |\nSpouse(s) | Owen Pell (husband) |\n" +
		"Children | Ada Pell (daughter) |\n\nNora Pell is a fictional character and the protagonist of the crime drama Harbour Nine. She consults for the Coastal Bureau of Inquiry.\n"
	const noActor = "Nora Pell\n\nNora Pell | |\n---|---|\nSpouse(s) | Owen Pell (husband) |\n\n" +
		"Nora Pell was the wife of a sailor. The sailors of Harbour Nine and Gull Point remember her.\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"portrayed", page, []string{"Nora Pell APPEARS_IN Harbour Nine", "Owen Pell APPEARS_IN Harbour Nine", "Ada Pell APPEARS_IN Harbour Nine"}, nil},
		{"no-actor", noActor, nil, []string{"Owen Pell APPEARS_IN Harbour Nine"}},
		{"appearances-field", strings.Replace(page, "Children |", "Appearances | Harbour Nine (seasons 3–6) |\nChildren |", 1), nil,
			[]string{"Owen Pell APPEARS_IN Harbour Nine", "Ada Pell APPEARS_IN Harbour Nine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claimTriples(extractDocs(t, tc.text)[0], "APPEARS_IN")
			checkClaims(t, got, tc.want, tc.not)
		})
	}
}

// TestTitleBase checks that a page whose headline puts an episode's or an
// article's title after its series' name ("Harbour Nine: The Drowned
// Light") is about the series where it names the series alone too, and
// that the subtitled title stays the page's series where it does not.
func TestTitleBase(t *testing.T) {
	const series = "= Harbour Nine (TV series) =\n\nHarbour Nine is a crime drama.\n\n== Cast ==\n=== Main ===\n" +
		"- Mara Voss as Nora Pell, a detective\n- Tom Reyes as Owen Pell, a sailor\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"named-alone", "Harbour Nine: The Drowned Light\n\nHarbour Nine\n\nIn this week's episode Nora Pell (Mara Voss) meets Owen Pell (Tom Reyes) at the docks.\n",
			[]string{"Nora Pell APPEARS_IN Harbour Nine"}, []string{"Nora Pell APPEARS_IN Harbour Nine: The Drowned Light"}},
		{"subtitle-only", "Harbour Nine: The Drowned Light\n\nIn this week's episode Nora Pell (Mara Voss) meets Owen Pell (Tom Reyes) at the docks.\n",
			[]string{"Nora Pell APPEARS_IN Harbour Nine: The Drowned Light"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claimTriples(extractDocs(t, series, tc.text)[1], "APPEARS_IN")
			checkClaims(t, got, tc.want, tc.not)
		})
	}
}

// TestLoneWordCharacterAppears checks that a given name a page about a
// series keeps using, which only its use typed as a character's, appears
// in the series.
func TestLoneWordCharacterAppears(t *testing.T) {
	const page = "= Harbour Nine (TV series) =\n\nHarbour Nine is a crime drama on the coast.\n\n" +
		"In the first episode Corran finds a boat. The detective swore Corran to secrecy. Later the chief blamed Corran for the fire.\n"
	got := claimTriples(extractDocs(t, page)[0], "APPEARS_IN")
	checkClaims(t, got, []string{"Corran APPEARS_IN Harbour Nine"}, nil)
}

// TestWikiNamespaceTitle checks that a wiki page's namespace and its
// user's name before the page's title ("User:Ann Roe/Harbour Nine (TV
// series)") are no part of the series' name, and that the namespace's
// word is no series of its own.
func TestWikiNamespaceTitle(t *testing.T) {
	const body = "\n\nHarbour Nine is a crime drama created by Tom Vale. Harbour Nine aired on Channel Nine.\n"
	for _, tc := range []struct {
		name, title string
		none        []string
	}{
		{"user-draft", "User:Ann Roe/Harbour Nine (TV series)", []string{"User", "User:Ann Roe/Harbour Nine", "Ann Roe/Harbour Nine"}},
		{"draft", "Draft:Harbour Nine (TV series)", []string{"Draft", "Draft:Harbour Nine"}},
		{"plain", "Harbour Nine (TV series)", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.title + "\n" + tc.title + body
			checkNamed(t, mentionTypes(t, text), map[string]string{"Harbour Nine": "Series"}, tc.none)
			checkClaims(t, claimTriples(extractDocs(t, text)[0], "CREATED"), []string{"Tom Vale CREATED Harbour Nine"}, nil)
		})
	}
}

// TestPageWordOfTitle checks that a page's word that opens a title ("Bottom"
// of "Bottom Harbour") stays in the title where the document never names the
// title without it, and is left off where it does.
func TestPageWordOfTitle(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string
		none       []string
	}{
		{"never-alone", "Critics loved the new season of Bottom Harbour. The gang drama Bottom Harbour returns in May.\n",
			map[string]string{"Bottom Harbour": "Series"}, []string{"Harbour"}},
		{"also-alone", "Critics loved the new season of Bottom Harbour. Harbour returns in May, and Harbour is darker.\n",
			nil, []string{"Bottom Harbour"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkNamed(t, mentionTypes(t, tc.text), tc.want, tc.none)
		})
	}
}

// TestPageWordSubtitle checks that a headline's subtitle of page words
// alone ("Series Premiere Preview") after a known series is no part of the
// series' title.
func TestPageWordSubtitle(t *testing.T) {
	xs := extractDocs(t, "= The Harbourist (TV series) =\n\nThe Harbourist is a crime drama.\n",
		"Pilot review\n\nWe watched The Harbourist: Series Premiere Preview and liked it. The Harbourist returns tonight.\n")
	got := map[string]string{}
	for _, m := range xs[1].Mentions {
		got[m.Name] = m.Type
	}
	checkNamed(t, got, map[string]string{"The Harbourist": "Series"}, []string{"The Harbourist: Series Premiere Preview"})
}
