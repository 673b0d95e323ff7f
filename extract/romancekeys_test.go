package extract_test

import "testing"

// TestCharacterPageRomanceKeys checks that the keys of a character page
// that list partners, singular or plural, make each value the character's
// partner and a character of the page's series.
func TestCharacterPageRomanceKeys(t *testing.T) {
	for _, tc := range []struct{ name, key string }{
		{"singular", "Significant Other"},
		{"plural", "Significant Others"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := "= Nora Pell =\n\nNora Pell\n- Series: Harbour Nine\n- Portrayer: Mara Voss\n- " + tc.key + ": Owen Dace (soulmate, deceased), Ivo Brandt (formerly)\n\n" +
				"Nora Pell is a fictional character and the protagonist of the crime drama Harbour Nine.\n"
			x := extractDocs(t, page)[0]
			checkClaims(t, claimTriples(x, "ROMANTIC_PARTNER_OF"), []string{"Owen Dace ROMANTIC_PARTNER_OF Nora Pell", "Ivo Brandt ROMANTIC_PARTNER_OF Nora Pell"}, nil)
			checkClaims(t, claimTriples(x, "APPEARS_IN"), []string{"Ivo Brandt APPEARS_IN Harbour Nine"}, nil)
		})
	}
}
