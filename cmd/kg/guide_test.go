package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestGuideCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout, or stderr on failure
	}{
		{"print", []string{"guide", "--print"}, 0, `<article class="guide">`},
		{"public address refused", []string{"guide", "--addr", "0.0.0.0:8001"}, 2, "loopback address only"},
		{"bad address", []string{"guide", "--addr", "8001"}, 2, "--addr 8001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := runKGWant(t, tt.code, tt.args...)
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe to write from the server goroutine
// while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestGuideServes runs kg guide on a free port, fetches the page it
// announces, and stops it as Ctrl-C would.
func TestGuideServes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"kg", "guide", "--addr", "127.0.0.1:0"}, &stdout, &stderr) }()

	re := regexp.MustCompile(`:play (http://localhost:\d+/guide\.html)`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(stdout.String()); m != nil {
			url = m[1]
		}
	}
	if url == "" {
		t.Fatalf("kg guide printed no :play line; stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	for _, u := range []string{url, strings.Replace(url, "guide.html", "style.grass", 1)} {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(body) == 0 || resp.Header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("GET %s: %d, %d bytes, CORS %q", u, resp.StatusCode, len(body), resp.Header.Get("Access-Control-Allow-Origin"))
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("kg guide returned %v after interrupt, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kg guide did not stop after interrupt")
	}
}
