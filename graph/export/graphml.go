package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// listSep joins list values (aliases, sources) into one GraphML string:
// GraphML 1.0 has no list type, and "; " reads well in a Gephi table while
// being rare inside names.
const listSep = "; "

// graphmlKeys declares the attributes GraphML nodes and edges carry. The
// attribute named "label" is the one Gephi shows on the canvas; yEd maps any
// of them to a label through its Properties Mapper.
const graphmlKeys = `  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="path" for="node" attr.name="path" attr.type="string"/>
  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="etype" for="edge" attr.name="type" attr.type="string"/>
  <key id="sources" for="edge" attr.name="sources" attr.type="string"/>
  <key id="detail" for="edge" attr.name="detail" attr.type="string"/>
  <key id="count" for="edge" attr.name="count" attr.type="int"/>
`

// GraphML writes g as a GraphML document for Gephi, yEd and other graph
// tools.
//
// Nodes are the entities and the documents; a node's GraphML id is its kg
// id, and it carries the attributes label (what Gephi draws), type (the
// entity type, or "Document"), name, aliases (joined by "; ") and, for a
// document, path. Edges are the relations, with attributes label and type
// (the predicate), sources (document ids joined by "; ") and detail, and
// one MENTIONED_IN edge from each entity to each document that names it,
// with count. The graph is directed; relations whose predicate has no
// direction (graph.Symmetric) are written with directed="false".
//
// GraphML returns an error, writing nothing, when an edge names a node the
// graph does not have or two nodes share an id.
func GraphML(w io.Writer, g *graph.Graph) error {
	g = sortedCopy(g)
	if err := checkRefs(g, true); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	seen := make(map[string]bool, len(g.Entities)+len(g.Documents))
	for _, e := range g.Entities {
		seen[e.ID] = true
	}
	for _, d := range g.Documents {
		if seen[d.ID] {
			return fmt.Errorf("graphml: document %s: id already used by another node", d.ID)
		}
		seen[d.ID] = true
	}

	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	b.WriteString(graphmlKeys)
	b.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	for _, e := range g.Entities {
		fmt.Fprintf(&b, "    <node id=\"%s\">\n", xmlText(e.ID))
		writeData(&b, "label", e.Name)
		writeData(&b, "type", e.Type)
		writeData(&b, "name", e.Name)
		writeData(&b, "aliases", strings.Join(e.Aliases, listSep))
		b.WriteString("    </node>\n")
	}
	for _, d := range g.Documents {
		fmt.Fprintf(&b, "    <node id=\"%s\">\n", xmlText(d.ID))
		writeData(&b, "label", documentName(d))
		writeData(&b, "type", DocumentType)
		writeData(&b, "name", documentName(d))
		writeData(&b, "path", d.Path)
		b.WriteString("    </node>\n")
	}
	for i, r := range g.Relations {
		directed := ""
		if graph.Symmetric(r.Type) {
			directed = ` directed="false"`
		}
		fmt.Fprintf(&b, "    <edge id=\"r%d\" source=\"%s\" target=\"%s\"%s>\n", i, xmlText(r.From), xmlText(r.To), directed)
		writeData(&b, "elabel", r.Type)
		writeData(&b, "etype", r.Type)
		writeData(&b, "sources", strings.Join(r.Sources, listSep))
		writeData(&b, "detail", r.Detail)
		b.WriteString("    </edge>\n")
	}
	for i, m := range g.Mentions {
		fmt.Fprintf(&b, "    <edge id=\"m%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(m.Entity), xmlText(m.Document))
		writeData(&b, "elabel", MentionedIn)
		writeData(&b, "etype", MentionedIn)
		writeData(&b, "sources", m.Document)
		writeData(&b, "count", strconv.Itoa(m.Count))
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	return nil
}

// writeData writes one <data> element, or nothing when value is empty so
// that tools show a missing attribute as missing rather than as "".
func writeData(b *bytes.Buffer, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(b, "      <data key=\"%s\">%s</data>\n", key, xmlText(value))
}

// xmlText escapes s for use in XML text or a double-quoted attribute;
// characters XML cannot hold at all become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder never fail
	return b.String()
}
