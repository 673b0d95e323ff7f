package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kgbuild/kg/graph/neo4j"
	"github.com/kgbuild/kg/queries"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/urfave/cli/v2"
)

// queryCommand lists the saved Cypher queries of package queries and runs
// one of them against Neo4j, so that the common questions need no Cypher.
func queryCommand() *cli.Command {
	return &cli.Command{
		Name:  "query",
		Usage: "list the saved Cypher queries, or run one against Neo4j",
		UsageText: "kg query\n" +
			"   kg query NAME [--param KEY=VALUE]... [--json]",
		Description: "Without NAME, query lists the saved queries with their parameters and the question each\n" +
			"answers. With NAME, it runs that query against the Neo4j store (NEO4J_URI or --neo4j) and\n" +
			"prints a table, or a JSON array of objects with --json; a path (from the queries Browser\n" +
			"draws as graphs) prints as one line, (A)-[:TYPE]->(B). Every parameter the query lists\n" +
			"must be given, as --param KEY=VALUE. Example:\n" +
			"   kg query cast --param series=Ballard",
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"}, Usage: "query parameter as KEY=VALUE (repeatable)"},
			&cli.BoolFlag{Name: "json", Usage: "print the rows as a JSON array of objects"},
		},
		Action: func(c *cli.Context) error {
			name, rest := c.Args().First(), c.Args().Tail()
			paramArgs := c.StringSlice("param")
			if name == "" {
				if len(paramArgs) > 0 {
					return usagef("query: --param needs a query NAME")
				}
				listQueries(c.App.Writer)
				return nil
			}
			if len(rest) > 0 {
				return usagef("query: one query at a time (got %q after %s); parameters go in --param KEY=VALUE", rest, name)
			}
			q, ok := queries.Get(name)
			if !ok {
				return usagef("query: no saved query %q (run 'kg query' for the list)", name)
			}
			params, err := queryParams(q, paramArgs)
			if err != nil {
				return err
			}
			cfg := configOf(c).Neo4j
			if cfg.URI == "" {
				return fmt.Errorf("query: saved queries run on Neo4j, and none is configured\n" +
					"hint: set NEO4J_URI (eval \"$(scripts/neo4j-local env)\") or pass --neo4j")
			}
			st, err := neo4j.Open(c.Context, cfg)
			if err != nil {
				return queryServerError(err, neo4j.Redact(cfg.URI))
			}
			defer st.Close(c.Context)
			res, err := st.Query(c.Context, q.Cypher, params)
			if err != nil {
				return queryServerError(fmt.Errorf("query %s: %w", q.Name, err), neo4j.Redact(cfg.URI))
			}
			if c.Bool("json") {
				return writeRowsJSON(c.App.Writer, res)
			}
			return writeRowsTable(c.App.Writer, res)
		},
	}
}

// unreachableError is a Neo4j server that could not be reached by kg
// query, with a hint that fits it. The store's own hint offers the
// embedded store instead, where saved queries cannot run.
type unreachableError struct {
	err error
	uri string
}

// Error is the store's message without its hint, then this one.
func (e unreachableError) Error() string {
	msg, _, _ := strings.Cut(e.err.Error(), "\nhint:")
	return msg + "\nhint: saved queries run only on Neo4j: is it running at " + e.uri + "? " +
		"Start one with 'scripts/neo4j-local start' then eval \"$(scripts/neo4j-local env)\", or with 'docker compose up -d'. " +
		"Without a server, kg explain, kg conflicts and kg export read the embedded store."
}

// Unwrap gives the store's error, for errors.Is and errors.As.
func (e unreachableError) Unwrap() error { return e.err }

// queryServerError returns err, or an unreachableError when err says the
// server at uri could not be reached.
func queryServerError(err error, uri string) error {
	var conn *driver.ConnectivityError
	if errors.As(err, &conn) || driver.IsConnectivityError(err) || errors.Is(err, context.DeadlineExceeded) {
		return unreachableError{err, uri}
	}
	return err
}

// listQueries prints every saved query: its name and parameters, then the
// question it answers.
func listQueries(w io.Writer) {
	fmt.Fprintln(w, "Saved queries (run one with: kg query NAME --param KEY=VALUE):")
	for _, q := range queries.All() {
		usage := q.Name
		for _, p := range q.Params {
			usage += " --param " + p + "=..."
		}
		fmt.Fprintf(w, "\n  %s\n      %s\n", usage, q.Question)
		if q.Graph {
			fmt.Fprintln(w, "      (Neo4j Browser draws its paths as a graph; here each path prints as one line)")
		}
	}
}

// queryParams checks the --param values against the parameters q declares:
// each must be given once, and no other.
func queryParams(q queries.Query, args []string) (map[string]any, error) {
	declared := map[string]bool{}
	for _, p := range q.Params {
		declared[p] = true
	}
	params := map[string]any{}
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		if !ok || k == "" {
			return nil, usagef("query %s: --param %q: want KEY=VALUE", q.Name, a)
		}
		if !declared[k] {
			return nil, usagef("query %s: unknown parameter %q (it takes: %s)", q.Name, k, paramList(q))
		}
		if _, dup := params[k]; dup {
			return nil, usagef("query %s: parameter %q given twice", q.Name, k)
		}
		params[k] = v
	}
	var missing []string
	for _, p := range q.Params {
		if _, ok := params[p]; !ok {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		return nil, usagef("query %s: missing --param %s=...", q.Name, strings.Join(missing, "=... --param "))
	}
	return params, nil
}

func paramList(q queries.Query) string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	return strings.Join(q.Params, ", ")
}

// writeRowsTable prints the result as aligned columns, then the row count.
func writeRowsTable(w io.Writer, res neo4j.Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = cell(v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	n := len(res.Rows)
	if n == 1 {
		_, err := fmt.Fprintln(w, "(1 row)")
		return err
	}
	_, err := fmt.Fprintf(w, "(%d rows)\n", n)
	return err
}

// cell formats one value for the table: lists joined by commas, nothing for
// null, maps and graph values as JSON, all on one line.
func cell(v any) string {
	var s string
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		s = x
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e)
		}
		s = strings.Join(parts, ", ")
	case int64, float64, bool:
		s = fmt.Sprint(x)
	case dbtype.Path, dbtype.Node, dbtype.Relationship:
		s = graphText(x)
	default:
		data, err := marshal(x)
		if err != nil {
			s = fmt.Sprint(x)
		} else {
			s = string(data)
		}
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// graphText writes a path, node or relationship as a line of text, nodes
// by name: "(Renée Ballard)<-[:PLAYS]-(Maggie Q)". Element ids mean nothing
// to a reader and change from one load to the next.
func graphText(v any) string {
	switch x := v.(type) {
	case dbtype.Node:
		return nodeText(x)
	case dbtype.Relationship:
		return "[:" + x.Type + "]"
	case dbtype.Path:
		if len(x.Nodes) == 0 {
			return ""
		}
		var b strings.Builder
		b.WriteString(nodeText(x.Nodes[0]))
		for i, r := range x.Relationships {
			if i+1 >= len(x.Nodes) {
				break
			}
			if r.StartElementId == x.Nodes[i].ElementId {
				b.WriteString("-[:" + r.Type + "]->")
			} else {
				b.WriteString("<-[:" + r.Type + "]-")
			}
			b.WriteString(nodeText(x.Nodes[i+1]))
		}
		return b.String()
	}
	return fmt.Sprint(v)
}

// nodeText is a node in parentheses, by its name, a document's title, or
// its id.
func nodeText(n dbtype.Node) string {
	for _, k := range []string{"name", "title", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return "(" + s + ")"
		}
	}
	return "(" + n.ElementId + ")"
}

// writeRowsJSON prints the result as a JSON array with one object per row,
// keys in column order.
func writeRowsJSON(w io.Writer, res neo4j.Result) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range res.Rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for j, col := range res.Columns {
			if j > 0 {
				b.WriteString(", ")
			}
			k, err := marshal(col)
			if err != nil {
				return err
			}
			val := row[j]
			switch x := val.(type) {
			case dbtype.Path, dbtype.Node, dbtype.Relationship:
				val = graphText(x)
			}
			v, err := marshal(val)
			if err != nil {
				return fmt.Errorf("query: encode %s: %w", col, err)
			}
			b.Write(k)
			b.WriteString(": ")
			b.Write(v)
		}
		b.WriteString("}")
	}
	if len(res.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// marshal encodes v as compact JSON (maps with sorted keys) without
// escaping <, > and &, which names and sentences contain.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
