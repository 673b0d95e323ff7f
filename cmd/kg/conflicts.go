package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/urfave/cli/v2"
)

// conflictKinds are the kinds of conflict the pipeline records: two
// spellings of one name, and two values of a fact documents may dispute.
// --kind must name one of them (case ignored), so that a mistyped kind is
// an error rather than an empty list.
var conflictKinds = []string{"spelling", "fate", "renewal status"}

// conflictKind returns the kind --kind names, in the case the pipeline
// writes it; "" for all kinds.
func conflictKind(arg string) (string, error) {
	if arg == "" {
		return "", nil
	}
	for _, k := range conflictKinds {
		if strings.EqualFold(k, strings.TrimSpace(arg)) {
			return k, nil
		}
	}
	return "", usagef("conflicts: unknown kind %q (want one of: %s)", arg, strings.Join(conflictKinds, ", "))
}

func conflictsCommand() *cli.Command {
	return &cli.Command{
		Name:      "conflicts",
		Usage:     "list where documents disagree: spellings and facts",
		UsageText: "kg conflicts [--kind spelling|fate|renewal status] [--json]",
		Description: "conflicts lists every disagreement between documents that reconciliation recorded:\n" +
			"spellings of one entity's name (\"Samira Parker\" / \"Zamira Parker\") and factual claims\n" +
			"with different values (a series renewed or not; a character's disappearance or murder).\n" +
			"For each value it names the documents that assert it, with their dates where known.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "kind", Usage: "only conflicts of this `KIND`: " + strings.Join(conflictKinds, ", ")},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		},
		Before: noArguments,
		Action: func(c *cli.Context) error {
			kind, err := conflictKind(c.String("kind"))
			if err != nil {
				return err
			}
			g, err := loadGraph(c)
			if err != nil {
				return err
			}
			var cs []graph.Conflict
			for _, x := range g.Conflicts {
				if kind == "" || kind == x.Kind {
					cs = append(cs, x)
				}
			}
			if c.Bool("json") {
				if cs == nil {
					cs = []graph.Conflict{}
				}
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(cs)
			}
			printConflicts(c.App.Writer, g, cs)
			return nil
		},
	}
}

func printConflicts(w io.Writer, g *graph.Graph, cs []graph.Conflict) {
	dates := map[string]string{}
	for _, d := range g.Documents {
		dates[d.ID] = d.Date
	}
	if len(cs) == 0 {
		fmt.Fprintln(w, "no conflicts recorded")
		return
	}
	for _, c := range cs {
		fmt.Fprintf(w, "%s: %s\n", c.Kind, c.Topic)
		for _, v := range c.Values {
			var docs []string
			for _, d := range v.Documents {
				if dates[d] != "" {
					d += " (" + dates[d] + ")"
				}
				docs = append(docs, d)
			}
			fmt.Fprintf(w, "  %-20s %s\n", v.Value, strings.Join(docs, ", "))
		}
	}
}
