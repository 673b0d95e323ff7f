package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// word is a word of a sentence with its byte range in the document.
type word struct {
	Text       string
	Start, End int
	Poss       bool // followed by 's
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?`)

// wordSpans splits s into words with offsets relative to s.
func wordSpans(s string) []sources.Span {
	var out []sources.Span
	for _, m := range wordRe.FindAllStringIndex(s, -1) {
		out = append(out, sources.Span{Start: m[0], End: m[1], Text: s[m[0]:m[1]]})
	}
	return out
}

func sentenceWords(text string, sp sources.Span) []word {
	var out []word
	for _, w := range wordSpans(sp.Text) {
		t := w.Text
		ww := word{Text: t, Start: sp.Start + w.Start, End: sp.Start + w.End}
		if strings.HasSuffix(t, ".") && !(len(t) <= 3 && names.Capitalised(t)) {
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
		return (g == "'s " || g == "’s ") && names.OrgSuffixes[strings.ToLower(b.Text)]
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
	tags := map[int]nlp.Token{}
	for _, sn := range s.p.Sentences {
		for _, t := range sn.Tokens {
			tags[t.Start] = t
		}
	}
	// The mentions the structure found, by position, so that each sentence
	// finds its own without scanning them all.
	byStart := make([]int, len(s.x.Mentions))
	for i := range byStart {
		byStart[i] = i
	}
	sort.SliceStable(byStart, func(a, b int) bool { return s.x.Mentions[byStart[a]].Start < s.x.Mentions[byStart[b]].Start })
	s.sectionChar = -1
	for _, sn := range s.p.Sentences {
		blk := s.p.Blocks[sn.Block]
		s.block = sn.Block
		switch {
		case blk.Kind == layout.BlockHeading:
			s.sectionChar = -1
		case blk.Kind == layout.BlockCast && sn.Block > 0 && s.p.Blocks[sn.Block-1].Kind == layout.BlockHeading && blk.Span.Start == s.p.Blocks[sn.Block-1].Span.Start:
			if c, ok := s.castChar[sn.Block]; ok {
				s.sectionChar = c
			}
		}
		headingOnly := blk.Kind == layout.BlockHeading || blk.Kind == layout.BlockCaption || blk.Kind == layout.BlockList
		ws := sentenceWords(text, sn.Span)
		var ms []int // mention indexes in this sentence, in order
		used := make([]bool, len(ws))
		// Structured mentions already inside this sentence (cast lines).
		first := sort.Search(len(byStart), func(k int) bool { return s.x.Mentions[byStart[k]].Start >= sn.Span.Start })
		for _, i := range byStart[first:] {
			m := s.x.Mentions[i]
			if m.Start >= sn.Span.End {
				break
			}
			if m.End <= sn.Span.End {
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
			if strings.ContainsAny(title, "'’") || lex[names.Fold(owner)] != nil && lex[names.Fold(owner)].types[graph.Person] > 0 {
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
			if mi := s.mention(st, en, graph.Book, SigPattern, 0.8); mi >= 0 {
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
		if (blk.Kind == layout.BlockHeading || blk.Kind == layout.BlockProse && sn.Span == blk.Span) && layout.IsName(blk.Span.Text) && sn.Block+1 < len(s.p.Blocks) {
			hw := strings.Fields(blk.Span.Text)
			next := s.p.Blocks[sn.Block+1].Span.Text
			generic := false
			for _, w := range hw {
				generic = generic || names.NotNames[strings.ToLower(w)]
			}
			if len(hw) >= 2 && len(hw) <= 3 && !generic && s.p.Blocks[sn.Block+1].Kind == layout.BlockProse &&
				(strings.HasPrefix(next, hw[len(hw)-1]+" ") || strings.HasPrefix(next, hw[0]+" ")) {
				if mi := s.claimWords(ws, used, blk.Span.Start, blk.Span.End, graph.Person, 0.7); mi >= 0 {
					ms = append(ms, mi)
				}
			}
		}
		// Places given as "City, Country" after a preposition, and the
		// place of a dateline ("LONDON — ...").
		for _, m := range placePair.FindAllStringSubmatchIndex(sn.Span.Text, -1) {
			for g := 1; g <= 2; g++ {
				st, en := sn.Span.Start+m[2*g], sn.Span.Start+m[2*g+1]
				if names.NotNames[strings.ToLower(text[st:en])] || lex[names.Fold(text[st:en])] != nil && lex[names.Fold(text[st:en])].best() != graph.Place && lex[names.Fold(text[st:en])].best() != "" {
					continue
				}
				if mi := s.claimWords(ws, used, st, en, graph.Place, 0.6); mi >= 0 {
					ms = append(ms, mi)
				}
			}
		}
		if m := dateline.FindStringSubmatchIndex(sn.Span.Text); m != nil && sn.Span.Start == blk.Span.Start {
			if mi := s.claimWords(ws, used, sn.Span.Start+m[2], sn.Span.Start+m[3], graph.Place, 0.6); mi >= 0 {
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
			typ := graph.Series
			if e := lex[names.Fold(text[st:en])]; e != nil && e.best() != "" {
				typ = e.best()
			}
			if bookContext.MatchString(sn.Span.Text) || bookContext.MatchString(blk.Section) ||
				blk.Kind == layout.BlockList && sn.Block > 0 && bookContext.MatchString(s.listLead(sn.Block)) {
				typ = graph.Book // "The novels:" over a list of "Title (2014)"; here, not elsewhere, decides
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
				key := names.Fold(text[ws[i].Start:ws[j].End])
				e := lex[key]
				if e == nil && j > i && !(i > 0 && strings.EqualFold(ws[i-1].Text, "the")) {
					e = lex["the "+key] // "Arkwright's Brannock Mysteries"
				}
				if e == nil || (len(e.types) == 0 && (j > i || len(e.short) == 0)) {
					continue
				}
				t := e.best()
				if !names.Capitalised(ws[i].Text) && !(j > i && t == graph.Organization) {
					continue
				}
				best, bestJ = t, j
				break
			}
			if bestJ < 0 {
				continue
			}
			// A known name that starts a longer organization name is part
			// of it: "Duluth" in "Duluth Police Department".
			if end := runEnd(text, ws, used, i); end > bestJ && names.OrgSuffixes[strings.ToLower(ws[end].Text)] {
				continue
			}
			if best == "" && ((i > 0 && gapOK(text, ws[i-1], ws[i], false) && names.Capitalised(ws[i-1].Text) && !names.IsTitle(ws[i-1].Text)) ||
				(bestJ+1 < len(ws) && gapOK(text, ws[bestJ], ws[bestJ+1], false) && names.Capitalised(ws[bestJ+1].Text))) {
				continue // a word of a longer, unknown name ("Jamie Boscardin Martin")
			}
			sig, conf := SigLexicon, 0.8
			if best == "" {
				sig, conf = SigShort, 0.5 // a known first name or surname
			}
			end := ws[bestJ].End
			if end < len(text) && text[end] == '+' {
				end++ // "Lumen+", "Apple TV+": the plus is part of the name
			}
			mi := s.mention(ws[i].Start, end, best, sig, conf)
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
			if used[i] || !names.Capitalised(ws[i].Text) {
				continue
			}
			j := i
			for j+1 < len(ws) && !used[j+1] && gapOK(text, ws[j], ws[j+1], false) &&
				(names.Capitalised(ws[j+1].Text) || (isConnectorWord(ws[j+1].Text) && j == i && j+2 < len(ws) && names.Capitalised(ws[j+2].Text))) {
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
	mi := s.mention(st, en, typ, SigPattern, conf)
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
func (s *docState) candidate(lex Lexicon, ws []word, i, j int, sn nlp.Sentence, tags map[int]nlp.Token, headingOnly bool) int {
	text := s.p.Doc.Text
	i0 := i
	// Drop generic leading words ("The", "Enter", "Season").
	// A title word stays when a name follows it ("Detective Renée Ballard").
	for i <= j && names.NotNames[strings.ToLower(ws[i].Text)] && !(names.IsTitle(ws[i].Text) && i < j) {
		i++
	}
	if i > 0 && strings.EqualFold(ws[i-1].Text, "the") && yearAfter.MatchString(text[ws[j].End:sn.Span.End]) && gapOK(text, ws[i-1], ws[i], false) {
		i-- // "The Dark Hours (2021)": the article belongs to the title
	}
	for j >= i && names.NotNames[strings.ToLower(ws[j].Text)] && !(j > i && names.OrgSuffixes[strings.ToLower(ws[j].Text)]) &&
		!(j > i && yearAfter.MatchString(text[ws[j].End:sn.Span.End])) {
		j--
	}
	if i > j || names.IsTitle(ws[j].Text) || adjSuffix.MatchString(ws[j].Text) {
		return -1 // "Law & Order-ish": an adjective made of a name
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
		typ, conf = graph.Place, 0.5
	case names.IsTitle(first) && n > 1:
		typ, conf = graph.Character, 0.6
	case names.OrgSuffixes[last] && n > 1:
		typ, conf = graph.Organization, 0.7
	case names.PlaceSuffixes[last] && n > 1:
		typ, conf = graph.Place, 0.7
	case n == 1 && names.CountryCodes[first]:
		typ, conf = graph.Place, 0.6
	case names.PlacePrefixes[strings.ToLower(first)] && n > 1:
		typ, conf = graph.Place, 0.6
	case n == 1 && names.Acronym(first) && !names.NotNames[strings.ToLower(first)]:
		typ, conf = graph.Organization, 0.6
	case n == 1 && names.CamelCase(first):
		typ, conf = graph.Organization, 0.6
	case orgCue.MatchString(before) || orgAfter.MatchString(after):
		typ, conf = graph.Organization, 0.6
	case (personCue.MatchString(before) || personCue.MatchString(text[sn.Span.Start:start])) && !article:
		typ, conf = graph.Person, 0.6
	case personAfter.MatchString(after) && n >= 2 && n <= 3 && !article:
		typ, conf = graph.Person, 0.5
	case yearAfter.MatchString(after):
		typ, conf = graph.Series, 0.5
		if bookContext.MatchString(sn.Span.Text) {
			typ = graph.Book
		}
	case seriesCue.MatchString(before) || seasonAfter.MatchString(after) ||
		quotedTitle(before, after) && headingOnly && (headlineCue.MatchString(strings.TrimLeft(after, "'’”\"")) || castOf.MatchString(before)):
		typ, conf = graph.Series, 0.5
	case article && !sentStart && n > 1 && placeArticle.MatchString(text[sn.Span.Start:start]) &&
		strings.TrimPrefix(strings.TrimPrefix(tags[start].Label, "B-"), "I-") == "GPE":
		typ, conf = graph.Place, 0.5 // "the United Kingdom"
	case article && !sentStart && n > 1:
		// "the Boston Globe": people's names take no article.
		typ, conf = graph.Organization, 0.4
	}
	if (typ == graph.Series || typ == graph.Book) && article && i0 < i {
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
			typ, conf = graph.Place, 0.5
		case n <= 4 && onBefore.MatchString(text[sn.Span.Start:start]) && allCapitalised(ws[i:j+1]):
			typ, conf = graph.Organization, 0.4 // "On Rotten Tomatoes, ...": people are not "on"
		case n <= 4 && !sentStart && allCapitalised(ws[i:j+1]):
			typ, conf = graph.Person, 0.4
			if label == "GPE" && placeCue.MatchString(before) {
				typ = graph.Place
			}
		case n <= 4 && sentStart && label == "PERSON" && allCapitalised(ws[i:j+1]):
			typ, conf = graph.Person, 0.4
		default:
			return -1
		}
	}
	if typ == graph.Person {
		// A name that shares a word with a known character is a
		// character in this corpus ("Sarah Pearlman" beside "Jake Pearlman").
		for _, w := range ws[i : j+1] {
			if e := lex[names.Fold(w.Text)]; e != nil && e.short[graph.Character] > 0 && e.short[graph.Person] == 0 {
				typ = graph.Character
			}
		}
		if isCharacterSection(s.p.Blocks[sn.Block].Section) && conf < 0.6 {
			typ = graph.Character
		}
	}
	sig := SigShape
	if typ == "" {
		sig = SigShort
	}
	return s.mention(start, end, typ, sig, conf)
}

var (
	yearAfter      = regexp.MustCompile(`^\s*\((?:[^()]{1,30}, )?\d{4}(?:[–-]\d{2,4})?\)`)
	seasonAfter    = regexp.MustCompile(`^\s+[Ss]eason\s+\d`)
	bookContext    = regexp.MustCompile(`(?i)\b(novels?|books?|novel series|trilogy|memoir|based on|adapts?|adapted|inspired by|written by|author|published|draws on|draws from)\b`)
	bylineDate     = regexp.MustCompile(`^(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\b|Feb\b|Mar\b|Apr\b|Jun\b|Jul\b|Aug\b|Sep\b|Oct\b|Nov\b|Dec\b)`)
	fieldWords     = regexp.MustCompile(`(?i)\b(?:date|release|released|aired|air|premiere|premiered|published|updated|posted|seasons?|episodes?|rating|runtime|running|genre|network|language|country|time)\b`)
	bylineBy       = regexp.MustCompile(`(?i)^\s*(?:by|words by|written by)\s+`)
	headlineCue    = regexp.MustCompile(`(?i)^\s*(?:season|series|review|recap|finale|premiere|cast|trailer|renewed|canceled|cancelled|ending|episode|is|gets|returns|star)\b`)
	castOf         = regexp.MustCompile(`(?i)\b(?:cast|stars|season|finale|ending|world|creator|showrunner) of\s*['‘“"]\s*$`)
	adjSuffix      = regexp.MustCompile(`-(?:ish|esque|like|style|type|inspired|adjacent)$`)
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
		if !names.Capitalised(w.Text) && !isConnectorWord(w.Text) {
			return false
		}
	}
	return true
}

// dropWeak removes lone-word candidates no pattern confirmed, renumbering
// the claims.
func (s *docState) dropWeak() {
	confirmed := s.confirmed()
	keep := make([]int, len(s.x.Mentions))
	var out []Mention
	for i, m := range s.x.Mentions {
		if m.Signal == SigShort && m.Type == "" && m.Confidence < 0.4 && !confirmed[i] {
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

// confirmed returns the mentions a claim or a fact uses.
func (s *docState) confirmed() map[int]bool {
	out := map[int]bool{}
	for _, f := range s.x.Facts {
		out[f.Target] = true
	}
	for _, c := range s.x.Claims {
		out[c.Subject], out[c.Object] = true, true
	}
	return out
}

// runEnd returns the index of the last word of the capitalised run that
// starts at word i.
func runEnd(text string, ws []word, used []bool, i int) int {
	j := i
	for j+1 < len(ws) && !used[j+1] && gapOK(text, ws[j], ws[j+1], false) && names.Capitalised(ws[j+1].Text) {
		j++
	}
	return j
}

// listLead returns the text of the block that introduces the list holding
// block bi: the nearest block above that is not an item of the same list.
func (s *docState) listLead(bi int) string {
	if i := s.leadIndex(bi); i >= 0 {
		return s.p.Blocks[i].Span.Text
	}
	return ""
}

func (s *docState) leadIndex(bi int) int {
	for i := bi - 1; i >= 0; i-- {
		if s.p.Blocks[i].Kind != layout.BlockList {
			return i
		}
	}
	return -1
}

// listAuthor returns the person whose books the lead of list block bi
// names ("... author Margit Halvorsen's Northern Waters novels ... The full
// series so far:"), or -1.
func (s *docState) listAuthor(bi int) int {
	li := s.leadIndex(bi)
	if li < 0 {
		return -1
	}
	text := s.p.Doc.Text
	for i, m := range s.x.Mentions {
		if m.Block != li || m.Type != graph.Person && !s.lexShort(m.Name, graph.Person) {
			continue
		}
		after := text[m.End:min(len(text), m.End+60)]
		before := text[max(0, m.Start-30):m.Start]
		if possessiveBooks.MatchString(after) || booksBy.MatchString(before) {
			return i
		}
	}
	return -1
}

var (
	possessiveBooks = regexp.MustCompile(`^['’]s\s+(?:[\p{L}-]+\s+){0,4}?(?:novels|books|mysteries|thrillers|series)\b`)
	booksBy         = regexp.MustCompile(`(?i)(?:novels|books|mysteries|thrillers|series) by (?:author )?$`)
)
