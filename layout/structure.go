package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// Structurer is the structure stage: it splits a document into blocks by
// layout (headings, infobox fields, cast lines, captions, credits, lists,
// prose). Layout is the strongest signal a document gives: "Starring | A, B"
// says more about A and B than any sentence could.
type Structurer struct{}

// line is one line of a document's Text with its byte range.
type line struct {
	start, end int
	text       string // trimmed
	off        int    // offset of text within the document
}

func splitLines(text string) []line {
	var out []line
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		raw := text[pos:end]
		trimmed := strings.TrimRightFunc(raw, unicode.IsSpace)
		lead := len(trimmed) - len(strings.TrimLeftFunc(trimmed, unicode.IsSpace))
		out = append(out, line{start: pos, end: end, text: trimmed[lead:], off: pos + lead})
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

var (
	wikiHeading = regexp.MustCompile(`^(=+)\s*(.+?)\s*=+$`)
	// bulletMark matches the marks that open a list item, including the
	// pictographs some sites use as bullets.
	bulletMark    = regexp.MustCompile(`^(?:[-*•·▪►]|[\x{2600}-\x{27BF}\x{2B00}-\x{2BFF}\x{1F300}-\x{1FAFF}]\x{FE0F}?)\s+`)
	disambigTitle = regexp.MustCompile(`(?i)^\p{Lu}.{0,60}\((?:[\p{L}-]+ ){0,3}(?:series|show|program|programme|miniseries|mini-series|serial)(?:\s+\d{4}[^)]*)?\)(?:\s+[-–—|].*)?$`)
	dottedCredit  = regexp.MustCompile(`^(\p{Lu}[^.]{1,50}?)\s+(?:\.{2,}|…)\s+(.*?)\s*(?:\((?:\d+|one|two) episodes?[^)]*\))?\s*$`)
	portrayedBy   = regexp.MustCompile(`^(?:Portrayed|Played|Voiced) by:?\s+(\p{Lu}[^()]{1,50}?)\s*(?:\(.*\))?$`)
	castSection   = regexp.MustCompile(`(?i)\b(?:cast|crew|credits)\b`)
	mainRole      = regexp.MustCompile(`(?i)^(?:series regular|main|main cast|starring|star|lead)$`)
	castRole      = regexp.MustCompile(`(?i)^(?:series regular|main|main cast|starring|star|lead|recurring|guest star|guest|special guest star|special guest|co-star|voice)$`)
	mediaLabel    = regexp.MustCompile(`(?i)^\[(?:photo|image|picture|video|caption)(?::[^\]]*)?\]\s*`)
	tableSep      = regexp.MustCompile(`^[-:| ]+$`)
	tableField    = regexp.MustCompile(`^\|?\s*([^|]{1,40}?)\s*\|\s*(.*?)\s*\|?\s*$`)
	wikiField     = regexp.MustCompile(`^\|\s*([A-Za-z][\w ]{0,30}?)\s*=\s*(\S.*?)\s*$`)
	tabField      = regexp.MustCompile(`^([A-Z][\w ()&/.'’-]{0,30}?)\t+(\S.*)$`)
	colonField    = regexp.MustCompile(`^([A-Z][\w .&/'’()-]{0,30}?)\s*:\s+(\S.*)$`)
	castLine      = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|da|del|la|le)){0,4})\s+as\s+(.+)$`)
	playedByRe    = regexp.MustCompile(`^(\p{Lu}[^()]{0,60}?)\s+\((?:played|portrayed|voiced) by\s+([^()]{2,60})\)(.*)$`)
	dashPair      = regexp.MustCompile(`^(\p{Lu}[^—–]{1,60}?)\s+[—–]\s+(\p{Lu}[^—–(]{1,60}?)\s*(\(.*\))?$`)
	captionPair   = regexp.MustCompile(`^(\p{Lu}[^()]{0,60}?)\s+\(([^()]{1,80})\)`)
)

// Run splits d into blocks.
func (Structurer) Run(d *sources.Document) []Block {
	lines := splitLines(d.Text)
	var blocks []Block
	section := ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.text == "" {
			continue
		}
		span := sources.Span{Start: l.off, End: l.off + len(l.text), Text: l.text}
		// The first line names the page: "Halloran (TV series)".
		if len(blocks) == 0 && disambigTitle.MatchString(l.text) {
			section = strings.ToLower(l.text)
			blocks = append(blocks, Block{Kind: BlockHeading, Span: span, Level: 1, Section: section})
			continue
		}
		// An infobox rendered as a key line followed by value lines.
		if n, b, ok := stackedField(d.Text, lines, i, blocks); ok {
			b.Section = section
			blocks = append(blocks, b)
			i += n - 1
			continue
		}
		// "Actor ... Character (12 episodes, 2023-2025)", and "Name ...
		// executive producer (14 episodes)" on full-credits pages.
		if m := dottedCredit.FindStringSubmatchIndex(l.text); m != nil && IsName(undot(l.text[m[2]:m[3]])) {
			if b, ok := dottedBlock(l, m, section); ok {
				blocks = append(blocks, b)
				continue
			}
		}
		// "Portrayed by Actor" under a heading naming the character.
		if m := portrayedBy.FindStringSubmatchIndex(l.text); m != nil && len(blocks) > 0 {
			if h := blocks[len(blocks)-1]; h.Kind == BlockHeading && IsName(undot(h.Span.Text)) {
				blocks = append(blocks, Block{Kind: BlockCast, Span: sources.Span{Start: h.Span.Start, End: l.off + len(l.text), Text: d.Text[h.Span.Start : l.off+len(l.text)]},
					Values: []sources.Span{{Start: l.off + m[2], End: l.off + m[3], Text: l.text[m[2]:m[3]]}, h.Span}, Section: section})
				continue
			}
		}
		// A cast or crew list of name lines closed by a role label line.
		if castSection.MatchString(section) {
			if n, b, ok := creditGroup(lines, i); ok {
				b.Section = section
				if b.Key == "" && mainRole.MatchString(lines[i+n-1].text) {
					b.Section = "main cast"
				}
				blocks = append(blocks, b)
				i += n - 1
				continue
			}
		}
		// Credit blocks: "- Key", "-", "Value" on three lines; "-", "-",
		// "Actor", "Character" for a cast credit.
		if l.text == "-" && i+3 < len(lines) && lines[i+1].text == "-" && IsName(lines[i+2].text) && IsName(lines[i+3].text) {
			a, c := lines[i+2], lines[i+3]
			blocks = append(blocks, Block{Kind: BlockCredit, Span: sources.Span{Start: l.off, End: c.off + len(c.text), Text: d.Text[l.off : c.off+len(c.text)]},
				Values: []sources.Span{lineSpan(a), lineSpan(c)}, Section: section})
			i += 3
			continue
		}
		if strings.HasPrefix(l.text, "- ") && i+2 < len(lines) && lines[i+1].text == "-" && lines[i+2].text != "" && lines[i+2].text != "-" {
			key := strings.TrimSpace(l.text[2:])
			v := lines[i+2]
			blocks = append(blocks, Block{Kind: BlockField, Span: sources.Span{Start: l.off, End: v.off + len(v.text), Text: d.Text[l.off : v.off+len(v.text)]},
				Key: fieldKey(key), Values: splitValues(v.off, v.text), Section: section})
			i += 2
			continue
		}
		if m := wikiHeading.FindStringSubmatchIndex(l.text); m != nil {
			level := m[3] - m[2]
			title := l.text[m[4]:m[5]]
			section = strings.ToLower(title)
			blocks = append(blocks, Block{Kind: BlockHeading, Span: sources.Span{Start: l.off + m[4], End: l.off + m[5], Text: title}, Level: level, Section: section})
			continue
		}
		body, bodyOff := l.text, l.off
		bulleted := false
		if m := bulletMark.FindStringIndex(body); m != nil {
			body, bodyOff, bulleted = body[m[1]:], bodyOff+m[1], true
		}
		if m := mediaLabel.FindStringIndex(body); m != nil {
			body, bodyOff = body[m[1]:], bodyOff+m[1]
		}
		if body == "" {
			continue
		}
		if strings.Contains(body, "|") {
			if tableSep.MatchString(body) {
				continue
			}
			if m := tableField.FindStringSubmatchIndex(body); m != nil && m[3] > m[2] && hasLetter(body[m[2]:m[3]]) {
				key := body[m[2]:m[3]]
				blocks = append(blocks, Block{Kind: BlockField, Span: span, Key: fieldKey(key),
					Values: splitValues(bodyOff+m[4], body[m[4]:m[5]]), Section: section})
				continue
			}
		}
		if m := wikiField.FindStringSubmatchIndex(l.text); m != nil {
			key := strings.ReplaceAll(l.text[m[2]:m[3]], "_", " ")
			blocks = append(blocks, Block{Kind: BlockField, Span: span, Key: fieldKey(key),
				Values: splitValues(l.off+m[4], l.text[m[4]:m[5]]), Section: section})
			continue
		}
		if m := tabField.FindStringSubmatchIndex(body); m != nil && knownField(fieldKey(body[m[2]:m[3]])) {
			blocks = append(blocks, Block{Kind: BlockField, Span: span, Key: fieldKey(body[m[2]:m[3]]),
				Values: splitValues(bodyOff+m[4], body[m[4]:m[5]]), Section: section})
			continue
		}
		if m := colonField.FindStringSubmatchIndex(body); m != nil && (bulleted || knownField(fieldKey(body[m[2]:m[3]]))) && len(strings.Fields(body[m[2]:m[3]])) <= 4 {
			key := body[m[2]:m[3]]
			blocks = append(blocks, Block{Kind: BlockField, Span: span, Key: fieldKey(key),
				Values: splitValues(bodyOff+m[4], body[m[4]:m[5]]), Section: section})
			continue
		}
		if b, ok := parseLine(body, bodyOff); ok {
			b.Span, b.Section = span, section
			blocks = append(blocks, b)
			continue
		}
		if isHeadingLine(body, bulleted) && !(castSection.MatchString(section) && IsName(undot(body)) && !castSection.MatchString(body) && !genericLine(body)) {
			t := strings.TrimSuffix(body, ":")
			section = strings.ToLower(t)
			blocks = append(blocks, Block{Kind: BlockHeading, Span: sources.Span{Start: bodyOff, End: bodyOff + len(t), Text: t}, Level: 3, Section: section})
			continue
		}
		kind := BlockProse
		if bulleted {
			kind = BlockList
		}
		blocks = append(blocks, Block{Kind: kind, Span: sources.Span{Start: bodyOff, End: bodyOff + len(body), Text: body}, Section: section})
	}
	return blocks
}

func lineSpan(l line) sources.Span {
	return sources.Span{Start: l.off, End: l.off + len(l.text), Text: l.text}
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// fieldKey lower-cases a field key and folds its spacing, so "Developed By",
// "Developer" and "developed by" can be looked up in one table.
func fieldKey(k string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(k))), " ")
}

// splitValues splits a field value on commas, semicolons and " and ",
// keeping each value's offset; commas inside parentheses do not split.
func splitValues(off int, v string) []sources.Span {
	var out []sources.Span
	depth, start := 0, 0
	add := func(a, b int) {
		s := v[a:b]
		lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, "and ")
		if s != "" {
			a2 := a + lead
			if strings.HasPrefix(v[a2:], "and ") {
				a2 += 4
			}
			out = append(out, sources.Span{Start: off + a2, End: off + a2 + len(s), Text: s})
		}
	}
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',', ';':
			if depth == 0 {
				add(start, i)
				start = i + 1
			}
		case ' ':
			if depth == 0 && strings.HasPrefix(v[i:], " and ") {
				add(start, i)
				start = i + 1
			}
		}
	}
	add(start, len(v))
	return out
}

// isName reports whether s looks like a bare name on a line of its own:
// a few words, each capitalised, no sentence punctuation.
func IsName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(s, ".,;:!?|") {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && r != '"' {
			return false
		}
	}
	return true
}

// parseCast reads "Actor as [Title] Character[ (season 1)], description".
func parseCast(body string, off int) (Block, bool) {
	m := castLine.FindStringSubmatchIndex(body)
	if m == nil {
		return Block{}, false
	}
	actor := body[m[2]:m[3]]
	if len(strings.Fields(actor)) < 2 {
		return Block{}, false
	}
	rest := body[m[4]:m[5]]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && r != '"' {
		return Block{}, false
	}
	// The character runs to the first comma, parenthesis or the end; its
	// words must be capitalised (titles included, trimmed later).
	end := len(rest)
	if i := strings.IndexAny(rest, ",("); i >= 0 {
		end = i
	}
	for from := 0; ; {
		i := strings.Index(rest[from:], ". ")
		if i < 0 || from+i >= end {
			break
		}
		i += from
		if w := names.LastWord(rest[:i]); names.IsTitle(w) || len(w) <= 2 {
			from = i + 2 // "Det. Supt. Hugh Carbery": an abbreviation, not a sentence end
			continue
		}
		end = i
		break
	}
	// Without a comma the name still ends at the first lower-case word
	// ("Honey "Money" Chandler reprising her role ...").
	for i, w := 0, 0; i < end; i = w + 1 {
		w = strings.IndexByte(rest[i:end], ' ')
		if w < 0 {
			break
		}
		w += i
		if next := rest[w+1 : end]; next != "" && !isUpperStart(next) && !isConnector(next) {
			end = w
			break
		}
	}
	char := strings.TrimRight(rest[:end], " .")
	words := strings.Fields(char)
	if len(words) == 0 || len(words) > 9 {
		return Block{}, false
	}
	upper := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || r == '"' {
			upper++
		}
	}
	if upper*2 < len(words) || !isUpperStart(words[len(words)-1]) {
		return Block{}, false
	}
	b := Block{Kind: BlockCast}
	b.Values = []sources.Span{{Start: off + m[2], End: off + m[3], Text: actor}, {Start: off + m[4], End: off + m[4] + len(char), Text: char}}
	if restStart := m[4] + len(char); restStart < len(body) {
		tail := body[restStart:]
		lead := len(tail) - len(strings.TrimLeft(tail, " ,.("))
		if s := strings.TrimSpace(tail[lead:]); s != "" {
			b.Rest = &sources.Span{Start: off + restStart + lead, End: off + len(body), Text: body[restStart+lead:]}
		}
	}
	return b, true
}

func isUpperStart(w string) bool {
	w = strings.TrimLeft(w, `"'“‘`)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// parseCaption reads a photo caption: "Actor (Character), Actor
// (Character), and Actor (Character) in TITLE. Photographer/Agency".
func parseCaption(body string, off int) (Block, bool) {
	var vals []sources.Span
	pos := 0
	for {
		m := captionPair.FindStringSubmatchIndex(body[pos:])
		if m == nil {
			break
		}
		a := strings.TrimPrefix(body[pos+m[2]:pos+m[3]], "and ")
		aStart := pos + m[3] - len(a)
		if !IsName(a) || !IsName(strings.ReplaceAll(body[pos+m[4]:pos+m[5]], "\"", "")) {
			return Block{}, false
		}
		vals = append(vals, sources.Span{Start: off + aStart, End: off + pos + m[3], Text: a}, sources.Span{Start: off + pos + m[4], End: off + pos + m[5], Text: body[pos+m[4] : pos+m[5]]})
		pos += m[1]
		rest := body[pos:]
		switch {
		case strings.HasPrefix(rest, ", and "):
			pos += 6
		case strings.HasPrefix(rest, ", "):
			pos += 2
		case strings.HasPrefix(rest, " and "):
			pos += 5
		default:
			goto done
		}
	}
done:
	if len(vals) == 0 || !strings.HasPrefix(body[pos:], " in ") {
		return Block{}, false
	}
	b := Block{Kind: BlockCaption, Values: vals}
	if pos < len(body) {
		b.Rest = &sources.Span{Start: off + pos + 1, End: off + len(body), Text: body[pos+1:]}
	}
	return b, true
}

// isHeadingLine tells a heading from a sentence: short, no closing
// sentence punctuation (or a closing colon), most words capitalised.
func isHeadingLine(s string, bulleted bool) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 16 || len(s) > 120 {
		return false
	}
	if strings.HasSuffix(s, ":") && len(ws) <= 10 {
		return true
	}
	if bulleted {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?\"”", last) {
		return false
	}
	upper := 0
	for _, w := range ws {
		if isUpperStart(w) {
			upper++
		}
	}
	return upper*2 >= len(ws)
}

// fieldRoles maps normalised infobox keys to what their values are: the
// entity type of each value and the predicate linking the document's series
// to it. A closed, generic vocabulary of field names, not of values.
var FieldRoles = map[string]struct {
	Type      string
	Predicate string // Person -> Series predicates are written subject=value
}{
	"title": {"Series", ""}, "name": {"Series", ""}, "alt name": {"Series", "alias"},
	"also known as": {"Series", "alias"}, "other names": {"Series", "alias"},
	"starring": {"Person", "STARS_IN"}, "cast": {"Person", "STARS_IN"}, "stars": {"Person", "STARS_IN"},
	"developed by": {"Person", "CREATED"}, "developer": {"Person", "CREATED"}, "developers": {"Person", "CREATED"},
	"created by": {"Person", "CREATED"}, "creator": {"Person", "CREATED"}, "creators": {"Person", "CREATED"},
	"showrunner": {"Person", "SHOWRUNNER_OF"}, "showrunners": {"Person", "SHOWRUNNER_OF"},
	"executive producer": {"Person", "EXECUTIVE_PRODUCER_OF"}, "executive producers": {"Person", "EXECUTIVE_PRODUCER_OF"},
	"director": {"Person", "DIRECTED"}, "directors": {"Person", "DIRECTED"}, "directed by": {"Person", "DIRECTED"},
	"company": {"Organization", "PRODUCED_BY"}, "companies": {"Organization", "PRODUCED_BY"},
	"production company": {"Organization", "PRODUCED_BY"}, "production companies": {"Organization", "PRODUCED_BY"},
	"studio": {"Organization", "PRODUCED_BY"}, "studios": {"Organization", "PRODUCED_BY"},
	"network": {"Organization", "AIRS_ON"}, "original network": {"Organization", "AIRS_ON"},
	"channel": {"Organization", "AIRS_ON"}, "streaming service": {"Organization", "AIRS_ON"}, "platform": {"Organization", "AIRS_ON"},
	"based on": {"Book", "BASED_ON"},
	"country":  {"Place", ""}, "country of origin": {"Place", ""}, "location": {"Place", ""}, "filming location": {"Place", ""}, "setting": {"Place", "SET_IN"}, "set in": {"Place", "SET_IN"},
	"original language": {"", ""}, "producers": {"Organization", "PRODUCED_BY"}, "producer": {"Organization", "PRODUCED_BY"}, "distributor": {"Organization", ""}, "starring voices of": {"Person", "STARS_IN"}, "main cast": {"Person", "STARS_IN"},
	"related": {"Series", ""}, "related shows": {"Series", ""}, "preceded by": {"Series", "SPINOFF_OF"},
	"developed for television by": {"Person", "CREATED"}, "created for television by": {"Person", "CREATED"},
	"series created by": {"Person", "CREATED"}, "showrunner and executive producer": {"Person", "SHOWRUNNER_OF"},
	"credit":                {"Person", ""},
	"co-executive producer": {"Person", "EXECUTIVE_PRODUCER_OF"}, "co-executive producers": {"Person", "EXECUTIVE_PRODUCER_OF"},
	// Character pages (fan wikis): values relate to the page's character.
	"portrayed by": {"Person", "PLAYS"}, "played by": {"Person", "PLAYS"},
	"family members": {"Character", "KIN"}, "family": {"Character", "KIN"}, "relatives": {"Character", "KIN"},
	"parents": {"Character", "KIN"}, "siblings": {"Character", "KIN"}, "children": {"Character", "KIN"},
	"romances": {"Character", "ROMANCE"}, "spouse": {"Character", "ROMANCE"}, "spouses": {"Character", "ROMANCE"},
	"significant other": {"Character", "ROMANCE"}, "partners": {"Character", "ROMANCE"},
	"affiliation": {"Organization", "MEMBER_OF"}, "affiliations": {"Organization", "MEMBER_OF"},
	"appearances": {"Series", "APPEARS_IN"}, "appears in": {"Series", "APPEARS_IN"},
}

func knownField(key string) bool { _, ok := FieldRoles[key]; return ok }

// isConnector reports whether s starts with a lower-case word that may sit
// inside a name ("Bank of America", "Ludwig van Beethoven").
func isConnector(s string) bool {
	for _, c := range []string{"of ", "de ", "van ", "von ", "da ", "del ", "la ", "le ", "and "} {
		if strings.HasPrefix(s, c) {
			return c != "and "
		}
	}
	return false
}

// parsePlayedBy reads "Character (played by Actor), description".
func parsePlayedBy(body string, off int) (Block, bool) {
	m := playedByRe.FindStringSubmatchIndex(body)
	if m == nil || !IsName(body[m[2]:m[3]]) || !IsName(body[m[4]:m[5]]) {
		return Block{}, false
	}
	b := Block{Kind: BlockCast, Values: []sources.Span{{Start: off + m[4], End: off + m[5], Text: body[m[4]:m[5]]}, {Start: off + m[2], End: off + m[3], Text: body[m[2]:m[3]]}}}
	if tail := body[m[6]:m[7]]; strings.TrimLeft(tail, " ,.;") != "" {
		lead := len(tail) - len(strings.TrimLeft(tail, " ,.;"))
		b.Rest = &sources.Span{Start: off + m[6] + lead, End: off + len(body), Text: body[m[6]+lead:]}
	}
	return b, true
}

// parseDashPair reads "Name — Name", a cast list's line of a character and
// an actor in an order the line does not say; Key "pair" marks it for the
// extract stage, which decides by what the corpus knows of the two names.
func parseDashPair(body string, off int) (Block, bool) {
	m := dashPair.FindStringSubmatchIndex(body)
	if m == nil || !IsName(body[m[2]:m[3]]) || !IsName(body[m[4]:m[5]]) {
		return Block{}, false
	}
	a, b := len(strings.Fields(body[m[2]:m[3]])), len(strings.Fields(body[m[4]:m[5]]))
	if a > 4 || b > 4 || a < 2 && b < 2 {
		return Block{}, false // a title with a dash, not a name pair
	}
	return Block{Kind: BlockCredit, Key: "pair", Values: []sources.Span{{Start: off + m[2], End: off + m[3], Text: body[m[2]:m[3]]}, {Start: off + m[4], End: off + m[5], Text: body[m[4]:m[5]]}}}, true
}

// infoboxKeys are the keys of a rendered infobox that name nothing this
// tool extracts but still end the values of the key before them.
var infoboxKeys = map[string]bool{
	"genre": true, "original language": true, "language": true, "no. of seasons": true, "no. of episodes": true,
	"running time": true, "original release": true, "release": true, "production": true, "production locations": true,
	"production location": true, "filming locations": true, "locations": true, "camera setups": true, "distributors": true,
	"camera setup": true, "budget": true, "editors": true, "editor": true, "composer": true, "music by": true,
	"cinematography": true, "picture format": true, "audio format": true, "first aired": true, "last aired": true,
	"opening theme": true, "theme music composer": true, "narrated by": true, "written by": true, "producers": true,
	"producer": true, "seasons": true, "episodes": true, "status": true, "born": true, "full name": true,
	"occupation": true, "biographical information": true, "professional information": true,
	"family information": true, "series information": true, "gender": true, "nationality": true, "aliases": true,
	"title": false,
}

// stackedField reads an infobox rendered one line per key and one line per
// value ("Starring" / "Renata Solberg" / "Desmond Kerrigan" / "Country of
// origin" / ...). A key line opens a field when its key is one the extract
// stage reads, or when it continues a run of such fields; its values are
// the short lines up to the next key line. It returns the lines used.
func stackedField(text string, lines []line, i int, blocks []Block) (int, Block, bool) {
	keyText, first := lines[i].text, ""
	if k, v, ok := strings.Cut(keyText, "\t"); ok {
		keyText, first = k, strings.TrimSpace(v) // "Starring<TAB>First Actor", more on the lines below
	}
	key := fieldKey(keyText)
	if key == "cast" || key == "stars" || key == "crew" {
		return 0, Block{}, false // section headings far more often than keys
	}
	_, known := FieldRoles[key]
	cont := len(blocks) > 0 && blocks[len(blocks)-1].Kind == BlockField && blocks[len(blocks)-1].Span.End >= lines[i].off-2
	if !known && !(infoboxKeys[key] && cont) || strings.ContainsAny(keyText, ":|") {
		return 0, Block{}, false
	}
	// A value is one line, or a line continued by "by Agnes Whitcombe";
	// only one-line values are split on commas.
	type value struct {
		sources.Span
		joined bool
	}
	j := i + 1
	var vals []value
	if first != "" {
		off := lines[i].off + strings.LastIndex(lines[i].text, first)
		vals = append(vals, value{Span: sources.Span{Start: off, End: off + len(first), Text: first}})
	}
	for ; j < len(lines); j++ {
		t := lines[j].text
		kt, _, _ := strings.Cut(t, "\t")
		k := fieldKey(kt)
		if _, isKey := FieldRoles[k]; isKey || infoboxKeys[k] || t == "" || len(t) > 70 || strings.HasSuffix(t, ".") {
			break
		}
		if strings.HasPrefix(t, "by ") && len(vals) > 0 {
			last := &vals[len(vals)-1]
			last.End = lines[j].off + len(t)
			last.Text, last.joined = text[last.Start:last.End], true
			continue
		}
		vals = append(vals, value{Span: sources.Span{Start: lines[j].off, End: lines[j].off + len(t), Text: t}})
	}
	if len(vals) == 0 {
		return 0, Block{}, false
	}
	var out []sources.Span
	for _, v := range vals {
		if v.joined {
			out = append(out, v.Span)
		} else {
			out = append(out, splitValues(v.Start, v.Text)...)
		}
	}
	end := lines[j-1].off + len(lines[j-1].text)
	return j - i, Block{Kind: BlockField, Span: sources.Span{Start: lines[i].off, End: end, Text: lines[i].text}, Key: key, Values: out}, true
}

// creditGroup reads one entry of a cast or crew list laid out one name a
// line: "Actor" / "Character" / "Series Regular" for the cast, "Name" /
// "Executive Producer" for the crew. A cast entry becomes a credit, a crew
// entry a field keyed by the role.
func creditGroup(lines []line, i int) (int, Block, bool) {
	var names []line
	j := i
	for ; j < len(lines) && len(names) < 3; j++ {
		t := strings.TrimPrefix(lines[j].text, "as ")
		if t == "" {
			return 0, Block{}, false
		}
		if castRole.MatchString(t) || crewRole(t) {
			break
		}
		if !IsName(undot(t)) {
			return 0, Block{}, false
		}
		names = append(names, lines[j])
	}
	if j >= len(lines) {
		return 0, Block{}, false
	}
	if len(names) == 3 {
		// No labels: the list pairs an actor line with a role line.
		c := names[1]
		ct := strings.TrimPrefix(c.text, "as ")
		cs := c.off + len(c.text) - len(ct)
		return 2, Block{Kind: BlockCredit, Span: sources.Span{Start: names[0].off, End: c.off + len(c.text), Text: names[0].text + "\n" + c.text}, Values: []sources.Span{lineSpan(names[0]), {Start: cs, End: cs + len(ct), Text: ct}}}, true
	}
	label := lines[j].text
	end := lines[j].off + len(label)
	span := sources.Span{Start: lines[i].off, End: end, Text: label}
	switch {
	case castRole.MatchString(label) && len(names) == 2:
		c := names[1]
		ct := strings.TrimPrefix(c.text, "as ")
		cs := c.off + len(c.text) - len(ct)
		return j - i + 1, Block{Kind: BlockCredit, Span: span, Values: []sources.Span{lineSpan(names[0]), {Start: cs, End: cs + len(ct), Text: ct}}}, true
	case crewRole(label) && len(names) == 1:
		return j - i + 1, Block{Kind: BlockField, Span: span, Key: fieldKey(label), Values: []sources.Span{lineSpan(names[0])}}, true
	}
	return 0, Block{}, false
}

// crewRole reports whether a line is a crew role label the extract stage
// reads ("Executive Producer", "Creator", "Production Company").
func crewRole(t string) bool {
	k := fieldKey(t)
	if r, ok := FieldRoles[k]; ok && r.Predicate != "" && r.Predicate != "alias" && r.Type != "Series" {
		return true
	}
	return infoboxKeys[k] || k == "writer" || k == "book author" || k == "author"
}

// undot drops the full stops of abbreviated titles ("Sgt. Ray Okafor"), so
// that a name line with a title still reads as a name.
func undot(t string) string {
	ws := strings.Fields(t)
	for i, w := range ws {
		if strings.HasSuffix(w, ".") && (names.IsTitle(w) || len(w) <= 3) {
			ws[i] = strings.TrimSuffix(w, ".")
		}
	}
	return strings.Join(ws, " ")
}

// lineParsers read the one-line layouts that name an actor and a role, in
// order of precedence.
var lineParsers = []func(body string, off int) (Block, bool){parsePlayedBy, parseDashPair, parseCast, parseCaption}

// parseLine tries each of lineParsers on a line.
func parseLine(body string, off int) (Block, bool) {
	for _, parse := range lineParsers {
		if b, ok := parse(body, off); ok {
			return b, true
		}
	}
	return Block{}, false
}

// dottedBlock turns a full-credits line into a credit (in a cast section)
// or a field keyed by the role ("executive producer", "directed by").
func dottedBlock(l line, m []int, section string) (Block, bool) {
	name := sources.Span{Start: l.off + m[2], End: l.off + m[3], Text: l.text[m[2]:m[3]]}
	role := strings.TrimSpace(l.text[m[4]:m[5]])
	span := sources.Span{Start: l.off, End: l.off + len(l.text), Text: l.text}
	switch {
	case strings.Contains(section, "cast"):
		role = strings.TrimSpace(creditNote.ReplaceAllString(role, ""))
		if role == "" || !IsName(undot(role)) {
			return Block{}, false
		}
		st := l.off + m[4] + strings.Index(l.text[m[4]:m[5]], role)
		return Block{Kind: BlockCredit, Span: span, Values: []sources.Span{name, {Start: st, End: st + len(role), Text: role}}, Section: section}, true
	case strings.Contains(section, "directed"):
		return Block{Kind: BlockField, Span: span, Key: "directed by", Values: []sources.Span{name}, Section: section}, true
	case strings.TrimSpace(creditNote.ReplaceAllString(role, "")) == "" && !strings.Contains(role, " by"):
		// "Solveig Arntzen ... (14 episodes)" under "Series Music by".
		return Block{Kind: BlockField, Span: span, Key: "credit", Values: []sources.Span{name}, Section: section}, true
	default:
		key := fieldKey(strings.Trim(creditNote.ReplaceAllString(role, "$1"), "() "))
		if _, ok := FieldRoles[key]; !ok {
			return Block{}, false
		}
		return Block{Kind: BlockField, Span: span, Key: key, Values: []sources.Span{name}, Section: section}, true
	}
}

// creditNote matches a parenthetical note of a credit: "(uncredited)",
// "(developed for television by)".
var creditNote = regexp.MustCompile(`\(([^()]*)\)`)

// genericLine reports whether a line holds a generic word ("Series Cast",
// "Rest of cast"), which makes it a heading rather than a name.
func genericLine(t string) bool {
	for _, w := range strings.Fields(t) {
		if names.NotNames[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
