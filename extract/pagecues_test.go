package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// mentionType returns the type of the first mention named name in x, or "-"
// when there is none.
func mentionType(x *extract.Extraction, name string) string {
	return mentionField(x, name, func(m extract.Mention) string { return m.Type })
}

// typeCase is a document's text, a name in it, and the type its mention
// should have ("-" for no mention).
type typeCase struct{ name, text, who, want string }

// checkTypes extracts each case's text alone and checks its name's type.
func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)", tc.who, got, tc.want, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
}

// TestLoneNameOpeningBeforeActor checks that a lone name that opens a
// sentence is kept when an actor's name in parentheses follows it, as a
// character's is mid-sentence, and still dropped without one.
func TestLoneNameOpeningBeforeActor(t *testing.T) {
	checkTypes(t, []typeCase{
		{"opens-sentence", "The season begins badly. Corran (Mira Tolliver), cast out of the unit, tells the gang everything.\n", "Corran", graph.Character},
		{"mid-sentence", "The season begins badly, and Corran (Mira Tolliver) tells the gang everything.\n", "Corran", graph.Character},
		{"no-actor", "The season begins badly. Corran, cast out of the unit, tells the gang everything.\n", "Corran", "-"},
		{"lower-case-aside", "The season begins badly. Meanwhile (as usual) the gang talks.\n", "Meanwhile", "-"},
	})
}

// TestSeriesFinaleOfQuoted checks that a title after "the series finale
// of", "the season premiere of" is a series, in quotation marks or not.
func TestSeriesFinaleOfQuoted(t *testing.T) {
	checkTypes(t, []typeCase{
		{"series-finale-quoted", "A review of the series finale of \"The Ledger\" coming up soon.\n", "The Ledger", graph.Series},
		{"season-premiere-plain", "We watched the season premiere of Harbor Nights with friends.\n", "Harbor Nights", graph.Series},
		{"finale-quoted", "We watched the finale of \"Harbor Nights\" with friends.\n", "Harbor Nights", graph.Series},
		{"quoted-speech", "He shouted \"Harbor Nights\" at the crowd.\n", "Harbor Nights", "-"},
	})
}

// TestNetworksSeries checks that a title with its article after a known
// network's possessive ("FX's The Ledger") is a series, and that a person
// or a lone word after it is not made one.
func TestNetworksSeries(t *testing.T) {
	for _, tc := range []struct {
		name, text, title, want string
	}{
		{"article-title", "It was the best hour of FX’s The Ledger—and it ended well.\n", "The Ledger", graph.Series},
		{"one-word", "The third season of Netflix's Cornish crime saga ends well.\n", "Cornish", "not " + graph.Series},
		{"executive", "The deal was signed by Netflix's Dana Whitfield this spring.\n", "Dana Whitfield", "not " + graph.Series},
		{"unknown-owner", "Critics loved Dana's Harbor Nights this spring.\n", "Harbor Nights", "not " + graph.Series},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := mentionType(x, tc.title)
			if tc.want == "not "+graph.Series && got == graph.Series || tc.want != "not "+graph.Series && got != tc.want {
				t.Errorf("%q: type %q, want %q (mentions %+v)", tc.title, got, tc.want, x.Mentions)
			}
		})
	}
}

// TestPlaysCue checks that a name right after "plays", "portrayed" is a
// character's.
func TestPlaysCue(t *testing.T) {
	checkTypes(t, []typeCase{
		{"who-plays", "Lena Hart, the actress who plays Tom Vale, signed a new deal.\n", "Tom Vale", graph.Character},
		{"portrayed", "For years Lena Hart portrayed Tom Vale on the drama.\n", "Tom Vale", graph.Character},
		{"played-by", "The role was played by Lena Hart for years.\n", "Lena Hart", graph.Person},
	})
}

// TestTableInfoboxFamily checks that a character page copied as table rows,
// whose first row holds only the character's name, is read as that
// character's page, and that a family row listing "Kin: Name" pairs on
// one line gives each relative as a character of that kinship.
func TestTableInfoboxFamily(t *testing.T) {
	const page = "Corran Vale | |\n---|---|\nPortrayed by | Mira Tolliver |\n" +
		"Family |\nFather: Aldo Vale (deceased) Mother: Nessa Vale Step-Niece: Lira Dunmore Second Cousin: Oren Pike |\n" +
		"Corran Vale is a fictional character portrayed by Mira Tolliver.\n"
	x := extractDocs(t, page)[0]
	for _, tc := range []struct{ name, who, kin string }{
		{"parenthesised-note", "Aldo Vale", "father"},
		{"plain", "Nessa Vale", "mother"},
		{"hyphenated-label", "Lira Dunmore", "niece"},
		{"two-word-label", "Oren Pike", "cousin"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionType(x, tc.who); got != graph.Character {
				t.Errorf("%q: type %q, want Character (mentions %+v)", tc.who, got, x.Mentions)
			}
			found := false
			for _, c := range x.Claims {
				if c.Predicate == "RELATIVE_OF" && x.Mentions[c.Subject].Name == tc.who && x.Mentions[c.Object].Name == "Corran Vale" {
					found = found || c.Detail == tc.kin
				}
			}
			if !found {
				t.Errorf("no claim %s RELATIVE_OF Corran Vale (%s) in %+v", tc.who, tc.kin, x.Claims)
			}
		})
	}
}

// TestPhotoCredit checks that a photograph's credit written "Name
// Surname/NETWORK" gives the photographer as a person, alone on its line,
// after "credit:" or inside quotation marks, and that names joined by a
// slash to a word that names no network are not read so.
func TestPhotoCredit(t *testing.T) {
	for _, tc := range []struct {
		name, text, who string
		want            bool
	}{
		{"own-line", "Harbor Nights S03E23 Still\nDara Quillon/NBC\n\nThe detective returns in the finale.\n", "Dara Quillon", true},
		{"after-credit", "Mira Tolliver plays Tom Vale on the drama. Pic credit: Dara Quillon/CBS\n\nThe detective returns.\n", "Dara Quillon", true},
		{"quoted", "The detective returns.\n\naddCredit(“Dara Quillon/FX”)\n\nAll clear? Good.\n", "Dara Quillon", true},
		{"not-a-network", "He moved from Harbor Nights/Salt Marsh to the new drama.\n", "Harbor Nights", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := false
			for _, m := range x.Mentions {
				// A labelled credit ("Pic credit: ...") is read by the layout
				// stage, as a byline of the photographer.
				got = got || m.Name == tc.who && m.Type == graph.Person && (m.Rule == "photo-credit" || m.Rule == "byline-author")
			}
			if got != tc.want {
				t.Errorf("%q read as a photo credit: %v, want %v (mentions %+v)", tc.who, got, tc.want, x.Mentions)
			}
		})
	}
}

// TestCastLineOccupation checks that the occupation before a cast line's
// character ("as Forensic Scientist Dara Quillon") is no part of the name,
// and that a name of two words is left whole.
func TestCastLineOccupation(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"two-word-occupation", "Mira Tolliver as Forensic Scientist Dara Quillon\n", "Dara Quillon"},
		{"one-word-occupation", "Mira Tolliver as Director Tom Vale\n", "Tom Vale"},
		{"title", "Mira Tolliver as Agent Tom Vale\n", "Tom Vale"},
		{"name-only", "Mira Tolliver as Tom Vale\n", "Tom Vale"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, "Main cast\n\n"+tc.line)[0]
			got := ""
			for _, m := range x.Mentions {
				if m.Type == graph.Character {
					got = m.Name
				}
			}
			if got != tc.want {
				t.Errorf("character %q, want %q (mentions %+v)", got, tc.want, x.Mentions)
			}
		})
	}
}

// TestRenewalList checks that every title of a sentence that lists shows
// and says they were renewed is a series, lone words included, and that a
// list that was not renewed is left alone.
func TestRenewalList(t *testing.T) {
	const renewed = "Harbor Nights, Salt Marsh, Ledger, The Quiet Coast, and Dockside were also renewed.\n"
	checkTypes(t, []typeCase{
		{"first", renewed, "Harbor Nights", graph.Series},
		{"lone-word", renewed, "Ledger", graph.Series},
		{"with-article", renewed, "The Quiet Coast", graph.Series},
		{"last", renewed, "Dockside", graph.Series},
		{"not-renewed", "Harbor Nights, Salt Marsh, Ledger, and Dockside were seen at the party.\n", "Ledger", "-"},
	})
}

// TestGenericRuns checks a capitalised run that names an organization by
// its last word ("Affairs"), and one that names nothing: a plural title.
func TestGenericRuns(t *testing.T) {
	checkTypes(t, []typeCase{
		{"affairs", "Later Tom Vale was called to Internal Affairs again.\n", "Internal Affairs", graph.Organization},
		{"plural-title", "She was one of the first female Detective Chief Inspectors in the city.\n", "Inspectors", "-"},
	})
}

// TestEpisodeOfAndLead checks that a title after "episode of" and before
// "lead" and an actor's name is a series.
func TestEpisodeOfAndLead(t *testing.T) {
	checkTypes(t, []typeCase{
		{"episode-of", "He was first introduced on the third episode of Harbor Nights years ago.\n", "Harbor Nights", graph.Series},
		{"episodes-of", "She has directed two episodes of Salt Marsh since then.\n", "Salt Marsh", graph.Series},
		{"lead", "The cast will welcome Harbor Nights lead Dara Quillon next season.\n", "Harbor Nights", graph.Series},
	})
}

// TestAcronymFranchise checks that an acronym the corpus knows, with a
// subtitle after a colon ("KPD: Night Shift"), is a series of a franchise,
// and that a place's name as a subtitle still names the place alone.
func TestAcronymFranchise(t *testing.T) {
	const intro = "The drama follows the KPD detectives. The spinoffs KPD: Night Shift and KPD: New Mexico followed in 2014.\n"
	for _, tc := range []struct {
		name, text, who, want string
		doc                   int
	}{
		{"subtitle", "", "KPD: Night Shift", graph.Series, 0},
		{"place-subtitle", "", "KPD: New Mexico", graph.Series, 0},
		{"place-alone", "She moved to New Mexico in 2001 with her family.\n", "New Mexico", graph.Place, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{intro}
			if tc.text != "" {
				texts = append(texts, tc.text)
			}
			x := extractDocs(t, texts...)[tc.doc]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)", tc.who, got, tc.want, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
}

// TestOutletReports checks that a lone name before "reports that" is the
// publication news cites.
func TestOutletReports(t *testing.T) {
	checkTypes(t, []typeCase{
		{"reports-that", "Harbor is a drama.\n\nDispatch reports that the cast signed new deals.\n", "Dispatch", graph.Organization},
		{"mid-sentence", "Harbor is a drama, and Dispatch reports the cast signed new deals.\n", "Dispatch", graph.Organization},
	})
}

// TestLoneWordsAsIdiom checks that two lone words the corpus does not know
// joined by "as" ("Tough as Nails") are no actor and role, while a
// surname the corpus knows as an actor's still plays a lone role.
func TestLoneWordsAsIdiom(t *testing.T) {
	const cast = "Main cast\n\n- Mira Tolliver as Tom Vale, a detective\n"
	for _, tc := range []struct {
		name, text, who, want string
	}{
		{"idiom-in-list", "Harbor, Ledger, Bright as Brass, and Dockside drew viewers.\n", "Bright", "-"},
		{"known-actor", "In the pilot Tolliver as Quill steals every scene.\n", "Quill", graph.Character},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, cast, tc.text)[1]
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)", tc.who, got, tc.want, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
}

// TestCapitalisedArticleOrg checks that an organization's name keeps a
// "The" capitalised inside a sentence ("told The Harbor Courier"), part
// of a publication's name, and not a "the" in lower case.
func TestCapitalisedArticleOrg(t *testing.T) {
	checkTypes(t, []typeCase{
		{"capitalised", "The showrunner Dara Quillon tells The Harbor Courier that the finale is near.\n", "The Harbor Courier", graph.Organization},
		{"lower-case", "The showrunner Dara Quillon tells the Harbor Courier that the finale is near.\n", "Harbor Courier", graph.Organization},
	})
}

// TestNetworkBeforeSeriesNoun checks that a name before "television series"
// and a title is the network's, and a title before "television series"
// alone is not made one.
func TestNetworkBeforeSeriesNoun(t *testing.T) {
	for _, tc := range []struct {
		name, text, who, want string
	}{
		{"network", "She is a character in the American Lumo television series Harbor Nights.\n", "Lumo", graph.Organization},
		{"title", "She is a character in the American Harbor Nights television series, now in its third year.\n", "Harbor Nights", "not " + graph.Organization},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			got := mentionType(x, tc.who)
			if tc.want == "not "+graph.Organization && got == graph.Organization || tc.want != "not "+graph.Organization && got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)", tc.who, got, tc.want, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
}

// TestRecurringLoneName checks that a lone capitalised word a recap uses
// for someone three times or more inside its sentences is kept as a
// character's name, and one it uses once, or one that is a word of a
// longer name of the document, is not.
func TestRecurringLoneName(t *testing.T) {
	const recap = "The finale recap is here.\n\nThe detective swore Corran to secrecy. Later the chief and Corran went down to the docks, " +
		"and the chief blamed Corran for the mess. Meanwhile the team found Ossery at the docks.\n"
	const longer = "The finale recap is here.\n\nThe detective Brannock Hale swore everyone to secrecy. Later the chief and Brannock went down to the docks, " +
		"and the chief blamed Brannock for the mess, and Brannock left.\n"
	x, y := extractDocs(t, recap)[0], extractDocs(t, longer)[0]
	for _, tc := range []struct{ name, who, want string }{
		{"three-times", "Corran", graph.Character},
		{"once", "Ossery", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionType(x, tc.who); got != tc.want {
				t.Errorf("%q: type %q, want %q (rule %q, mentions %+v)", tc.who, got, tc.want, mentionRule(x, tc.who), x.Mentions)
			}
		})
	}
	t.Run("word-of-a-longer-name", func(t *testing.T) {
		for _, m := range y.Mentions {
			if m.Name == "Brannock" && m.Rule == "recurring-name" {
				t.Errorf("%q kept by recurring-name beside Brannock Hale (mentions %+v)", m.Name, y.Mentions)
			}
		}
	})
}

// TestAwardNames checks that the words of an award's name before "Awards"
// ("the Harbor Academy Television Awards") are no organization.
func TestAwardNames(t *testing.T) {
	checkTypes(t, []typeCase{
		{"awards", "Tolliver won three consecutive Harbor Academy Television Awards for Best Actress.\n", "Harbor Academy Television", "-"},
		{"award", "She won a Harbor Critics Award for the role.\n", "Harbor Critics", "-"},
		{"no-award", "She joined Harbor Academy Television as a trainee.\n", "Harbor Academy Television", graph.Organization},
	})
}

// TestRecapHeadline checks that a page whose headline says it is a recap
// tells the story, so that the full names its prose guesses are
// characters', and that a page of news is not read so.
func TestRecapHeadline(t *testing.T) {
	const body = "\n\nThe whole thing started because Corran Vale shot Dara Quillon in the previous season.\n"
	for _, tc := range []struct {
		name, headline, want string
	}{
		{"recap", "Harbor Nights: Full Recap of Winter Finale", graph.Character},
		{"news", "Harbor Nights renewed for a third season", graph.Person},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.headline+body)[0]
			if got := mentionType(x, "Dara Quillon"); got != tc.want {
				t.Errorf("type %q, want %q (mentions %+v)", got, tc.want, x.Mentions)
			}
		})
	}
}

// TestCommonAbbreviations checks that the abbreviations of an offence
// and of a degree ("DUI", "Ph.D.") are no organizations.
func TestCommonAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		name, text, who string
	}{
		{"offence", "Later his son's DUI put a man in a wheelchair for life.\n", "DUI"},
		{"degree", "Dara Quillon, Ph.D. (born Dara Vale) is a fictional character.\n", "Ph.D."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if got := mentionType(x, tc.who); got != "-" {
				t.Errorf("%q: type %q, want none (mentions %+v)", tc.who, got, x.Mentions)
			}
		})
	}
}
