package extract_test

import "testing"

// TestStageNameParen checks that a person's other name in parentheses in a
// sentence of credits ("David Lind (Dave)", "Ann Roe (Annie Tempest)",
// once written "aka Annie Tempest") is a person's name, not a series, and
// that the sentence's other notes are still titles.
func TestStageNameParen(t *testing.T) {
	xs := extractDocs(t, "Ann Roe (aka Annie Tempest) sings at the harbour festival every year.\n",
		"New cast members include Tom Fell (The Salt Line), singers Ann Roe (Annie Tempest) and David Lind (Dave), and Ivo Lund (Ferrymen).\n")
	got := map[string]string{}
	for _, m := range xs[1].Mentions {
		got[m.Name] = m.Type
	}
	checkNamed(t, got, map[string]string{"The Salt Line": "Series", "Ferrymen": "Series", "Annie Tempest": "Person", "Dave": "Person"}, nil)
}
