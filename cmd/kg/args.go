package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst returns the command line args (program name first) with the
// command's flags moved before its arguments. urfave/cli v2 stops reading
// flags at a command's first argument, so "kg ingest sources --reset"
// would take --reset for a path; people write flags after arguments all the
// time. Flags are recognised by the command's own definitions, so a flag's
// value moves with it ("--param series=A", "--kind renewal status" as one
// argument); an unknown flag moves too, for the parser to report. "--"
// still ends the flags: what follows it stays an argument.
//
// The global flags before the command are left as they are, and so is a
// line with no known command, for the parser to report.
func flagsFirst(app *cli.App, args []string) ([]string, error) {
	i := 1
	for i < len(args) && isFlag(args[i]) && args[i] != "--" {
		if takesValue(app.Flags, args[i]) {
			i++
		}
		i++
	}
	if i >= len(args) {
		return args, nil
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args, nil
	}
	var flags, rest []string
	tail := args[i+1:]
	for j := 0; j < len(tail); j++ {
		a := tail[j]
		switch {
		case a == "--":
			rest = append(rest, tail[j+1:]...)
			j = len(tail)
		case !isFlag(a):
			rest = append(rest, a)
		case takesValue(cmd.Flags, a):
			if j+1 == len(tail) {
				return nil, usagef("%s: flag %s needs a value", cmd.Name, a)
			}
			flags = append(flags, a, tail[j+1])
			j++
		default:
			flags = append(flags, a)
		}
	}
	out := append(append([]string{}, args[:i+1]...), flags...)
	if len(rest) > 0 && !asksHelp(flags) { // with arguments, help would look for a topic
		out = append(append(out, "--"), rest...)
	}
	return out, nil
}

// asksHelp reports whether flags hold -h or --help.
func asksHelp(flags []string) bool {
	for _, f := range flags {
		if f == "-h" || f == "--help" || f == "-help" {
			return true
		}
	}
	return false
}

// isFlag reports whether a command-line argument is a flag: it starts
// with a dash and is not "-" alone, which names standard input.
func isFlag(a string) bool {
	return len(a) > 1 && a[0] == '-'
}

// takesValue reports whether the flag arg (such as "--format" or "-f")
// is one of flags and reads the next argument as its value: not a boolean,
// and not written as --name=value.
func takesValue(flags []cli.Flag, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			v, ok := f.(interface{ TakesValue() bool })
			return ok && v.TakesValue()
		}
	}
	return false
}
