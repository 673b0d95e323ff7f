package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
)

// cliSources is the seed corpus the end-to-end tests copy.
const cliSources = "../../sources/ballard"

// cliResult is the outcome of one in-process run of kg.
type cliResult struct {
	code           int
	stdout, stderr string
}

// cliRun runs kg in-process with args and maps its error to an exit code
// as main does.
func cliRun(t *testing.T, args ...string) cliResult {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"kg"}, args...), &out, &errOut)
	code := exitCode(err, &errOut)
	return cliResult{code, out.String(), errOut.String()}
}

// cliMustRun runs kg and fails the test unless it exits with code 0.
func cliMustRun(t *testing.T, args ...string) cliResult {
	t.Helper()
	r := cliRun(t, args...)
	if r.code != 0 {
		t.Fatalf("kg %s: exit code %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// cliCorpus copies the seed corpus (documents and manifest) to a new
// folder, so that a test can edit or remove documents, and returns the
// folder and the number of documents in it.
func cliCorpus(t *testing.T) (string, int) {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(cliSources)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(cliSources, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if e.Name() != "manifest.tsv" {
			n++
		}
	}
	if n == 0 {
		t.Fatalf("no documents in %s", cliSources)
	}
	return dir, n
}

// cliStore is a kind of store the end-to-end tests run kg against.
type cliStore struct {
	name string
	// open returns the global flags that give kg an empty store of this
	// kind; a second call in the same test gives another empty one.
	open func(t *testing.T) []string
	// neo4j is set for the Neo4j server, whose nodes and relationships the
	// tests count beside the export.
	neo4j bool
}

// cliStores are the stores the re-ingestion tests run against. The Neo4j
// one skips without NEO4J_URI and fails under KG_REQUIRE_NEO4J=1; kg reaches
// the database neo4jtest locked and emptied because both read the same
// NEO4J_* variables, and --neo4j selects it over the --store beside it.
var cliStores = []cliStore{
	{name: "embedded", open: func(t *testing.T) []string {
		t.Helper()
		return []string{"--store", t.TempDir()}
	}},
	{name: "neo4j", neo4j: true, open: func(t *testing.T) []string {
		t.Helper()
		neo4jtest.Open(t, 0) // holds the database until t ends, and empties it
		return []string{"--neo4j", "--store", t.TempDir()}
	}},
}

// forEachStore runs test as a subtest for each of cliStores, one after the
// other: Neo4j tests must not run in parallel.
func forEachStore(t *testing.T, test func(t *testing.T, s cliStore)) {
	for _, s := range cliStores {
		t.Run(s.name, func(t *testing.T) { test(t, s) })
	}
}

// cliArgs returns the store flags followed by args, in a new slice.
func cliArgs(store []string, args ...string) []string {
	return append(append([]string(nil), store...), args...)
}

// neo4jCounts are the numbers of nodes and relationships in the Neo4j
// database as Neo4j counts them, beneath the store: a duplicated or orphaned
// node or edge that the export does not show counts here.
type neo4jCounts struct{ nodes, relationships int64 }

// countNeo4j counts the nodes and relationships of the database neo4jtest
// holds for t.
func countNeo4j(t *testing.T) neo4jCounts {
	t.Helper()
	return neo4jCounts{
		nodes:         neo4jCount(t, "MATCH (n) RETURN count(n) AS n", nil),
		relationships: neo4jCount(t, "MATCH ()-[r]->() RETURN count(r) AS n", nil),
	}
}

// neo4jCount runs a Cypher statement that returns one count, as n, on the
// database neo4jtest holds for t.
func neo4jCount(t *testing.T, cypher string, params map[string]any) int64 {
	t.Helper()
	rows := neo4jtest.Run(t, neo4jtest.Config(t), cypher, params)
	if len(rows) != 1 {
		t.Fatalf("neo4j: %s: %d rows, want 1", cypher, len(rows))
	}
	n, ok := rows[0]["n"].(int64)
	if !ok {
		t.Fatalf("neo4j: %s: n is %T, want a count", cypher, rows[0]["n"])
	}
	return n
}

// cliExport runs kg export --format json on the embedded store in dir and
// returns the bytes written and the graph they decode to.
func cliExport(t *testing.T, dir string) ([]byte, *graph.Graph) {
	t.Helper()
	return cliExportFrom(t, []string{"--store", dir})
}

// cliExportFrom runs kg export --format json on the store the flags select
// and returns the bytes written and the graph they decode to.
func cliExportFrom(t *testing.T, store []string) ([]byte, *graph.Graph) {
	t.Helper()
	r := cliMustRun(t, cliArgs(store, "export", "--format", "json")...)
	var g graph.Graph
	if err := json.Unmarshal([]byte(r.stdout), &g); err != nil {
		t.Fatalf("export is not JSON: %v\n%.300s", err, r.stdout)
	}
	return []byte(r.stdout), &g
}

var summaryLine = regexp.MustCompile(`(?m)^ingested (\d+) documents? \((\d+) unchanged\b`)

// checkSummary checks the first line of kg ingest's summary: how many
// documents were ingested and how many of them had not changed.
func checkSummary(t *testing.T, stdout string, docs, unchanged int) {
	t.Helper()
	m := summaryLine.FindStringSubmatch(stdout)
	if m == nil {
		t.Errorf("no summary line \"ingested N document(s) (M unchanged ...)\" in:\n%s", stdout)
		return
	}
	if m[1] != strconv.Itoa(docs) || m[2] != strconv.Itoa(unchanged) {
		t.Errorf("summary says %s documents, %s unchanged; want %d, %d", m[1], m[2], docs, unchanged)
	}
}

// docID is the document id of a source file: its name without extension.
func docID(name string) string { return strings.TrimSuffix(name, filepath.Ext(name)) }

func TestCLIIngestIsIdempotent(t *testing.T) {
	forEachStore(t, testIngestIsIdempotent)
}

// testIngestIsIdempotent ingests the corpus twice into the store s gives:
// the second run finds every document unchanged and the export stays the
// same byte for byte, and so do Neo4j's counts of nodes and relationships.
func testIngestIsIdempotent(t *testing.T, s cliStore) {
	corpus, n := cliCorpus(t)
	store := s.open(t)

	r := cliMustRun(t, cliArgs(store, "ingest", corpus)...)
	checkSummary(t, r.stdout, n, 0)
	for _, want := range []string{"entities", "relations", "time by stage:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.stderr != "" {
		t.Errorf("stderr = %q, want nothing for a clean corpus", r.stderr)
	}
	first, g := cliExportFrom(t, store)
	if len(g.Documents) != n || len(g.Entities) == 0 || len(g.Relations) == 0 {
		t.Fatalf("export has %d documents, %d entities, %d relations; want %d documents and some of each",
			len(g.Documents), len(g.Entities), len(g.Relations), n)
	}
	var counts neo4jCounts
	if s.neo4j {
		counts = countNeo4j(t)
	}

	r = cliMustRun(t, cliArgs(store, "ingest", corpus)...)
	checkSummary(t, r.stdout, n, n)
	second, _ := cliExportFrom(t, store)
	if !bytes.Equal(first, second) {
		t.Errorf("re-ingesting the same documents changed the export:\n%s", firstDiff(first, second))
	}
	if s.neo4j {
		if got := countNeo4j(t); got != counts {
			t.Errorf("re-ingesting the same documents changed Neo4j's counts: %d nodes and %d relationships, %d and %d before",
				got.nodes, got.relationships, counts.nodes, counts.relationships)
		}
	}

	// A fresh store gives the same export: ids come from content, not
	// from the order of runs or chance.
	other := s.open(t)
	cliMustRun(t, cliArgs(other, "ingest", corpus)...)
	third, _ := cliExportFrom(t, other)
	if !bytes.Equal(first, third) {
		t.Errorf("ingesting into a fresh store gave another export:\n%s", firstDiff(first, third))
	}
	if s.neo4j {
		if got := countNeo4j(t); got != counts {
			t.Errorf("ingesting into an emptied database gave %d nodes and %d relationships, %d and %d the first time",
				got.nodes, got.relationships, counts.nodes, counts.relationships)
		}
	}
}

// firstDiff describes the first line where a and b differ.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return "(equal)"
}

func TestCLIExportShape(t *testing.T) {
	corpus, n := cliCorpus(t)
	store := t.TempDir()
	cliMustRun(t, "--store", store, "ingest", corpus)
	data, _ := cliExport(t, store)

	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	records := func(key string) []map[string]json.RawMessage {
		t.Helper()
		var rs []map[string]json.RawMessage
		raw, ok := top[key]
		if !ok {
			t.Fatalf("export has no %q key", key)
		}
		if err := json.Unmarshal(raw, &rs); err != nil {
			t.Fatalf("%q is not a list of objects: %v", key, err)
		}
		return rs
	}
	str := func(r map[string]json.RawMessage, key, what string) string {
		t.Helper()
		var s string
		if err := json.Unmarshal(r[key], &s); err != nil || s == "" {
			t.Errorf("%s has no string %q: %s", what, key, r[key])
		}
		return s
	}
	strs := func(r map[string]json.RawMessage, key, what string) []string {
		t.Helper()
		var ss []string
		if !bytes.HasPrefix(r[key], []byte("[")) {
			t.Errorf("%s: %q is %s, want a list", what, key, r[key])
		} else if err := json.Unmarshal(r[key], &ss); err != nil {
			t.Errorf("%s: %q is not a list of strings: %v", what, key, err)
		}
		return ss
	}

	docs := records("documents")
	docIDs := map[string]bool{}
	var prevDoc string
	hexHash := regexp.MustCompile(`^[0-9a-f]{64}$`)
	for i, d := range docs {
		id := str(d, "id", "document "+strconv.Itoa(i))
		if !hexHash.MatchString(str(d, "hash", id)) {
			t.Errorf("document %s: hash %s is not a hex SHA-256", id, d["hash"])
		}
		str(d, "path", id)
		if id <= prevDoc {
			t.Errorf("documents out of order: %q after %q", id, prevDoc)
		}
		prevDoc = id
		docIDs[id] = true
	}
	if len(docs) != n {
		t.Errorf("%d documents, want %d", len(docs), n)
	}

	ents := records("entities")
	entIDs := map[string]bool{}
	var prevEnt string
	for i, e := range ents {
		id := str(e, "id", "entity "+strconv.Itoa(i))
		if typ := str(e, "type", id); !graph.ValidType(typ) {
			t.Errorf("entity %s: type %q is not one of %v", id, typ, graph.EntityTypes)
		}
		str(e, "name", id)
		strs(e, "aliases", id)
		if id <= prevEnt {
			t.Errorf("entities out of order: %q after %q", id, prevEnt)
		}
		prevEnt = id
		entIDs[id] = true
	}

	rels := records("relations")
	var prevRel string
	for i, r := range rels {
		what := "relation " + strconv.Itoa(i)
		from, typ, to := str(r, "from", what), str(r, "type", what), str(r, "to", what)
		what = from + " " + typ + " " + to
		if !graph.ValidPredicate(typ) {
			t.Errorf("%s: %q is not a predicate", what, typ)
		}
		if !entIDs[from] || !entIDs[to] {
			t.Errorf("%s: an end is not an entity of the export", what)
		}
		sources := strs(r, "sources", what)
		if len(sources) == 0 {
			t.Errorf("%s has no sources", what)
		}
		for _, s := range sources {
			if !docIDs[s] {
				t.Errorf("%s: source %q is not a document of the export", what, s)
			}
		}
		if !sort.StringsAreSorted(sources) {
			t.Errorf("%s: sources %q are not sorted", what, sources)
		}
		key := from + "|" + typ + "|" + to
		if key <= prevRel {
			t.Errorf("relations out of order: %q after %q", key, prevRel)
		}
		prevRel = key
	}
}

func TestCLIStats(t *testing.T) {
	corpus, n := cliCorpus(t)
	store := t.TempDir()
	cliMustRun(t, "--store", store, "ingest", corpus)
	_, g := cliExport(t, store)
	r := cliMustRun(t, "--store", store, "stats")
	count := func(label string) int {
		t.Helper()
		m := regexp.MustCompile(`(?m)^` + label + `\s+(\d+)$`).FindStringSubmatch(r.stdout)
		if m == nil {
			t.Fatalf("stats has no %q line:\n%s", label, r.stdout)
		}
		v, _ := strconv.Atoi(m[1])
		return v
	}
	if got := count("documents"); got != n {
		t.Errorf("stats: %d documents, want %d", got, n)
	}
	if got := count("entities"); got != len(g.Entities) {
		t.Errorf("stats: %d entities, export has %d", got, len(g.Entities))
	}
	if got := count("relations"); got != len(g.Relations) {
		t.Errorf("stats: %d relations, export has %d", got, len(g.Relations))
	}
	for typ, want := range g.Count().Entities {
		if got := count(`\s+` + typ); got != want {
			t.Errorf("stats: %d %s entities, export has %d", got, typ, want)
		}
	}

}

func TestCLIIngestBadInput(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(cliSources, "002_ee6f08d6101e13f5.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		// files to write in the folder given to ingest (nil: the folder
		// is not created)
		files map[string][]byte
		// seed ingests the seed corpus into the store first
		seed      bool
		code      int
		stderr    []string // substrings; "{dir}" is the folder
		wantDocs  []string // documents stored afterwards; nil with seed: the seeded graph, unchanged
		unchanged bool
	}{
		{
			name:     "binary file beside a good one",
			files:    map[string][]byte{"good.txt": good, "photo.txt": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
			code:     exitError,
			stderr:   []string{filepath.Join("{dir}", "photo.txt"), "binary"},
			wantDocs: []string{"good"},
		},
		{
			name:     "invalid UTF-8 beside a good one",
			files:    map[string][]byte{"good.txt": good, "latin1.txt": []byte("Ren\xe9e Ballard")},
			code:     exitError,
			stderr:   []string{filepath.Join("{dir}", "latin1.txt"), "invalid UTF-8 at byte offset 3"},
			wantDocs: []string{"good"},
		},
		{
			name:      "no documents keeps the stored graph",
			files:     map[string][]byte{"manifest.tsv": []byte("# file\ttitle\tkind\n")},
			seed:      true,
			code:      exitError,
			stderr:    []string{"no documents found", "the stored graph is unchanged"},
			unchanged: true,
		},
		{
			name:      "only bad files keep the stored graph",
			files:     map[string][]byte{"empty.txt": nil},
			seed:      true,
			code:      exitError,
			stderr:    []string{filepath.Join("{dir}", "empty.txt"), "empty file", "no documents found"},
			unchanged: true,
		},
		{
			name:      "missing folder keeps the stored graph",
			seed:      true,
			code:      exitError,
			stderr:    []string{"{dir}", "no such file or folder"},
			unchanged: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := t.TempDir()
			var before []byte
			if tt.seed {
				corpus, _ := cliCorpus(t)
				cliMustRun(t, "--store", store, "ingest", corpus)
				before, _ = cliExport(t, store)
			}
			dir := filepath.Join(t.TempDir(), "corpus")
			if tt.files != nil {
				if err := os.Mkdir(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				for name, data := range tt.files {
					if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			r := cliRun(t, "--store", store, "ingest", dir)
			if r.code != tt.code {
				t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, s := range tt.stderr {
				s = strings.ReplaceAll(s, "{dir}", dir)
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
			after, g := cliExport(t, store)
			if tt.unchanged && !bytes.Equal(before, after) {
				t.Errorf("the stored graph changed:\n%s", firstDiff(before, after))
			}
			if tt.wantDocs != nil {
				var ids []string
				for _, d := range g.Documents {
					ids = append(ids, d.ID)
				}
				if strings.Join(ids, ",") != strings.Join(tt.wantDocs, ",") {
					t.Errorf("stored documents %q, want %q", ids, tt.wantDocs)
				}
				if len(g.Entities) == 0 {
					t.Errorf("the good document gave no entities")
				}
			}
		})
	}
}

func TestCLIUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{name: "help lists the commands", args: []string{"--help"}, code: exitOK, stdout: []string{"ingest", "export", "stats", "eval"}},
		{name: "unknown global flag", args: []string{"--no-such-flag", "stats"}, code: exitUsage, stderr: []string{"no-such-flag", "kg --help"}},
		{name: "unknown ingest flag", args: []string{"ingest", "--no-such-flag", "sources"}, code: exitUsage, stderr: []string{"no-such-flag"}},
		{name: "unknown export format", args: []string{"export", "--format", "xml"}, code: exitUsage, stderr: []string{`unknown format "xml"`}},
		{name: "mistyped command", args: []string{"ingset"}, code: exitUsage,
			stderr: []string{"unknown command 'ingset'; did you mean 'ingest'?", "kg --help"}},
		{name: "command missing a letter", args: []string{"stat"}, code: exitUsage, stderr: []string{"did you mean 'stats'?"}},
		{name: "command nothing like a command", args: []string{"frobnicate"}, code: exitUsage,
			stderr: []string{"unknown command 'frobnicate' (the commands are: ingest, export"}},
		{name: "no command shows help", args: nil, code: exitOK, stdout: []string{"ingest", "stats"}},
		{name: "global flag after the command", args: []string{"stats", "--neo4j"}, code: exitUsage,
			stderr: []string{"stats: unknown flag --neo4j (a global flag: give it before the command, as in 'kg --neo4j ... stats')"}},
		{name: "stats takes no arguments", args: []string{"stats", "extra"}, code: exitUsage,
			stderr: []string{`stats: unexpected argument "extra"`}},
		{name: "export takes no arguments", args: []string{"export", "json"}, code: exitUsage,
			stderr: []string{`export: unexpected argument "json"`}},
		{name: "conflicts takes no arguments", args: []string{"conflicts", "fate"}, code: exitUsage,
			stderr: []string{`conflicts: unexpected argument "fate"`}},
		{name: "eval takes no arguments", args: []string{"eval", "--gold", "g", "extra"}, code: exitUsage,
			stderr: []string{`eval: unexpected argument "extra"`}},
		{name: "guide takes no arguments", args: []string{"guide", "now"}, code: exitUsage,
			stderr: []string{`guide: unexpected argument "now"`}},
		{name: "explain takes one name", args: []string{"explain", "Renée", "Ballard"}, code: exitUsage,
			stderr: []string{"explain: want one entity id or name, not 2 arguments"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cliRun(t, append([]string{"--store", t.TempDir()}, tt.args...)...)
			if r.code != tt.code {
				t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.code, r.stdout, r.stderr)
			}
			for _, s := range tt.stdout {
				if !regexp.MustCompile(`(?m)^\s+` + regexp.QuoteMeta(s) + `\b`).MatchString(r.stdout) {
					t.Errorf("stdout does not list %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
		})
	}
}

// relationIndex maps relation keys to relations.
func relationIndex(g *graph.Graph) map[string]graph.Relation {
	m := map[string]graph.Relation{}
	for _, r := range g.Relations {
		m[r.Key()] = r
	}
	return m
}

// evidenceOutside lists, for every relation, its evidence in documents
// other than doc, as comparable strings.
func evidenceOutside(g *graph.Graph, doc string) map[string]bool {
	out := map[string]bool{}
	for _, r := range g.Relations {
		for _, e := range r.Evidence {
			if e.Document != doc {
				out[r.Key()+" @ "+e.Document+":"+strconv.Itoa(e.Start)+"-"+strconv.Itoa(e.End)] = true
			}
		}
	}
	return out
}

func TestCLIReingestEditedDocument(t *testing.T) {
	forEachStore(t, testReingestEditedDocument)
}

// testReingestEditedDocument removes a sentence from one document and
// re-ingests the corpus into the store s gives: only that document's facts
// change.
func testReingestEditedDocument(t *testing.T, s cliStore) {
	const edited = "004_7e01e6e73a6f2d4d.txt"
	const sentence = "Gary kills team member Ted Rawls and later tries to kill Renée, but she manages to defeat him. "
	corpus, n := cliCorpus(t)
	store := s.open(t)
	cliMustRun(t, cliArgs(store, "ingest", corpus)...)
	_, before := cliExportFrom(t, store)

	path := filepath.Join(corpus, edited)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(sentence)) {
		t.Fatalf("%s no longer says %q; pick another sentence to remove", edited, sentence)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(sentence), nil, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cliMustRun(t, cliArgs(store, "ingest", corpus)...)
	checkSummary(t, r.stdout, n, n-1)
	_, after := cliExportFrom(t, store)

	id := docID(edited)
	hashes := map[string]string{}
	for _, d := range before.Documents {
		hashes[d.ID] = d.Hash
	}
	for _, d := range after.Documents {
		if changed := hashes[d.ID] != d.Hash; changed != (d.ID == id) {
			t.Errorf("document %s: hash changed = %v", d.ID, changed)
		}
	}
	if len(after.Documents) != len(before.Documents) {
		t.Errorf("%d documents after the edit, %d before", len(after.Documents), len(before.Documents))
	}

	// Entities found again keep their ids.
	ids := map[string]string{}
	for _, e := range before.Entities {
		ids[e.Type+"|"+e.Name] = e.ID
	}
	for _, e := range after.Entities {
		if old, ok := ids[e.Type+"|"+e.Name]; ok && old != e.ID {
			t.Errorf("%s %q changed id from %s to %s", e.Type, e.Name, old, e.ID)
		}
	}

	// The killing was stated only in the removed sentence.
	killed := func(g *graph.Graph) []graph.Relation {
		var out []graph.Relation
		for _, r := range g.Relations {
			if r.Type == "KILLED" {
				out = append(out, r)
			}
		}
		return out
	}
	if len(killed(before)) == 0 {
		t.Fatalf("no KILLED relation before the edit; the test needs one")
	}
	for _, r := range killed(after) {
		t.Errorf("KILLED relation %s survives the removal of the only sentence stating it (sources %q)", r.Key(), r.Sources)
	}

	// What other documents say is untouched.
	b, a := evidenceOutside(before, id), evidenceOutside(after, id)
	for k := range b {
		if !a[k] {
			t.Errorf("evidence lost though its document did not change: %s", k)
		}
	}
	for k := range a {
		if !b[k] {
			t.Errorf("evidence gained though its document did not change: %s", k)
		}
	}
}

func TestCLIReingestRemovedDocument(t *testing.T) {
	forEachStore(t, testReingestRemovedDocument)
}

// testReingestRemovedDocument removes one document and re-ingests the
// corpus into the store s gives: the facts only it supported are gone, and
// in Neo4j so are its Document node and the MENTIONED_IN edges to it.
func testReingestRemovedDocument(t *testing.T, s cliStore) {
	const removed = "004_7e01e6e73a6f2d4d.txt"
	id := docID(removed)
	corpus, n := cliCorpus(t)
	store := s.open(t)
	cliMustRun(t, cliArgs(store, "ingest", corpus)...)
	_, before := cliExportFrom(t, store)
	const (
		documentNodes = "MATCH (d:Document {id: $id}) RETURN count(d) AS n"
		mentionEdges  = "MATCH ()-[m:MENTIONED_IN]->(d) WHERE d.id = $id RETURN count(m) AS n"
	)
	params := map[string]any{"id": id}
	if s.neo4j {
		if d, m := neo4jCount(t, documentNodes, params), neo4jCount(t, mentionEdges, params); d != 1 || m == 0 {
			t.Fatalf("before the removal Neo4j has %d Document nodes %s and %d MENTIONED_IN edges to it; the test needs one and some", d, id, m)
		}
	}
	if err := os.Remove(filepath.Join(corpus, removed)); err != nil {
		t.Fatal(err)
	}
	r := cliMustRun(t, cliArgs(store, "ingest", corpus)...)
	checkSummary(t, r.stdout, n-1, n-1)
	_, after := cliExportFrom(t, store)
	if s.neo4j {
		if d := neo4jCount(t, documentNodes, params); d != 0 {
			t.Errorf("Neo4j still has %d Document nodes %s", d, id)
		}
		if m := neo4jCount(t, mentionEdges, params); m != 0 {
			t.Errorf("Neo4j still has %d MENTIONED_IN edges to %s", m, id)
		}
	}

	for _, d := range after.Documents {
		if d.ID == id {
			t.Errorf("document %s is still stored", id)
		}
	}
	for _, m := range after.Mentions {
		if m.Document == id {
			t.Errorf("entity %s is still mentioned in %s", m.Entity, id)
		}
	}
	afterRels := relationIndex(after)
	only, shared := 0, 0
	for _, rb := range before.Relations {
		var rest []string
		for _, s := range rb.Sources {
			if s != id {
				rest = append(rest, s)
			}
		}
		if len(rest) == len(rb.Sources) {
			continue // the removed document did not support it
		}
		ra, ok := afterRels[rb.Key()]
		if len(rest) == 0 {
			only++
			if ok {
				t.Errorf("%s was supported only by %s and survives its removal (sources %q)", rb.Key(), id, ra.Sources)
			}
			continue
		}
		shared++
		if !ok {
			t.Errorf("%s lost its other sources %q with %s", rb.Key(), rest, id)
			continue
		}
		if strings.Join(ra.Sources, ",") != strings.Join(rest, ",") {
			t.Errorf("%s has sources %q after removing %s, want %q", rb.Key(), ra.Sources, id, rest)
		}
		for _, e := range ra.Evidence {
			if e.Document == id {
				t.Errorf("%s keeps evidence from %s: %q", rb.Key(), id, e.Text)
			}
		}
	}
	if only == 0 || shared == 0 {
		t.Fatalf("%s supports %d relations alone and %d with other documents; the test needs both", id, only, shared)
	}
	// An entity named only in the removed document goes with it.
	onlyIn := func(e graph.Entity) bool {
		for _, v := range e.Variants {
			for d := range v.Documents {
				if d != id {
					return false
				}
			}
		}
		return true
	}
	afterEnts := map[string]bool{}
	for _, e := range after.Entities {
		afterEnts[e.ID] = true
		for _, v := range e.Variants {
			if v.Documents[id] > 0 {
				t.Errorf("%s %q is still named %q in %s", e.Type, e.Name, v.Name, id)
			}
		}
	}
	gone := 0
	for _, e := range before.Entities {
		if onlyIn(e) {
			gone++
			if afterEnts[e.ID] {
				t.Errorf("%s %q was named only in %s and survives its removal", e.Type, e.Name, id)
			}
		}
	}
	t.Logf("removing %s removed %d relations it alone supported, took it from the sources of %d, and removed %d entities",
		id, only, shared, gone)
}
