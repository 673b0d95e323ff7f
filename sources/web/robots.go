package web

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robots is what a site's robots.txt says to this client: the rules of
// the groups for its product token (or, when none names it, for "*").
type robots struct {
	rules []rule
	delay time.Duration // Crawl-delay, when the site gives one
}

// rule is one Allow or Disallow line.
type rule struct {
	allow   bool
	pattern string
}

// allowAll and disallowAll are what an absent or unreachable robots.txt
// mean (RFC 9309: a 4xx allows everything, a 5xx or no answer nothing).
var (
	allowAll    = &robots{}
	disallowAll = &robots{rules: []rule{{allow: false, pattern: "/"}}}
)

// parseRobots reads a robots.txt for the product token agent.
func parseRobots(body []byte, agent string) *robots {
	agent = strings.ToLower(agent)
	var mine, star robots
	var haveMine bool
	var groupAgents []string
	inRules := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		if key == "user-agent" {
			if inRules {
				groupAgents, inRules = nil, false
			}
			groupAgents = append(groupAgents, strings.ToLower(val))
			continue
		}
		inRules = true
		for _, a := range groupAgents {
			switch {
			case a == agent:
				haveMine = true
				mine.add(key, val)
			case a == "*":
				star.add(key, val)
			}
		}
	}
	if haveMine {
		return &mine
	}
	return &star
}

// add records one line of a group.
func (r *robots) add(key, val string) {
	switch key {
	case "allow", "disallow":
		if val != "" {
			r.rules = append(r.rules, rule{allow: key == "allow", pattern: val})
		}
	case "crawl-delay":
		if s, err := strconv.ParseFloat(val, 64); err == nil && s > 0 {
			r.delay = time.Duration(s * float64(time.Second))
		}
	}
}

// allowed reports whether path (with its query) may be fetched: the
// longest matching rule decides, Allow winning a tie; no match allows.
func (r *robots) allowed(path string) bool {
	best, allow := -1, true
	for _, ru := range r.rules {
		if !match(ru.pattern, path) {
			continue
		}
		if n := len(ru.pattern); n > best || n == best && ru.allow {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// match reports whether a robots.txt pattern matches path: a prefix match
// in which "*" matches any run of characters and a final "$" anchors the
// end.
func match(pattern, path string) bool {
	switch {
	case pattern == "":
		return true
	case pattern == "$":
		return path == ""
	case pattern[0] == '*':
		for i := 0; i <= len(path); i++ {
			if match(pattern[1:], path[i:]) {
				return true
			}
		}
		return false
	case path == "" || path[0] != pattern[0]:
		return false
	}
	return match(pattern[1:], path[1:])
}
