package main

import (
	"sort"

	"github.com/kgbuild/kg/pipeline"
)

// fold is the key names are looked up by on the command line: the same
// folding reconciliation uses, so "renee ballard" finds "Renée Ballard".
func fold(s string) string { return pipeline.Fold(s) }

func sortStrings(xs []string) { sort.Strings(xs) }
