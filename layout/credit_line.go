package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

var (
	// creditLabel matches the label of a photo credit, at the start of a
	// line, after a sentence, after a dash or bar, after a wide gap, or in
	// brackets: "Photo: ...", "Pic credit: ...", "(Photo by: ...)", "-
	// Photographer: ...", "Credit: ...", "Photos by: ...", and the source
	// a page credits for its news: "Source: ...", "Via: ...". Group 1 is
	// the label.
	creditLabel = regexp.MustCompile(`(?i)(?:^|[.!?”"]\s+|\s[-–—|]\s+|\s{2,}|\()((?:photo(?:graph)?|pic(?:ture)?|image)\s+credit\s*:|(?:photo(?:graph)?|image)s?\s+by\s*:?|(?:photo(?:graph)?|image|photographer|credit|source|via)\s*:)\s*`)
	// creditMarks are what a credit puts before its names: "Courtesy of",
	// "(C)", "©".
	creditMarks = regexp.MustCompile(`(?i)^(?:(?:courtesy(?:\s+of)?|\(c\)|©)\s*)+`)
	// creditSep separates the names of a credit: "Jane Doe/Agency",
	// "Studio and Network", "Agency, Studio".
	creditSep = regexp.MustCompile(`\s*/\s*|\s+(?:and|&)\s+|,\s+`)
)

// readCreditLine reads a line that is a photo credit and nothing else:
// "Credit: Courtesy of (C) Studio/Network", "Photo credit: Jane
// Doe/Agency". It comes before the field recognizers, which would read the
// label as a field's key whose values name nothing.
func readCreditLine(s *scan, b body) bool {
	m := creditLabel.FindStringSubmatchIndex(b.text)
	return m != nil && m[0] == 0 && readCredit(s, b, m)
}

// readCreditTail reads a line that ends with a photo credit: "Caption
// text. Photo: Jane Doe/Agency", "Caption (Photo: Studio and Network)". It
// comes after the caption recognizer, which reads its own credits.
func readCreditTail(s *scan, b body) bool {
	m := creditLabel.FindStringSubmatchIndex(b.text)
	return m != nil && m[0] > 0 && readCredit(s, b, m)
}

// readCredit reads the photo credit that label match m finds in b. The
// text before the credit, if any, is a caption's sentence: prose (see
// creditEnd); the credit's names become fields: a
// person's name (one a photographer's label gives, or that opens with a
// common first name) a byline, any other name a source, the organization
// that gave the picture. So the credit's names are read as names with a
// type, and no sentence runs into them.
//
// A line may give several credits, each after its label: "Source: Harbor
// Times   Photos by: Jane Doe/UBN". Each runs to the next label, and every
// one must name someone.
func readCredit(s *scan, b body, m []int) bool {
	if b.bulleted {
		return false
	}
	var credits [][2][]sources.Span
	for cur := m; cur != nil; {
		end := len(b.text)
		next := creditLabel.FindStringSubmatchIndex(b.text[cur[1]:])
		if next != nil {
			for k := range next {
				next[k] += cur[1]
			}
			end = next[0]
		}
		people, orgs := photoCreditNames(b, cur, end)
		if len(people)+len(orgs) == 0 {
			return false
		}
		credits = append(credits, [2][]sources.Span{people, orgs})
		cur = next
	}
	if head := strings.TrimRight(b.text[:m[2]], " -–—|("); head != "" {
		s.add(Block{Kind: BlockProse, Span: sources.Span{Start: b.off, End: b.off + len(head), Text: head}, Section: s.section})
	}
	for _, c := range credits {
		if people := c[0]; len(people) > 0 {
			s.add(Block{Kind: BlockField, Span: valuesSpan(s.text, people), Key: "byline", Values: people, Section: s.section})
		}
		if orgs := c[1]; len(orgs) > 0 {
			s.add(Block{Kind: BlockField, Span: valuesSpan(s.text, orgs), Key: "source", Values: orgs, Section: s.section})
		}
	}
	return true
}

// valuesSpan is the span of text from the first of vs to the last: a
// credit's people and its organizations make two fields whose spans do not
// hold each other's names.
func valuesSpan(text string, vs []sources.Span) sources.Span {
	start, end := vs[0].Start, vs[len(vs)-1].End
	return sources.Span{Start: start, End: end, Text: text[start:end]}
}

// photoCreditNames splits the credit after label match m of b into the names
// of people and of organizations. The credit ends at limit (the line's end
// or the next credit's label), or at the bracket that closes the one it
// opened in; what a colon leads
// ("Credit: Series Title: Jane Doe") is the name, what is before it the
// picture's subject. A part that is not a name (a year, a web address,
// "All Rights Reserved") makes the whole credit none.
func photoCreditNames(b body, m []int, limit int) (people, orgs []sources.Span) {
	start, end := m[1], limit
	if strings.HasPrefix(b.text[m[0]:], "(") {
		i := strings.IndexByte(b.text[start:], ')')
		if i < 0 {
			return nil, nil
		}
		end = start + i
	}
	if i := strings.LastIndex(b.text[start:end], ": "); i >= 0 {
		start += i + 2
	}
	if mk := creditMarks.FindStringIndex(b.text[start:end]); mk != nil {
		start += mk[1]
	}
	label := strings.ToLower(b.text[m[2]:m[3]])
	photographer := strings.Contains(label, "photographer") || strings.Contains(label, " by")
	text := strings.TrimRight(b.text[start:end], " .")
	pos := 0
	for _, sep := range append(creditSep.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		part := text[pos:sep[0]]
		if !creditName(part) {
			return nil, nil
		}
		v := sources.Span{Start: b.off + start + pos, End: b.off + start + sep[0], Text: part}
		if photographer && len(people) == 0 || writerName(part) {
			people = append(people, v)
		} else {
			orgs = append(orgs, v)
		}
		pos = sep[1]
	}
	return people, orgs
}

// creditName reports whether part of a credit is a name: one to five
// capitalised words, no figure, none generic but a first word the network
// or studio style allows ("ITV Studios") and the article a publication's
// name opens with ("The Harbor Times").
func creditName(part string) bool {
	if part == "" || strings.ContainsAny(part, "0123456789") || !IsName(part) {
		return false
	}
	ws := strings.Fields(part)
	if len(ws) > 1 && ws[0] == "The" {
		ws = ws[1:]
	}
	for _, w := range ws {
		if names.InLower(names.NotNames, w) && !names.Acronym(w) && !names.InLower(names.OrgSuffixes, w) {
			return false
		}
	}
	return true
}
