// Command kgbench measures kg's speed and memory on corpora scaled from the
// repository's documents: for each size it builds a corpus, runs a cold
// ingest, an unchanged re-ingest and a re-ingest after one edit, and runs
// prose's own full pipeline on the same text for comparison.
//
//	go run ./cmd/kgbench --sizes 1,10
//
// Run it from the repository's root. It prints one row per size: MB/s,
// peak resident memory, the re-ingests as a share of the cold run, the
// cold run's throughput as a multiple of prose's, and the same shares in
// processor time, which other work on a shared machine disturbs less.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgbuild/kg/internal/scalebench"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kgbench:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("kgbench", flag.ContinueOnError)
	sizes := fs.String("sizes", "1,10", "corpus sizes in MB, comma-separated")
	work := fs.String("work", "", "folder for corpora and stores (default: a temporary folder, removed after)")
	kg := fs.String("kg", "", "kg binary to measure (default: built from ./cmd/kg)")
	noProse := fs.Bool("no-prose", false, "skip prose's pipeline (the baseline)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	mbs, err := parseSizes(*sizes)
	if err != nil {
		return err
	}
	if *work == "" {
		dir, err := os.MkdirTemp("", "kgbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		*work = dir
	}
	if *kg == "" {
		*kg = filepath.Join(*work, "kg")
		if out, err := exec.Command("go", "build", "-o", *kg, "./cmd/kg").CombinedOutput(); err != nil {
			return fmt.Errorf("build kg: %w\n%s", err, out)
		}
	}
	seeds, err := scalebench.Seeds(scalebench.SeedDirs)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%8s %6s %8s %8s %9s %10s %10s %8s %8s %10s %10s\n", "corpus", "docs", "cold s", "MB/s", "peak RSS", "unchanged", "one edit", "x prose",
		"cold cpu", "unch. cpu", "edit cpu")
	for _, mb := range mbs {
		r, err := scalebench.Measure(*kg, *work, seeds, int64(mb*1e6), !*noProse)
		if err != nil {
			return err
		}
		ratio := "-"
		if r.Prose > 0 {
			ratio = fmt.Sprintf("%.1f", r.Prose.Seconds()/r.Cold.Took.Seconds())
		}
		fmt.Fprintf(w, "%6gMB %6d %8.1f %8.2f %7dMB %9.1f%% %9.1f%% %8s %7.1fs %9.1f%% %9.1f%%\n", mb, r.Docs, r.Cold.Took.Seconds(),
			r.MBps(r.Cold.Took), r.Cold.PeakRSS>>20, 100*r.Unchanged.Took.Seconds()/r.Cold.Took.Seconds(),
			100*r.Edit.Took.Seconds()/r.Cold.Took.Seconds(), ratio, r.Cold.CPU.Seconds(),
			100*r.Unchanged.CPU.Seconds()/r.Cold.CPU.Seconds(), 100*r.Edit.CPU.Seconds()/r.Cold.CPU.Seconds())
	}
	return nil
}

func parseSizes(s string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("--sizes: %q is not a size in MB", f)
		}
		out = append(out, v)
	}
	return out, nil
}
