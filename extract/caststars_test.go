package extract_test

import (
	"testing"
)

// TestCastStars checks which credited actors star in the page's series: an
// "Actor as Character" line outside the page's own cast section, and a
// caption naming several actors with their roles; not a line of a cast
// section that is not the main cast's, not a guest's or a recurring part,
// not "Character, played by Actor", not a caption of one actor, not a
// pair line ("Character - Actor"), which a listing's cast box and an
// episode guide's guest cast write alike.
func TestCastStars(t *testing.T) {
	const page = "Dockside Nine (TV series)\n\nDockside Nine is a crime drama television series that premiered in 2021.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
		not        []string
	}{
		{"as-lines-in-a-review", "Review: a grim return\n\nMara Voss as Ilse Brandt; Tom Reyes as Peter Grady; Dana Whit as Ruth Okafor\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}, nil},
		{"bulleted-as-lines", "Returning next season:\n\n• Mara Voss as Agent Ilse Brandt\n• Tom Reyes as Dr. Peter Grady\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}, nil},
		{"main-cast-section", "Main cast\n\n- Mara Voss as Ilse Brandt\n- Tom Reyes as Peter Grady\n",
			[]string{"Mara Voss STARS_IN Dockside Nine"}, nil},
		{"cast-section", "Cast\n\n- Mara Voss as Ilse Brandt\n- Tom Reyes as Peter Grady\n",
			nil, []string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}},
		{"guest-section", "Guest stars\n\n- Mara Voss as Ilse Brandt\n- Tom Reyes as Peter Grady\n",
			nil, []string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}},
		{"recurring-note", "Review: a grim return\n\nMara Voss as Ilse Brandt (recurring); Tom Reyes as Peter Grady (recurring)\n",
			nil, []string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}},
		{"caption-of-several", "Dockside Nine actors and their roles, from left: Mara Voss (Ilse Brandt), Tom Reyes (Peter Grady), plus the creator Dana Whit. Photograph by Jo Lenz.\n",
			[]string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine", "Peter Grady APPEARS_IN Dockside Nine"}, nil},
		{"caption-of-one", "Mara Voss (Ilse Brandt) in Dockside Nine. Photo: Jo Lenz/Harbor Pictures\n",
			nil, []string{"Mara Voss STARS_IN Dockside Nine"}},
		{"hyphen-pair-list", "Network: UBN (Canada)\nPremiered: 04.May.2021\n\nIlse Brandt - Mara Voss\nDI Peter Grady - Tom Reyes\nDr. Ruth Okafor - Dana Whit\n",
			[]string{"Ilse Brandt APPEARS_IN Dockside Nine", "Ruth Okafor APPEARS_IN Dockside Nine"}, []string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}},
		{"dash-pairs-under-a-cast-label", "Dockside Nine cast: who's who\nIlse Brandt — Mara Voss\nPeter Grady — Tom Reyes\n",
			[]string{"Ilse Brandt APPEARS_IN Dockside Nine"}, []string{"Mara Voss STARS_IN Dockside Nine", "Tom Reyes STARS_IN Dockside Nine"}},
		{"played-by", "Review: a grim return\n\nIlse Brandt, played by Mara Voss, is back in the harbour.\n",
			nil, []string{"Mara Voss STARS_IN Dockside Nine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := extractDocs(t, page+tc.text)[0]
			got := claimTriples(x, "STARS_IN", "APPEARS_IN")
			checkClaims(t, got, tc.want, tc.not)
		})
	}
}
