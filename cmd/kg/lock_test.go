package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/graph/neo4j/neo4jtest"
)

// holdLock takes the writer lock of the store that the flags select, as
// another kg run would, until t ends.
func holdLock(t *testing.T, s cliStore, store []string) {
	t.Helper()
	ctx := context.Background()
	var l graph.Locker
	if s.neo4j {
		st, err := neo4j.Open(ctx, neo4jtest.Config(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close(ctx) })
		l = st
	} else {
		st, err := embedded.Open(store[1])
		if err != nil {
			t.Fatal(err)
		}
		l = st
	}
	unlock, err := l.Lock(ctx, "kg ingest (the other run)", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unlock(ctx) })
}

// TestCLISecondWriterWaitsThenFails runs an ingest while another run holds
// the store: it must fail after --lock-timeout, name the holder, and leave
// the stored graph as it was.
func TestCLISecondWriterWaitsThenFails(t *testing.T) {
	forEachStore(t, func(t *testing.T, s cliStore) {
		store := s.open(t)
		src, _ := cliCorpus(t)
		cliMustRun(t, cliArgs(store, "ingest", src)...)
		before, _ := cliExportFrom(t, store)
		os.Remove(filepath.Join(src, "ballard-review.txt"))
		holdLock(t, s, store)
		start := time.Now()
		r := cliRun(t, cliArgs(store, "ingest", "--lock-timeout", "300ms", src)...)
		if r.code != exitError {
			t.Fatalf("second writer: exit %d, want %d\n%s", r.code, exitError, r.stderr)
		}
		if waited := time.Since(start); waited < 300*time.Millisecond {
			t.Errorf("second writer gave up after %s, before its --lock-timeout", waited)
		}
		for _, want := range []string{"is locked by kg ingest (the other run)", "since", "--lock-timeout", "unchanged"} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
			}
		}
		after, _ := cliExportFrom(t, store)
		if string(before) != string(after) {
			t.Error("the refused ingest changed the stored graph")
		}
	})
}

// TestCLIDamagedGraphFile checks that a damaged graph.json says how to
// recover, and that --reset does.
func TestCLIDamagedGraphFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, embedded.FileName), []byte("{\"entities\": [{"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"export"}, {"ingest", cliSources}} {
		r := cliRun(t, cliArgs([]string{"--store", dir}, args...)...)
		if r.code != exitError || !strings.Contains(r.stderr, "damaged") || !strings.Contains(r.stderr, "kg ingest --reset") {
			t.Errorf("kg %s on a damaged file: exit %d, want 1 and a hint naming --reset:\n%s", args[0], r.code, r.stderr)
		}
	}
	cliMustRun(t, "--store", dir, "ingest", "--reset", cliSources)
	cliExport(t, dir)
}

// TestCLIRedactsSecrets gives kg a password inside the server address, and
// as the password, and checks that no message prints them.
func TestCLIRedactsSecrets(t *testing.T) {
	setenv(t, "NEO4J_URI", "")
	setenv(t, "NEO4J_PASSWORD", "")
	tests := []struct {
		name string
		args []string
	}{
		{"password in the URI", []string{"--neo4j-uri", "bolt://neo4j:Sup3rSecretPw@127.0.0.1:1", "stats"}},
		{"password in a URI that does not parse", []string{"--neo4j-uri", "bolt://neo4j:Sup3rSecretPw@127.0.0.1:port", "stats"}},
		{"token in the query", []string{"--neo4j-uri", "neo4j://127.0.0.1:1?auth_token=Sup3rSecretPw", "stats"}},
		{"password flag", []string{"--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-password", "Sup3rSecretPw", "stats"}},
		{"query command", []string{"--neo4j-uri", "bolt://neo4j:Sup3rSecretPw@127.0.0.1:1", "query", "cast", "--param", "series=x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cliRun(t, tt.args...)
			if r.code == 0 {
				t.Fatalf("kg reached a server at port 1")
			}
			if strings.Contains(r.stdout+r.stderr, "Sup3rSecretPw") {
				t.Errorf("the secret is printed:\n%s", r.stderr)
			}
			if !strings.Contains(r.stderr, "127.0.0.1") {
				t.Errorf("the message no longer names the server:\n%s", r.stderr)
			}
		})
	}
}
