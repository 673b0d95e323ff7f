package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/export"
	"github.com/kgbuild/kg/graph/htmlview"
	"github.com/urfave/cli/v2"
)

// vizLargeGraph is the number of entities above which kg viz suggests
// drawing a neighbourhood: dot takes minutes and the picture is unreadable
// well before that.
const vizLargeGraph = 300

// vizFormats maps an output file extension to the format that writes it:
// a dot -T format, or html for the interactive page. SVG is the default
// because it scales and keeps tooltips.
var vizFormats = map[string]string{".svg": "svg", ".png": "png", ".pdf": "pdf", ".html": "html", ".htm": "html"}

// errNoGraphviz is returned when dot is not on PATH: drawing needs Graphviz,
// which kg does not bundle.
var errNoGraphviz = errors.New("viz: Graphviz's dot command was not found on PATH; " +
	"install Graphviz (Debian/Ubuntu: apt-get install graphviz, macOS: brew install graphviz), " +
	"write an interactive page with 'kg viz --format html -o graph.html', " +
	"or write the DOT source with 'kg export --format dot' and render it elsewhere")

// vizConfig is what the flags of kg viz ask for.
type vizConfig struct {
	format, output, entity string
	depth                  int
}

func vizCommand() *cli.Command {
	return &cli.Command{
		Name:      "viz",
		Usage:     "draw the stored graph: SVG, PNG or PDF with Graphviz, or an interactive HTML page",
		UsageText: "kg viz [--format svg|png|pdf|html] [-o FILE] [--entity NAME [--depth N]]",
		Description: "viz draws the entity graph (entities coloured by type, relations labelled by predicate).\n" +
			"SVG, PNG and PDF are drawn by Graphviz's dot, which must be installed. --format html (or\n" +
			"-o FILE.html) writes one self-contained page instead, needing no server and no network: the\n" +
			"graph drawn in the browser, with search, filters by type and relation, and each entity's\n" +
			"spellings, conflicts and evidence. Without -o the output goes to standard output; the format\n" +
			"follows -o's extension unless --format says otherwise. --entity NAME draws only the entities\n" +
			"within --depth hops (default 1) of every entity with that name, alias or id; the HTML page\n" +
			"still holds the whole graph, and clicking a node draws its neighbours.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT` to write: svg, png, pdf or html (default: from -o's extension, else svg)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (.svg, .png, .pdf or .html) instead of standard output"},
			&cli.StringFlag{Name: "entity", Aliases: []string{"e"}, Usage: "draw only the neighbourhood of the entity called `NAME`"},
			&cli.IntFlag{Name: "depth", Aliases: []string{"d"}, Value: 1, Usage: "with --entity, how many relation hops to include"},
		},
		Action: func(c *cli.Context) error {
			cfg, err := vizFlags(c)
			if err != nil {
				return err
			}
			if cfg.format == "html" {
				return vizHTML(c, cfg)
			}
			return vizDOT(c, cfg)
		},
	}
}

// vizFlags checks the flags of kg viz and chooses the format.
func vizFlags(c *cli.Context) (vizConfig, error) {
	cfg := vizConfig{format: strings.ToLower(c.String("format")), output: c.String("output"),
		entity: c.String("entity"), depth: c.Int("depth")}
	switch {
	case c.Args().Len() > 0:
		return cfg, usagef("viz: unexpected argument %q", c.Args().First())
	case c.IsSet("depth") && !c.IsSet("entity"):
		return cfg, usagef("viz: --depth needs --entity")
	case cfg.depth < 0:
		return cfg, usagef("viz: --depth must be 0 or more, not %d", cfg.depth)
	}
	if cfg.format == "" && cfg.output != "" {
		f, ok := vizFormats[strings.ToLower(filepath.Ext(cfg.output))]
		if !ok {
			return cfg, usagef("viz: -o %s: want a .svg, .png or .pdf file, or .html for the interactive page", cfg.output)
		}
		cfg.format = f
	}
	switch cfg.format {
	case "":
		cfg.format = "svg"
	case "svg", "png", "pdf", "html":
	default:
		return cfg, usagef("viz: --format %s: want svg, png, pdf or html", cfg.format)
	}
	return cfg, nil
}

// vizLoad loads the stored graph and, with --entity, finds the entities
// it names.
func vizLoad(c *cli.Context, cfg vizConfig) (*graph.Graph, []string, error) {
	g, err := loadGraph(c)
	if err != nil {
		return nil, nil, err
	}
	if cfg.entity == "" {
		return g, nil, nil
	}
	ids := entityIDs(findEntities(g, cfg.entity))
	if len(ids) == 0 {
		return nil, nil, fmt.Errorf("viz: no entity is called %q (try a canonical name, an alias or an id from 'kg export')", cfg.entity)
	}
	return g, ids, nil
}

// vizDOT draws the graph, or the neighbourhood asked for, with dot.
func vizDOT(c *cli.Context, cfg vizConfig) error {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return errNoGraphviz
	}
	g, ids, err := vizLoad(c, cfg)
	if err != nil {
		return err
	}
	if ids != nil {
		g = export.Neighbourhood(g, ids, cfg.depth)
	} else if len(g.Entities) > vizLargeGraph {
		fmt.Fprintf(c.App.ErrWriter, "kg viz: drawing %d entities; --entity NAME draws one neighbourhood and is much faster\n", len(g.Entities))
	}
	var src bytes.Buffer
	if err := export.DOT(&src, g); err != nil {
		return fmt.Errorf("viz: %w", err)
	}
	cmd := exec.CommandContext(c.Context, dot, "-T"+cfg.format)
	cmd.Stdin = &src
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("viz: %s -T%s: %w: %s", dot, cfg.format, err, strings.TrimSpace(stderr.String()))
	}
	return vizWrite(c, cfg, out.Bytes())
}

// vizHTML writes the interactive page: the whole graph, opening on the
// neighbourhood asked for.
func vizHTML(c *cli.Context, cfg vizConfig) error {
	g, ids, err := vizLoad(c, cfg)
	if err != nil {
		return err
	}
	opt := htmlview.Options{Title: "kg graph", Focus: ids, Depth: cfg.depth}
	if ids != nil {
		opt.Title = fmt.Sprintf("Neighbourhood of %s (depth %d)", cfg.entity, cfg.depth)
		for _, e := range g.Entities {
			if e.ID == ids[0] {
				opt.Title = fmt.Sprintf("Neighbourhood of %s (depth %d)", e.Name, cfg.depth)
			}
		}
	}
	var out bytes.Buffer
	if err := htmlview.Write(&out, g, opt); err != nil {
		return fmt.Errorf("viz: %w", err)
	}
	return vizWrite(c, cfg, out.Bytes())
}

// vizWrite writes the drawing to -o, or to standard output.
func vizWrite(c *cli.Context, cfg vizConfig, b []byte) error {
	if cfg.output == "" {
		_, err := c.App.Writer.Write(b)
		return err
	}
	if err := os.WriteFile(cfg.output, b, 0o644); err != nil {
		return fmt.Errorf("viz: %w", err)
	}
	return nil
}
