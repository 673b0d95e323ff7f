package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestOrganizationShapes checks that a run led by an acronym of three
// capitals or more, a name a credit cue or its shape made a person's in a
// list with an organization, a name after a noun of a kind of company or
// venue, and a name said to be founded are organizations, also where "by"
// before another of its mentions guessed it a person's; and that a person's name in such a list,
// initials of two capitals, and a name after a noun it may be the subject
// of a clause after are not.
func TestOrganizationShapes(t *testing.T) {
	checkTypes(t, []typeCase{
		{"acronym-led", "The budget came from pre-sales to Germany; WKBX Harbor is credited as co-producer.\n", "WKBX Harbor", graph.Organization},
		{"acronym-led-two-capitals", "In the end JR Calloway is credited as co-producer.\n", "JR Calloway", graph.Person},
		{"list-weak-member", "The series was produced by Lumen Bird, Harbor Pictures and KTV for the network.\n", "Lumen Bird", graph.Organization},
		{"list-person", "The series was produced by Karen Lowe, Harbor Pictures and KTV for the network.\n", "Karen Lowe", graph.Person},
		{"list-no-org", "The series was produced by Lumen Bird and Tovin Rusk for the network.\n", "Tovin Rusk", graph.Person},
		{"studio", "French film studio Lumenor will launch its television division.\n", "Lumenor", graph.Organization},
		{"venue", "She infiltrated the brothel/casino Harbor Kings in the second season.\n", "Harbor Kings", graph.Organization},
		{"clause-subject", "He drank at the bar Tovin Rusk owns.\n", "Tovin Rusk", graph.Person},
		{"founded", "Lumen Bird, formed by Tovin Rusk, began negotiations with British companies.\n", "Lumen Bird", graph.Organization},
		{"founded-which-was", "They signed with Gull Harbor, which was founded in 1998, last year.\n", "Gull Harbor", graph.Organization},
		{"by-common-word", "The series was produced by Crimson Kestrel for the network. Crimson Kestrel, formed by Tovin Rusk, began negotiations. The lake is crimson and calm.\n", "Crimson Kestrel", graph.Organization},
		{"by-given-name", "The series was produced by Karen Lowe for the network. Later Karen Lowe joined the studio.\n", "Karen Lowe", graph.Person},
	})
}
