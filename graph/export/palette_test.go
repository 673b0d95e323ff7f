package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kgbuild/kg/graph"
)

// grassRules parses a Neo4j Browser style sheet into selector -> property
// -> value the way Browser's own parser does: braces open and close a rule
// unless inside quotes, and there is no comment syntax.
func grassRules(text string) map[string]map[string]string {
	rules := map[string]map[string]string{}
	var sel, body strings.Builder
	inProps, inString := false, false
	for _, c := range text {
		switch {
		case c == '"' || c == '\'':
			inString = !inString
		case c == '{' && !inString:
			inProps = true
			continue
		case c == '}' && !inString:
			props := map[string]string{}
			for _, decl := range strings.Split(body.String(), ";") {
				if k, v, ok := strings.Cut(decl, ":"); ok {
					props[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
				}
			}
			rules[sel.String()] = props
			sel.Reset()
			body.Reset()
			inProps = false
			continue
		}
		if inProps {
			body.WriteRune(c)
		} else if !unicode.IsSpace(c) {
			sel.WriteRune(c)
		}
	}
	return rules
}

// TestStyleGrassMatchesPalette keeps queries/style.grass (Neo4j Browser)
// and Palette (kg viz) in step, and checks the captions people rely on.
func TestStyleGrassMatchesPalette(t *testing.T) {
	path := filepath.Join("..", "..", "queries", "style.grass")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if strings.Contains(text, "/*") || strings.Contains(text, "//") || strings.Contains(text, "'") {
		t.Errorf("%s has a comment or an apostrophe: Browser's style parser reads neither", path)
	}
	rules := grassRules(text)
	for _, typ := range append(append([]string(nil), graph.EntityTypes...), DocumentType) {
		r, ok := rules["node."+typ]
		if !ok {
			t.Errorf("%s: no rule node.%s", path, typ)
			continue
		}
		want := Palette[typ]
		if !strings.EqualFold(r["color"], want.Fill) || !strings.EqualFold(r["border-color"], want.Border) {
			t.Errorf("node.%s colours = %s/%s, Palette has %s/%s", typ, r["color"], r["border-color"], want.Fill, want.Border)
		}
		caption := "{name}"
		if typ == DocumentType {
			caption = "{title}"
		}
		if r["caption"] != caption {
			t.Errorf("node.%s caption = %q, want %q", typ, r["caption"], caption)
		}
	}
	if _, ok := rules["node.Entity"]; ok {
		t.Errorf("%s styles node.Entity: it would compete with the type labels for the colour", path)
	}
	if got := rules["relationship"]["caption"]; got != "<type>" {
		t.Errorf("relationship caption = %q, want <type>", got)
	}
	fills := map[string]string{}
	for typ, c := range Palette {
		if other, dup := fills[strings.ToUpper(c.Fill)]; dup {
			t.Errorf("%s and %s share colour %s", typ, other, c.Fill)
		}
		fills[strings.ToUpper(c.Fill)] = typ
	}
}
