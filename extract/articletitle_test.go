package extract_test

import "testing"

// TestTitlesAfterArticlesAreNoCompanies checks that a run after an article
// that opens a quotation or capitalises a small word inside it is read as
// a title, not a company, and that a company after "the" is still kept.
func TestTitlesAfterArticlesAreNoCompanies(t *testing.T) {
	checkKept(t, []keptCase{
		{"a quoted episode", "The finale, “The Wrath of the Tide”, picks up after the storm.\n", "The Wrath of the Tide", false},
		{"a quotation opened by a title", "It picks up where “The Sign of the Heron is Near” left off, says Nina Falk.\n", "The Sign of the Heron", false},
		{"a small word capitalised", "He appeared in the film The Fog That Covers the Valley last year.\n", "The Fog That Covers", false},
		{"a company after the", "The theme was printed in the Harbor Ledger last spring.\n", "Harbor Ledger", true},
		{"a company of something", "She worked for the Bank of Eastbrook for years.\n", "Bank of Eastbrook", true},
	})
}

// TestIndefiniteArticleIsNoPersonCue checks that "by" before "a" or "an"
// cues no person: people's names take no article.
func TestIndefiniteArticleIsNoPersonCue(t *testing.T) {
	checkTypes(t, []typeCase{
		{"a person after by", "The third film was followed by Nina Falk in the spring.\n", "Nina Falk", "Person"},
	})
	checkKept(t, []keptCase{
		{"a title after by a", "The third film will be followed by A Lesson in Winter next year.\n", "Lesson", false},
	})
}

// TestOfficesAreNoNames checks that an office named as "X of Y" ("Member
// of Parliament", "Secretary of State") is read as no one's name.
func TestOfficesAreNoNames(t *testing.T) {
	checkKept(t, []keptCase{
		{"a member", "In 1929 Tom Vale became a Member of Parliament for the city.\n", "Member of Parliament", false},
		{"a secretary", "She was later made Secretary of State by the new cabinet.\n", "Secretary of State", false},
		{"the person beside", "In 1929 Tom Vale became a Member of Parliament for the city.\n", "Tom Vale", true},
	})
}

// TestPeriodsAreNoCompanies checks that a run after "during the" (or an
// event and "the" after it) is read as an era, not a company, and that a
// company after "the" elsewhere is kept.
func TestPeriodsAreNoCompanies(t *testing.T) {
	checkKept(t, []keptCase{
		{"during the", "The review is here.\n\nThe story is set during the Reign of Storms in the north.\n", "Reign of Storms", false},
		{"an event and the", "The review is here.\n\nIt follows her rise during the French Revolution and the Reign of Storms.\n", "Reign of Storms", false},
		{"a company after the", "The review is here.\n\nShe later worked for the Harbor Ledger in the north.\n", "Harbor Ledger", true},
	})
}
