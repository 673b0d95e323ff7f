// Package queries holds the saved Cypher queries that answer the common
// questions about a stored graph (who plays whom, who made a series, which
// documents support a fact...), so that users run tested queries by name
// (kg query NAME) instead of writing Cypher.
//
// Each query is one .cypher file in this directory, embedded at build time.
// It starts with a header of comment lines:
//
//	// name: cast
//	// question: Who is in the cast of a series?
//	// params: series
//
// name is how the query is called (and the file's base name), question says
// what it answers, and params lists the $parameters it needs, comma
// separated (empty for none). An optional "// view: graph" line marks a
// query that returns paths for Neo4j Browser to draw ("// view: table", the
// default, one that returns rows). Further comment lines are notes. The
// file is run as it is: Cypher ignores the comments.
//
// These files are the one list of saved queries: kg query lists and runs
// every one of them, and the Browser guide shows every one of them.
//
// The package also makes the queries runnable in Neo4j Browser: Guide
// renders them as a Browser guide, GuideHandler serves it with the Browser
// style sheet (Style), so that kg guide only parses flags and prints.
package queries

import (
	"embed"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// Query is one saved query.
type Query struct {
	// Name is how the query is called: the file's base name.
	Name string
	// Question is what the query answers, in one sentence or two.
	Question string
	// Params are the names of the query's $parameters, in header order.
	Params []string
	// Graph is set for a query that returns paths, which Neo4j Browser
	// draws as a graph and the guide shows first; kg query prints each
	// path as text.
	Graph bool
	// Notes are the header's other comment lines, joined.
	Notes string
	// Cypher is the whole file, header included.
	Cypher string
}

var (
	all    []Query
	byName = map[string]Query{}
)

func init() {
	names, err := files.ReadDir(".")
	if err != nil {
		panic(err)
	}
	for _, f := range names {
		data, err := files.ReadFile(f.Name())
		if err != nil {
			panic(err)
		}
		q, err := Parse(f.Name(), string(data))
		if err != nil {
			panic(err) // a broken saved query is a build error; TestAll reports it
		}
		all = append(all, q)
		byName[q.Name] = q
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
}

// All returns every saved query, sorted by name.
func All() []Query {
	return append([]Query(nil), all...)
}

// Get returns the saved query called name.
func Get(name string) (Query, bool) {
	q, ok := byName[name]
	return q, ok
}

// headerFields are the header lines Parse reads, each with how its value
// sets the query; other comment lines are notes.
var headerFields = map[string]func(q *Query, value string) error{
	"name":     func(q *Query, v string) error { q.Name = v; return nil },
	"question": func(q *Query, v string) error { q.Question = v; return nil },
	"params": func(q *Query, v string) error {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				q.Params = append(q.Params, p)
			}
		}
		return nil
	},
	"view": func(q *Query, v string) error {
		if v != "graph" && v != "table" {
			return fmt.Errorf("view %q: want graph or table", v)
		}
		q.Graph = v == "graph"
		return nil
	},
}

var (
	headerLine = regexp.MustCompile(`^//\s*([a-z]+):\s*(.*?)\s*$`)
	paramUse   = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
)

// Parse reads a query file: its header and its Cypher. file is the file's
// name, which must be the query's name with the .cypher extension.
func Parse(file, text string) (Query, error) {
	q := Query{Cypher: text}
	seen := map[string]bool{}
	var notes, body []string
	inHeader := true
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if inHeader && !strings.HasPrefix(trimmed, "//") {
			inHeader = false
		}
		if !inHeader {
			body = append(body, line)
			continue
		}
		m := headerLine.FindStringSubmatch(trimmed)
		if m == nil || headerFields[m[1]] == nil {
			notes = append(notes, strings.TrimSpace(strings.TrimPrefix(trimmed, "//")))
			continue
		}
		if seen[m[1]] {
			return Query{}, fmt.Errorf("%s: %s given twice", file, m[1])
		}
		seen[m[1]] = true
		if err := headerFields[m[1]](&q, m[2]); err != nil {
			return Query{}, fmt.Errorf("%s: %w", file, err)
		}
	}
	q.Notes = strings.Join(notes, " ")
	switch {
	case q.Name == "":
		return Query{}, fmt.Errorf("%s: no '// name:' line in the header", file)
	case q.Name+".cypher" != path.Base(file):
		return Query{}, fmt.Errorf("%s: name %q does not match the file name", file, q.Name)
	case q.Question == "":
		return Query{}, fmt.Errorf("%s: no '// question:' line in the header", file)
	case !seen["params"]:
		return Query{}, fmt.Errorf("%s: no '// params:' line in the header (leave it empty for none)", file)
	}
	// The declared parameters must be exactly those the Cypher uses, so that
	// kg query can check a command line before it reaches the server.
	used := map[string]bool{}
	for _, m := range paramUse.FindAllStringSubmatch(codeOnly(strings.Join(body, "\n")), -1) {
		used[m[1]] = true
	}
	declared := map[string]bool{}
	for _, p := range q.Params {
		if declared[p] {
			return Query{}, fmt.Errorf("%s: parameter %q declared twice", file, p)
		}
		declared[p] = true
		if !used[p] {
			return Query{}, fmt.Errorf("%s: parameter %q declared but not used", file, p)
		}
	}
	for p := range used {
		if !declared[p] {
			return Query{}, fmt.Errorf("%s: parameter $%s used but not declared in '// params:'", file, p)
		}
	}
	return q, nil
}

// codeOnly removes comments and the insides of string literals and quoted
// names, so that a $word there is not taken for a parameter.
func codeOnly(s string) string {
	var b strings.Builder
	var quote rune
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote != 0:
			if r == '\\' {
				i++ // skip the escaped character
			} else if r == quote {
				quote = 0
				b.WriteRune(r)
			}
		case r == '\'' || r == '"' || r == '`':
			quote = r
			b.WriteRune(r)
		case r == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i+1 < len(rs) && rs[i+1] != '\n' {
				i++
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
