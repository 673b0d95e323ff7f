package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/eval"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
)

// evalGoldDir writes a tiny gold (4 entities, 4 alias pairs, 3 relations)
// to a new directory and returns it.
func evalGoldDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		eval.EntitiesFile: "Person\tMaggie Q\tMaggie|Q\n" +
			"Character\tRenée Ballard\tRenee Ballard|Renée\n" +
			"Series\tBallard\t\n" +
			"Character\tTutu\t\n" +
			"~Series\tMindhunter\t\n",
		eval.RelationsFile: "Maggie Q\tPLAYS\tRenée Ballard\n" +
			"Renée Ballard\tAPPEARS_IN\tBallard\n" +
			"Tutu\tRELATIVE_OF\tRenée Ballard\tgrandmother\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// evalStoreDir writes a small predicted graph to a new embedded store:
// 3 of the 4 gold entities (Tutu missed), a duplicate of the series, a
// comparison work (ignored), 2 of the 3 relations and a relation to the
// duplicate (false positive). Renée's short form "Renée" is missing: 3 of
// the 4 alias pairs are joined.
func evalStoreDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g := &graph.Graph{
		Entities: []graph.Entity{
			{ID: "p1", Type: graph.Person, Name: "Maggie Q", Aliases: []string{"Maggie", "Q"}},
			{ID: "p2", Type: graph.Character, Name: "Renee Ballard"},
			{ID: "p3", Type: graph.Series, Name: "Ballard"},
			{ID: "p4", Type: graph.Character, Name: "BALLARD"},
			{ID: "p5", Type: graph.Series, Name: "Mindhunter"},
		},
		Relations: []graph.Relation{
			{From: "p1", Type: "PLAYS", To: "p2", Sources: []string{"d"}},
			{From: "p2", Type: "APPEARS_IN", To: "p3", Sources: []string{"d"}},
			{From: "p1", Type: "STARS_IN", To: "p4", Sources: []string{"d"}},
		},
	}
	if err := st.Replace(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestEval(t *testing.T) {
	gold, store := evalGoldDir(t), evalStoreDir(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		has    []string // in stdout
		hasNot []string // in stdout
		errHas []string // in stderr
	}{
		{
			name: "table",
			args: []string{"--store", store, "eval", "--gold", gold},
			has: []string{
				"        entities  0.750  0.750  0.750   3   1   1",
				"  typed entities  0.750  0.750  0.750   3   1   1",
				"         aliases  1.000  0.750  0.857   3   0   1",
				"       relations  0.667  0.667  0.667   2   1   1",
				"ignored (optional in gold): 1 entities, 0 relations",
			},
			hasNot: []string{"missed"},
		},
		{
			name: "report lists misses and false positives",
			args: []string{"--store", store, "eval", "--gold", gold, "--report"},
			has: []string{
				"Character\n  entities  P 0.500 R 0.500 F1 0.500 (TP 1 FP 1 FN 1)",
				"  missed    Tutu\n",
				"  false     BALLARD [p4] (duplicate of Ballard)\n",
				"RELATIVE_OF  P 0.000 R 0.000 F1 0.000 (TP 0 FP 0 FN 1)\n  missed    Tutu RELATIVE_OF Renée Ballard [grandmother]\n",
				"STARS_IN  P 0.000 R 0.000 F1 0.000 (TP 0 FP 1 FN 0)\n  false     Maggie Q STARS_IN BALLARD (object not matched to gold)\n",
				"  missed    Renée = Renée Ballard (Renée Ballard)\n",
			},
		},
		{
			name: "thresholds met",
			args: []string{"--store", store, "eval", "--gold", gold, "--min-entity-f1", "0.75", "--min-relation-f1", "0.6"},
			has:  []string{"relations  0.667"},
		},
		{
			name:   "thresholds not met exit 1 after printing",
			args:   []string{"--store", store, "eval", "--gold", gold, "--min-entity-f1", "0.8", "--min-alias-f1", "0.9", "--min-typed-f1", "0.5"},
			code:   exitError,
			has:    []string{"entities  0.750"},
			errHas: []string{"entity F1 0.750 is below --min-entity-f1 0.8; alias F1 0.857 is below --min-alias-f1 0.9"},
		},
		{
			name:   "threshold out of range",
			args:   []string{"--store", store, "eval", "--gold", gold, "--min-entity-f1", "80"},
			code:   exitUsage,
			errHas: []string{"--min-entity-f1 80 is not between 0 and 1"},
		},
		{
			name:   "gold missing",
			args:   []string{"--store", store, "eval"},
			code:   exitUsage,
			errHas: []string{"eval: --gold DIR is required"},
		},
		{
			name:   "gold unreadable",
			args:   []string{"--store", store, "eval", "--gold", filepath.Join(gold, "nope")},
			code:   exitError,
			errHas: []string{"eval: load gold " + filepath.Join(gold, "nope"), eval.EntitiesFile},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(context.Background(), append([]string{"kg"}, tt.args...), &out, &errOut)
			if code := exitCode(err, &errOut); code != tt.code {
				t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, &out, &errOut)
			}
			for _, s := range tt.has {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, &out)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(out.String(), s) {
					t.Errorf("stdout has %q:\n%s", s, &out)
				}
			}
			for _, s := range tt.errHas {
				if !strings.Contains(errOut.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, &errOut)
				}
			}
		})
	}
}

func TestEvalJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"kg", "--store", evalStoreDir(t), "eval", "--gold", evalGoldDir(t), "--json"}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, &errOut)
	}
	var r eval.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v\n%s", err, &out)
	}
	if r.Entities.TP != 3 || r.Entities.FP != 1 || r.Entities.FN != 1 || r.Relations.TP != 2 || r.Ignored.Entities != 1 {
		t.Errorf("report = %+v", r)
	}
	if len(r.Types) == 0 || len(r.Predicates) == 0 {
		t.Errorf("JSON report lacks the breakdown: %s", &out)
	}
}
