package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/graph"
)

// TestQuotedOfficeTitle checks that an office and what it heads, or a
// title word before a name, standing whole in quotation marks in a
// headline is a series' title, while the same words bare are an office or
// a name in a role.
func TestQuotedOfficeTitle(t *testing.T) {
	const body = "\n\nVista+ has renewed the drama for a third season. It stars Ada Vale as a warden.\n"
	checkTypes(t, []typeCase{
		{"quoted-office", "Ada Vale’s ‘Mayor of Eastbrook’ Renewed for Season Three" + body, "Mayor of Eastbrook", graph.Series},
		{"quoted-titled-name", "Ada Vale’s “Judge Harlan” Renewed for Season Three" + body, "Judge Harlan", graph.Series},
		{"bare-office", "The Mayor of Eastbrook Renewed His Pledge" + body, "Mayor of Eastbrook", "-"},
		{"bare-titled-name", "The drama stars Ada Vale as Judge Harlan Pike, a hard judge.\n", "Harlan Pike", graph.Character},
	})
}

// TestOfficeTitleCues checks that an office and what it heads is a
// show's title where the words around it speak of a show's season, news,
// cast or kind, and stays an office otherwise, a post in a company after
// a network's possessive included.
func TestOfficeTitleCues(t *testing.T) {
	checkTypes(t, []typeCase{
		{"season-after", "Chief of Harbor season 6 review: the crime drama is back.\n", "Chief of Harbor", graph.Series},
		{"renewed", "Vista+ says Chief of Harbor has been renewed for a third season.\n", "Chief of Harbor", graph.Series},
		{"possessive-season", "Fans said Chief of Harbor's second season drew record numbers.\n", "Chief of Harbor", graph.Series},
		{"stars-at-start", "Chief of Harbor stars Ada Vale as Kate Orme, a detective in a port town.\n", "Chief of Harbor", graph.Series},
		{"also-stars", "Vista+'s Mayor of Eastbrook also stars Tom Reyes and Lia Brand.\n", "Mayor of Eastbrook", graph.Series},
		{"network-title", "Fans of Showtime's Mayor of Eastbrook will be pleased.\n", "Mayor of Eastbrook", graph.Series},
		{"series-noun", "She loved the Mayor of Eastbrook finale.\n", "Mayor of Eastbrook", graph.Series},
		{"kind-before", "She had a role in the drama Mayor of Eastbrook last year.\n", "Mayor of Eastbrook", graph.Series},
		{"office-in-news", "The Mayor of Eastbrook said the road will open next year.\n", "Mayor of Eastbrook", "-"},
		{"company-post", "Fans wrote to Showtime's Head of Drama about the ending.\n", "Head of Drama", "-"},
		{"post-before-name", "The Mayor of Eastbrook, Tom Reyes, said the road will open.\n", "Mayor of Eastbrook", "-"},
	})
}
