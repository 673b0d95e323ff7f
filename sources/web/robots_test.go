package web

import "testing"

func TestRobots(t *testing.T) {
	const txt = `# example
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$
Disallow: /search

User-agent: kg
User-agent: friend
Disallow: /drafts/
Allow: /drafts/public
Crawl-delay: 2.5
`
	tests := []struct {
		name, agent, path string
		allowed           bool
	}{
		{"star group: disallowed prefix", "somebot", "/private/notes.html", false},
		{"star group: longer allow wins", "somebot", "/private/press/release.html", true},
		{"star group: anchored wildcard", "somebot", "/files/report.pdf", false},
		{"star group: anchor needs the end", "somebot", "/files/report.pdf?page=2", true},
		{"star group: query", "somebot", "/search?q=ballard", false},
		{"star group: elsewhere allowed", "somebot", "/wiki/Ballard", true},
		{"own group replaces the star group", "kg", "/private/notes.html", true},
		{"own group: disallowed", "kg", "/drafts/x", false},
		{"own group: allow", "kg", "/drafts/public/x", true},
		{"agent matched without case", "KG", "/drafts/x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseRobots([]byte(txt), tt.agent).allowed(tt.path); got != tt.allowed {
				t.Errorf("allowed(%q) for %s = %v, want %v", tt.path, tt.agent, got, tt.allowed)
			}
		})
	}
	if d := parseRobots([]byte(txt), "kg").delay; d.Seconds() != 2.5 {
		t.Errorf("crawl delay %v, want 2.5s", d)
	}
}

func TestRobotsMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/anything", true},
		{"/a", "/a", true},
		{"/a", "/ab", true},
		{"/a$", "/ab", false},
		{"/a$", "/a", true},
		{"/*/b", "/x/y/b", true},
		{"/*.gif$", "/x.gif", true},
		{"/*.gif$", "/x.gif/y", false},
		{"/a*", "/b", false},
	}
	for _, tt := range tests {
		if got := match(tt.pattern, tt.path); got != tt.want {
			t.Errorf("match(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
