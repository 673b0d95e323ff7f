package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

var (
	// writerRoles are the last words of the job title an author box puts
	// under a writer's name ("Assistant Managing Editor", "Staff Writer").
	writerRoles = map[string]bool{"editor": true, "writer": true, "critic": true, "reporter": true, "correspondent": true,
		"columnist": true, "contributor": true, "journalist": true, "blogger": true}
	// photoFile matches a line that is only an image's file name, as a page
	// keeps it for the author's photo: "jane-doe.jpg".
	photoFile = regexp.MustCompile(`(?i)^([\w-]+)\.(?:jpe?g|png|gif|webp)$`)
	// aboutGlue matches an author box whose name ran into its "About" link:
	// "Jane DoeAbout Jane Doe". It is tried on every line, which seldom
	// holds "About ": the prefilter looks for it first.
	aboutGlue = regexp.MustCompileShort(`^(.+)About (.+)$`)
)

// runningWords is the fewest words of a prose block that is an article's
// running text; a caption or a teaser under a headline is shorter.
const runningWords = 12

// readBareByline reads a writer's name on a line of its own, with no "By"
// before it: the byline of a page's head (headline, captions, then the
// name over the article), the name over an author box's job title ("Jane
// Doe" / "Senior Editor"), the name under the author's photo ("jane-doe.jpg"
// / "Jane Doe"), or the name run into an author box's "About" link ("Jane
// DoeAbout Jane Doe"). It makes a field keyed "byline", as readByline does,
// so that the name is read as a person's and no heading opens with it. A
// name in the page's head is a byline only when none of its words recurs
// in the page: a page about a person or character repeats its title's name.
func readBareByline(s *scan, b body) bool {
	if b.bulleted || castSection.MatchString(s.section) {
		return false
	}
	name := b.text
	glued := false
	if m := aboutGlue.FindStringSubmatch(b.text); m != nil && m[1] == m[2] {
		name, glued = m[1], true
	}
	if !writerName(name) {
		return readCoWriters(s, b)
	}
	if !glued && !s.nextWriterRole() && !s.afterPhotoOf(name) && (!s.pageHead() || s.inNameList() || s.recurs(b.line, name)) {
		return false
	}
	v := sources.Span{Start: b.off, End: b.off + len(name), Text: name}
	s.add(Block{Kind: BlockField, Span: b.line.span(), Key: "byline", Values: []sources.Span{v}, Section: s.section})
	return true
}

// coWriterJoin matches what joins the names of two writers on a byline's
// line: "Jane Doe with Ed Cole", "Jane Doe and Ed Cole", "Jane Doe & Ed Cole".
var coWriterJoin = regexp.MustCompile(` (?:with|and|&) `)

// readCoWriters reads the names of two writers on a line of their own in
// a page's head, joined by "with", "and" or "&", as readBareByline reads
// one: a byline whose two names are none of the page's other words (the
// names of a caption, "Jane Doe and Ed Cole" over a picture of the
// show's stars, recur in its text).
func readCoWriters(s *scan, b body) bool {
	loc := coWriterJoin.FindAllStringIndex(b.text, -1)
	if len(loc) != 1 {
		return false
	}
	first, second := b.text[:loc[0][0]], b.text[loc[0][1]:]
	if !writerName(first) || !writerName(second) || !s.pageHead() || s.inNameList() ||
		s.recurs(b.line, first) || s.recurs(b.line, second) {
		return false
	}
	vals := []sources.Span{{Start: b.off, End: b.off + len(first), Text: first},
		{Start: b.off + loc[0][1], End: b.off + len(b.text), Text: second}}
	s.add(Block{Kind: BlockField, Span: b.line.span(), Key: "byline", Values: vals, Section: s.section})
	return true
}

// writerName reports whether t is a person's name as bylines give it: two
// or three capitalised words of letters, the first a common first name,
// none generic and none in capitals.
func writerName(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 3 || !IsName(undot(t)) || !names.GivenName(ws[0]) || genericLine(t) {
		return false
	}
	for _, w := range ws {
		if l := strings.TrimRight(w, "."); len(l) > 1 && strings.ToUpper(l) == l || strings.IndexFunc(w, notNameRune) >= 0 {
			return false
		}
	}
	return true
}

// notNameRune reports whether r has no place in a person's name: all but
// letters, hyphens, apostrophes and the full stops of initials.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !strings.ContainsRune("-'’.", r)
}

// inNameList reports whether the line before or after the current one is
// a person's name too: the current line is an item of a list of names (the
// continued values of an infobox's Starring field), no byline.
func (s *scan) inNameList() bool {
	return writerName(s.prevLine()) || writerName(s.nextLine())
}

// prevLine is the last non-empty line before the current one, or "".
func (s *scan) prevLine() string {
	for k := s.i - 1; k >= 0; k-- {
		if s.lines[k].text != "" {
			return s.lines[k].text
		}
	}
	return ""
}

// nextLine is the next non-empty line after the current one, or "".
func (s *scan) nextLine() string {
	for k := s.i + 1; k < len(s.lines); k++ {
		if s.lines[k].text != "" {
			return s.lines[k].text
		}
	}
	return ""
}

// nextWriterRole reports whether the next non-empty line is a writer's job
// title: at most five capitalised words, the last a writer's role.
func (s *scan) nextWriterRole() bool {
	ws := strings.Fields(s.nextLine())
	if len(ws) == 0 || len(ws) > 5 || !names.InLower(writerRoles, ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		if !names.Capitalised(w) {
			return false
		}
	}
	return true
}

// afterPhotoOf reports whether the line before the current one is the file
// name of name's photo: "jane-doe.jpg" over "Jane Doe".
func (s *scan) afterPhotoOf(name string) bool {
	m := photoFile.FindStringSubmatch(s.prevLine())
	return m != nil && strings.EqualFold(strings.NewReplacer("-", " ", "_", " ").Replace(m[1]), name)
}

// pageHead reports whether the current line is in a page's head: below its
// first line and above any running text.
func (s *scan) pageHead() bool {
	if len(s.blocks) == 0 {
		return false
	}
	for _, b := range s.blocks {
		if b.Kind == BlockProse && len(strings.Fields(b.Span.Text)) >= runningWords {
			return false
		}
	}
	return true
}

// recurs reports whether a word of name occurs in the document outside
// line l.
func (s *scan) recurs(l line, name string) bool {
	for _, w := range strings.Fields(name) {
		for _, part := range []string{s.text[:l.off], s.text[l.off+len(l.text):]} {
			if hasWord(part, w) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether w occurs in t as a whole word.
func hasWord(t, w string) bool {
	for from := 0; from < len(t); {
		i := strings.Index(t[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+len(w):])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		from = i + 1
	}
	return false
}

// wordRune reports whether r is a letter or a digit (utf8.RuneError, the
// rune before the start or after the end of a text, is neither).
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
