package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// kgProcess starts kg with args as a process of its own (the test binary,
// see TestMain).
func kgProcess(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	return kgProcessEnv(t, nil, args...)
}

// kgProcessEnv starts kg as kgProcess does, with env added to its
// environment.
func kgProcessEnv(t *testing.T, env []string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), "KG_TEST_RUN_MAIN=1"), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stderr
}

// TestSignalOutcome stops ingests with SIGTERM and SIGINT at moments
// spread over their run, and checks that each says what became of the
// stored graph, and that what it says is true. The moments count from the
// first progress line, so that a loaded machine, on which the process may
// take longer than the first moment to start, still signals a running
// ingest and not a process still starting up.
func TestSignalOutcome(t *testing.T) {
	src, _ := cliCorpus(t)
	signals := []syscall.Signal{syscall.SIGTERM, syscall.SIGINT}
	for i, delay := range []time.Duration{0, 100 * time.Millisecond, 300 * time.Millisecond, 700 * time.Millisecond, 1500 * time.Millisecond, 3 * time.Second} {
		sig := signals[i%2]
		dir := t.TempDir()
		cliMustRun(t, "--store", dir, "ingest", cliSources+"/000_dee6675af200ba18.txt")
		old, _ := cliExport(t, dir)
		stderr := newReadyBuffer()
		cmd := exec.Command(os.Args[0], "--store", dir, "ingest", "--progress", src)
		cmd.Env = append(os.Environ(), "KG_TEST_RUN_MAIN=1")
		cmd.Stderr = stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		select { // the first progress line: kg is past its start-up and handles signals
		case <-stderr.ready:
		case <-time.After(time.Minute):
			cmd.Process.Kill()
			t.Fatalf("kg printed no progress in a minute")
		}
		time.Sleep(delay)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		var ee *exec.ExitError
		code := 0
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		}
		now, _ := cliExport(t, dir)
		msg := stderr.String()
		changed := string(old) != string(now)
		switch {
		case code == -1:
			t.Errorf("%s after %s: kg died of the signal without a word:\n%s", sig, delay, msg)
		case code == 0 && !changed:
			t.Errorf("%s after %s: exit 0 but the graph is the old one:\n%s", sig, delay, msg)
		case code == 0 && !strings.Contains(msg, "after the new graph was committed") && strings.Contains(msg, "received"):
			t.Errorf("%s after %s: the new graph was committed and kg does not say so:\n%s", sig, delay, msg)
		case code != 0 && code != 128+int(sig):
			t.Errorf("%s after %s: exit %d, want %d:\n%s", sig, delay, code, 128+int(sig), msg)
		case code != 0 && !strings.Contains(msg, "the stored graph is unchanged"):
			t.Errorf("%s after %s: exit %d without saying what became of the graph:\n%s", sig, delay, code, msg)
		case code != 0 && changed:
			t.Errorf("%s after %s: kg says the graph is unchanged, but it changed:\n%s", sig, delay, msg)
		}
		t.Logf("%s after %s: exit %d, graph changed %v; %q", sig, delay, code, changed, lastLine(msg))
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// readyBuffer collects a process's standard error, safe to read while the
// process writes, and closes ready at the first write.
type readyBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	ready chan struct{}
	once  sync.Once
}

func newReadyBuffer() *readyBuffer { return &readyBuffer{ready: make(chan struct{})} }

func (r *readyBuffer) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.once.Do(func() { close(r.ready) })
	return r.b.Write(p)
}

func (r *readyBuffer) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.b.String()
}
