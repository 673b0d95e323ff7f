package extract_test

import "testing"

// TestInnerNameWords checks that a person's name holding name particles
// after the given name is read whole ("de la", a particle spelt like a
// rank's abbreviation), and that the abbreviation of a rank before a full
// name is still a rank, while a title word inside a nickname in quotation
// marks is a word of the name; and that an office before a name ("Home
// Secretary", a title "of" a place) is no part of it, nor a name itself;
// and that "&" between two full names joins two names, not the words of
// one.
func TestInnerNameWords(t *testing.T) {
	const lead = "The cast is here.\n\n"
	for _, tc := range []struct{ name, text, want, notWant string }{
		{"two-particles", lead + "The drama stars Owen Marsh, Lucia de la Fuente and Ida Kern as the mayor.\n",
			"Lucia de la Fuente", "Lucia"},
		{"particle-like-a-rank", lead + "The drama stars Owen Marsh, Marco Di Santangelo and Ida Kern as the mayor.\n",
			"Marco Di Santangelo", "Santangelo"},
		{"rank-before-a-name", lead + "In the first episode DI Harriet Quayle finds the body in the canal.\n",
			"Harriet Quayle", "DI Harriet Quayle"},
		{"title-word-in-a-nickname", lead + "The drama stars Owen Marsh, Ida Kern and Lev Ostrow as Corrado \"Uncle Lenny\" Vance Jr., the boss.\n",
			"Corrado \"Uncle Lenny\" Vance Jr.", "Lenny\" Vance Jr."},
		{"office-before-a-name", lead + "In the first episode she plays Home Secretary Greta Holloway, plotting her route to power.\n",
			"Greta Holloway", "Home Secretary Greta Holloway"},
		{"office-of-a-place-before-a-name", lead + "He is the son of the former Archbishop of Wexmoor Oliver Pellow, a friend of the family.\n",
			"Oliver Pellow", "Archbishop of Wexmoor"},
		{"two-full-names-joined-by-an-ampersand", lead + "The drama was created by Ada Crane & Owen Marsh for the network.\n",
			"Owen Marsh", "Ada Crane & Owen Marsh"},
		{"a-title-joined-by-an-ampersand", lead + "The new season of Cobb & Vance premieres in the spring.\n",
			"Cobb & Vance", "Vance"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, tc.text)[0]
			if mentionRule(x, tc.want) == "-" {
				t.Errorf("no mention %q (mentions %+v)", tc.want, x.Mentions)
			}
			if mentionRule(x, tc.notWant) != "-" {
				t.Errorf("mention %q, want none (mentions %+v)", tc.notWant, x.Mentions)
			}
		})
	}
}
