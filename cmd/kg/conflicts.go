package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/resolve"
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

// loadGraph opens the selected store and reads the whole graph.
func loadGraph(c *cli.Context) (*graph.Graph, error) {
	st, err := openStore(c)
	if err != nil {
		return nil, err
	}
	defer st.Close(c.Context)
	g, err := st.Load(c.Context)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Command.Name, err)
	}
	return g, nil
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

func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "show why an entity's names were merged and what was kept apart",
		UsageText: "kg explain ENTITY   (an id, a name or an alias)",
		Description: "explain prints an entity's canonical name, every spelling with the documents that use\n" +
			"it, the rule and evidence behind each merge, the mentions left unlinked because more\n" +
			"than one entity fitted, and the conflicts about it.",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("explain: want one entity id or name")
			}
			g, err := loadGraph(c)
			if err != nil {
				return err
			}
			matches := findEntities(g, c.Args().First())
			if len(matches) == 0 {
				return fmt.Errorf("explain: no entity named %q", c.Args().First())
			}
			for _, e := range matches {
				printExplain(c.App.Writer, g, e)
			}
			return nil
		},
	}
}

// findEntities returns the entities whose id, name or alias is q (case and
// accents ignored), the exact id first.
func findEntities(g *graph.Graph, q string) []graph.Entity {
	fq := names.Fold(q)
	var out []graph.Entity
	for _, e := range g.Entities {
		if e.ID == q {
			return []graph.Entity{e}
		}
		if names.Fold(e.Name) == fq {
			out = append(out, e)
			continue
		}
		for _, a := range e.Aliases {
			if names.Fold(a) == fq {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func printExplain(w io.Writer, g *graph.Graph, e graph.Entity) {
	fmt.Fprintf(w, "%s  %s (%s)\n", e.ID, e.Name, e.Type)
	if len(e.Roles) > 0 {
		fmt.Fprintf(w, "  roles: %s\n", strings.Join(e.Roles, ", "))
	}
	for _, l := range resolve.TypingLines(e) {
		fmt.Fprintf(w, "  %s\n", l)
	}
	fmt.Fprintln(w, "  spellings:")
	for _, v := range e.Variants {
		var docs []string
		for d, n := range v.Documents {
			docs = append(docs, fmt.Sprintf("%s×%d", d, n))
		}
		sort.Strings(docs)
		mark := ""
		if v.Name == e.Name {
			mark = " (canonical)"
		}
		fmt.Fprintf(w, "    %-28s %s%s\n", v.Name, strings.Join(docs, ", "), mark)
	}
	if len(e.Merges) == 0 {
		fmt.Fprintln(w, "  merges: none (every mention has the same name)")
	} else {
		fmt.Fprintln(w, "  merges and splits:")
		for _, m := range e.Merges {
			fmt.Fprintf(w, "    - %s\n", m)
		}
	}
	for _, c := range g.Conflicts {
		if c.Subject == e.ID {
			fmt.Fprintf(w, "  conflict (%s):", c.Kind)
			for _, v := range c.Values {
				fmt.Fprintf(w, " %q in %s;", v.Value, strings.Join(v.Documents, ", "))
			}
			fmt.Fprintln(w)
		}
	}
}
