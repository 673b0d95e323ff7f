package queries

import (
	"bytes"
	_ "embed" // for Style
	"fmt"
	"html/template"
	"strings"
)

// Style is the Neo4j Browser style sheet of the kg graph (style.grass): one
// colour per entity type, the same as kg viz, and names as captions. It is
// embedded so that kg guide can serve it to Browser's :style command.
//
//go:embed style.grass
var Style []byte

// Browser returns the saved queries that Neo4j Browser draws as graphs
// (their header says "view: graph"), sorted by name: the guide's first
// slides, and what a test of Browser runs.
func Browser() []Query {
	var qs []Query
	for _, q := range all {
		if q.Graph {
			qs = append(qs, q)
		}
	}
	return qs
}

// GuideExamples are the values the guide's :param blocks offer, taken from
// the seed corpus so that a first run shows something; a person edits
// them in Browser's editor before running. A parameter missing here gets
// an empty string to fill in. Tests that drive Browser read them to know
// what the guide asks for.
var GuideExamples = map[string]string{
	"name":      "Renée Ballard",
	"series":    "Ballard",
	"subject":   "Maggie Q",
	"predicate": "PLAYS",
	"object":    "Renée Ballard",
	"from":      "Maggie Q",
	"to":        "Harry Bosch",
}

// guidePage is what the guide template needs.
type guidePage struct {
	Views    []Query // queries drawn as graphs
	Queries  []Query // queries shown as tables
	StyleURL string  // where Browser can fetch style.grass; empty when not served
}

// guideTemplate is a Neo4j Browser guide: an <article class="guide"> whose
// <slide> elements Browser shows one at a time, and whose <pre
// class="runnable"> blocks it copies into its editor when clicked. Text
// for blocks goes through the runnable func (see runnableText).
var guideTemplate = template.Must(template.New("guide").Funcs(template.FuncMap{
	"runnable": runnableText,
	"body":     queryBody,
	"params":   paramCommands,
}).Parse(`<article class="guide">
  <carousel class="deck container-fluid">
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>kg: saved queries</h3>
        <p class="lead">Questions the kg knowledge graph answers, one per slide.</p>
      </div>
      <div class="col-sm-9">
        <p>Click a block to copy it into the editor, then run it. A query that takes parameters comes with <code>:param</code> blocks holding example values from the seed corpus: edit and run them first.</p>
{{- if .StyleURL}}
        <p>Colour the graph by entity type (the same colours as <code>kg viz</code>), with names as captions:</p>
        <pre class="pre-scrollable code runnable">{{runnable (printf ":style %s" .StyleURL)}}</pre>
{{- end}}
        <p>Drawn as a graph:</p>
        <ul>
{{- range .Views}}
          <li><b>{{.Name}}</b>: {{.Question}}</li>
{{- end}}
        </ul>
        <p>As tables (also run in a terminal with <code>kg query</code>):</p>
        <ul>
{{- range .Queries}}
          <li><b>{{.Name}}</b>: {{.Question}}</li>
{{- end}}
        </ul>
      </div>
    </slide>
{{- range $q := .Views}}{{template "slide" $q}}{{end}}
{{- range $q := .Queries}}{{template "slide" $q}}{{end}}
  </carousel>
</article>
{{define "slide"}}
    <slide class="row-fluid" id="{{.Name}}">
      <div class="col-sm-3">
        <h3>{{.Name}}</h3>
        <p class="lead">{{.Question}}</p>
      </div>
      <div class="col-sm-9">
{{- if .Notes}}
        <p>{{.Notes}}</p>
{{- end}}
{{- range params .Params}}
        <pre class="pre-scrollable code runnable">{{runnable .}}</pre>
{{- end}}
        <pre class="pre-scrollable code runnable" data-query="{{.Name}}">{{runnable (body .Cypher)}}</pre>
      </div>
    </slide>
{{- end}}`))

// runnableText escapes s for the inside of a <pre>, with "=" written as a
// character reference too: Browser removes anything matching
// \s+on\S*\s*=\s*value from a guide before showing it (to drop event
// handler attributes), which would eat Cypher such as "WHERE one = 1";
// the block's text content is unchanged.
func runnableText(s string) template.HTML {
	return template.HTML(strings.ReplaceAll(template.HTMLEscapeString(s), "=", "&#61;"))
}

// queryBody is a query file without its header comment, which the slide
// already shows as text.
func queryBody(cypher string) string {
	lines := strings.Split(strings.ReplaceAll(cypher, "\r\n", "\n"), "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "//") {
		i++
	}
	return strings.TrimSpace(strings.Join(lines[i:], "\n"))
}

// paramCommands returns one Browser :param command per parameter, with its
// example value (see GuideExamples).
func paramCommands(params []string) []string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = ":param " + p + " => " + cypherQuote(GuideExamples[p])
	}
	return out
}

// cypherQuote writes s as a single-quoted Cypher string.
func cypherQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// Guide renders the Neo4j Browser guide of qs (All, for kg guide): an
// HTML page with one slide per query, those drawn as graphs first, whose
// blocks Browser copies into its editor with a click. styleURL, when not
// empty, is where Browser can fetch the style sheet; kg guide serves both
// with GuideHandler, and kg guide --print writes the page for hosting
// elsewhere.
func Guide(qs []Query, styleURL string) ([]byte, error) {
	page := guidePage{StyleURL: styleURL}
	for _, q := range qs {
		if q.Graph {
			page.Views = append(page.Views, q)
		} else {
			page.Queries = append(page.Queries, q)
		}
	}
	var b bytes.Buffer
	if err := guideTemplate.Execute(&b, page); err != nil {
		return nil, fmt.Errorf("guide: %w", err)
	}
	return b.Bytes(), nil
}
