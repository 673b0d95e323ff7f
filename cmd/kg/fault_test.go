package main

// The fault suite: kg run as separate processes that are killed, run side
// by side, read while others write, and cut off from a Neo4j server that is
// killed and restarted. Every trial checks the stored graph against clean
// references: it must be exactly the old graph or the new one, never a
// mix, a writer must never silently overwrite another's update, a reader
// must never see a mix, and what kg says about the outcome must be true.
//
// It runs only with KG_FAULT=1 (.ci/run runs it as its own step), with
// KG_FAULT_TRIALS trials of each kind (default 20). The trials of a killed
// server need a server of their own, named by KG_FAULT_NEO4J_HOME,
// KG_FAULT_NEO4J_BOLT_PORT, KG_FAULT_NEO4J_HTTP_PORT and
// KG_FAULT_NEO4J_PASSWORD, which they kill and start with
// scripts/neo4j-local.

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// faultDocs are the three corpora of the trials: O is the old graph, and A
// and B are written over it. A gives the actor a second name, so an ingest
// of B keeps the actor's id only when it reads A's graph first: a writer
// that wrote over an update it never read leaves a graph that no order of
// the two writes gives, and so a lost update shows.
var faultDocs = map[string]string{
	"O": "= Nightfall (TV series) =\nNightfall is an American crime drama television series.\n" +
		"- Starring: Jo Smith, Dana Holt\n- Network: Harbor TV\n" +
		"Jo Smith as Detective Ivy Cole, a homicide detective.\nDana Holt as Sam Reyes, her partner.\n",
	"A": "= Nightfall (TV series) =\nNightfall is an American crime drama television series.\n" +
		"- Starring: Joanna Smith, Dana Holt\n- Network: Harbor TV\n" +
		"Joanna Smith (also known as Jo Smith) as Detective Ivy Cole, a homicide detective.\nDana Holt as Sam Reyes, her partner.\n",
	"B": "= Nightfall (TV series) =\nNightfall is an American crime drama television series.\n" +
		"- Starring: Joanna Smith, Dana Holt\n- Network: Harbor TV\n" +
		"Joanna Smith as Detective Ivy Cole, a homicide detective.\nDana Holt as Sam Reyes, her partner.\n",
}

// faultEnv is what every trial shares: the corpora, the clean references
// and the random source.
type faultEnv struct {
	trials int
	rnd    *rand.Rand
	dirs   map[string]string // corpus name → folder
	// refs maps a sequence of ingests ("OAB": O, then A, then B) to the
	// export a clean run of them leaves.
	refs map[string]string
	// graphs holds the same references decoded.
	graphs map[string]*graph.Graph
	// ingest is how long one ingest takes as a process of its own, on the
	// store of the trials under way (see measure).
	ingest time.Duration
}

// faultStore is a store the trials run against.
type faultStore struct {
	name string
	// flags select the store for kg run in this process; procFlags and
	// procEnv for kg run as a process of its own (a password goes in its
	// environment, not on its command line).
	flags, procFlags, procEnv []string
	// set makes the store hold exactly g, as a clean write would.
	set func(t *testing.T, g *graph.Graph)
	// check looks beneath the export for what it cannot show (orphan
	// nodes in Neo4j); nil when there is nothing beneath.
	check func(t *testing.T, g *graph.Graph) error
	// watch waits up to limit for a write to be under way and says
	// whether one was; nil for a store that cannot tell.
	watch func(t *testing.T, limit time.Duration) bool
	// cfg is the Neo4j database, for a store in Neo4j.
	cfg neo4j.Config
}

func TestFaults(t *testing.T) {
	if os.Getenv("KG_FAULT") != "1" {
		t.Skip("the fault suite runs with KG_FAULT=1 (.ci/run's fault step)")
	}
	env := newFaultEnv(t)
	stores := []faultStore{embeddedFaultStore(t)}
	if os.Getenv("NEO4J_URI") != "" || os.Getenv("KG_REQUIRE_NEO4J") == "1" {
		stores = append(stores, neo4jFaultStore(t, neo4jtest.Config(t), true))
	}
	for _, s := range stores {
		t.Run(s.name+"/kill -9 during writes", func(t *testing.T) { env.killWriter(t, s) })
		t.Run(s.name+"/concurrent writers", func(t *testing.T) { env.concurrentWriters(t, s) })
		t.Run(s.name+"/reader during writes", func(t *testing.T) { env.readerDuringWrites(t, s) })
	}
	if srv, ok := faultServer(t); ok {
		t.Run("neo4j/server killed mid-write", func(t *testing.T) { env.killServer(t, srv) })
	} else if os.Getenv("KG_REQUIRE_NEO4J") == "1" {
		t.Error("KG_REQUIRE_NEO4J=1 but no KG_FAULT_NEO4J_HOME: the trials of a killed server did not run")
	}
}

func newFaultEnv(t *testing.T) *faultEnv {
	t.Helper()
	seed := time.Now().UnixNano()
	if s, err := strconv.ParseInt(os.Getenv("KG_FAULT_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("fault suite: seed %d (KG_FAULT_SEED repeats it)", seed)
	env := &faultEnv{trials: 20, rnd: rand.New(rand.NewSource(seed)), dirs: map[string]string{},
		refs: map[string]string{}, graphs: map[string]*graph.Graph{}}
	if n, err := strconv.Atoi(os.Getenv("KG_FAULT_TRIALS")); err == nil && n > 0 {
		env.trials = n
	}
	for name, text := range faultDocs {
		dir := filepath.Join(t.TempDir(), name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "nightfall.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		env.dirs[name] = dir
	}
	for _, seq := range []string{"O", "OA", "OB", "OAB", "OBA", "OABA", "OABAB"} {
		env.reference(t, seq)
	}
	if env.refs["OAB"] == env.refs["OB"] || env.refs["OBA"] == env.refs["OA"] {
		t.Fatal("the corpora cannot tell a lost update: A does not change the ids B keeps")
	}
	return env
}

// measure times an ingest of A over O into s, as a process of its own, so
// that the moments of the kills are spread over a run on that store.
func (env *faultEnv) measure(t *testing.T, s faultStore) {
	t.Helper()
	s.set(t, env.graphs["O"])
	start := time.Now()
	cmd, stderr := env.writeTo(t, s, "A")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	env.ingest = time.Since(start)
	t.Logf("one ingest into %s takes %s as a process", s.name, env.ingest.Round(time.Millisecond))
}

// reference ingests the corpora of seq in order into a new embedded store
// and keeps the export.
func (env *faultEnv) reference(t *testing.T, seq string) {
	t.Helper()
	dir := t.TempDir()
	for _, c := range seq {
		cliMustRun(t, "--store", dir, "ingest", "--no-cache", env.dirs[string(c)])
	}
	data, g := cliExport(t, dir)
	env.refs[seq], env.graphs[seq] = string(data), g
}

// which returns the first of seqs whose reference export is data, or ""
// (sequences may leave the same graph: A after OAB leaves OA's).
func (env *faultEnv) which(data string, seqs ...string) string {
	for _, seq := range seqs {
		if env.refs[seq] == data {
			return seq
		}
	}
	return ""
}

// exportOf reads the store's graph as kg export prints it.
func exportOf(t *testing.T, s faultStore) string {
	t.Helper()
	data, _ := cliExportFrom(t, s.flags)
	return string(data)
}

// delay picks a moment in [lo, hi) of an ingest's run.
func (env *faultEnv) delay(lo, hi float64) time.Duration {
	f := lo + env.rnd.Float64()*(hi-lo)
	return time.Duration(f * float64(env.ingest))
}

func embeddedFaultStore(t *testing.T) faultStore {
	dir := t.TempDir()
	return faultStore{name: "embedded", flags: []string{"--store", dir}, procFlags: []string{"--store", dir},
		set: func(t *testing.T, g *graph.Graph) {
			t.Helper()
			st, err := embedded.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Replace(context.Background(), g); err != nil {
				t.Fatal(err)
			}
		}}
}

// neo4jFaultStore is the Neo4j database cfg names; empty says to empty it
// first.
func neo4jFaultStore(t *testing.T, cfg neo4j.Config, empty bool) faultStore {
	if empty {
		neo4jtest.Empty(t, cfg)
	}
	flags := []string{"--neo4j", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.Username,
		"--neo4j-password", cfg.Password, "--neo4j-database", cfg.Database}
	env := []string{"NEO4J_URI=" + cfg.URI, "NEO4J_USERNAME=" + cfg.Username, "NEO4J_PASSWORD=" + cfg.Password,
		"NEO4J_DATABASE=" + cfg.Database}
	return faultStore{name: "neo4j", flags: flags, procFlags: []string{"--neo4j"}, procEnv: env, cfg: cfg,
		set: func(t *testing.T, g *graph.Graph) {
			t.Helper()
			ctx := context.Background()
			st, err := neo4j.Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close(ctx)
			if err := st.Replace(ctx, g); err != nil {
				t.Fatal(err)
			}
		},
		check: func(t *testing.T, g *graph.Graph) error {
			t.Helper()
			return checkNeo4jCounts(t, cfg, g)
		},
		watch: func(t *testing.T, limit time.Duration) bool {
			t.Helper()
			return watchWrite(t, cfg, limit)
		}}
}

// watchWrite polls the server's transactions until one runs a statement
// of Replace (a batch of keys to retire, or of rows to create), up to limit.
func watchWrite(t *testing.T, cfg neo4j.Config, limit time.Duration) bool {
	t.Helper()
	ctx := context.Background()
	drv, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password, ""))
	if cfg.Username == "" && cfg.Password == "" {
		drv, err = driver.NewDriverWithContext(cfg.URI, driver.NoAuth())
	}
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	// The markers go as parameters, so that this statement's own text
	// does not hold them.
	params := map[string]any{"rows": "UNWIND $rows", "keys": "UNWIND $keys"}
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); {
		res, err := driver.ExecuteQuery(ctx, drv, `SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS $rows OR currentQuery CONTAINS $keys RETURN count(*) AS n`,
			params, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
		if err == nil && len(res.Records) == 1 {
			if n, _ := res.Records[0].Get("n"); n.(int64) > 0 {
				return true
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	return false
}

// checkNeo4jCounts compares the nodes and relationships of the stored
// generation with those a clean write of g makes: an orphan (a claim whose
// conflict is gone) shows here and not in the export. What an interrupted
// write staged or retired is not of the stored generation (see
// graph/neo4j); checkNeo4jLeftovers checks that the next write removes it.
func checkNeo4jCounts(t *testing.T, cfg neo4j.Config, g *graph.Graph) error {
	t.Helper()
	nodes := len(g.Documents) + len(g.Entities) + len(g.Conflicts) + 1 // the lock node
	rels := len(g.Mentions) + len(g.Relations)
	ids := map[string]bool{}
	for _, e := range g.Entities {
		ids[e.ID] = true
		nodes += len(e.Variants)
		rels += len(e.Variants)
		for _, v := range e.Variants {
			rels += len(v.Documents)
		}
	}
	for _, c := range g.Conflicts {
		nodes += len(c.Values)
		rels += len(c.Values)
		if ids[c.Subject] {
			rels++
		}
		for _, v := range c.Values {
			rels += len(v.Documents)
		}
	}
	count := func(cypher string) int {
		rows := neo4jtest.Run(t, cfg, cypher, nil)
		n, _ := rows[0]["n"].(int64)
		return int(n)
	}
	gotNodes := count("MATCH (l:KgLock) MATCH (n) WHERE " + stored("n") + " RETURN count(n) AS n")
	gotRels := count("MATCH (l:KgLock) MATCH (a)-[r]->(b) WHERE " + stored("r") + " AND " + stored("a") + " AND " +
		stored("b") + " RETURN count(r) AS n")
	if gotNodes != nodes || gotRels != rels {
		return fmt.Errorf("the database holds %d nodes and %d relationships, a clean write of the graph %d and %d",
			gotNodes, gotRels, nodes, rels)
	}
	return nil
}

// stored is the Cypher condition that x is of the stored generation, the
// lock node l's.
func stored(x string) string {
	return fmt.Sprintf("(%[1]s.kg_new IS NULL OR %[1]s.kg_new <= l.generation) AND "+
		"(%[1]s.kg_gone IS NULL OR %[1]s.kg_gone > l.generation)", x)
}

// checkNeo4jLeftovers counts what killed writers left in the database
// (a pending write, retired or staged elements) and checks that the next
// write removes it.
func (env *faultEnv) checkNeo4jLeftovers(t *testing.T, s faultStore, cfg neo4j.Config, c *tally) {
	t.Helper()
	leftovers := func() int64 {
		rows := neo4jtest.Run(t, cfg, `MATCH (l:KgLock) OPTIONAL MATCH (n) WHERE n.kg_gone IS NOT NULL OR n.kg_new > l.generation
WITH l, count(n) AS nodes OPTIONAL MATCH ()-[r]->() WHERE r.kg_gone IS NOT NULL OR r.kg_new > l.generation
WITH l, nodes, count(r) AS rels
RETURN nodes + rels + CASE WHEN l.pending IS NULL THEN 0 ELSE 1 END AS n`, nil)
		n, _ := rows[0]["n"].(int64)
		return n
	}
	c.note(fmt.Sprintf("leftovers of killed runs %d", leftovers()))
	cliMustRun(t, cliArgs(s.flags, "ingest", env.dirs["A"])...)
	if n := leftovers(); n > 0 {
		c.other++
		t.Errorf("the next run left %d elements or marks of killed runs", n)
	}
}

// tally counts the outcomes of a kind of trial, for the summary line that
// CI's log keeps.
type tally struct {
	trials, lost, mixed, other, untrue int
	notes                              map[string]int
}

func (c *tally) note(what string) {
	if c.notes == nil {
		c.notes = map[string]int{}
	}
	c.notes[what]++
}

// report logs the summary and fails t on any violation.
func (c *tally) report(t *testing.T, kind string) {
	t.Helper()
	var notes []string
	for k, n := range c.notes {
		notes = append(notes, fmt.Sprintf("%s %d", k, n))
	}
	line := fmt.Sprintf("fault: %s: %d trials, %d lost updates, %d mixed reads, %d stores neither old nor new, %d untrue messages (%s)",
		kind, c.trials, c.lost, c.mixed, c.other, c.untrue, strings.Join(notes, ", "))
	fmt.Println(line) // into the CI log whatever -v says
	if c.lost+c.mixed+c.other+c.untrue > 0 {
		t.Error(line)
	}
}
