package scalebench

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/jdkato/prose/v2"
)

// Run is one kg process's cost: wall time, processor time (user and
// system, all cores), peak resident memory and what it printed. On a
// machine other work shares, processor time is the steadier measure.
type Run struct {
	Took    time.Duration
	CPU     time.Duration
	PeakRSS int64 // bytes
	Output  string
}

// Ingest runs `kg --store store ingest dir` and measures it. The parse
// cache lives in the store, as it does for users.
func Ingest(kg, store, dir string) (Run, error) {
	cmd := exec.Command(kg, "--store", store, "ingest", dir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	t := time.Now()
	err := cmd.Run()
	r := Run{Took: time.Since(t), Output: out.String()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.PeakRSS = ru.Maxrss * 1024 // Linux reports KiB
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if err != nil {
		return r, fmt.Errorf("kg ingest %s: %w\n%s", dir, err, out.String())
	}
	return r, nil
}

// Prose runs prose's own full pipeline (segmentation, tagging, entity
// chunking) on every document of dir, one after another with one model,
// as a library user would: the baseline kg's throughput is compared with.
func Prose(dir string) (time.Duration, error) {
	texts, err := plainText(dir)
	if err != nil {
		return 0, err
	}
	d, err := prose.NewDocument("")
	if err != nil {
		return 0, err
	}
	model := d.Model
	t := time.Now()
	for _, text := range texts {
		if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
			return 0, err
		}
	}
	return time.Since(t), nil
}

// Result is one scaled corpus's figures.
type Result struct {
	Bytes                 int64
	Docs                  int
	Cold, Unchanged, Edit Run
	Prose                 time.Duration
}

// MBps is the corpus size over d, in megabytes per second.
func (r Result) MBps(d time.Duration) float64 {
	return float64(r.Bytes) / 1e6 / d.Seconds()
}

// Measure builds a corpus of size bytes from seeds under work and runs the
// three ingests and the prose baseline on it.
func Measure(kg, work string, seeds [][]byte, size int64, withProse bool) (Result, error) {
	dir := filepath.Join(work, fmt.Sprintf("corpus-%d", size))
	store := filepath.Join(work, fmt.Sprintf("store-%d", size))
	var res Result
	var err error
	if res.Bytes, res.Docs, err = Build(dir, seeds, size); err != nil {
		return res, err
	}
	if err := os.RemoveAll(store); err != nil {
		return res, err
	}
	if res.Cold, err = Ingest(kg, store, dir); err != nil {
		return res, err
	}
	if res.Unchanged, err = Ingest(kg, store, dir); err != nil {
		return res, err
	}
	if err := Edit(dir); err != nil {
		return res, err
	}
	if res.Edit, err = Ingest(kg, store, dir); err != nil {
		return res, err
	}
	if withProse {
		if res.Prose, err = Prose(dir); err != nil {
			return res, err
		}
	}
	return res, nil
}
