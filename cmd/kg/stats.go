package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/kgbuild/kg/graph"
	"github.com/urfave/cli/v2"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:        "stats",
		Usage:       "count the documents, entities and relations in the store",
		UsageText:   "kg stats",
		Description: "stats prints how many documents, entities (by type) and relations (by predicate) are stored.",
		Before:      noArguments,
		Action: func(c *cli.Context) error {
			st, err := openGraph(c)
			if err != nil {
				return err
			}
			defer st.Close(c.Context)
			s, err := st.Stats(c.Context)
			if err != nil {
				return fmt.Errorf("stats: %w", err)
			}
			printStats(c.App.Writer, s)
			return nil
		},
	}
}

// printStats writes s as a small table, types in a fixed order.
func printStats(w io.Writer, s graph.Stats) {
	fmt.Fprintf(w, "documents  %d\n", s.Documents)
	fmt.Fprintf(w, "entities   %d\n", sum(s.Entities))
	for _, t := range graph.EntityTypes {
		if n := s.Entities[t]; n > 0 {
			fmt.Fprintf(w, "  %-22s %d\n", t, n)
		}
	}
	fmt.Fprintf(w, "relations  %d\n", sum(s.Relations))
	var preds []string
	for p := range s.Relations {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	for _, p := range preds {
		fmt.Fprintf(w, "  %-22s %d\n", p, s.Relations[p])
	}
	if s.Conflicts > 0 {
		fmt.Fprintf(w, "conflicts  %d\n", s.Conflicts)
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
