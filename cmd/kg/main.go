// Command kg turns a folder of documents into a knowledge graph, kept in an
// embedded store on disk or in Neo4j.
//
// main only calls run and maps its error to an exit code; everything else
// lives in one file per subcommand, and each action turns flags into a
// configuration and calls the pipeline and graph packages.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}
