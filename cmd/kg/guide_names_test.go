package main

import "github.com/kgbuild/kg/queries"

// The guide's page and handler live in package queries. browser_test.go
// still calls them by the names they had here; these forward to them until
// it calls package queries directly.
var (
	guideExamples = queries.GuideExamples
	renderGuide   = queries.Guide
	guideHandler  = queries.GuideHandler
	playURL       = queries.PlayURL
)
