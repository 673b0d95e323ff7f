package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestCastParenHoldsBack checks that a note in parentheses that is no
// actor's name is not typed as one by rule paren-actor.
func TestCastParenHoldsBack(t *testing.T) {
	checkNotByRule(t, "paren-actor", []notTypedCase{
		{"title with an article", "He was superb as ever, Bob Hale (The Long Night) said.\n", "The Long Night"},
		{"list of credits", "Speaking from home, Keenan (Being Human, Little Boy Blue) explains it.\n", "Little Boy Blue"},
		{"credits with a title", "The season featured Tom Fell (Marlow and the Tower of Salt) and Nicola Parks (Velvet Nights).\n", "Velvet Nights"},
		{"acronym", "The Robbery-Homicide Division (RHD) takes the case.\n", "RHD"},
	})
}

// TestNoNameInWords checks runs of capitalised words that name nothing:
// an owner before a series, credits, an occupation, award categories.
func TestNoNameInWords(t *testing.T) {
	cases := []struct {
		name, text, not, typ string
	}{
		{"the owner of a series", "The final season of Lumen’s award-winning original series Harbor Lights starts well.\n", "Lumen", "Series"},
		{"a credit", "Linney will also be a Co-Executive Producer for Season 4.\n", "Co-Executive Producer", ""},
		{"an occupation", "She is still enduring her Stepford Wife existence in town.\n", "Stepford Wife", ""},
		{"an award category", "It won two awards, for Jane Roe for Outstanding Directing for a Drama Series.\n", "Outstanding Directing", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, x := range trialDocs(t, tc.text) {
				for _, m := range x.Mentions {
					if m.Name == tc.not && (tc.typ == "" || m.Type == tc.typ) {
						t.Errorf("%q typed %q by %s", m.Name, m.Type, m.Rule)
					}
				}
			}
		})
	}
}

// TestFirstNameMakesNoCharacter checks that a guessed person who shares
// only a first name with a character stays a person: strangers share first
// names, relatives surnames.
func TestFirstNameMakesNoCharacter(t *testing.T) {
	castPage := "= Nightfall (TV series) =\n\n== Cast ==\n- Lena Marsh as Helen Pierce, a lawyer\n"
	for _, x := range trialDocs(t, castPage, "The show must go on without Helen Corrigan who passed away.\n") {
		for _, m := range x.Mentions {
			if m.Name == "Helen Corrigan" && m.Type != "Person" {
				t.Errorf("%q typed %q by %s", m.Name, m.Type, m.Rule)
			}
		}
	}
}

// TestAcronymSpelledOut checks that the name an acronym stands for, in
// parentheses after it, is the organization's and no credit's title, and
// is the acronym's alias.
func TestAcronymSpelledOut(t *testing.T) {
	cases := []struct{ name, text, acronym, full string }{
		{"a name of several words", "Ivy Cole is a consulting member of the KBI (Kent Bureau of Investigation) crime unit.\n", "KBI", "Kent Bureau of Investigation"},
		{"a name the reading found whole", "Ivy Cole joined the HPD (Harbor Police Department) last year.\n", "HPD", "Harbor Police Department"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			full, alias := false, false
			for _, x := range trialDocs(t, tc.text) {
				for _, m := range x.Mentions {
					switch m.Name {
					case tc.full:
						full = true
						if m.Type != graph.Organization {
							t.Errorf("%q typed %q by %s, want an organization", m.Name, m.Type, m.Rule)
						}
					case tc.acronym:
						alias = alias || m.Alias == tc.full
					}
				}
			}
			if !full || !alias {
				t.Errorf("found %q: %v; %q has it as alias: %v", tc.full, full, tc.acronym, alias)
			}
		})
	}
}
