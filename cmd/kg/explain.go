package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/resolve"
	"github.com/urfave/cli/v2"
)

func explainCommand() *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "show why an entity's names were merged and what was kept apart",
		UsageText: "kg explain ENTITY   (an id, a name, an alias or a spelling; case and accents ignored)",
		Description: "explain prints an entity's canonical name, every spelling with the documents that use\n" +
			"it, the rule and evidence behind each merge, the mentions left unlinked because more\n" +
			"than one entity fitted, and the conflicts about it.",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("explain: want one entity id or name, not %d arguments (quote a name with spaces)", c.NArg())
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
