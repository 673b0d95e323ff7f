package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"strings"

	"github.com/kgbuild/kg/sources"
)

var (
	// bulletMark matches the marks that open a list item, including the
	// numbers of a numbered list and the pictographs some sites use as
	// bullets.
	bulletMark = regexp.MustCompile(`^(?:[-*•·▪►]|\d{1,2}[.)]|[\x{2600}-\x{27BF}\x{2B00}-\x{2BFF}\x{1F300}-\x{1FAFF}]\x{FE0F}?)\s+`)
	// mediaLabel matches a label that opens a caption: "[Photo: ...]".
	mediaLabel = regexp.MustCompile(`(?i)^\[(?:photo|image|picture|video|caption)(?::[^\]]*)?\]\s*`)
)

// body is one line with its bullet and media label taken off: the text the
// one-line recognizers read.
type body struct {
	line     line
	text     string
	off      int
	bulleted bool
	// numbered is set when the bullet was a number: a numbered item is
	// no cast list's pair ("2. Roy Tasker – Beaten").
	numbered bool
}

// A lineRecognizer reads one line's body; it reports whether it did, after
// adding its block (if any) with s.add.
type lineRecognizer struct {
	name string
	read func(s *scan, b body) bool
}

// lineRecognizers are tried in order on a line that no multi-line layout
// read; the last, prose, reads every line.
var lineRecognizers = []lineRecognizer{
	{"credit-line", readCreditLine},
	{"copyright", readCopyright},
	{"table-field", readTableField},
	{"wiki-field", readWikiField},
	{"tab-field", readTabField},
	{"colon-field", readColonField},
	{"played-by", castLayout(parsePlayedBy)},
	{"dash-pair", readDashPair},
	{"hyphen-pair", readHyphenPair},
	{"cast-list", readCastList},
	{"cast-line", castLayout(parseCast)},
	{"caption", castLayout(parseCaption)},
	{"credit-tail", readCreditTail},
	{"agency-credit", readAgencyCredit},
	{"bare-byline", readBareByline},
	{"archive-line", readArchiveLine},
	{"heading-line", readHeadingLine},
	{"prose", readProse},
}

// readLine reads one line by the first of lineRecognizers that fits it.
func readLine(s *scan) int {
	l := s.cur()
	b := body{line: l, text: l.text, off: l.off}
	if m := bulletMark.FindStringIndex(b.text); m != nil {
		b.numbered = b.text[0] >= '0' && b.text[0] <= '9'
		b.text, b.off, b.bulleted = b.text[m[1]:], b.off+m[1], true
	}
	if m := mediaLabel.FindStringIndex(b.text); m != nil {
		b.text, b.off = b.text[m[1]:], b.off+m[1]
	}
	if b.text == "" || continueProse(s, b) {
		return 1
	}
	for _, r := range lineRecognizers {
		if b.numbered && r.name == "dash-pair" {
			continue
		}
		s.by = r.name
		if r.read(s, b) {
			break
		}
	}
	return 1
}

// castLayout makes a line recognizer of a parser of a one-line layout that
// names an actor and a role; the block spans the whole line.
func castLayout(parse func(text string, off int) (Block, bool)) func(s *scan, b body) bool {
	return func(s *scan, b body) bool {
		blk, ok := parse(b.text, b.off)
		if !ok {
			return false
		}
		blk.Span, blk.Section = b.line.span(), s.section
		s.add(blk)
		return true
	}
}

// readProse reads running text, or a list item when the line had a bullet.
func readProse(s *scan, b body) bool {
	kind := BlockProse
	if b.bulleted {
		kind = BlockList
	}
	s.add(Block{Kind: kind, Span: sources.Span{Start: b.off, End: b.off + len(b.text), Text: b.text}, Section: s.section})
	return true
}

// continueProse extends the last block with b when b carries on its
// running text (a paragraph hard-wrapped at a fixed width), so that the
// sentences of the paragraph are read whole, and reports whether it did.
func continueProse(s *scan, b body) bool {
	last := s.last()
	if b.bulleted || last == nil || last.Recognizer != "prose" || last.Kind != BlockProse || last.Section != s.section ||
		!wrapped(s.text, last.Span, b.text, b.off) {
		return false
	}
	end := b.off + len(b.text)
	last.Span = sources.Span{Start: last.Span.Start, End: end, Text: s.text[last.Span.Start:end]}
	return true
}

// wrapped reports whether the line text at off carries on the running text
// of prev, the line just before it: only a line break between them, prev's
// last line is no short one and ends in no mark that closes a sentence, and
// either text opens with a small letter or prev ends with a word that
// cannot end a sentence ("is produced by", "Ann Dale and", "Ann Dale's");
// or text opens with a mark that goes on a sentence (see sentenceGoesOn).
// A headline over its article ends with a capitalised word and stays a
// block of its own.
func wrapped(doc string, prev sources.Span, text string, off int) bool {
	gap := doc[prev.End:off]
	if strings.Count(gap, "\n") != 1 || strings.TrimSpace(gap) != "" || text == "" {
		return false
	}
	if strings.ContainsRune(sentenceGoesOn, rune(text[0])) {
		return true // ", Estonia", ". Filming": a link's text copied onto a line of its own
	}
	lastLine := prev.Text[strings.LastIndexByte(prev.Text, '\n')+1:]
	if len(strings.Fields(lastLine)) < wrapWords {
		return false
	}
	if strings.ContainsAny(prev.Text[len(prev.Text)-1:], ".!?:;\"')]|") || strings.HasSuffix(prev.Text, "”") || strings.HasSuffix(prev.Text, "’") && !possessiveEnd.MatchString(prev.Text) {
		return false
	}
	if r := text[0]; r >= 'a' && r <= 'z' {
		return true
	}
	return continuedEnd.MatchString(prev.Text)
}

// sentenceGoesOn holds the marks that open no sentence, heading or item
// but go on the one before them: a line that opens with one carries on
// the line above, however short, as a page copied with its links on lines
// of their own writes "in Eastbrook\nand Tallinn\n, Estonia\n. Filming".
const sentenceGoesOn = ",;.)"

// wrapWords is the fewest words a line wrapped at a fixed width holds: the
// short lines of a page's furniture ("Add a rating") wrap nothing.
const wrapWords = 5

var (
	// continuedEnd matches the end of a line whose sentence goes on: a
	// comma, a possessive, or a word that joins or governs what follows.
	continuedEnd = regexp.MustCompile(`(?:,|['’]s|\b(?:and|or|by|of|in|on|at|to|for|from|with|the|a|an|as|alongside|including))$`)
	// possessiveEnd matches a line that ends with a possessive.
	possessiveEnd = regexp.MustCompile(`['’]s$`)
)
