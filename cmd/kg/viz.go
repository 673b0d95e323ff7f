package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/kgbuild/kg/graph/export"
	"github.com/urfave/cli/v2"
)

// vizLargeGraph is the number of entities above which kg viz suggests
// drawing a neighbourhood: dot takes minutes and the picture is unreadable
// well before that.
const vizLargeGraph = 300

// vizFormats maps an output file extension to the dot -T format that writes
// it; SVG is the default because it scales and keeps tooltips.
var vizFormats = map[string]string{".svg": "svg", ".png": "png", ".pdf": "pdf"}

// errNoGraphviz is returned when dot is not on PATH: drawing needs Graphviz,
// which kg does not bundle.
var errNoGraphviz = errors.New("viz: Graphviz's dot command was not found on PATH; " +
	"install Graphviz (Debian/Ubuntu: apt-get install graphviz, macOS: brew install graphviz) " +
	"or write the DOT source with 'kg export --format dot' and render it elsewhere")

func vizCommand() *cli.Command {
	return &cli.Command{
		Name:      "viz",
		Usage:     "draw the stored graph as SVG with Graphviz",
		UsageText: "kg viz [-o out.svg] [--entity NAME [--depth N]]",
		Description: "viz draws the entity graph (entities coloured by type, relations labelled by predicate)\n" +
			"with Graphviz's dot, which must be installed. Without -o the SVG goes to standard output;\n" +
			"-o FILE.png or FILE.pdf draws those formats instead. --entity NAME draws only the entities\n" +
			"within --depth hops (default 1) of every entity with that name, alias or id.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (.svg, .png or .pdf) instead of standard output"},
			&cli.StringFlag{Name: "entity", Aliases: []string{"e"}, Usage: "draw only the neighbourhood of the entity called `NAME`"},
			&cli.IntFlag{Name: "depth", Aliases: []string{"d"}, Value: 1, Usage: "with --entity, how many relation hops to include"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usagef("viz: unexpected argument %q", c.Args().First())
			}
			if c.IsSet("depth") && !c.IsSet("entity") {
				return usagef("viz: --depth needs --entity")
			}
			if c.Int("depth") < 0 {
				return usagef("viz: --depth must be 0 or more, not %d", c.Int("depth"))
			}
			format := "svg"
			if out := c.String("output"); out != "" {
				f, ok := vizFormats[strings.ToLower(filepath.Ext(out))]
				if !ok {
					return usagef("viz: -o %s: want a .svg, .png or .pdf file", out)
				}
				format = f
			}
			dot, err := exec.LookPath("dot")
			if err != nil {
				return errNoGraphviz
			}

			g, err := loadGraph(c)
			if err != nil {
				return err
			}
			if name := c.String("entity"); name != "" {
				ids := export.FindEntities(g, name)
				if len(ids) == 0 {
					return fmt.Errorf("viz: no entity is called %q (try a canonical name, an alias or an id from 'kg export')", name)
				}
				g = export.Neighbourhood(g, ids, c.Int("depth"))
			} else if len(g.Entities) > vizLargeGraph {
				fmt.Fprintf(c.App.ErrWriter, "kg viz: drawing %d entities; --entity NAME draws one neighbourhood and is much faster\n", len(g.Entities))
			}

			var src bytes.Buffer
			if err := export.DOT(&src, g); err != nil {
				return fmt.Errorf("viz: %w", err)
			}
			cmd := exec.CommandContext(c.Context, dot, "-T"+format)
			cmd.Stdin = &src
			var out, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &stderr
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("viz: %s -T%s: %w: %s", dot, format, err, strings.TrimSpace(stderr.String()))
			}
			if path := c.String("output"); path != "" {
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					return fmt.Errorf("viz: %w", err)
				}
				return nil
			}
			_, err = c.App.Writer.Write(out.Bytes())
			return err
		},
	}
}
