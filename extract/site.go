package extract

import (
	"strings"
	"unicode"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// siteHost matches a web address's host.
var siteHost = regexp.MustCompile(`https?://([A-Za-z0-9.-]+)`)

// pageSite returns the name of the site a page was saved from, lower case,
// as its address spells it: the label before the address's public suffix
// ("harborpost" of "https://www.harborpost.com/..." or of
// "news.harborpost.co.uk"); "" when the page gives no address. The address
// is the document's path when it was fetched, or one in its first lines,
// as saved pages write it under their title.
func pageSite(path, text string) string {
	src := path
	if !strings.Contains(src, "://") {
		src = text[:min(len(text), 600)]
		if n := nthLine(src, 3); n >= 0 {
			src = src[:n]
		}
	}
	m := siteHost.FindStringSubmatch(src)
	if m == nil {
		return ""
	}
	labels := strings.Split(strings.ToLower(strings.Trim(m[1], ".")), ".")
	k := len(labels) - 2 // "harborpost" of "harborpost.com"
	if n := len(labels); n >= 3 && len(labels[n-1]) == 2 && len(labels[n-2]) <= 3 {
		k = n - 3 // "harborpost" of "harborpost.co.uk"
	}
	if k < 0 || len(labels[k]) < 3 {
		return ""
	}
	return labels[k]
}

// nthLine returns the offset of the end of the nth line of s, or -1 when
// s has fewer lines.
func nthLine(s string, n int) int {
	off := 0
	for range n {
		i := strings.IndexByte(s[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off
}

// siteLetters returns the letters and digits of a name, lower case, as an
// address runs them together: "harborpost" of "Harbor Post".
func siteLetters(name string) string {
	var b strings.Builder
	for _, c := range name {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// siteRun reports whether the run names the site the page was saved from
// ("Harbor Post" on a page of harborpost.com, "the Harbor Post" too): a
// publication, as a byline, a page's title or its text names it. A run the
// page's title holds is the page's subject, not its site, as a fan site
// named after its show spells the show's name.
func (s *docState) siteRun(r *run) bool {
	if s.site == "" || r.n > 4 {
		return false
	}
	l := siteLetters(r.text)
	if l != s.site && "the"+l != s.site {
		return false
	}
	return !strings.Contains(strings.ToLower(s.p.Doc.Title), strings.ToLower(r.text))
}
