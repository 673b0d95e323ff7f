package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/urfave/cli/v2"
)

// exporters maps an export format name to the function that writes it.
var exporters = map[string]func(io.Writer, *graph.Graph) error{
	"json":    writeJSON,
	"graphml": export.GraphML,
	"dot":     export.DOT,
	"cypher":  export.Cypher,
}

// neo4jImportFormat is the export format that writes a folder of CSV files
// for neo4j-admin's bulk import rather than one stream: kg export --format
// neo4j-import DIR.
const neo4jImportFormat = "neo4j-import"

func exportFormats() string {
	names := []string{neo4jImportFormat}
	for k := range exporters {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the stored graph to standard output, or as files for neo4j-admin's bulk import",
		UsageText: "kg export [--format json|graphml|dot|cypher]\nkg export --format neo4j-import DIR",
		Description: "export writes the whole stored graph, sorted by stable ids so that two exports of the\n" +
			"same graph are byte-identical. Formats: json (below); graphml for Gephi and yEd; dot for\n" +
			"Graphviz (kg viz renders it); cypher, a script of MERGE statements that loads the same graph\n" +
			"into any Neo4j with cypher-shell; neo4j-import, CSV files in DIR for neo4j-admin's bulk import\n" +
			"into a stopped server, the fast way to a large first load (it prints the command). The JSON shape is\n" +
			`  {"entities":[{"id","type","name","aliases"}], "relations":[{"from","type","to","sources"}], "documents":[...]}` + "\n" +
			"with more keys (variants, evidence, mentions, conflicts) beside them.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "json", Usage: "output format, case ignored: " + exportFormats()},
		},
		Before: exportArguments,
		Action: func(c *cli.Context) error {
			if strings.EqualFold(c.String("format"), neo4jImportFormat) {
				return exportNeo4jImport(c)
			}
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

// exportArguments checks the arguments: a folder for neo4j-import, none
// for the formats written to standard output.
func exportArguments(c *cli.Context) error {
	if !strings.EqualFold(c.String("format"), neo4jImportFormat) {
		return noArguments(c)
	}
	if c.NArg() != 1 {
		return usagef("export: --format %s writes files: give the folder for them (kg export --format %s DIR)", neo4jImportFormat, neo4jImportFormat)
	}
	return nil
}

// exportNeo4jImport writes the graph as neo4j-admin's import files into the
// folder given and prints the command that imports them.
func exportNeo4jImport(c *cli.Context) error {
	g, err := loadGraph(c)
	if err != nil {
		return err
	}
	im, err := neo4j.WriteImport(c.Args().First(), g)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	db := configOf(c).Neo4j.Database
	if db == "" {
		db = neo4j.DefaultDatabase
	}
	cmd := append([]string{"neo4j-admin"}, im.Args(db)...)
	fmt.Fprintf(c.App.Writer, "wrote %d nodes and %d relationships to %s\n\n"+
		"Stop the Neo4j server (5.x), then import them; this replaces database %q:\n\n  %s\n\n"+
		"(with scripts/neo4j-local: 'scripts/neo4j-local admin database import full ...' with the same arguments).\n"+
		"Start the server again: the first kg command on it creates the indexes and finishes the import.\n"+
		"A later 'kg --neo4j ingest' writes only what changed.\n",
		im.NodeCount, im.RelationshipCount, im.Dir, db, shellJoin(cmd))
	return nil
}

// shellJoin joins args into a command line a POSIX shell reads back as
// them, quoting those that need it.
func shellJoin(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if a == "" || strings.ContainsFunc(a, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=+:,@%", r))
		}) {
			out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
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
