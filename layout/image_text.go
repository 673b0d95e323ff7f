package layout

import (
	"strings"

	"github.com/kgbuild/kg/sources"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// imageLead matches the words a picture's text opens with on pages that
// describe each photograph for readers who cannot see it: "Image for ",
// "Photo of ".
var imageLead = regexp.MustCompile(`^(?i:image|photo|picture)\s+(?:for|of)\s+`)

// dropImageText drops a photograph's text that a copied page ran into the
// line it illustrates. In "Image for Jane RoeJane Roe" the line is the
// caption "Jane Roe": the text and the caption are one name, the text cut
// short at times ("Image for Kieran OKieran O'Neil", where the text lost
// what followed the apostrophe), so the line is read so only when what
// follows the lead splits, with no space, into a part and a name that
// opens with that part. In "Photo of Jane Roe By Jane Roe | ..." the text
// is the writer's portrait before the byline, which names the same writer.
func dropImageText(l line) line {
	if l.text == "" || !strings.ContainsRune("IiPp", rune(l.text[0])) {
		return l
	}
	m := imageLead.FindStringIndex(l.text)
	if m == nil {
		return l
	}
	rest := l.text[m[1]:]
	if k := portraitEnd(rest); k > 0 {
		l.text, l.off = rest[k:], l.off+m[1]+k
		return l
	}
	for k := 1; k < len(rest); k++ {
		c, prev := rest[k], rest[k-1]
		if c < 'A' || c > 'Z' || prev == ' ' {
			continue
		}
		if caption := rest[k:]; strings.HasPrefix(caption, rest[:k]) && IsName(caption) {
			l.text, l.off, l.pictured = caption, l.off+m[1]+k, true
			return l
		}
	}
	return l
}

// portraitEnd returns where the byline starts after a writer's portrait
// text ("Jane Roe By Jane Roe | ..." gives the index of "By"), or 0 when
// rest is no name followed by a byline of that name.
func portraitEnd(rest string) int {
	for _, by := range []string{" By ", " by "} {
		k := strings.Index(rest, by)
		if k > 0 && IsName(rest[:k]) && strings.HasPrefix(rest[k+len(by):], rest[:k]) {
			return k + 1
		}
	}
	return 0
}

// castHeading matches the heading of a section that lists a show's cast.
var castHeading = regexp.MustCompile(`(?i)\bcast\b`)

// readPicturedCast reads, in a cast section, a list of names one a line
// of which half or more are the captions of photographs (a listing's row of
// head shots, "Image for Jane RoeJane Roe"): the cast's actors, every one,
// as a "cast" field. Such a list is no run of actor and character lines to
// pair: a photograph shows an actor, and pictured and unpictured names
// alternate as they please.
func readPicturedCast(s *scan) int {
	if !castHeading.MatchString(s.section) {
		return 0
	}
	pictured, j := 0, s.i
	var vals []sources.Span
	for ; j < len(s.lines) && s.lines[j].text != "" && IsName(undot(s.lines[j].text)); j++ {
		vals = append(vals, s.lines[j].span())
		if s.lines[j].pictured {
			pictured++
		}
	}
	if len(vals) < 2 || pictured*2 < len(vals) {
		return 0
	}
	last := s.lines[j-1]
	s.add(Block{Kind: BlockField, Key: "cast", Values: vals, Section: s.section,
		Span: sources.Span{Start: s.cur().off, End: last.off + len(last.text), Text: s.text[s.cur().off : last.off+len(last.text)]}})
	return j - s.i
}
