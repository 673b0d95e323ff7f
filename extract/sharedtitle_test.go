package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestSharedTitle checks that a title the corpus knows as a series' is the
// novel where the words before it speak of one book, and the company
// where an apposition names one, while the series' other mentions, a
// clause after a plural "novels" among them, stay the series'.
func TestSharedTitle(t *testing.T) {
	const page = "Harbor Lights\n\nHarbor Lights is a crime drama television series created by Ned Carrow. It stars Ada Vale.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the types of the mentions named Harbor Lights, in order
	}{
		{"novel", page + "The series is based on the novel Harbor Lights by Carla Venn.\n", []string{graph.Series, graph.Series, graph.Book}},
		{"company", page + "It was made by Harbor Lights, the production company founded by Tom Reyes.\n", []string{graph.Series, graph.Series, graph.Organization}},
		{"plural-novels", page + "Based on Carla Venn's novels, Harbor Lights stars Ada Vale as a detective.\n", []string{graph.Series, graph.Series, graph.Series}},
		{"series-apposition", page + "Fans love Harbor Lights, the drama of the year.\n", []string{graph.Series, graph.Series, graph.Series}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range extractDocs(t, tc.text)[0].Mentions {
				if m.Name == "Harbor Lights" {
					got = append(got, m.Type)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("types %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("types %q, want %q", got, tc.want)
					break
				}
			}
		})
	}
}
