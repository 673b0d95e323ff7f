package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kgbuild/kg/eval"
	"github.com/urfave/cli/v2"
)

// evalThresholds names the --min-*-f1 flags and the figure each checks, in
// the order failures are reported.
var evalThresholds = []struct {
	flag, what string
	f1         func(eval.Report) float64
}{
	{"min-entity-f1", "entity F1", func(r eval.Report) float64 { return r.Entities.F1 }},
	{"min-typed-f1", "typed entity F1", func(r eval.Report) float64 { return r.TypedEntities.F1 }},
	{"min-alias-f1", "alias F1", func(r eval.Report) float64 { return r.Aliases.F1 }},
	{"min-relation-f1", "relation F1", func(r eval.Report) float64 { return r.Relations.F1 }},
}

// evalCommand scores the stored graph against gold annotations, so that a
// change to the pipeline is judged by numbers, and so that CI can refuse a
// change that makes them worse (the --min-*-f1 thresholds).
func evalCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "gold", Usage: "`DIR` holding the gold annotations, entities.tsv and relations.tsv (format: eval/GOLD-FORMAT.md)"},
		&cli.BoolFlag{Name: "report", Usage: "also list misses and false positives by entity type and by predicate"},
		&cli.BoolFlag{Name: "json", Usage: "print the whole report (figures and lists) as JSON"},
	}
	for _, th := range evalThresholds {
		flags = append(flags, &cli.Float64Flag{Name: th.flag,
			Usage: "exit 1 when the " + th.what + " is below `MIN` (0 to 1)"})
	}
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the stored graph against gold annotations",
		UsageText: "kg eval --gold DIR [--report] [--json] [--min-entity-f1 MIN] [--min-typed-f1 MIN] [--min-alias-f1 MIN] [--min-relation-f1 MIN]",
		Description: "eval compares the stored graph with the gold annotations in DIR (entities.tsv and\n" +
			"relations.tsv) and prints precision, recall and F1 for entities, typed entities, alias\n" +
			"pairs (reconciliation) and relations. --report adds every miss and false positive,\n" +
			"grouped by entity type and by predicate. With a --min-*-f1 threshold the command exits 1\n" +
			"when that F1 is below it, after printing the figures.",
		Flags:  flags,
		Before: noArguments,
		Action: func(c *cli.Context) error {
			dir := c.String("gold")
			if dir == "" {
				return usagef("eval: --gold DIR is required (a directory holding entities.tsv and relations.tsv)")
			}
			for _, th := range evalThresholds {
				if v := c.Float64(th.flag); c.IsSet(th.flag) && (v < 0 || v > 1) {
					return usagef("eval: --%s %v is not between 0 and 1", th.flag, v)
				}
			}
			gold, err := eval.LoadGold(dir)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			g, err := loadGraph(c)
			if err != nil {
				return err
			}
			if len(g.Entities) == 0 {
				fmt.Fprintf(c.App.ErrWriter, "kg: eval: the store %s holds no entities; run kg ingest first\n", storeName(configOf(c)))
			}
			r := eval.Score(g, gold)
			if c.Bool("json") {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				err = enc.Encode(r)
			} else {
				err = r.WriteText(c.App.Writer, c.Bool("report"))
			}
			if err != nil {
				return fmt.Errorf("eval: write report: %w", err)
			}
			var below []string
			for _, th := range evalThresholds {
				if min := c.Float64(th.flag); c.IsSet(th.flag) && th.f1(r) < min {
					below = append(below, fmt.Sprintf("%s %.3f is below --%s %v", th.what, th.f1(r), th.flag, min))
				}
			}
			if len(below) > 0 {
				return cli.Exit("eval: "+strings.Join(below, "; "), exitError)
			}
			return nil
		},
	}
}
