package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/neo4j"
)

// writeTo starts an ingest of corpus into s as a process of its own.
func (env *faultEnv) writeTo(t *testing.T, s faultStore, corpus string, extra ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	args := append(append(append([]string(nil), s.procFlags...), "ingest"), extra...)
	return kgProcessEnv(t, s.procEnv, append(args, env.dirs[corpus])...)
}

// exitOf is the exit code of a process that Wait returned err for: -1
// when a signal ended it.
func exitOf(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -2
	}
	return 0
}

// checkBeneath runs the store's check for the graph named seq.
func (env *faultEnv) checkBeneath(t *testing.T, s faultStore, seq string, c *tally) {
	t.Helper()
	if s.check == nil || seq == "" {
		return
	}
	if err := s.check(t, env.graphs[seq]); err != nil {
		c.other++
		t.Errorf("trial %d: %v", c.trials, err)
	}
}

// killWriter kills ingests with SIGKILL at moments spread over their run:
// the store must hold the old graph or the new one, and the next writer
// must remove what the killed one left.
func (env *faultEnv) killWriter(t *testing.T, s faultStore) {
	env.measure(t, s)
	var c tally
	for i := range env.trials {
		corpus, next := "A", "OA"
		if i%2 == 1 {
			corpus, next = "B", "OB"
		}
		s.set(t, env.graphs["O"])
		cmd, _ := env.writeTo(t, s, corpus)
		env.awaitMoment(t, s, i, &c)
		cmd.Process.Kill()
		cmd.Wait()
		c.trials++
		got := env.which(exportOf(t, s), "O", next)
		switch got {
		case "O":
			c.note("old graph kept")
		case next:
			c.note("new graph committed")
		default:
			c.other++
			t.Errorf("trial %d: after kill -9 the store holds neither the old graph nor the new one (%q)", i, got)
		}
		env.checkBeneath(t, s, got, &c)
	}
	if s.name == "embedded" {
		env.checkLeftovers(t, s, &c)
	} else {
		env.checkNeo4jLeftovers(t, s, s.cfg, &c)
	}
	c.report(t, s.name+" kill -9 during writes")
}

// checkLeftovers counts the temporary files killed writers left in the
// embedded store and its cache, and checks that the next run removes them.
func (env *faultEnv) checkLeftovers(t *testing.T, s faultStore, c *tally) {
	t.Helper()
	dir := s.flags[1]
	leftovers := func() []string {
		a, _ := filepath.Glob(filepath.Join(dir, ".graph.json.tmp-*"))
		b, _ := filepath.Glob(filepath.Join(dir, "cache", ".tmp-*"))
		names, _ := filepath.Glob(filepath.Join(dir, "."+embedded.NamesFileName+".tmp-*"))
		return append(append(a, b...), names...)
	}
	c.note(fmt.Sprintf("leftovers of killed runs %d", len(leftovers())))
	cliMustRun(t, cliArgs(s.flags, "ingest", env.dirs["A"])...)
	if left := leftovers(); len(left) > 0 {
		c.other++
		t.Errorf("the next run left %d temporary files of killed runs: %v", len(left), left)
	}
}

// concurrentWriters starts two ingests at once, of A and of B: both must
// write one after the other, or one must fail saying who holds the lock,
// and never may one overwrite an update it did not read.
func (env *faultEnv) concurrentWriters(t *testing.T, s faultStore) {
	var c tally
	for i := range env.trials {
		s.set(t, env.graphs["O"])
		wait := "30s"
		if i%4 == 3 { // the second writer gives up at once
			wait = "0s"
		}
		a, errA := env.writeTo(t, s, "A", "--lock-timeout", wait)
		b, errB := env.writeTo(t, s, "B", "--lock-timeout", wait)
		codeA, codeB := exitOf(a.Wait()), exitOf(b.Wait())
		c.trials++
		got := env.which(exportOf(t, s), "OAB", "OBA", "OA", "OB")
		lockedA := codeA == exitError && strings.Contains(errA.String(), "is locked by kg ingest")
		lockedB := codeB == exitError && strings.Contains(errB.String(), "is locked by kg ingest")
		switch {
		case codeA == 0 && codeB == 0 && (got == "OAB" || got == "OBA"):
			c.note("both wrote in turn")
		case codeA == 0 && codeB == 0 && (got == "OA" || got == "OB"):
			c.lost++
			t.Errorf("trial %d: both writers exit 0 but the store holds %s: an update was lost", i, got)
		case codeA == 0 && lockedB && got == "OA", codeB == 0 && lockedA && got == "OB":
			c.note("one waited, then failed naming the holder")
		case codeA == 0 && codeB == 0 || (lockedA || lockedB) && (codeA == 0 || codeB == 0):
			c.other++
			t.Errorf("trial %d: exits %d and %d, the store holds %q", i, codeA, codeB, got)
		default:
			c.untrue++
			t.Errorf("trial %d: exits %d and %d:\n%s\n%s", i, codeA, codeB, errA, errB)
		}
		env.checkBeneath(t, s, got, &c)
	}
	c.report(t, s.name+" concurrent writers")
}

// readerDuringWrites reads the graph (export, stats and, on Neo4j, a saved
// query) over and over while another process writes A and B in turn:
// every read must be one of the graphs the writes leave.
func (env *faultEnv) readerDuringWrites(t *testing.T, s faultStore) {
	if env.refs["OABA"] != env.refs["OA"] || env.refs["OABAB"] != env.refs["OAB"] {
		t.Fatal("writing A and B in turn does not settle into two graphs")
	}
	states := []string{"O", "OA", "OAB"}
	stats, queries := map[string]string{}, map[string]string{}
	for _, seq := range states {
		s.set(t, env.graphs[seq])
		stats[cliMustRun(t, cliArgs(s.flags, "stats")...).stdout] = seq
		if s.name == "neo4j" {
			queries[cliMustRun(t, cliArgs(s.flags, "query", "cast", "--param", "series=Nightfall")...).stdout] = seq
		}
	}
	s.set(t, env.graphs["O"])
	var mu sync.Mutex
	writing, failures, reads := true, []string{}, 0
	go func() {
		for i := 0; ; i++ {
			mu.Lock()
			enough := i >= 4 && reads >= env.trials
			mu.Unlock()
			if enough {
				break
			}
			cmd, stderr := env.writeTo(t, s, []string{"A", "B"}[i%2], "--lock-timeout", "60s")
			if err := cmd.Wait(); err != nil {
				mu.Lock()
				failures = append(failures, fmt.Sprintf("%v: %s", err, stderr))
				mu.Unlock()
			}
		}
		mu.Lock()
		writing = false
		mu.Unlock()
	}()
	var c tally
	for {
		mu.Lock()
		done := !writing
		reads = c.trials
		mu.Unlock()
		if done {
			break
		}
		c.trials++
		env.checkRead(t, &c, "export", env.which(exportOf(t, s), states...))
		env.checkRead(t, &c, "stats", stats[cliMustRun(t, cliArgs(s.flags, "stats")...).stdout])
		if s.name == "neo4j" {
			env.checkRead(t, &c, "query", queries[cliMustRun(t, cliArgs(s.flags, "query", "cast", "--param", "series=Nightfall")...).stdout])
		}
		time.Sleep(5 * time.Millisecond) // leave the writer a share of the cores
	}
	for _, f := range failures {
		c.untrue++
		t.Errorf("a writer failed: %s", f)
	}
	c.report(t, s.name+" reader during writes")
}

func (env *faultEnv) checkRead(t *testing.T, c *tally, what, seq string) {
	t.Helper()
	if seq == "" {
		c.mixed++
		t.Errorf("read %d: %s shows a graph that no write left", c.trials, what)
		return
	}
	c.note(what + " of " + seq)
}

// faultSrv is the Neo4j server that the killed-server trials kill and
// start again, with scripts/neo4j-local.
type faultSrv struct {
	env []string // NEO4J_HOME_DIR and the ports, for scripts/neo4j-local
	cfg neo4j.Config
	pid string // the pid file
}

func faultServer(t *testing.T) (faultSrv, bool) {
	home := os.Getenv("KG_FAULT_NEO4J_HOME")
	if home == "" {
		return faultSrv{}, false
	}
	bolt, http, pw := os.Getenv("KG_FAULT_NEO4J_BOLT_PORT"), os.Getenv("KG_FAULT_NEO4J_HTTP_PORT"), os.Getenv("KG_FAULT_NEO4J_PASSWORD")
	srv := faultSrv{
		env: []string{"NEO4J_HOME_DIR=" + home, "NEO4J_BOLT_PORT=" + bolt, "NEO4J_HTTP_PORT=" + http, "NEO4J_PASSWORD=" + pw},
		cfg: neo4j.Config{URI: "bolt://127.0.0.1:" + bolt, Database: "neo4j", Password: pw},
		pid: filepath.Join(home, "run", "neo4j.pid"),
	}
	if pw != "" {
		srv.cfg.Username = "neo4j"
	}
	return srv, true
}

// kill ends the server with SIGKILL, as a crash or the OOM killer would.
func (srv faultSrv) kill(t *testing.T) {
	t.Helper()
	data, err := os.ReadFile(srv.pid)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	syscall.Kill(pid, syscall.SIGKILL)
	for range 100 {
		if syscall.Kill(pid, 0) != nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (srv faultSrv) start(t *testing.T) {
	t.Helper()
	cmd := exec.Command("../../scripts/neo4j-local", "start")
	cmd.Env = append(os.Environ(), srv.env...)
	cmd.Env = append(cmd.Env, "NEO4J_START_WAIT=bolt")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("restart the server: %v\n%s", err, out)
	}
}

// killServer kills the Neo4j server while kg writes to it and starts it
// again: the graph must be the old one or the new one, and what kg said
// must be true (unchanged, committed, or unknown).
func (env *faultEnv) killServer(t *testing.T, srv faultSrv) {
	s := neo4jFaultStore(t, srv.cfg, false)
	env.measure(t, s)
	var c tally
	for i := range env.trials {
		corpus, next := "A", "OA"
		if i%2 == 1 {
			corpus, next = "B", "OB"
		}
		s.set(t, env.graphs["O"])
		cmd, stderr := env.writeTo(t, s, corpus)
		env.awaitMoment(t, s, i, &c)
		srv.kill(t)
		killed := time.Now()
		code := exitOf(cmd.Wait())
		waited := time.Since(killed)
		srv.start(t)
		t.Logf("trial %d: kg ended %s after the kill; the server took %s to start", i, waited.Round(time.Millisecond), (time.Since(killed) - waited).Round(time.Millisecond))
		c.trials++
		got := env.which(exportOf(t, s), "O", next)
		msg := stderr.String()
		unknown := strings.Contains(msg, "unknown")
		switch {
		case got != "O" && got != next:
			c.other++
			t.Errorf("trial %d: after the server was killed the store holds neither the old graph nor the new one (%q)", i, got)
		case code == 0 && got != next, code != 0 && !unknown && got != "O":
			c.untrue++
			t.Errorf("trial %d: exit %d, the store holds %s:\n%s", i, code, got, msg)
		case code == 0:
			c.note("committed before the kill")
		case unknown:
			c.note("outcome said unknown, store holds " + got)
		default:
			c.note("said unchanged, store holds " + got)
		}
		env.checkBeneath(t, s, got, &c)
	}
	c.report(t, "neo4j server killed mid-write")
}

// awaitMoment waits for the moment of trial i's kill: in even trials a
// moment spread over a whole ingest, in odd ones (on Neo4j) a moment of the
// write itself, once its statements show among the server's transactions.
func (env *faultEnv) awaitMoment(t *testing.T, s faultStore, i int, c *tally) {
	t.Helper()
	if i%2 == 0 || s.watch == nil {
		time.Sleep(env.delay(0, 1))
		return
	}
	if s.watch(t, 3*env.ingest) {
		c.note("killed while the write ran")
		time.Sleep(time.Duration(env.rnd.Int63n(int64(40 * time.Millisecond))))
		return
	}
	c.note("no write seen")
}
