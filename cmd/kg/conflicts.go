package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/urfave/cli/v2"
)

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
			&cli.StringFlag{Name: "kind", Usage: "only conflicts of this kind"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		},
		Action: func(c *cli.Context) error {
			g, err := loadGraph(c)
			if err != nil {
				return err
			}
			var cs []graph.Conflict
			for _, x := range g.Conflicts {
				if k := c.String("kind"); k == "" || strings.EqualFold(k, x.Kind) {
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
