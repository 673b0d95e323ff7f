package main

import (
	"fmt"
	"io"

	"github.com/kgbuild/kg/pipeline"
	"github.com/kgbuild/kg/sources"
)

// progressPrinter turns the pipeline's steps into lines for a person
// watching: a stage as it starts, the documents parsed in tenths of the
// whole (every one when there are few), and a large document before its
// parse, which may take long on its own.
type progressPrinter struct {
	w    io.Writer
	last int // tenths of the documents last reported
}

// step prints what st says, when it is worth a line.
func (p *progressPrinter) step(st pipeline.Step) {
	switch {
	case st.Document != "":
		fmt.Fprintf(p.w, "kg: parsing %s (%.1f MB): a large document takes a while\n", sources.DisplayPath(st.Document), float64(st.Size)/1e6)
	case st.Stage == "parse":
		tenth := st.Done * 10 / max(st.Total, 1)
		if st.Total <= 10 || tenth > p.last || st.Done == st.Total {
			p.last = tenth
			fmt.Fprintf(p.w, "kg: parsed %d of %s\n", st.Done, count(st.Total, "document"))
		}
	default:
		fmt.Fprintf(p.w, "kg: %s...\n", st.Stage)
	}
}
