package main

import "github.com/kgbuild/kg/queries"

// The guide's page and handler live in package queries. browser_test.go
// still calls them by the names they had here; these forward to them until
// it calls package queries directly.
var (
	guideExamples = queries.GuideExamples
	guideHandler  = queries.GuideHandler
	playURL       = queries.PlayURL
)

// renderGuide renders the guide of views and qs, as the guide's page did
// when the queries drawn as graphs were kept apart: a query in both lists
// (Browser's queries are among All's) gets one slide.
func renderGuide(views, qs []queries.Query, styleURL string) ([]byte, error) {
	seen := map[string]bool{}
	var all []queries.Query
	for _, q := range append(append([]queries.Query(nil), views...), qs...) {
		if !seen[q.Name] {
			seen[q.Name] = true
			all = append(all, q)
		}
	}
	return queries.Guide(all, styleURL)
}
