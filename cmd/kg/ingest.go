package main

import "github.com/urfave/cli/v2"

// ingestCommand is completed with the pipeline.
func ingestCommand() *cli.Command {
	return &cli.Command{Name: "ingest", Usage: "read documents and store their knowledge graph"}
}
