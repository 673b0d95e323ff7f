package extract_test

import "testing"

// TestRankedRoleInParens checks that a name with a rank before it in
// parentheses after another name is read as that actor's role, and that
// the plain "Character (Actor)" order is kept where no rank stands.
func TestRankedRoleInParens(t *testing.T) {
	const page = "# Harbour Watch\n\nHarbour Watch is a British crime drama television series.\n\n"
	for _, tc := range []struct {
		name, text, want, not string
	}{
		{"abbreviated-rank", "The lead was played in turn by Tom Rellow (DI Martin Crale) and Jake Benfield (DS Colin Penrith).\n", "Jake Benfield PLAYS Colin Penrith", "Colin Penrith PLAYS Jake Benfield"},
		{"two-rank-words", "The show starred Jake Benfield (Detective Sergeant Colin Penrith) for years.\n", "Jake Benfield PLAYS Colin Penrith", "Colin Penrith PLAYS Jake Benfield"},
		{"ranks-with-full-stops", "The show starred Jake Benfield (Det. Sgt. Colin Penrith) for years.\n", "Jake Benfield PLAYS Colin Penrith", "Colin Penrith PLAYS Jake Benfield"},
		{"rank-with-full-stop", "The lead went to Tom Rellow (Supt. Martin Crale) in the first series.\n", "Tom Rellow PLAYS Martin Crale", "Martin Crale PLAYS Tom Rellow"},
		{"title", "The show starred Jake Benfield (Dr Colin Penrith) for years.\n", "Jake Benfield PLAYS Colin Penrith", "Colin Penrith PLAYS Jake Benfield"},
		{"no-rank-keeps-character-first", "In the opener, Colin Penrith (Jake Benfield) returns to the harbour.\n", "Jake Benfield PLAYS Colin Penrith", "Colin Penrith PLAYS Jake Benfield"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, claimTriples(extractDocs(t, page+tc.text)[0], "PLAYS"), []string{tc.want}, []string{tc.not})
		})
	}
}
