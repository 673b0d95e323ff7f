package main

import (
	"encoding/json"
	"io"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
	"github.com/urfave/cli/v2"
)

// exporters maps an export format name to the function that writes it.
var exporters = map[string]func(io.Writer, *graph.Graph) error{
	"json":    writeJSON,
	"graphml": export.GraphML,
	"dot":     export.DOT,
	"cypher":  export.Cypher,
}

func exportFormats() string {
	var names []string
	for k := range exporters {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the stored graph to standard output",
		UsageText: "kg export [--format json|graphml|dot|cypher]",
		Description: "export writes the whole stored graph, sorted by stable ids so that two exports of the\n" +
			"same graph are byte-identical. Formats: json (below); graphml for Gephi and yEd; dot for\n" +
			"Graphviz (kg viz renders it); cypher, a script of MERGE statements that loads the same graph\n" +
			"into any Neo4j with cypher-shell. The JSON shape is\n" +
			`  {"entities":[{"id","type","name","aliases"}], "relations":[{"from","type","to","sources"}], "documents":[...]}` + "\n" +
			"with more keys (variants, evidence, mentions, conflicts) beside them.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "json", Usage: "output format, case ignored: " + exportFormats()},
		},
		Before: noArguments,
		Action: func(c *cli.Context) error {
			write, ok := exporters[strings.ToLower(c.String("format"))]
			if !ok {
				return usagef("export: unknown format %q (want one of %s)", c.String("format"), exportFormats())
			}
			g, err := loadGraph(c)
			if err != nil {
				return err
			}
			return write(c.App.Writer, g)
		},
	}
}

// writeJSON writes g as indented JSON; slices that are empty are written as
// [] rather than null so that consumers need no special case.
func writeJSON(w io.Writer, g *graph.Graph) error {
	c := *g
	if c.Entities == nil {
		c.Entities = []graph.Entity{}
	}
	if c.Relations == nil {
		c.Relations = []graph.Relation{}
	}
	if c.Documents == nil {
		c.Documents = []graph.Document{}
	}
	for i := range c.Entities {
		if c.Entities[i].Aliases == nil {
			c.Entities[i].Aliases = []string{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(&c)
}
