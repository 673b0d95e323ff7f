package pipeline

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Extractor is the extract stage. It works in two passes over a batch of
// documents: first the structured blocks of every document (fields, cast
// lines, captions, credits), which give names with their types; then the
// running text, where a name the structure of any document typed keeps that
// type (corpus-level evidence), new names are typed by their shape and
// context, and lexical patterns state relations between them.
type Extractor struct{}

// signal strengths: how much a mention's type can be trusted.
const (
	sigStructure = "structure"
	sigPattern   = "pattern"
	sigLexicon   = "lexicon"
	sigShape     = "shape"
	sigShort     = "short"
)

// lexEntry is what the corpus knows about one folded name.
type lexEntry struct {
	types map[string]int // votes from structured mentions
	short map[string]int // the name is a first or last word of names of these types
}

func (e *lexEntry) best() string {
	best, n := "", 0
	for _, t := range typeOrder {
		if e.types[t] > n {
			best, n = t, e.types[t]
		}
	}
	return best
}

var typeOrder = []string{"Person", "Character", "Series", "Book", "Organization", "Place"}

// Lexicon maps folded names to the types the corpus's structure gave them.
type Lexicon map[string]*lexEntry

func (l Lexicon) add(name, typ string) {
	k := Fold(name)
	if k == "" {
		return
	}
	e := l[k]
	if e == nil {
		e = &lexEntry{types: map[string]int{}, short: map[string]int{}}
		l[k] = e
	}
	e.types[typ]++
	if typ == "Person" || typ == "Character" {
		ws := strings.Fields(name)
		if len(ws) > 1 {
			for _, w := range []string{Fold(ws[0]), Fold(ws[len(ws)-1])} {
				se := l[w]
				if se == nil {
					se = &lexEntry{types: map[string]int{}, short: map[string]int{}}
					l[w] = se
				}
				se.short[typ]++
			}
		}
	}
}

// docState is the work in progress on one document.
type docState struct {
	p        *Parsed
	x        *Extraction
	castChar map[int]int // block index -> mention index of the character the block describes
	subject  int
	lex      Lexicon
	pairs    []int // blocks holding a name pair in an order still to decide
	// lastSeries is the series the text named last (for "It is based on").
	lastSeries int
	// pageChar is the character a character page is about, or -1.
	pageChar int
	// block is the block being read, recorded on each mention.
	block int
	// lower holds the words the corpus writes in lower case somewhere.
	lower map[string]bool
	// sectionChar is the character whose section (a heading naming them
	// over "Portrayed by ...") the text is in, or -1.
	sectionChar int
}

// Run extracts mentions and claims from every parsed document.
func (Extractor) Run(docs []*Parsed) []*Extraction {
	lex := Lexicon{}
	lower := map[string]bool{}
	for _, p := range docs {
		for _, w := range wordRe.FindAllString(p.Doc.Text, -1) {
			if !capitalised(w) {
				lower[w] = true
			}
		}
	}
	states := make([]*docState, len(docs))
	for i, p := range docs {
		s := &docState{lower: lower, p: p, x: &Extraction{Doc: p.Doc, Subject: -1}, castChar: map[int]int{}, subject: -1, lastSeries: -1, pageChar: -1}
		s.structured()
		for _, m := range s.x.Mentions {
			if m.Type != "" {
				lex.add(m.Name, m.Type)
			}
			if m.Alias != "" {
				lex.add(m.Alias, m.Type)
			}
		}
		states[i] = s
	}
	for _, s := range states {
		s.resolvePairs(lex)
	}
	// Prose is read twice: the first reading adds the names it typed with
	// confidence (organizations, places, multi-word names) to the
	// lexicon, so the second reading finds them everywhere, also where
	// their shape alone would not tell (lower case, sentence starts).
	snaps := make([]docState, len(states))
	for i, s := range states {
		snaps[i] = s.snapshot()
		s.prose(lex)
	}
	for _, s := range states {
		for _, m := range s.x.Mentions {
			if (m.Signal == sigShape || m.Signal == sigPattern) && m.Confidence >= 0.5 && m.Type != "" {
				lex.add(m.Name, m.Type)
			}
			if m.Alias != "" && m.Type != "" {
				lex.add(m.Name, m.Type)
			}
		}
	}
	out := make([]*Extraction, len(docs))
	for i, s := range states {
		*s = snaps[i]
		s.prose(lex)
		s.chooseSubject()
		out[i] = s.x
	}
	return out
}

// snapshot copies the state so that a reading can be undone.
func (s *docState) snapshot() docState {
	c := *s
	x := *s.x
	x.Mentions = append([]Mention(nil), s.x.Mentions...)
	x.Claims = append([]Claim(nil), s.x.Claims...)
	x.Facts = append([]Fact(nil), s.x.Facts...)
	c.x = &x
	c.castChar = map[int]int{}
	for k, v := range s.castChar {
		c.castChar[k] = v
	}
	return c
}

// mention adds a mention for text[start:end], trimming titles off the front
// into the role, and returns its index (or -1 if nothing is left).
func (s *docState) mention(start, end int, typ, signal string, conf float64) int {
	text := s.p.Doc.Text
	name := text[start:end]
	// Trim surrounding quotes and spaces.
	for {
		t := strings.TrimSpace(name)
		t = strings.Trim(t, `'‘’"“”`)
		t = strings.TrimSpace(t)
		if t == name {
			break
		}
		start += strings.Index(name, t)
		name = t
	}
	end = start + len(name)
	role := ""
	if typ == "Person" || typ == "Character" || typ == "" {
		ws := wordSpans(name)
		last := -1
		for i, w := range ws[:max(0, len(ws)-1)] {
			if isTitle(w.Text) {
				last = i
			}
		}
		if last >= 0 {
			role = strings.TrimSpace(name[:ws[last].End])
			qual := ws[:last]
			// A qualifier before the title: an organization (RHD
			// Detective) or a place (Los Angeles County District Attorney).
			for len(qual) > 0 && isTitle(qual[len(qual)-1].Text) {
				qual = qual[:len(qual)-1]
			}
			if len(qual) > 0 {
				qs, qe := start+qual[0].Start, start+qual[len(qual)-1].End
				qt := text[qs:qe]
				switch {
				case acronym(qt):
					s.mention(qs, qe, "Organization", signal, conf)
				case placeSuffixes[strings.ToLower(lastWord(qt))]:
					s.mention(qs, qe, "Place", signal, conf)
				}
			}
			start += ws[last+1].Start
			name = text[start:end]
		}
	}
	name = strings.TrimSpace(name)
	if name == "" || Fold(name) == "" {
		return -1
	}
	s.x.Mentions = append(s.x.Mentions, Mention{Doc: s.p.Doc.ID, Start: start, End: start + len(name),
		Surface: name, Name: name, Type: typ, Role: role, Signal: signal, Confidence: conf, Block: s.block})
	return len(s.x.Mentions) - 1
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// series is the mention of the document's series, or subjectPending while
// it is not known yet.
func (s *docState) series() int {
	if s.subject >= 0 {
		return s.subject
	}
	return subjectPending
}

func (s *docState) claim(subj int, pred string, obj int, detail string, ev Span, conf float64, signal string) {
	if subj == -1 || obj == -1 || subj == obj {
		return
	}
	s.x.Claims = append(s.x.Claims, Claim{Doc: s.p.Doc.ID, Subject: subj, Predicate: pred, Object: obj,
		Detail: detail, Evidence: ev, Confidence: conf, Signal: signal})
}

var (
	alsoKnown  = regexp.MustCompile(`(?i)^(.+?)\s*\((?:also known as|also called|a\.k\.a\.?|aka|also)\s+(.+?)\)$`)
	disambig   = regexp.MustCompile(`(?i)\s*\((?:tv |television |web |american |british )?(?:series|show|program|programme|miniseries|novel|book|film)\)$`)
	yearParen  = regexp.MustCompile(`\s*\(\d{4}(?:[–-]\d{2,4})?\)$`)
	byAuthor   = regexp.MustCompile(`^(.+?)\s+by\s+(.+)$`)
	quotedHead = regexp.MustCompile(`[‘'"“]([^‘'"“”’]{2,60})[’'"”]`)
	seasonOf   = regexp.MustCompile(`\b(\p{Lu}[\p{L}:'’ -]{1,60}?)\s+[Ss]eason\s+\d`)
)

// structured reads names and relations from the document's structure.
func (s *docState) structured() {
	// The series the document is about, from its title heading.
	for _, b := range s.p.Blocks {
		if b.Kind == BlockHeading && b.Level == 1 {
			t := disambig.ReplaceAllString(b.Span.Text, "")
			if t != b.Span.Text && s.subject < 0 {
				s.subject = s.mention(b.Span.Start, b.Span.Start+len(t), "Series", sigStructure, 1)
			}
		}
	}
	// A character page: its title names the character its fields are about.
	for _, b := range s.p.Blocks {
		if b.Kind == BlockField && charPageKey[b.Key] && len(s.p.Blocks) > 0 {
			if t := s.p.Blocks[0]; t.Kind == BlockHeading && isName(t.Span.Text) {
				s.pageChar = s.mention(t.Span.Start, t.Span.End, "Character", sigStructure, 0.9)
			}
			break
		}
	}
	for bi, b := range s.p.Blocks {
		s.block = bi
		switch b.Kind {
		case BlockField:
			s.field(b)
		case BlockCast, BlockCredit:
			if b.Key == "pair" {
				s.pairs = append(s.pairs, bi)
				continue
			}
			a := s.mention(b.Values[0].Start, b.Values[0].End, "Person", sigStructure, 1)
			if s.roleNotName(b.Values[1].Text) {
				continue
			}
			c := s.mention(b.Values[1].Start, b.Values[1].End, "Character", sigStructure, 1)
			if a >= 0 && c >= 0 {
				s.claim(a, "PLAYS", c, "", b.Span, 1, sigStructure)
				s.castChar[bi] = c
				s.claim(c, "APPEARS_IN", s.series(), "", b.Span, 0.9, sigStructure)
				if strings.Contains(b.Section, "main") || strings.Contains(b.Section, "starring") {
					s.claim(a, "STARS_IN", s.series(), "", b.Span, 0.9, sigStructure)
				}
			}
		case BlockCaption:
			for i := 0; i+1 < len(b.Values); i += 2 {
				a := s.mention(b.Values[i].Start, b.Values[i].End, "Person", sigStructure, 0.9)
				c := s.mention(b.Values[i+1].Start, b.Values[i+1].End, "Character", sigStructure, 0.9)
				s.claim(a, "PLAYS", c, "", b.Span, 0.9, sigStructure)
			}
			if b.Rest != nil {
				s.captionRest(*b.Rest)
			}
		}
	}
}

var captionRest = regexp.MustCompile(`^in\s+(.+?)\.\s+(?:Photo:\s*|Credit:\s*)?(\p{Lu}[\p{L}.'’ -]+?)/(.+)$`)

// captionRest reads "in TITLE. Photographer/Agency" after a caption.
func (s *docState) captionRest(r Span) {
	m := captionRest.FindStringSubmatchIndex(r.Text)
	if m == nil {
		return
	}
	s.mention(r.Start+m[2], r.Start+m[3], "Series", sigStructure, 0.8)
	if isName(r.Text[m[4]:m[5]]) {
		s.mention(r.Start+m[4], r.Start+m[5], "Person", sigStructure, 0.8)
	}
	// The agency is kept only if the corpus names it elsewhere (see prose).
}

// field reads an infobox field.
func (s *docState) field(b Block) {
	role, ok := fieldRoles[b.Key]
	if bar := strings.IndexByte(b.Span.Text, '|'); !ok && bar > 0 && len(b.Values) > 0 && bylineDate.MatchString(b.Values[0].Text) {
		// "Hollis Penrose | October 11, 2024": a byline, not a field.
		key := b.Span.Text[:bar]
		off := b.Span.Start
		if m := bylineBy.FindStringIndex(key); m != nil {
			key, off = key[m[1]:], off+m[1]
		}
		if k := strings.TrimSpace(key); isName(k) && len(strings.Fields(k)) >= 2 && len(strings.Fields(k)) <= 3 && !fieldWords.MatchString(k) {
			st := off + strings.Index(key, k)
			s.mention(st, st+len(k), "Person", sigStructure, 0.8)
		}
		return
	}
	if !ok || role.Type == "" {
		return // an unknown key, or one whose values name nothing (languages)
	}
	for _, v := range b.Values {
		if !capitalised(v.Text) && !strings.HasPrefix(v.Text, "\"") {
			continue
		}
		start, end := v.Start, v.End
		text := v.Text
		if m := yearParen.FindStringIndex(text); m != nil {
			end = start + m[0]
			text = text[:m[0]]
		}
		if m := trailingNote.FindStringIndex(text); m != nil && b.Key != "title" && b.Key != "name" {
			end = start + m[0] // "Fjellgard Film (in association with)"
			text = text[:m[0]]
		}
		if (b.Key == "producer" || b.Key == "producers") && !orgSuffixes[strings.ToLower(lastWord(text))] {
			continue // a producer credit names companies we read, people we do not
		}
		if charPageKey[b.Key] {
			s.pageField(b, role.Type, role.Predicate, v)
			continue
		}
		switch {
		case b.Key == "title" || b.Key == "name":
			if m := alsoKnown.FindStringSubmatchIndex(text); m != nil {
				i := s.mention(start+m[2], start+m[3], "Series", sigStructure, 1)
				if i >= 0 {
					s.x.Mentions[i].Alias = text[m[4]:m[5]]
					j := s.mention(start+m[4], start+m[5], "Series", sigStructure, 1)
					if j >= 0 {
						s.x.Mentions[j].Alias = text[m[2]:m[3]]
					}
				}
				if s.subject < 0 {
					s.subject = i
				}
				continue
			}
			i := s.mention(start, end, "Series", sigStructure, 1)
			if s.subject < 0 {
				s.subject = i
			}
		case role.Predicate == "alias":
			i := s.mention(start, end, "Series", sigStructure, 1)
			if i >= 0 && s.subject >= 0 {
				s.x.Mentions[i].Alias = s.x.Mentions[s.subject].Name
			}
		case role.Type == "Book":
			if m := byAuthor.FindStringSubmatchIndex(text); m != nil {
				bk := s.mention(start+m[2], start+m[3], "Book", sigStructure, 1)
				au := s.mention(start+m[4], start+m[5], "Person", sigStructure, 1)
				s.claim(au, "WROTE", bk, "", b.Span, 1, sigStructure)
				s.claim(s.series(), "BASED_ON", bk, "", b.Span, 1, sigStructure)
				continue
			}
			bk := s.mention(start, end, "Book", sigStructure, 1)
			s.claim(s.series(), "BASED_ON", bk, "", b.Span, 1, sigStructure)
		default:
			i := s.mention(start, end, role.Type, sigStructure, 1)
			switch {
			case role.Predicate == "":
			case role.Type == "Person":
				s.claim(i, role.Predicate, s.series(), "", b.Span, 1, sigStructure)
			default:
				s.claim(s.series(), role.Predicate, i, "", b.Span, 1, sigStructure)
			}
		}
	}
}

// charPageKey marks the fields of a character page (see pageField).
var charPageKey = map[string]bool{"portrayed by": true, "played by": true, "family members": true, "family": true,
	"relatives": true, "parents": true, "siblings": true, "children": true, "romances": true, "spouse": true,
	"spouses": true, "significant other": true, "partners": true, "affiliation": true, "affiliations": true,
	"appearances": true, "appears in": true}

var parenNote = regexp.MustCompile(`^(.+?)\s*\(([^)]*)\)\s*$`)

// pageField reads one value of a character page's field: "Renata Solberg"
// under "Portrayed by", "Frank Halloran (father, deceased)" under "Family
// members", "Tidewater (seasons 3–6)" under "Appearances".
func (s *docState) pageField(b Block, typ, pred string, v Span) {
	if s.pageChar < 0 {
		return
	}
	name, note := v.Text, ""
	if m := parenNote.FindStringSubmatch(v.Text); m != nil {
		name, note = m[1], strings.ToLower(strings.TrimSpace(strings.SplitN(m[2], ",", 2)[0]))
	}
	if !isName(name) {
		return
	}
	mi := s.mention(v.Start, v.Start+len(name), typ, sigStructure, 0.9)
	if mi < 0 {
		return
	}
	switch pred {
	case "PLAYS":
		s.claim(mi, "PLAYS", s.pageChar, "", b.Span, 0.9, sigStructure)
	case "MEMBER_OF", "APPEARS_IN":
		s.claim(s.pageChar, pred, mi, "", b.Span, 0.9, sigStructure)
	case "KIN", "ROMANCE":
		if note == "" && pred == "ROMANCE" {
			note = "spouse"
		}
		if note == "" {
			return
		}
		p, detail := kinPredicate(lastWord(note), note)
		s.claim(mi, p, s.pageChar, detail, b.Span, 0.8, sigStructure)
	}
}

// roleNotName reports whether a credited role is a description, not a
// name: "Paramedic", "Harbor Patrol Officer" (a title word ends it, where
// a name would follow), or one word the corpus also writes in lower case.
func (s *docState) roleNotName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || isTitle(ws[len(ws)-1]) || occupations[strings.ToLower(ws[len(ws)-1])] {
		return true
	}
	return len(ws) == 1 && s.lower[strings.ToLower(ws[0])]
}

// resolvePairs reads the "Name — Name" lines of a cast list once the
// corpus is known: the name the corpus knows as a person is the actor; when
// it knows neither, the line is taken as character first, as cast pages
// list them.
func (s *docState) resolvePairs(lex Lexicon) {
	isPerson := func(n string) bool { e := lex[Fold(n)]; return e != nil && e.types["Person"] > 0 }
	isChar := func(n string) bool { e := lex[Fold(n)]; return e != nil && e.types["Character"] > 0 }
	for _, bi := range s.pairs {
		b := s.p.Blocks[bi]
		a, c := b.Values[1], b.Values[0]
		if isPerson(b.Values[0].Text) && !isPerson(b.Values[1].Text) || isChar(b.Values[1].Text) && !isChar(b.Values[0].Text) {
			a, c = b.Values[0], b.Values[1]
		}
		am := s.mention(a.Start, a.End, "Person", sigStructure, 0.9)
		cm := s.mention(c.Start, c.End, "Character", sigStructure, 0.9)
		if am >= 0 && cm >= 0 {
			s.claim(am, "PLAYS", cm, "", b.Span, 0.9, sigStructure)
			s.claim(cm, "APPEARS_IN", s.series(), "", b.Span, 0.8, sigStructure)
			s.castChar[bi] = cm
			lex.add(s.x.Mentions[am].Name, "Person")
			lex.add(s.x.Mentions[cm].Name, "Character")
		}
	}
}

// chooseSubject settles the series the document is about when its
// structure did not say: the series it mentions most.
func (s *docState) chooseSubject() {
	if s.subject < 0 {
		count := map[string]int{}
		first := map[string]int{}
		for i, m := range s.x.Mentions {
			if m.Type == "Series" {
				k := Fold(m.Name)
				count[k]++
				if _, ok := first[k]; !ok {
					first[k] = i
				}
			}
		}
		best := ""
		for k, n := range count {
			if n > count[best] || (n == count[best] && k < best) {
				best = k
			}
		}
		if best != "" {
			s.subject = first[best]
		}
	}
	s.x.Subject = s.subject
	// A character someone plays in a document about a series appears in it.
	has := map[[2]int]bool{}
	for _, c := range s.x.Claims {
		if c.Predicate == "APPEARS_IN" {
			has[[2]int{c.Subject, c.Object}] = true
		}
	}
	for _, c := range s.x.Claims {
		if c.Predicate == "PLAYS" && s.subject >= 0 && !has[[2]int{c.Object, s.subject}] && !has[[2]int{c.Object, subjectPending}] {
			has[[2]int{c.Object, s.subject}] = true
			s.x.Claims = append(s.x.Claims, Claim{Doc: c.Doc, Subject: c.Object, Predicate: "APPEARS_IN", Object: s.subject,
				Evidence: c.Evidence, Confidence: 0.6, Signal: sigPattern})
		}
	}
	// Claims made against the subject before it was known.
	for i := range s.x.Claims {
		c := &s.x.Claims[i]
		if c.Subject == subjectPending {
			c.Subject = s.subject
		}
		if c.Object == subjectPending {
			c.Object = s.subject
		}
	}
	kept := s.x.Claims[:0]
	for _, c := range s.x.Claims {
		if c.Subject >= 0 && c.Object >= 0 && c.Subject != c.Object {
			kept = append(kept, c)
		}
	}
	s.x.Claims = kept
	for i := range s.x.Facts {
		if s.x.Facts[i].Target == subjectPending {
			s.x.Facts[i].Target = s.subject
		}
	}
}

// subjectPending stands for the document's series in a claim made before
// the series is known.
const subjectPending = -2

// word is a word of a sentence with its byte range in the document.
type word struct {
	Text       string
	Start, End int
	Poss       bool // followed by 's
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?`)

// wordSpans splits s into words with offsets relative to s.
func wordSpans(s string) []Span {
	var out []Span
	for _, m := range wordRe.FindAllStringIndex(s, -1) {
		out = append(out, Span{m[0], m[1], s[m[0]:m[1]]})
	}
	return out
}

func sentenceWords(text string, sp Span) []word {
	var out []word
	for _, w := range wordSpans(sp.Text) {
		t := w.Text
		ww := word{Text: t, Start: sp.Start + w.Start, End: sp.Start + w.End}
		if strings.HasSuffix(t, ".") && !(len(t) <= 3 && capitalised(t)) {
			ww.Text = strings.TrimSuffix(t, ".")
			ww.End--
		}
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(ww.Text, p) && len(ww.Text) > len(p) {
				ww.Text = strings.TrimSuffix(ww.Text, p)
				ww.End -= len(p)
				ww.Poss = true
			}
		}
		if strings.HasSuffix(ww.Text, "s’") || strings.HasSuffix(ww.Text, "s'") {
			ww.Poss = true
		}
		out = append(out, ww)
	}
	return out
}

// gapOK reports whether the text between two words may sit inside a name.
func gapOK(text string, a, b word, allowColon bool) bool {
	g := text[a.End:b.Start]
	if a.Poss {
		// "Sheriff's Office", "Children's Hospital": an organization's
		// name may hold a possessive before its suffix word.
		return (g == "'s " || g == "’s ") && orgSuffixes[strings.ToLower(b.Text)]
	}
	switch g {
	case " ", " & ":
		return true
	case ": ", "-":
		return allowColon
	}
	return false
}

// prose finds names and relations in the running text of the document.
func (s *docState) prose(lex Lexicon) {
	s.lex = lex
	s.lastSeries = -1
	text := s.p.Doc.Text
	tags := map[int]Token{}
	for _, sn := range s.p.Sentences {
		for _, t := range sn.Tokens {
			tags[t.Start] = t
		}
	}
	s.sectionChar = -1
	for _, sn := range s.p.Sentences {
		blk := s.p.Blocks[sn.Block]
		s.block = sn.Block
		switch {
		case blk.Kind == BlockHeading:
			s.sectionChar = -1
		case blk.Kind == BlockCast && sn.Block > 0 && s.p.Blocks[sn.Block-1].Kind == BlockHeading && blk.Span.Start == s.p.Blocks[sn.Block-1].Span.Start:
			if c, ok := s.castChar[sn.Block]; ok {
				s.sectionChar = c
			}
		}
		headingOnly := blk.Kind == BlockHeading || blk.Kind == BlockCaption || blk.Kind == BlockList
		ws := sentenceWords(text, sn.Span)
		var ms []int // mention indexes in this sentence, in order
		used := make([]bool, len(ws))
		// Structured mentions already inside this sentence (cast lines).
		for i, m := range s.x.Mentions {
			if m.Start >= sn.Span.Start && m.End <= sn.Span.End {
				ms = append(ms, i)
				for wi, w := range ws {
					if w.Start >= m.Start && w.End <= m.End {
						used[wi] = true
					}
				}
			}
		}
		// Named book series: "the Renée Ballard novel series".
		for _, m := range bookSeries.FindAllStringIndex(sn.Span.Text, -1) {
			st, en := sn.Span.Start+m[0], sn.Span.Start+m[1]
			title := sn.Span.Text[m[0]:m[1]]
			owner := strings.TrimSpace(title[:strings.LastIndex(strings.TrimSpace(strings.TrimSuffix(title, " series")), " ")])
			if strings.ContainsAny(title, "'’") || lex[Fold(owner)] != nil && lex[Fold(owner)].types["Person"] > 0 {
				continue // "Michael Connelly's novels": a description, not a title
			}
			free := true
			for wi, w := range ws {
				if w.Start >= st && w.End <= en && used[wi] {
					free = false
				}
			}
			if !free {
				continue
			}
			if mi := s.mention(st, en, "Book", sigPattern, 0.8); mi >= 0 {
				ms = append(ms, mi)
				for wi, w := range ws {
					if w.Start >= st && w.End <= en {
						used[wi] = true
					}
				}
			}
		}
		// A heading that is only a name, over a paragraph that opens with
		// one of its words ("Barnaby Pike" / "Pike plays ..."): a cast
		// page's entry for a person.
		if (blk.Kind == BlockHeading || blk.Kind == BlockProse && sn.Span == blk.Span) && isName(blk.Span.Text) && sn.Block+1 < len(s.p.Blocks) {
			hw := strings.Fields(blk.Span.Text)
			next := s.p.Blocks[sn.Block+1].Span.Text
			generic := false
			for _, w := range hw {
				generic = generic || notNames[strings.ToLower(w)]
			}
			if len(hw) >= 2 && len(hw) <= 3 && !generic && s.p.Blocks[sn.Block+1].Kind == BlockProse &&
				(strings.HasPrefix(next, hw[len(hw)-1]+" ") || strings.HasPrefix(next, hw[0]+" ")) {
				if mi := s.claimWords(ws, used, blk.Span.Start, blk.Span.End, "Person", 0.7); mi >= 0 {
					ms = append(ms, mi)
				}
			}
		}
		// Places given as "City, Country" after a preposition, and the
		// place of a dateline ("LONDON — ...").
		for _, m := range placePair.FindAllStringSubmatchIndex(sn.Span.Text, -1) {
			for g := 1; g <= 2; g++ {
				st, en := sn.Span.Start+m[2*g], sn.Span.Start+m[2*g+1]
				if notNames[strings.ToLower(text[st:en])] || lex[Fold(text[st:en])] != nil && lex[Fold(text[st:en])].best() != "Place" && lex[Fold(text[st:en])].best() != "" {
					continue
				}
				if mi := s.claimWords(ws, used, st, en, "Place", 0.6); mi >= 0 {
					ms = append(ms, mi)
				}
			}
		}
		if m := dateline.FindStringSubmatchIndex(sn.Span.Text); m != nil && sn.Span.Start == blk.Span.Start {
			if mi := s.claimWords(ws, used, sn.Span.Start+m[2], sn.Span.Start+m[3], "Place", 0.6); mi >= 0 {
				ms = append(ms, mi)
			}
		}
		// Titles followed by a year take their small words along:
		// "Salt for the Dead (2013)".
		for _, m := range yearTitle.FindAllStringSubmatchIndex(sn.Span.Text, -1) {
			st, en := sn.Span.Start+m[2], sn.Span.Start+m[3]
			if strings.Count(text[st:en], " ") == 0 {
				continue // one word: the runs below handle it
			}
			typ := "Series"
			if bookContext.MatchString(sn.Span.Text) {
				typ = "Book"
			}
			if e := lex[Fold(text[st:en])]; e != nil && e.best() != "" {
				typ = e.best()
			}
			if mi := s.claimWords(ws, used, st, en, typ, 0.6); mi >= 0 {
				ms = append(ms, mi)
			}
		}
		// Pass A: names the corpus knows, longest first.
		for i := 0; i < len(ws); i++ {
			if used[i] {
				continue
			}
			best, bestJ := "", -1
			for j := min(len(ws)-1, i+7); j >= i; j-- {
				ok := true
				for k := i; k < j; k++ {
					if used[k+1] || !gapOK(text, ws[k], ws[k+1], true) {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				key := Fold(text[ws[i].Start:ws[j].End])
				e := lex[key]
				if e == nil && j > i && !(i > 0 && strings.EqualFold(ws[i-1].Text, "the")) {
					e = lex["the "+key] // "Arkwright's Brannock Mysteries"
				}
				if e == nil || (len(e.types) == 0 && (j > i || len(e.short) == 0)) {
					continue
				}
				t := e.best()
				if !capitalised(ws[i].Text) && !(j > i && t == "Organization") {
					continue
				}
				best, bestJ = t, j
				break
			}
			if bestJ < 0 {
				continue
			}
			if best == "" && ((i > 0 && gapOK(text, ws[i-1], ws[i], false) && capitalised(ws[i-1].Text) && !isTitle(ws[i-1].Text)) ||
				(bestJ+1 < len(ws) && gapOK(text, ws[bestJ], ws[bestJ+1], false) && capitalised(ws[bestJ+1].Text))) {
				continue // a word of a longer, unknown name ("Jamie Boscardin Martin")
			}
			sig, conf := sigLexicon, 0.8
			if best == "" {
				sig, conf = sigShort, 0.5 // a known first name or surname
			}
			mi := s.mention(ws[i].Start, ws[bestJ].End, best, sig, conf)
			if mi >= 0 {
				ms = append(ms, mi)
			}
			for k := i; k <= bestJ; k++ {
				used[k] = true
			}
			i = bestJ
		}
		// Pass B: capitalised runs the corpus does not know yet.
		for i := 0; i < len(ws); i++ {
			if used[i] || !capitalised(ws[i].Text) {
				continue
			}
			j := i
			for j+1 < len(ws) && !used[j+1] && gapOK(text, ws[j], ws[j+1], false) &&
				(capitalised(ws[j+1].Text) || (isConnectorWord(ws[j+1].Text) && j == i && j+2 < len(ws) && capitalised(ws[j+2].Text))) {
				// "Bank of America" joins over "of"; "Imogen Saltash of
				// Northlight Magazine" is a person and an organization.
				j++
			}
			mi := s.candidate(lex, ws, i, j, sn, tags, headingOnly)
			if mi >= 0 {
				ms = append(ms, mi)
			}
			i = j
		}
		sort.Slice(ms, func(a, b int) bool { return s.x.Mentions[ms[a]].Start < s.x.Mentions[ms[b]].Start })
		s.relations(sn, blk, ms)
		s.noteSeries(ms)
	}
	s.dropWeak()
}

// claimWords makes a mention of text[st:en] unless one of its words is
// already taken, and marks its words taken.
func (s *docState) claimWords(ws []word, used []bool, st, en int, typ string, conf float64) int {
	for wi, w := range ws {
		if w.Start >= st && w.End <= en && used[wi] {
			return -1
		}
	}
	mi := s.mention(st, en, typ, sigPattern, conf)
	if mi >= 0 {
		for wi, w := range ws {
			if w.Start >= st && w.End <= en {
				used[wi] = true
			}
		}
	}
	return mi
}

func isConnectorWord(w string) bool {
	switch w {
	case "of", "de", "van", "von", "da", "del", "la", "le", "du", "upon", "on":
		return true
	}
	return false
}

// Context words before a name that say what kind of thing it is.
var (
	personCue   = regexp.MustCompile(`(?i)\b(author|actor|actress|writer|director|producer|showrunner|creator|novelist|co-star|critic|journalist|photographer|host|star|novelist|executive|by)\s*,?\s*$`)
	personAfter = regexp.MustCompile(`^(?:\s+(?:said|says|wrote|writes|told|tells|added|adds|praised|noted|explained|argued|called|joked|confirmed|of\b)|\s*\|\s*(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))`)
	orgCue      = regexp.MustCompile(`(?i)\b(website|site|aggregator|via|outlet|publication|streamer|platform|magazine|newspaper|(?:score|rating|ratings|reviews?|streaming|premiered|premieres|airs|aired) on(?: the)?)\s*$`)
	orgAfter    = regexp.MustCompile(`^\s+(?:website|site|app|database|magazine|newspaper|network|studio|assigned it a score|gave it|rated it)\b`)
	placeCue    = regexp.MustCompile(`(?i)\b(in|at|from|across|near|around|captures|to)\s*$`)
	seriesCue   = regexp.MustCompile(`(?i)\b(series|show|shows|spin-?off,?|spin-?off of|spinoff of|sitcom|drama)\s*$`)
)

// candidate types a capitalised run of words the corpus does not know, or
// drops it. Headings are title-cased throughout, so a run in a heading is
// kept only when its shape alone makes it a name.
func (s *docState) candidate(lex Lexicon, ws []word, i, j int, sn Sentence, tags map[int]Token, headingOnly bool) int {
	text := s.p.Doc.Text
	i0 := i
	// Drop generic leading words ("The", "Enter", "Season").
	for i <= j && (notNames[strings.ToLower(ws[i].Text)] || isTitle(ws[i].Text) && i < j) {
		if isTitle(ws[i].Text) && i < j {
			break
		}
		i++
	}
	if i > 0 && strings.EqualFold(ws[i-1].Text, "the") && yearAfter.MatchString(text[ws[j].End:sn.Span.End]) && gapOK(text, ws[i-1], ws[i], false) {
		i-- // "The Dark Hours (2021)": the article belongs to the title
	}
	for j >= i && notNames[strings.ToLower(ws[j].Text)] && !(j > i && yearAfter.MatchString(text[ws[j].End:sn.Span.End])) {
		j--
	}
	if i > j || isTitle(ws[j].Text) {
		return -1
	}
	start, end := ws[i].Start, ws[j].End
	demonym := false
	if m := compoundSuffix.FindStringIndex(text[start:end]); m != nil {
		end = start + m[0] // "Los Angeles-based": the place, not an adjective
		demonym = true
	}
	n := j - i + 1
	before := text[sn.Span.Start:ws[i0].Start]
	article := i > 0 && strings.EqualFold(ws[i-1].Text, "the") && (i0 == i-1 || strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[sn.Span.Start:start])), " the") || strings.EqualFold(strings.TrimSpace(text[sn.Span.Start:start]), "the"))
	after := text[end:sn.Span.End]
	sentStart := strings.TrimSpace(before) == "" || strings.HasSuffix(strings.TrimSpace(before), ":")
	last := strings.ToLower(ws[j].Text)
	first := ws[i].Text
	typ, conf := "", 0.0
	switch {
	case demonym:
		typ, conf = "Place", 0.5
	case isTitle(first) && n > 1:
		typ, conf = "Character", 0.6
	case orgSuffixes[last] && n > 1:
		typ, conf = "Organization", 0.7
	case placeSuffixes[last] && n > 1:
		typ, conf = "Place", 0.7
	case n == 1 && countryCodes[first]:
		typ, conf = "Place", 0.6
	case placePrefixes[strings.ToLower(first)] && n > 1:
		typ, conf = "Place", 0.6
	case n == 1 && acronym(first) && !notNames[strings.ToLower(first)]:
		typ, conf = "Organization", 0.6
	case n == 1 && camelCase(first):
		typ, conf = "Organization", 0.6
	case orgCue.MatchString(before) || orgAfter.MatchString(after):
		typ, conf = "Organization", 0.6
	case (personCue.MatchString(before) || personCue.MatchString(text[sn.Span.Start:start])) && !article:
		typ, conf = "Person", 0.6
	case personAfter.MatchString(after) && n >= 2 && n <= 3 && !article:
		typ, conf = "Person", 0.5
	case yearAfter.MatchString(after):
		typ, conf = "Series", 0.5
		if bookContext.MatchString(sn.Span.Text) {
			typ = "Book"
		}
	case seriesCue.MatchString(before) || seasonAfter.MatchString(after) || quotedTitle(before, after) && headingOnly:
		typ, conf = "Series", 0.5
	case article && !sentStart && n > 1 && placeArticle.MatchString(text[sn.Span.Start:start]) &&
		strings.TrimPrefix(strings.TrimPrefix(tags[start].Label, "B-"), "I-") == "GPE":
		typ, conf = "Place", 0.5 // "the United Kingdom"
	case article && !sentStart && n > 1:
		// "the Boston Globe": people's names take no article.
		typ, conf = "Organization", 0.4
	}
	if (typ == "Series" || typ == "Book") && article && i0 < i {
		start = ws[i-1].Start // the article belongs to a title
	}
	if typ == "" && headingOnly {
		return -1
	}
	if typ == "" && quotedTitle(before, after) {
		return -1 // a quoted title ("Slack Water"): an episode, a song
	}
	if typ == "" {
		tag := tags[start]
		label := strings.TrimPrefix(strings.TrimPrefix(tag.Label, "B-"), "I-")
		switch {
		case n == 1:
			// A lone unknown word is kept only as a weak candidate: a
			// pattern must confirm it (see relations).
			if sentStart || strings.HasPrefix(after, "-") {
				return -1
			}
			typ, conf = "", 0.3
		case label == "GPE" && placeCue.MatchString(before):
			typ, conf = "Place", 0.5
		case n <= 4 && onBefore.MatchString(text[sn.Span.Start:start]) && allCapitalised(ws[i:j+1]):
			typ, conf = "Organization", 0.4 // "On Rotten Tomatoes, ...": people are not "on"
		case n <= 4 && !sentStart && allCapitalised(ws[i:j+1]):
			typ, conf = "Person", 0.4
			if label == "GPE" && placeCue.MatchString(before) {
				typ = "Place"
			}
		case n <= 4 && sentStart && label == "PERSON" && allCapitalised(ws[i:j+1]):
			typ, conf = "Person", 0.4
		default:
			return -1
		}
	}
	if typ == "Person" {
		// A name that shares a word with a known character is a
		// character in this corpus ("Sarah Pearlman" beside "Jake Pearlman").
		for _, w := range ws[i : j+1] {
			if e := lex[Fold(w.Text)]; e != nil && e.short["Character"] > 0 && e.short["Person"] == 0 {
				typ = "Character"
			}
		}
		if isCharacterSection(s.p.Blocks[sn.Block].Section) && conf < 0.6 {
			typ = "Character"
		}
	}
	sig := sigShape
	if typ == "" {
		sig = sigShort
	}
	return s.mention(start, end, typ, sig, conf)
}

var (
	yearAfter      = regexp.MustCompile(`^\s*\((?:[^()]{1,30}, )?\d{4}(?:[–-]\d{2,4})?\)`)
	seasonAfter    = regexp.MustCompile(`^\s+[Ss]eason\s+\d`)
	bookContext    = regexp.MustCompile(`(?i)\b(novels?|books?|novel series|trilogy|memoir|based on|adapts?|adapted|inspired by|written by|author|published)\b`)
	bylineDate     = regexp.MustCompile(`^(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\b|Feb\b|Mar\b|Apr\b|Jun\b|Jul\b|Aug\b|Sep\b|Oct\b|Nov\b|Dec\b)`)
	fieldWords     = regexp.MustCompile(`(?i)\b(?:date|release|released|aired|air|premiere|premiered|published|updated|posted|seasons?|episodes?|rating|runtime|running|genre|network|language|country|time)\b`)
	bylineBy       = regexp.MustCompile(`(?i)^\s*(?:by|words by|written by)\s+`)
	compoundSuffix = regexp.MustCompile(`-(?:based|born|bred|raised|set|area)$`)
	onBefore       = regexp.MustCompile(`(?i)(?:^|\s)on\s*$`)
	placeArticle   = regexp.MustCompile(`(?i)\b(?:in|from|outside|across|to|throughout|inside)\s+the\s*$`)
	trailingNote   = regexp.MustCompile(`\s*\([^()]*\)$`)
	placePair      = regexp.MustCompile(`\b(?:in|from|near|at|outside)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?),\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\b`)
	dateline       = regexp.MustCompile(`^(\p{Lu}{3,}(?:\s\p{Lu}{3,})?)\s+[—–-]\s`)
	yearTitle      = regexp.MustCompile(`(?:^|[\s,;:(])((?:The |A |An )?\p{Lu}[\p{L}’'-]*(?:\s(?:\p{Lu}[\p{L}’'-]*|for|the|of|at|in|on|to|a|an|and|with|from|by))*\s\p{Lu}[\p{L}’'-]*)\s*\((?:[^()]{1,30}, )?\d{4}\)`)
	bookSeries     = regexp.MustCompile(`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:(?:novel|book)\s+series|novels|books|trilogy|saga)\b`)
	charSections   = regexp.MustCompile(`(?i)plot|premise|story|synopsis|season \d|episode|characters`)
)

// quotedTitle reports whether a run stands between quotation marks, as
// titles do in headlines: 'Ballard', ‘The Night Ledger’.
func quotedTitle(before, after string) bool {
	b := strings.TrimRight(before, " ")
	after = strings.TrimLeft(after, ".,!?;:")
	return (strings.HasSuffix(b, "'") || strings.HasSuffix(b, "‘") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "\"")) &&
		(strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\""))
}

func isCharacterSection(sec string) bool { return charSections.MatchString(sec) }

func allCapitalised(ws []word) bool {
	for _, w := range ws {
		if !capitalised(w.Text) && !isConnectorWord(w.Text) {
			return false
		}
	}
	return true
}

// dropWeak removes lone-word candidates no pattern confirmed, renumbering
// the claims.
func (s *docState) dropWeak() {
	keep := make([]int, len(s.x.Mentions))
	var out []Mention
	for i, m := range s.x.Mentions {
		if m.Signal == sigShort && m.Type == "" && m.Confidence < 0.4 && !s.confirmed(i) {
			keep[i] = -1
			continue
		}
		keep[i] = len(out)
		out = append(out, m)
	}
	s.x.Mentions = out
	remap := func(i int) int {
		if i < 0 {
			return i
		}
		return keep[i]
	}
	var cs []Claim
	for _, c := range s.x.Claims {
		c.Subject, c.Object = remap(c.Subject), remap(c.Object)
		if c.Subject != -1 && c.Object != -1 {
			cs = append(cs, c)
		}
	}
	s.x.Claims = cs
	var fs []Fact
	for _, f := range s.x.Facts {
		if f.Target != subjectPending {
			f.Target = remap(f.Target)
		}
		f.Anchor = remap(f.Anchor)
		fs = append(fs, f)
	}
	s.x.Facts = fs
	s.subject = remap(s.subject)
	for b, c := range s.castChar {
		s.castChar[b] = remap(c)
	}
}

func (s *docState) confirmed(i int) bool {
	for _, f := range s.x.Facts {
		if f.Target == i {
			return true
		}
	}
	for _, c := range s.x.Claims {
		if c.Subject == i || c.Object == i {
			return true
		}
	}
	return false
}

// wantType is the entity type each predicate requires of its subject and
// object.
var wantType = map[string][2]string{
	"PLAYS": {"Person", "Character"}, "STARS_IN": {"Person", "Series"}, "CREATED": {"Person", "Series"},
	"SHOWRUNNER_OF": {"Person", "Series"}, "EXECUTIVE_PRODUCER_OF": {"Person", "Series"},
	"DIRECTED": {"Person", "Series"}, "WROTE": {"Person", "Book"}, "PRODUCED_BY": {"Series", "Organization"},
	"AIRS_ON": {"Series", "Organization"}, "BASED_ON": {"Series", "Book"}, "SPINOFF_OF": {"Series", "Series"},
	"APPEARS_IN": {"Character", "Series"}, "SET_IN": {"Series", "Place"}, "MEMBER_OF": {"Character", "Organization"},
	"RELATIVE_OF": {"Character", "Character"}, "ROMANTIC_PARTNER_OF": {"Character", "Character"},
	"PARTNER_OF": {"Character", "Character"}, "KILLED": {"Character", "Character"},
}

// WantTypes returns the subject and object types a predicate requires.
func WantTypes(pred string) (string, string) { t := wantType[pred]; return t[0], t[1] }

func unicodeUpperWord(w string) bool { return unicode.IsUpper(firstRune(w)) }
