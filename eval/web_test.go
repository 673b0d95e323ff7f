package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgbuild/kg/eval"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/pipeline"
)

// chromeNames are names that appear only in the page chrome of the seed
// rendered as web pages (eval/testdata/seedweb/site.go): sites, shows,
// people and commenters of navigation bars, cookie banners, related-article
// boxes, comments, navigation boxes and footers.
var chromeNames = []string{
	"Harbor Lights", "The Quiet Frontier", "Saltmarsh Road", "Dana Whitcombe", "Ravi Castellan",
	"Priya Okafor", "Northwind", "Westbrook", "Openpedia", "Marisol Quenby", "Tobias Wrenfield",
	"Edda Halvorsen", "Okonkwo", "Lantern Review", "Jordan Reyes", "Sam Adeyemi-Cole",
	"Lorcan Fitzwilliam", "Ines Valdoria", "Brightwave Analytics", "Late Night Screens",
}

// TestSeedAsWebPages scores the seed corpus rendered as web pages (each
// article inside its site's navigation, banners, related-article boxes,
// comments and footer, the infobox as an HTML table) against the seed's
// gold: every figure within 0.02 of the plain-text seed's, and no entity
// taken from the chrome around the articles.
func TestSeedAsWebPages(t *testing.T) {
	gold, err := eval.LoadGold("testdata/seed")
	if err != nil {
		t.Fatal(err)
	}
	text := run(t, "../sources/ballard")
	web := run(t, "testdata/seedweb/corpus")
	rt, rw := eval.Score(text, gold), eval.Score(web, gold)
	for _, f := range []struct {
		what      string
		text, web float64
	}{
		{"entity F1", rt.Entities.F1, rw.Entities.F1},
		{"typed entity F1", rt.TypedEntities.F1, rw.TypedEntities.F1},
		{"alias F1", rt.Aliases.F1, rw.Aliases.F1},
		{"relation F1", rt.Relations.F1, rw.Relations.F1},
	} {
		t.Logf("%s: text %.3f, web pages %.3f", f.what, f.text, f.web)
		if f.web < f.text-0.02 {
			t.Errorf("%s of the web pages %.3f is more than 0.02 below the text's %.3f", f.what, f.web, f.text)
		}
	}
	pages := chromeOfPages(t)
	for _, e := range web.Entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			for _, c := range chromeNames {
				if strings.Contains(eval.Fold(name), eval.Fold(c)) {
					t.Errorf("entity %s %q comes from the page chrome (%q)", e.ID, name, c)
				}
			}
		}
	}
	for _, c := range chromeNames {
		if !strings.Contains(pages, c) {
			t.Errorf("no page holds %q: the chrome this test looks for is gone", c)
		}
	}
}

// run runs the pipeline on a corpus, failing on any problem.
func run(t *testing.T, path string) *graph.Graph {
	t.Helper()
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background(), []string{path})
	if err != nil || len(res.Problems) > 0 {
		t.Fatalf("run %s: %v %v", path, err, res.Problems)
	}
	return res.Graph
}

// chromeOfPages is the text of all the rendered pages.
func chromeOfPages(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob("testdata/seedweb/corpus/*.html")
	if err != nil || len(files) != 5 {
		t.Fatalf("pages %v: %v", files, err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}
