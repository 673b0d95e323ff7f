package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

func TestParseGold(t *testing.T) {
	tests := []struct {
		name      string
		entities  string
		relations string
		want      *Gold
	}{
		{
			name:     "entity with aliases and one without, trailing tab",
			entities: "# comment\n\nPerson\tMaggie Q\tMaggie|Q\nSeries\tBallard\t\n",
			want: &Gold{Entities: []GoldEntity{
				{Type: "Person", Name: "Maggie Q", Aliases: []string{"Maggie", "Q"}, Line: 3},
				{Type: "Series", Name: "Ballard", Line: 4},
			}},
		},
		{
			name:     "comparison works",
			entities: "Series\tBallard\n~Series\tMindhunter\t\n# ~Series\tCSI\n",
			want: &Gold{Entities: []GoldEntity{
				{Type: "Series", Name: "Ballard", Line: 1},
				{Type: "Series", Name: "Mindhunter", Optional: true, Line: 2},
				{Type: "Series", Name: "CSI", Optional: true, Line: 3},
			}},
		},
		{
			name:      "relations: detail column, borderline line, relation to optional entity",
			entities:  "Character\tTutu\nCharacter\tRenée Ballard\nSeries\tBallard\n~Series\tCSI\nCharacter\tCrate\n",
			relations: "# header\nTutu\tRELATIVE_OF\tRenée Ballard\tgrandmother\n# ~Crate\tAPPEARS_IN\tBallard\nCrate\tAPPEARS_IN\tCSI\n",
			want: &Gold{
				Entities: []GoldEntity{
					{Type: "Character", Name: "Tutu", Line: 1},
					{Type: "Character", Name: "Renée Ballard", Line: 2},
					{Type: "Series", Name: "Ballard", Line: 3},
					{Type: "Series", Name: "CSI", Optional: true, Line: 4},
					{Type: "Character", Name: "Crate", Line: 5},
				},
				Relations: []GoldRelation{
					{Subject: "Tutu", Predicate: "RELATIVE_OF", Object: "Renée Ballard", Detail: "grandmother", Line: 2},
					{Subject: "Crate", Predicate: "APPEARS_IN", Object: "Ballard", Optional: true, Line: 3},
					{Subject: "Crate", Predicate: "APPEARS_IN", Object: "CSI", Optional: true, Line: 4},
				},
			},
		},
		{
			name:      "CRLF line ends, BOM, names resolved after folding",
			entities:  "\ufeffCharacter\tRenée Ballard\tRenée\r\nSeries\tBallard\r\n",
			relations: "RENEE BALLARD\tAPPEARS_IN\tballard\r\n",
			want: &Gold{
				Entities: []GoldEntity{
					{Type: "Character", Name: "Renée Ballard", Aliases: []string{"Renée"}, Line: 1},
					{Type: "Series", Name: "Ballard", Line: 2},
				},
				Relations: []GoldRelation{{Subject: "RENEE BALLARD", Predicate: "APPEARS_IN", Object: "ballard", Line: 1}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGold(strings.NewReader(tt.entities), strings.NewReader(tt.relations))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("got  %+v\nwant %+v", g, tt.want)
			}
		})
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name      string
		entities  string
		relations string
		want      []string // substrings of the error, each file:line
	}{
		{"unknown type", "Person\tA\nActor\tB\n", "", []string{"entities.tsv:2: unknown entity type \"Actor\""}},
		{"too few fields", "Person\n", "", []string{"entities.tsv:1: want 2 or 3"}},
		{"too many fields", "Person\tA\tB\tC\n", "", []string{"entities.tsv:1: want 2 or 3"}},
		{"duplicate canonical after folding", "Person\tRenée\nCharacter\tRENEE\n", "",
			[]string{`entities.tsv:2: canonical name "RENEE" already used at line 1`}},
		{"malformed optional record", "# ~ a remark\n", "", []string{"entities.tsv:1: want 2 or 3"}},
		{"unknown predicate", "Person\tA\nSeries\tS\n", "A\tACTS_IN\tS\n", []string{`relations.tsv:1: unknown predicate "ACTS_IN"`}},
		{"unknown subject", "Series\tS\n", "B\tSTARS_IN\tS\n", []string{`relations.tsv:1: subject "B" is not a canonical name`}},
		{"alias is not a canonical name", "Person\tMaggie Q\tMaggie\nSeries\tS\n", "Maggie\tSTARS_IN\tS\n",
			[]string{`relations.tsv:1: subject "Maggie" is not a canonical name`}},
		{"unknown object", "Person\tA\n", "A\tSTARS_IN\tS\n", []string{`relations.tsv:1: object "S" is not a canonical name`}},
		{"signature", "Person\tA\nSeries\tS\n", "S\tSTARS_IN\tA\n", []string{"relations.tsv:1: STARS_IN wants Person -> Series"}},
		{"self relation", "Character\tA\n", "A\tPARTNER_OF\tA\n", []string{"relations.tsv:1: PARTNER_OF relates"}},
		{"malformed borderline line", "Person\tA\n", "# ~A\tSTARS_IN\n", []string{"relations.tsv:1: want 3 or 4"}},
		{"all errors reported", "Actor\tA\nPerson\tB\n", "x\n\nB\tFOO\tB\n",
			[]string{"entities.tsv:1:", "relations.tsv:1:", "relations.tsv:3:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold(strings.NewReader(tt.entities), strings.NewReader(tt.relations))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestLoadGoldMissingFile(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadGold(dir)
	if err == nil || !strings.Contains(err.Error(), "load gold "+dir) || !strings.Contains(err.Error(), EntitiesFile) {
		t.Fatalf("err = %v, want one naming the directory and %s", err, EntitiesFile)
	}
	if err := os.WriteFile(filepath.Join(dir, EntitiesFile), []byte("Person\tA\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadGold(dir)
	if err == nil || !strings.Contains(err.Error(), RelationsFile) {
		t.Fatalf("err = %v, want one naming %s", err, RelationsFile)
	}
}

// TestLoadSeedGold checks the parse of the real seed gold against counts
// made by hand from the files (grep -v '^#' | cut -f1 | sort | uniq -c).
func TestLoadSeedGold(t *testing.T) {
	g, err := LoadGold(filepath.Join("testdata", "seed"))
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := map[string]int{
		graph.Person: 41, graph.Character: 29, graph.Series: 3, graph.Book: 4,
		graph.Organization: 17, graph.Place: 4, "~" + graph.Series: 6,
	}
	types := map[string]int{}
	aliases := 0
	for _, e := range g.Entities {
		k := e.Type
		if e.Optional {
			k = "~" + k
		} else {
			aliases += len(e.Aliases)
		}
		types[k]++
	}
	if !reflect.DeepEqual(types, wantTypes) {
		t.Errorf("entities by type = %v, want %v", types, wantTypes)
	}
	if aliases != 28 {
		t.Errorf("aliases of required entities = %d, want 28", aliases)
	}
	wantPreds := map[string]int{
		"AIRS_ON": 2, "APPEARS_IN": 40, "BASED_ON": 4, "CREATED": 3, "DIRECTED": 1,
		"EXECUTIVE_PRODUCER_OF": 11, "KILLED": 1, "MEMBER_OF": 17, "PARTNER_OF": 2,
		"PLAYS": 28, "PRODUCED_BY": 5, "RELATIVE_OF": 5, "ROMANTIC_PARTNER_OF": 3,
		"SET_IN": 1, "SHOWRUNNER_OF": 2, "SPINOFF_OF": 2, "STARS_IN": 9, "WROTE": 4,
	}
	preds := map[string]int{}
	optional, details := 0, 0
	for _, r := range g.Relations {
		preds[r.Predicate]++
		if r.Optional {
			optional++
		}
		if r.Detail != "" {
			details++
		}
	}
	if !reflect.DeepEqual(preds, wantPreds) {
		t.Errorf("relations by predicate = %v, want %v", preds, wantPreds)
	}
	if len(g.Relations) != 140 || optional != 0 || details != 5 {
		t.Errorf("relations = %d (optional %d, with detail %d), want 140 (0, 5)", len(g.Relations), optional, details)
	}
	last := g.Relations[len(g.Relations)-1]
	if last.Subject != "Crate" || last.Object != "LAPD" {
		t.Errorf("last relation = %+v, want Crate MEMBER_OF LAPD", last)
	}

	// Scoring an empty graph: every required entity, gold alias pair and
	// relation is a miss. 31 alias pairs, counted by hand from the distinct
	// folded forms of each entity (e.g. Zamira Parker's 4 forms give 6).
	r := Score(&graph.Graph{}, g)
	if r.Entities.FN != 98 || r.Aliases.FN != 31 || r.Relations.FN != 140 {
		t.Errorf("misses: entities %d, alias pairs %d, relations %d; want 98, 31, 140",
			r.Entities.FN, r.Aliases.FN, r.Relations.FN)
	}
}
