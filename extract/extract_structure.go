package extract

import (
	"regexp"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

var (
	alsoKnown = regexp.MustCompile(`(?i)^(.+?)\s*\((?:also known as|also called|a\.k\.a\.?|aka|also)\s+(.+?)\)$`)
	disambig  = regexp.MustCompile(`(?i)\s*\((?:[\p{L}-]+ ){0,3}(?:series|show|program|programme|miniseries|mini-series|serial|novel|book|film)(?:\s+\d{4}[^)]*)?\)$`)
	yearParen = regexp.MustCompile(`\s*\(\d{4}(?:[–-]\d{2,4})?\)$`)
	byAuthor  = regexp.MustCompile(`^(.+?)\s+by\s+(.+)$`)
)

// structured reads names and relations from the document's structure.
func (s *docState) structured() {
	// The series the document is about, from its title heading.
	for _, b := range s.p.Blocks {
		if b.Kind == layout.BlockHeading && b.Level == 1 {
			t := disambig.ReplaceAllString(b.Span.Text, "")
			if t != b.Span.Text && s.subject < 0 {
				s.subject = s.mention(b.Span.Start, b.Span.Start+len(t), graph.Series, SigStructure, 1)
			}
		}
	}
	// A character page: its title names the character its fields are about.
	for _, b := range s.p.Blocks {
		if b.Kind == layout.BlockField && charPageKey[b.Key] && len(s.p.Blocks) > 0 {
			if t := s.p.Blocks[0]; t.Kind == layout.BlockHeading && layout.IsName(t.Span.Text) {
				s.block = 0
				s.pageChar = s.mention(t.Span.Start, t.Span.End, graph.Character, SigStructure, 0.9)
			}
			break
		}
	}
	for bi, b := range s.p.Blocks {
		s.block = bi
		switch b.Kind {
		case layout.BlockField:
			s.field(b)
		case layout.BlockCast, layout.BlockCredit, layout.BlockPair:
			if b.Kind == layout.BlockPair {
				s.pairs = append(s.pairs, bi)
				continue
			}
			a := s.mention(b.Values[0].Start, b.Values[0].End, graph.Person, SigStructure, 1)
			if s.roleNotName(b.Values[1].Text) {
				continue
			}
			c := s.mention(b.Values[1].Start, b.Values[1].End, graph.Character, SigStructure, 1)
			if a >= 0 && c >= 0 {
				s.claim(Claim{Subject: a, Predicate: "PLAYS", Object: c, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: "cast-line"})
				s.castChar[bi] = c
				s.claim(Claim{Subject: c, Predicate: "APPEARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: "cast-line"})
				if strings.Contains(b.Section, "main") || strings.Contains(b.Section, "starring") {
					s.claim(Claim{Subject: a, Predicate: "STARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: "cast-line"})
				}
			}
		case layout.BlockCaption:
			for i := 0; i+1 < len(b.Values); i += 2 {
				a := s.mention(b.Values[i].Start, b.Values[i].End, graph.Person, SigStructure, 0.9)
				c := s.mention(b.Values[i+1].Start, b.Values[i+1].End, graph.Character, SigStructure, 0.9)
				s.claim(Claim{Subject: a, Predicate: "PLAYS", Object: c, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: "caption"})
			}
			if b.Rest != nil {
				s.captionRest(*b.Rest)
			}
		}
	}
}

var captionRest = regexp.MustCompile(`^in\s+(.+?)\.\s+(?:Photo:\s*|Credit:\s*)?(\p{Lu}[\p{L}.'’ -]+?)/(.+)$`)

// captionRest reads "in TITLE. Photographer/Agency" after a caption.
func (s *docState) captionRest(r sources.Span) {
	m := captionRest.FindStringSubmatchIndex(r.Text)
	if m == nil {
		return
	}
	s.mention(r.Start+m[2], r.Start+m[3], graph.Series, SigStructure, 0.8)
	if layout.IsName(r.Text[m[4]:m[5]]) {
		s.mention(r.Start+m[4], r.Start+m[5], graph.Person, SigStructure, 0.8)
	}
	// The agency is kept only if the corpus names it elsewhere (see prose).
}

// field reads an infobox field.
func (s *docState) field(b layout.Block) {
	role, ok := layout.FieldRoles[b.Key]
	if bar := strings.IndexByte(b.Span.Text, '|'); !ok && bar > 0 && len(b.Values) > 0 && bylineDate.MatchString(b.Values[0].Text) {
		// "Hollis Penrose | October 11, 2024": a byline, not a field.
		key := b.Span.Text[:bar]
		off := b.Span.Start
		if m := bylineBy.FindStringIndex(key); m != nil {
			key, off = key[m[1]:], off+m[1]
		}
		if k := strings.TrimSpace(key); layout.IsName(k) && len(strings.Fields(k)) >= 2 && len(strings.Fields(k)) <= 3 && !fieldWords.MatchString(k) {
			st := off + strings.Index(key, k)
			s.mention(st, st+len(k), graph.Person, SigStructure, 0.8)
		}
		return
	}
	if !ok || role.Type == "" {
		return // an unknown key, or one whose values name nothing (languages)
	}
	for _, v := range b.Values {
		if !names.Capitalised(v.Text) && !strings.HasPrefix(v.Text, "\"") {
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
		if (b.Key == "producer" || b.Key == "producers") && !names.OrgSuffixes[strings.ToLower(names.LastWord(text))] {
			continue // a producer credit names companies we read, people we do not
		}
		if charPageKey[b.Key] {
			s.pageField(b, role.Type, role.Predicate, v)
			continue
		}
		switch {
		case b.Key == "title" || b.Key == "name":
			if m := alsoKnown.FindStringSubmatchIndex(text); m != nil {
				i := s.mention(start+m[2], start+m[3], graph.Series, SigStructure, 1)
				if i >= 0 {
					s.x.Mentions[i].Alias = text[m[4]:m[5]]
					j := s.mention(start+m[4], start+m[5], graph.Series, SigStructure, 1)
					if j >= 0 {
						s.x.Mentions[j].Alias = text[m[2]:m[3]]
					}
				}
				if s.subject < 0 {
					s.subject = i
				}
				continue
			}
			i := s.mention(start, end, graph.Series, SigStructure, 1)
			if s.subject < 0 {
				s.subject = i
			}
		case role.Predicate == "alias":
			i := s.mention(start, end, graph.Series, SigStructure, 1)
			if i >= 0 && s.subject >= 0 {
				s.x.Mentions[i].Alias = s.x.Mentions[s.subject].Name
			}
		case role.Type == graph.Book:
			if m := byAuthor.FindStringSubmatchIndex(text); m != nil {
				bk := s.mention(start+m[2], start+m[3], graph.Book, SigStructure, 1)
				au := s.mention(start+m[4], start+m[5], graph.Person, SigStructure, 1)
				s.claim(Claim{Subject: au, Predicate: "WROTE", Object: bk, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: infoboxRule(b.Key)})
				s.claim(Claim{Subject: s.series(), Predicate: "BASED_ON", Object: bk, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: infoboxRule(b.Key)})
				continue
			}
			bk := s.mention(start, end, graph.Book, SigStructure, 1)
			s.claim(Claim{Subject: s.series(), Predicate: "BASED_ON", Object: bk, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: infoboxRule(b.Key)})
		default:
			i := s.mention(start, end, role.Type, SigStructure, 1)
			switch {
			case role.Predicate == "":
			case role.Type == graph.Person:
				s.claim(Claim{Subject: i, Predicate: role.Predicate, Object: s.series(), Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: infoboxRule(b.Key)})
			default:
				s.claim(Claim{Subject: s.series(), Predicate: role.Predicate, Object: i, Evidence: b.Span, Confidence: 1, Signal: SigStructure, Rule: infoboxRule(b.Key)})
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
func (s *docState) pageField(b layout.Block, typ, pred string, v sources.Span) {
	if s.pageChar < 0 {
		return
	}
	name, note := v.Text, ""
	if m := parenNote.FindStringSubmatch(v.Text); m != nil {
		name, note = m[1], strings.ToLower(strings.TrimSpace(strings.SplitN(m[2], ",", 2)[0]))
	}
	if !layout.IsName(name) {
		return
	}
	mi := s.mention(v.Start, v.Start+len(name), typ, SigStructure, 0.9)
	if mi < 0 {
		return
	}
	switch pred {
	case "PLAYS":
		s.claim(Claim{Subject: mi, Predicate: "PLAYS", Object: s.pageChar, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: pageFieldRule(b.Key)})
	case "MEMBER_OF", "APPEARS_IN":
		s.claim(Claim{Subject: s.pageChar, Predicate: pred, Object: mi, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: pageFieldRule(b.Key)})
	case "KIN", "ROMANCE":
		if note == "" && pred == "ROMANCE" {
			note = "spouse"
		}
		if note == "" {
			return
		}
		p, detail := kinPredicate(names.LastWord(note), note)
		s.claim(Claim{Subject: mi, Predicate: p, Object: s.pageChar, Detail: detail, Evidence: b.Span, Confidence: 0.8, Signal: SigStructure, Rule: pageFieldRule(b.Key)})
	}
}

// roleNotName reports whether a credited role is a description, not a
// name: "Paramedic", "Harbor Patrol Officer" (a title word ends it, where
// a name would follow), or one word the corpus also writes in lower case.
func (s *docState) roleNotName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || names.IsTitle(ws[len(ws)-1]) || names.Occupations[strings.ToLower(ws[len(ws)-1])] {
		return true
	}
	return len(ws) == 1 && s.lower[strings.ToLower(ws[0])]
}

// resolvePairs reads the "Name — Name" lines of a cast list once the
// corpus is known: the name the corpus knows as a person is the actor; when
// it knows neither, the line is taken as character first, as cast pages
// list them.
func (s *docState) resolvePairs(lex Lexicon) {
	isPerson := func(n string) bool { e := lex[names.Fold(n)]; return e != nil && e.types[graph.Person] > 0 }
	isChar := func(n string) bool { e := lex[names.Fold(n)]; return e != nil && e.types[graph.Character] > 0 }
	for _, bi := range s.pairs {
		s.block = bi
		b := s.p.Blocks[bi]
		a, c := b.Values[1], b.Values[0]
		if isPerson(b.Values[0].Text) && !isPerson(b.Values[1].Text) || isChar(b.Values[1].Text) && !isChar(b.Values[0].Text) {
			a, c = b.Values[0], b.Values[1]
		}
		am := s.mention(a.Start, a.End, graph.Person, SigStructure, 0.9)
		cm := s.mention(c.Start, c.End, graph.Character, SigStructure, 0.9)
		if am >= 0 && cm >= 0 {
			s.claim(Claim{Subject: am, Predicate: "PLAYS", Object: cm, Evidence: b.Span, Confidence: 0.9, Signal: SigStructure, Rule: "cast-pair"})
			s.claim(Claim{Subject: cm, Predicate: "APPEARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.8, Signal: SigStructure, Rule: "cast-pair"})
			s.castChar[bi] = cm
			lex.add(s.x.Mentions[am].Name, graph.Person)
			lex.add(s.x.Mentions[cm].Name, graph.Character)
		}
	}
}

// chooseSubject settles the series the document is about when its
// structure did not say: the series it mentions most.
func (s *docState) chooseSubject() {
	if s.subject < 0 {
		s.subject = s.headlineSeries()
	}
	if s.subject < 0 {
		count := map[string]int{}
		first := map[string]int{}
		for i, m := range s.x.Mentions {
			if m.Type == graph.Series {
				k := names.Fold(m.Name)
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
				Evidence: c.Evidence, Confidence: 0.6, Signal: SigPattern, Rule: "plays-implies-appears-in"})
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

// headlineSeries returns the first series the document's first headline
// with a series names, passing over possessives ("Bosch's Spin-Off
// 'Ballard'"): a headline names what the page is about. -1 when none.
func (s *docState) headlineSeries() int {
	text := s.p.Doc.Text
	for bi, b := range s.p.Blocks {
		if b.Kind != layout.BlockHeading {
			continue
		}
		found := false
		for i, m := range s.x.Mentions {
			if m.Block != bi || m.Type != graph.Series {
				continue
			}
			found = true
			if rest := text[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				continue
			}
			return i
		}
		if found {
			return -1 // a headline naming only possessors: let frequency decide
		}
	}
	return -1
}
