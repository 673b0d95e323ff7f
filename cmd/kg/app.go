package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/urfave/cli/v2"
)

// Exit codes: 0 when all went well, 1 when the work failed (or some input was
// rejected), 2 when the command line itself was wrong.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// usageError marks an error in the command line, which exits with code 2.
type usageError struct{ msg string }

// Error is the message, printed with a pointer to --help.
func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// commands lists every subcommand; each is defined in its own file.
func commands() []*cli.Command {
	return []*cli.Command{
		ingestCommand(),
		exportCommand(),
		statsCommand(),
		vizCommand(),
		guideCommand(),
		evalCommand(),
		conflictsCommand(),
		explainCommand(),
		queryCommand(),
	}
}

// newApp builds the CLI with its output bound to stdout and stderr, so that
// tests run it in-process.
func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:  "kg",
		Usage: "build a knowledge graph from a folder of documents",
		Description: "kg reads documents (plain UTF-8 text), finds the people, characters, series, books,\n" +
			"organizations and places they name and the relations between them, reconciles the\n" +
			"names across documents, and stores the graph in an embedded store (default, no server)\n" +
			"or in Neo4j.",
		Flags:           storeFlags(),
		Commands:        commands(),
		Action:          unknownCommand,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		// A --param value may hold commas ("name=Ballard, Renée"): one
		// flag, one value.
		DisableSliceFlagSeparator: true,
		ExitErrHandler:            func(*cli.Context, error) {}, // run maps errors to exit codes
		OnUsageError: func(c *cli.Context, err error, isSubcommand bool) error {
			msg := flagError(err.Error())
			if isSubcommand {
				msg = c.Command.Name + ": " + msg
				if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok && definesFlag(c.App.Flags, name) {
					msg += fmt.Sprintf(" (a global flag: give it before the command, as in 'kg --%s ... %s')", name, c.Command.Name)
				}
			}
			return usageError{msg}
		},
	}
	return app
}

// unknownCommand is the action when no command matched: help when there
// is no argument, else a usage error that names the closest command.
func unknownCommand(c *cli.Context) error {
	if !c.Args().Present() {
		return cli.ShowAppHelp(c)
	}
	name := c.Args().First()
	var names []string
	for _, cmd := range c.App.Commands {
		if !cmd.Hidden {
			names = append(names, cmd.Name)
		}
	}
	if best := closest(name, names); best != "" {
		return usagef("unknown command '%s'; did you mean '%s'?", name, best)
	}
	return usagef("unknown command '%s' (the commands are: %s)", name, strings.Join(names, ", "))
}

// closest returns the name nearest to s, at most two edits away (a letter
// added, dropped, changed, or two neighbours swapped), or "" when none is.
func closest(s string, names []string) string {
	best, bestDist := "", 3
	for _, n := range names {
		if d := editDistance(strings.ToLower(s), n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// editDistance counts the insertions, deletions, substitutions and swaps of
// adjacent letters that turn a into b (optimal string alignment).
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// run is the whole program: it parses args and runs the chosen command.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	app := newApp(stdout, stderr)
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
		c.Before = withConfig(c.Before)
	}
	args, err := flagsFirst(app, args)
	if err != nil {
		return err
	}
	return redactSecrets(app, app.RunContext(ctx, args))
}

// redactSecrets hides in err's message the Neo4j password and the secrets
// of the server address, from the resolved configuration and from the
// environment, so that no message prints them, whichever part of kg or of
// the driver wrote it.
func redactSecrets(app *cli.App, err error) error {
	if err == nil {
		return nil
	}
	secrets := neo4j.Secrets(neo4j.Config{URI: os.Getenv("NEO4J_URI"), Password: os.Getenv("NEO4J_PASSWORD")})
	if cfg, ok := app.Metadata[configKey].(config); ok {
		secrets = append(secrets, neo4j.Secrets(cfg.Neo4j)...)
	}
	if len(secrets) == 0 {
		return err
	}
	return &neo4j.RedactError{Err: err, Secrets: secrets}
}

// withConfig returns a Before hook that runs before (if any: the
// command's own checks of its command line), then resolves the
// configuration once, for the command's action to read with configOf.
// Help is shown before Before runs, so --help needs no working
// configuration.
func withConfig(before cli.BeforeFunc) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if before != nil {
			if err := before(c); err != nil {
				return err
			}
		}
		cfg, err := resolveConfig(c)
		if err != nil {
			return err
		}
		c.App.Metadata[configKey] = cfg
		return nil
	}
}

// noArguments is the Before hook of a command that takes no arguments:
// an argument there is a mistake to report, not something to ignore.
func noArguments(c *cli.Context) error {
	if c.Args().Present() {
		return usagef("%s: unexpected argument %q (see 'kg %s --help')", c.Command.Name, c.Args().First(), c.Command.Name)
	}
	return nil
}

// flagError rewords the flag package's errors for people: "flag provided
// but not defined: -series" becomes "unknown flag --series".
func flagError(msg string) string {
	name, ok := strings.CutPrefix(msg, "flag provided but not defined: -")
	if !ok {
		return msg
	}
	if len(name) > 1 {
		return "unknown flag --" + name
	}
	return "unknown flag -" + name
}

// exitCode prints err (if any) and returns the process exit code for it.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "kg: %v\nRun 'kg --help' for usage.\n", err)
		return exitUsage
	}
	var ie interruptError
	if errors.As(err, &ie) {
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return ie.exitCode()
	}
	var ee cli.ExitCoder
	if errors.As(err, &ee) {
		if msg := err.Error(); msg != "" {
			fmt.Fprintf(stderr, "kg: %v\n", err)
		}
		return ee.ExitCode()
	}
	if !errors.Is(err, errReported) {
		fmt.Fprintf(stderr, "kg: %v\n", err)
	}
	return exitError
}

// errReported is returned when the problems were already printed (such as
// per-document errors during ingest): exit 1 without printing again.
var errReported = errors.New("errors reported above")
