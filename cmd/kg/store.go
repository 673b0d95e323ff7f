package main

import (
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/embedded"
	"github.com/urfave/cli/v2"
)

// openStore opens the store the command line selects: the embedded store in
// --store by default.
func openStore(c *cli.Context) (graph.Store, error) {
	return embedded.Open(c.String("store"))
}
