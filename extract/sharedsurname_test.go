package extract_test

import "testing"

// TestSharedSurnames checks that the given names of a list sharing one
// surname get the full name as their alias, and that the full name is a
// mention of its own, while lists that give no surname are left alone.
func TestSharedSurnames(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string]string // given name: full name
		not        []string          // given names that take no full name
	}{
		{"surname after the last",
			"He is the brother of Anna, Peter and Lukas Brenner, who run the farm.",
			map[string]string{"Anna": "Anna Brenner", "Peter": "Peter Brenner"}, nil},
		{"a serial comma",
			"She is the mother of Anna, Peter, and Lukas Brenner.",
			map[string]string{"Anna": "Anna Brenner", "Peter": "Peter Brenner"}, nil},
		{"kin noun before the surname",
			"He travels with the brothers Varga, Peter (Tom Dale) and Simon (Ray Holt), who own a bar.",
			map[string]string{"Peter": "Peter Varga", "Simon": "Simon Varga"}, nil},
		{"kin noun after the surname",
			"The Varga sisters, Anna and Maria, own a bar in town.",
			map[string]string{"Anna": "Anna Varga", "Maria": "Maria Varga"}, nil},
		{"a field's value",
			"Harbor\nGenre\nCreated byNoah Hill\nBased onHarbor\nby Anna and Peter Brenner\nStarring\n\nHarbor is a drama series.",
			map[string]string{"Anna": "Anna Brenner"}, nil},
		{"a list of spouses",
			"He is the husband of Anna and Maria Brenner.",
			nil, []string{"Anna"}},
		{"a word of a longer name first",
			"He thanked Mary Jo and Peter Brenner for the help.",
			nil, []string{"Jo", "Mary"}},
		{"no given name in the list",
			"The show aired on Netflix and Peter Brenner wrote it.",
			nil, []string{"Netflix"}},
		{"a surname the document writes",
			"The show comes from Anna Morgan. It was created by Morgan and Peter Brenner.",
			nil, []string{"Morgan"}},
		{"a kin noun with one name",
			"The Varga brothers, Peter, own a bar.",
			nil, []string{"Peter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := extractDocs(t, c.text)[0].Mentions
			alias, named := map[string]string{}, map[string]bool{}
			for _, m := range ms {
				alias[m.Name] = m.Alias
				named[m.Name] = true
			}
			for given, full := range c.want {
				if alias[given] != full {
					t.Errorf("%q: alias %q, want %q (mentions %v)", given, alias[given], full, alias)
				}
				if !named[full] {
					t.Errorf("no mention named %q", full)
				}
			}
			for _, given := range c.not {
				if alias[given] != "" {
					t.Errorf("%q: alias %q, want none", given, alias[given])
				}
			}
		})
	}
}

// TestSharedSurnameKnownElsewhere checks that a given name another
// document writes with another surname takes no surname from a list, while
// one the corpus writes alone does.
func TestSharedSurnameKnownElsewhere(t *testing.T) {
	cases := []struct {
		name, other, text, given, want string
	}{
		{"another surname elsewhere", "The cast includes Clive Owen as the lead.", "It was made by Owen and Peter Brenner last year.", "Owen", ""},
		{"the given name alone elsewhere", "Later, Owen returns to the farm.", "He is the brother of Owen and Peter Brenner.", "Owen", "Owen Brenner"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, m := range extractDocs(t, c.other, c.text)[1].Mentions {
				if m.Name == c.given && m.Alias != c.want {
					t.Errorf("%q: alias %q, want %q", m.Name, m.Alias, c.want)
				}
			}
		})
	}
}
