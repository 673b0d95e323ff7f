package extract_test

import "testing"

// TestLoneGivenName checks that a lone well-known given name no pattern
// confirms, inside a sentence of prose, is kept as a character, and that
// it is not where it is a word of a longer name, before a title or an
// occupation, after an article
// or a common word's possessive, in a list of places, or a word the
// corpus writes in lower case. The given name of a full name after "and"
// is kept, with the full name (see sharedSurnames).
func TestLoneGivenName(t *testing.T) {
	const lead = "The recap is here.\n\n"
	for _, tc := range []struct{ name, text, who, wantRule, wantType string }{
		{"subject-inside-a-sentence", lead + "The next morning Margaret walks into the room with a lamp.\n",
			"Margaret", "lone-given-name", "Character"},
		{"object-of-a-preposition", lead + "Later the two brothers return a favour for Howard at the docks.\n",
			"Howard", "lone-given-name", "Character"},
		{"word-of-a-longer-name", lead + "The neighbour Howard Pellow swore everyone to secrecy. Later the chief blamed Howard for it.\n",
			"Howard", "word-of-full-name", ""},
		{"before-an-occupation", lead + "He is a retired Howard sergeant who fought in the war.\n",
			"Howard", "-", ""},
		{"shared-surname", lead + "They play the spies, as Howard and Margaret Pellow, in the new drama.\n",
			"Howard", "shared-surname", "Character"},
		{"after-an-article", lead + "Later the two brothers return a favour for a Howard at the docks.\n",
			"Howard", "-", ""},
		{"after-a-common-possessive", lead + "The town lived for the year ahead. They were killed on the Year's Eve party.\n",
			"Eve", "-", ""},
		{"in-a-list-of-places", lead + "The episodes were filmed in Athens, Rome, Florence, Madrid and Tokyo over a year.\n",
			"Florence", "-", ""},
		{"set-off-by-commas", lead + "The inspector had a wife, Margaret, and a grown daughter who married later.\n",
			"Margaret", "lone-given-name", "Character"},
		{"portrayed-by-description", "Dock Nine TV wiki\n\nDock Nine is a comedy-drama series. The show stars Tom Reyes as Dana Whitlow, a consultant for the harbour police.\n\nDana Whitlow\n\nPortrayed by Tom Reyes. She is a fake psychic who works with the harbour police.\n\nCorran Pell\n\nPortrayed by Ada Lusk. He is the head detective and is known for his dry humour and dislike for Margaret.\n",
			"Margaret", "lone-given-name", "Character"},
		{"cast-line-description", "Dock Nine TV wiki\n\nDock Nine is a comedy-drama series.\n\nCast\n\nDana Whitlow (Tom Reyes), a consultant for the harbour police who works with Margaret.\nCorran Pell (Ada Lusk), the head detective.\nMira Holt (Lia Chen), a junior detective.\n",
			"Margaret", "lone-given-name", "Character"},
		{"written-in-lower-case", lead + "The town lived in hope for years. Later the two brothers return a favour for Hope at the docks.\n",
			"Hope", "-", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			// The lexicon learns the name from the first reading, and
			// the second types it by the lexicon.
			if got := mentionRule(x, tc.who); got != tc.wantRule && !((tc.wantRule == "lone-given-name" || tc.wantRule == "shared-surname") && got == "lexicon") {
				t.Errorf("%q: rule %q, want %q (mentions %+v)", tc.who, got, tc.wantRule, x.Mentions)
			}
			if got := mentionType(x, tc.who); tc.wantRule != "-" && got != tc.wantType {
				t.Errorf("%q: type %q, want %q (mentions %+v)", tc.who, got, tc.wantType, x.Mentions)
			}
		})
	}
}
