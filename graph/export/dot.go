package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// DOT writes the entity graph of g in Graphviz's DOT language, for
// `dot -Tsvg` (kg viz runs it for you).
//
// Each entity is a box filled with its type's Palette colour and labelled
// with its name; its tooltip (shown on hover in SVG) gives type, id and
// aliases. Each relation is an edge labelled with its predicate; predicates
// without direction (graph.Symmetric) are drawn without an arrowhead. A
// legend node lists the colours of the types present. Documents and mentions are
// left out: drawn, they would join every entity to its sources and bury the
// facts. To draw part of a large graph, pass it through Neighbourhood first.
//
// Strings are escaped for DOT's quoted strings (quotes, backslashes and
// newlines), so any name is safe as a label. DOT returns an error, writing
// nothing, when a relation names an entity the graph does not have.
func DOT(w io.Writer, g *graph.Graph) error {
	g = sortedCopy(g)
	if err := checkRefs(g, false); err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	var b bytes.Buffer
	b.WriteString("// kg entity graph. Draw it with: dot -Tsvg graph.dot -o graph.svg\n")
	b.WriteString("digraph kg {\n")
	b.WriteString("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10, overlap=false, nodesep=0.3, ranksep=0.6];\n")
	b.WriteString("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.5, fontcolor=\"#1F2328\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#6E7781\", fontcolor=\"#57606A\", arrowsize=0.7];\n")

	present := map[string]bool{}
	for _, e := range g.Entities {
		present[e.Type] = true
	}
	if len(present) > 0 {
		// One HTML-table node: a compact key that does not spread the layout.
		b.WriteString("\n  \"legend:types\" [shape=plaintext, style=\"\", fontsize=9, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"3\" color=\"#AAAAAA\">")
		b.WriteString("<tr><td border=\"0\"><i>entity types</i></td></tr>")
		for _, t := range legendTypes(present) {
			c := colourOf(t)
			fmt.Fprintf(&b, "<tr><td bgcolor=\"%s\" color=\"%s\">%s</td></tr>", xmlText(c.Fill), xmlText(c.Border), xmlText(t))
		}
		b.WriteString("</table>>];\n")
	}

	for _, e := range g.Entities {
		c := colourOf(e.Type)
		tip := e.Type + ": " + e.Name + " (" + e.ID + ")"
		if aliases := e.Aliases; len(aliases) > 0 {
			tip += "\naka " + strings.Join(aliases, listSep)
		}
		fmt.Fprintf(&b, "  %s [label=%s, fillcolor=%s, color=%s, tooltip=%s];\n",
			dotQuote(e.ID), dotQuote(e.Name), dotQuote(c.Fill), dotQuote(c.Border), dotQuote(tip))
	}
	if len(g.Relations) > 0 {
		b.WriteString("\n")
	}
	for _, r := range g.Relations {
		attrs := "label=" + dotQuote(r.Type)
		if graph.Symmetric(r.Type) {
			attrs += ", dir=none"
		}
		tip := r.Type
		if len(r.Sources) > 0 {
			tip += "\nsources: " + strings.Join(r.Sources, listSep)
		}
		attrs += ", tooltip=" + dotQuote(tip)
		fmt.Fprintf(&b, "  %s -> %s [%s];\n", dotQuote(r.From), dotQuote(r.To), attrs)
	}
	b.WriteString("}\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	return nil
}

// legendTypes returns the present types in graph.EntityTypes order, then any
// others alphabetically, so the legend reads the same in every drawing.
func legendTypes(present map[string]bool) []string {
	var out []string
	known := map[string]bool{}
	for _, t := range graph.EntityTypes {
		known[t] = true
		if present[t] {
			out = append(out, t)
		}
	}
	var other []string
	for t := range present {
		if !known[t] {
			other = append(other, t)
		}
	}
	return append(out, sortedStrings(other)...)
}

// dotQuote returns s as a DOT double-quoted string. Backslashes are doubled
// (DOT labels treat \n, \l, \N... as escapes), quotes are escaped, newlines
// become \n and carriage returns are dropped, so the result is one line
// whatever s holds.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
