// Command kg turns a folder of documents into a knowledge graph, kept in an
// embedded store on disk or in Neo4j.
//
// main only calls run and maps its error to an exit code; everything else
// lives in one file per subcommand, and each action turns flags into a
// configuration and calls the pipeline and graph packages.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-sigs
		// A second signal ends the process at once, as without kg's
		// handling: a user who presses Ctrl-C twice means it.
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		fmt.Fprintf(os.Stderr, "kg: %s received; stopping (send it again to stop at once)\n", signalName(sig))
		cancel(interruptError{sig})
	}()
	err := run(ctx, os.Args, os.Stdout, os.Stderr)
	signal.Stop(sigs)
	os.Exit(exitCode(err, os.Stderr))
}
