package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// Relation patterns are regular expressions over a sentence in which every
// mention is replaced by a marker «k» (k its position in the sentence).
// Named groups s and o are regions holding the subject and object mentions;
// a pattern without one of them takes it from context (see relPattern).
const (
	mk   = `«\d+»`
	list = mk + `(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)` + mk + `)*`
	kin  = `grandmother|grandfather|grandparents?|mother|father|parents?|sister|brother|siblings?|son|daughter|child|children|aunt|uncle|cousin|niece|nephew|grandson|granddaughter|stepmother|stepfather|stepson|stepdaughter|half-sister|half-brother|wife|husband|spouse|ex-wife|ex-husband|boyfriend|girlfriend|fiancée?|lover|partner`
	adj  = `(?:(?:estranged|late|adoptive|adopted|biological|younger|older|elder|twin|step|half|former|ex-|longtime|long-time|current|new|beloved|only)\s+)*`
)

// Where a pattern's missing subject or object comes from.
const (
	fromGroup  = ""        // the named group
	fromSeries = "@series" // the last series named before the match, else the document's series
	fromCtx    = "@ctx"    // the character a cast line describes, else the nearest character before the match
	fromCast   = "@cast"   // only the character a cast line describes
)

// relPattern is one lexical pattern. Mode "all" takes every fitting mention
// of a group (lists: "created by A and B"); "first" the first that fits.
type relPattern struct {
	re        *regexp.Regexp
	pred      string
	subj, obj string // fromGroup, fromSeries, fromCtx or fromCast
	all       bool
	conf      float64
	// strict patterns give no type to a mention: it must have one that fits.
	strict bool
}

func pat(expr, pred, subj, obj string, all bool, conf float64) relPattern {
	return relPattern{re: regexp.MustCompile(expr), pred: pred, subj: subj, obj: obj, all: all, conf: conf}
}

func strict(p relPattern) relPattern { p.strict = true; return p }

var relPatterns = []relPattern{
	pat(`(?P<s>`+mk+`) (?:as|portraying|portrays|plays|played|playing|stars as|starring as|reprises?(?: (?:his|her|the) role)? as) (?P<o>[^.;«]{0,50}`+mk+`(?:[^.;«,]{0,20}`+mk+`)?)`, "PLAYS", fromGroup, fromGroup, false, 0.8),
	pat(`(?P<o>`+mk+`),? \(?(?:who )?(?:is |was )?(?:played|portrayed|voiced) by (?P<s>`+mk+`)`, "PLAYS", fromGroup, fromGroup, false, 0.8),
	pat(`(?i)\b(?:starring|stars|features|featuring|starred|co-stars?)\s+(?P<s>`+list+`)`, "STARS_IN", fromGroup, fromSeries, true, 0.7),
	pat(`(?P<s>`+list+`) (?:star|stars|co-star|co-stars|starred) in (?P<o>`+mk+`)`, "STARS_IN", fromGroup, fromGroup, true, 0.7),
	pat(`(?i)\b(?:created|developed|co-created|co-developed) by (?P<s>`+list+`)`, "CREATED", fromGroup, fromSeries, true, 0.8),
	pat(`(?P<s>`+list+`) (?:created|developed|co-created) (?:the |this )?(?:series|show|(?P<o>`+mk+`))`, "CREATED", fromGroup, fromSeries, true, 0.8),
	pat(`(?i)(?P<s>`+mk+`),? (?:who (?:is|was) )?(?:credited )?as (?:a |the )?co-?creator`, "CREATED", fromGroup, fromSeries, false, 0.7),
	pat(`(?i)(?P<s>`+list+`) (?:serve|serves|served|act|acts|are|is|were|was) (?:also )?as (?:both )?(?:the )?(?:showrunners? and )?(?:developers?|creators?)`, "CREATED", fromGroup, fromSeries, true, 0.7),
	pat(`(?i)(?P<s>`+list+`) (?:serve|serves|served|serving|act|acts|acting|are|is|were|was) (?:also )?as (?:both )?(?:the )?(?:co-)?showrunners?`, "SHOWRUNNER_OF", fromGroup, fromSeries, true, 0.8),
	pat(`(?i)\bshowrunners? (?P<s>`+list+`)`, "SHOWRUNNER_OF", fromGroup, fromSeries, true, 0.7),
	pat(`(?i)\bexecutive[ -]produced by (?P<s>`+list+`)`, "EXECUTIVE_PRODUCER_OF", fromGroup, fromSeries, true, 0.8),
	pat(`(?i)(?P<s>`+list+`),? (?:is|are|was|were|serves? as|served as|also contributes? as|act as|acts as|as)(?: also)? (?:an? |the )?(?:co-)?executive producers?`, "EXECUTIVE_PRODUCER_OF", fromGroup, fromSeries, true, 0.8),
	pat(`(?i)(?P<s>`+mk+`)[^.«]{0,40}? and (?:co-)?executive producer`, "EXECUTIVE_PRODUCER_OF", fromGroup, fromSeries, false, 0.6),
	pat(`(?i)\bdirected by (?P<s>`+list+`)`, "DIRECTED", fromGroup, fromSeries, true, 0.8),
	pat(`(?P<o>`+mk+`) (?:by|from) (?:author |novelist |writer )?(?P<s>`+mk+`)`, "WROTE", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)\b(?:based on|adapted from|an adaptation of|adaptation of|draws inspiration from|inspired by)\s+(?:the |his |her |their |a )?(?P<o>`+mk+`)`, "BASED_ON", fromSeries, fromGroup, false, 0.8),
	pat(`(?i)(?P<s>`+mk+`),? including (?P<o>`+list+`)`, PredIncludes, fromGroup, fromGroup, true, 0.6),
	pat(`(?i)\bproduced by (?P<o>`+list+`)`, "PRODUCED_BY", fromSeries, fromGroup, true, 0.7),
	pat(`(?i)\b(?:premiered|premieres|released|streaming|stream|streams|streamed|available|dropped|drops|airs|aired|airing|debuted|debuts|launched|broadcast|ran|runs|moved|moves|series|show)\b[^.«]{0,40}?\bon (?P<o>`+mk+`)`, "AIRS_ON", fromSeries, fromGroup, false, 0.7),
	strict(pat(`(?P<o>`+mk+`)['’]s (?:[‘']?)(?P<s>`+mk+`)`, "AIRS_ON", fromGroup, fromGroup, false, 0.6)),
	pat(`(?i)\bspin-?off of (?:the )?(?P<o>`+list+`)`, "SPINOFF_OF", fromSeries, fromGroup, true, 0.8),
	pat(`(?i)(?P<o>`+mk+`)['’]s [‘']?spin-?off,? [‘']?(?P<s>`+mk+`)`, "SPINOFF_OF", fromGroup, fromGroup, false, 0.8),
	pat(`(?i)(?P<s>`+mk+`),? (?:is |was )?(?:a |the )spin-?off (?:of|from) (?P<o>`+mk+`)`, "SPINOFF_OF", fromGroup, fromGroup, false, 0.8),
	pat(`(?i)\bspin-?off of (?:the )?(?P<o>`+mk+`)[^.«]{0,50}?, (?P<s>`+mk+`)`, "SPINOFF_OF", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)\b(?:set in|takes place in|is set in|located in)\s+(?P<o>`+mk+`)`, "SET_IN", fromSeries, fromGroup, false, 0.8),
	pat(`(?i)\breprising (?:his|her|their) roles? (?:from|in) (?P<o>`+list+`)`, "APPEARS_IN", fromCtx, fromGroup, true, 0.8),
	pat(`(?i)(?P<s>`+mk+`), the (?:main |central )?(?:protagonist|lead character|title character|titular character|hero) of (?:the )?[^«.]{0,30}?(?P<o>`+list+`)`, "APPEARS_IN", fromGroup, fromGroup, true, 0.7),
	pat(`(?P<s>`+mk+`) (?:portraying|portrays|plays|as) `+mk+`, the (?:main |central )?(?:protagonist|lead character|title character|titular character|hero) of (?:the )?[^«.]{0,30}?(?P<o>`+list+`)`, "STARS_IN", fromGroup, fromGroup, true, 0.7),
	pat(`(?P<o>`+mk+`)['’]?s? (?i:detective|officer|captain|sergeant|lieutenant|agent|cop|deputy|chief|commander|investigator|analyst)s? (?P<s>`+mk+`)`, "MEMBER_OF", fromGroup, fromGroup, false, 0.7),
	pat(`(?P<o>`+mk+`)(?:\s*\(`+mk+`\))?\s+(?i:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|volunteer|employee|analyst|investigator)s?\b`, "MEMBER_OF", fromCast, fromGroup, false, 0.7),
	pat(`(?i)\b(?:join|joins|joined|joining|lead|leads|leading|led|run|runs|running|heads|heading|helms|command|commands|takes command of|took command of|volunteers? for|volunteering for|works? (?:for|at|in)|member of|assigned to|transferred to|shift at|stationed at|posted at|based at)\s+(?P<o>[^.;]{0,70})`, "MEMBER_OF", fromCtx, fromGroup, true, 0.6),
	pat(`(?i)(?P<s>`+mk+`), (?:a |an |the )?(?P<o>`+mk+`)['’]s `+adj+`(?P<rel>`+kin+`)\b`, "KIN", fromGroup, fromGroup, false, 0.8),
	pat(`(?i)(?P<o>`+mk+`)['’]s `+adj+`(?P<rel>`+kin+`),?\s+(?P<s>`+mk+`)`, "KIN", fromGroup, fromGroup, false, 0.8),
	pat(`(?i)^(?:an? |the )?(?P<o>`+mk+`)['’]s `+adj+`(?P<rel>`+kin+`)\b`, "KIN", fromCast, fromGroup, false, 0.8),
	pat(`(?i)\b(?:his|her|their) `+adj+`(?P<rel>`+kin+`),? (?P<s>`+mk+`)`, "KIN", fromGroup, fromCtx, false, 0.7),
	pat(`(?i)\bromantic(?:ally)? (?:relationship |involved |interest )?with (?P<o>`+mk+`)`, "ROMANTIC_PARTNER_OF", fromCtx, fromGroup, false, 0.7),
	pat(`(?i)\b(?:dating|dates|dated|married to|marries|married|in love with|an affair with|engaged to)\s+(?P<o>`+mk+`)`, "ROMANTIC_PARTNER_OF", fromCtx, fromGroup, false, 0.7),
	pat(`(?i)\bpartner\b(?: who)?[^.«]{0,40}?(?P<o>`+mk+`)`, "PARTNER_OF", fromCast, fromGroup, false, 0.5),
	pat(`(?P<s>`+mk+`)(?: \(`+mk+`\))?(?:, [^,«.]{1,60},)? (?:\w+ly )?(?:kills|killed|murders|murdered|shoots and kills|shot and killed|fatally shoots|fatally shot|fatally stabs|fatally stabbed|stabs|stabbed|strangles|strangled|poisons|poisoned)(?: [\w-]+){0,3}? (?P<o>`+mk+`)`, "KILLED", fromGroup, fromGroup, false, 0.7),
	pat(`(?P<s>`+mk+`), who (?:[\w-]+ ){0,5}?(?:killed|murdered|shot|stabbed|poisoned|strangled) (?P<o>`+mk+`)`, "KILLED", fromGroup, fromGroup, false, 0.6),
	pat(`(?P<o>`+mk+`) (?:is|was|gets|got) (?:killed|murdered|shot dead|stabbed to death) by (?P<s>`+mk+`)`, "KILLED", fromGroup, fromGroup, false, 0.7),
	pat(`(?P<s>`+mk+`), (?:the |a |an )?(?:[\w-]+ ){0,3}?who (?:killed|murdered|shot|stabbed|poisoned|strangled) (?P<o>`+mk+`)`, "KILLED", fromGroup, fromGroup, false, 0.7),
	pat(`(?P<s>`+mk+`) (?:[^.;«]{0,40}(?:`+mk+`[^.;«]{0,20})?(?:and|,) )?(?:plays|portrays|returns as|is back as|drops in as|appears as|guest-stars as|cameos as|will play|is set to play|has been cast as|is cast as|joins as|will portray) (?P<o>[^.;«]{0,30}`+mk+`)`, "PLAYS", fromGroup, fromGroup, false, 0.7),
	strict(pat(`(?P<o>`+mk+`)['’]s (?P<s>`+mk+`)`, "WROTE", fromGroup, fromGroup, false, 0.6)),
	pat(`(?P<s>`+mk+`)['’]s (?:\d{4} |latest |new |first |last |final )?(?:novels?|books?)\b(?P<o>[^.]{0,150})`, "WROTE", fromGroup, fromGroup, true, 0.6),
	pat(`(?i)\b(?:based on|adapted from|adapts|draws inspiration from|inspired by)\s+(?P<o>[^.]{0,140})`, "BASED_ON", fromSeries, fromGroup, true, 0.6),
	pat(`(?i)(?P<s>`+list+`),? (?:who (?:also )?)?(?:executive[ -]produces?|executive[ -]produced|co-executive produces?)\b`, "EXECUTIVE_PRODUCER_OF", fromGroup, fromSeries, true, 0.7),
	pat(`(?i)(?P<s>`+list+`),? (?:who (?:also )?)?(?:directed|directs) (?:the |all |several |both |\w+ )*(?:episodes?|pilot|finale|premiere)\b`, "DIRECTED", fromGroup, fromSeries, true, 0.7),
	pat(`(?i)(?P<s>`+list+`),? who (?:also )?(?:serves?|served|acts?) as (?:the )?(?:co-)?showrunners?`, "SHOWRUNNER_OF", fromGroup, fromSeries, true, 0.8),
	pat(`(?i)(?P<o>`+mk+`)(?:['’]s)? spin-?off\b`, "SPINOFF_OF", fromSeries, fromGroup, false, 0.6),
	pat(`(?i)\b(?:a|the|its|his|her) spin-?off,? (?P<s>`+mk+`)`, "SPINOFF_OF", fromGroup, fromSeries, false, 0.6),
	pat(`(?P<s>`+mk+`) of the (?P<o>`+mk+`)`, "MEMBER_OF", fromGroup, fromGroup, false, 0.6),
	pat(`(?i)\b(?:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|volunteer|employee|analyst|investigator|reporter|journalist|editor|lawyer|pathologist|doctor|nurse|partner|head|chief|boss|director|owner|founder|trainee|clerk|inspector)s?\s+(?:in|at|with|for|of) (?:the )?(?:[\w-]+ ){0,2}?(?P<o>`+mk+`)`, "MEMBER_OF", fromCast, fromGroup, false, 0.6),
	pat(`(?i)\b(?:owner of|owns|founder of|founded|works for|worked for|employed by)\s+(?:the )?(?:[\w-]+ ){0,3}?(?P<o>`+mk+`)`, "MEMBER_OF", fromCtx, fromGroup, false, 0.6),
	pat(`(?P<o>`+mk+`),? (?:who (?:is|was) )?(?:murdered|killed|shot dead|stabbed) by (?:the )?(?P<s>`+mk+`)`, "KILLED", fromGroup, fromGroup, false, 0.7),
	pat(`(?P<a>`+mk+`)[^.«]{0,40}?\bknown as (?:the )?(?P<b>`+mk+`)`, "KNOWN_AS", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)(?P<a>`+mk+`)\s*\(?(?:retitled|renamed|released as|also known as|a\.k\.a\.?|aka|also called)\s+(?P<b>`+mk+`)`, "RETITLED", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)(?P<s>`+mk+`),? (?:is|was|are|were) (?:the |a |an )?(?P<o>`+mk+`)['’]s `+adj+`(?P<rel>`+kin+`)\b`, "KIN", fromGroup, fromGroup, false, 0.8),
	pat(`(?i)(?P<s>`+mk+`) and (?P<o>`+mk+`) (?:were|are|became|had been) (?:\w+ )?(?:partners)\b`, "PARTNER_OF", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)(?P<s>`+mk+`) and (?P<o>`+mk+`) (?:were|are|got|get|became) (?:married|engaged|lovers|a couple)\b`, "ROMANTIC_PARTNER_OF", fromGroup, fromGroup, false, 0.7),
	pat(`(?P<s>`+mk+`) (?:shoots|shot|stabs|stabbed|beats|beat) (?P<o>`+mk+`) (?:dead|to death)\b`, "KILLED", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)(?P<o>`+mk+`)['’]s (?:[\w-]+ ){0,3}?(?:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|analyst|investigator|reporter|inspector|constable|pathologist|lawyer|chief|head)s?\b`, "MEMBER_OF", fromCast, fromGroup, false, 0.6),
	pat(`(?i)(?P<s>`+mk+`),? (?:is|was) (?:the |a |an )?(?P<o>`+mk+`)['’]s (?:[\w-]+ ){0,3}?(?:detective|officer|captain|cop|agent|member|sergeant|lieutenant|intern|analyst|investigator|reporter|inspector|constable|pathologist|lawyer|chief|head)s?\b`, "MEMBER_OF", fromGroup, fromGroup, false, 0.6),
	pat(`(?i)(?P<s>`+mk+`) and (?P<o>`+mk+`) (?:finally |eventually |soon )?(?:kiss|kissed|sleep together|slept together|fall in love|fell in love|get married|got married|marry|married|start dating|began dating|begin dating)\b`, "ROMANTIC_PARTNER_OF", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)(?P<o>`+mk+`),? (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|final|newest|debut) (?:of |in |book of |novel of |novel in |book in )?(?P<s>`+mk+`)['’]s\b`, "WROTE", fromGroup, fromGroup, false, 0.7),
	strict(pat(`(?P<s>`+mk+`)['’]s (?P<o>`+mk+`)`, "PLAYS", fromGroup, fromGroup, false, 0.5)),
	pat(`(?i)\b(?:novels?|books?|mysteries|thrillers?) by (?:[\w-]+ ){0,3}?(?P<s>`+mk+`)[:,]? (?P<o>`+list+`)`, "WROTE", fromGroup, fromGroup, true, 0.7),
	pat(`(?i)(?P<o>`+mk+`), (?:a|an|the) (?:[\w-]+ ){0,4}?(?:novels?|books?|series|trilogy|quartet|sequence) (?:[\w-]+ ){0,3}?by (?:[\w-]+ ){0,3}?(?P<s>`+mk+`)`, "WROTE", fromGroup, fromGroup, false, 0.7),
	pat(`(?i)\b(?:set|takes place|take place|located)\s+(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?(?P<o>`+mk+`)`, "SET_IN", fromSeries, fromGroup, false, 0.6),
	pat(`(?i)\b(?:he|she|they) (?:is|was|were|gets|got) (?:killed|murdered|stabbed to death|shot dead|strangled|poisoned|drowned) by (?:the )?(?P<s>`+mk+`)`, "KILLED", fromGroup, fromCtx, false, 0.6),
	pat(`(?i)\b(?:superior|colleague|boss|commander|specialist|constable|sergeant|inspector|officer|detective|analyst|pathologist|member|partner|associate|attorney|lawyer|paralegal|investigator|agent|employee|founder|owner|reporter|editor|intern)\s+(?:at|in|with|of|for) (?:the )?(?:[\w-]+ ){0,2}?(?P<o>`+mk+`)`, "MEMBER_OF", fromCtx, fromGroup, false, 0.6),
	pat(`(?P<a>`+mk+`) \((?P<b>`+mk+`)\)`, "PAREN", fromGroup, fromGroup, false, 0.8),
}

var (
	spinoffAfter  = regexp.MustCompile(`^(?:['’]s)?\s+spin-?off\b`)
	seriesAnaphor = regexp.MustCompile(`(?i)^(?:it|the (?:series|show|spin-?off|drama))\b`)
	markerRe      = regexp.MustCompile(`«(\d+)»`)
	yearParens    = regexp.MustCompile(`\s*\((?:[^()«»]{1,30}, )?\d{4}(?:[–-]\d{2,4})?\)`)
	castNotes     = regexp.MustCompile(`(?i)\s*\((?:seasons?|episodes?|recurring|guest|uncredited|voice)\b[^)«]*\)`)
)

// kinPredicate maps a kinship or partner word to its predicate and the
// detail kept on the relation ("adoptive father").
func kinPredicate(rel, adjs string) (string, string) {
	rel = strings.ToLower(rel)
	switch rel {
	case "wife", "husband", "spouse", "ex-wife", "ex-husband", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancée", "lover":
		return "ROMANTIC_PARTNER_OF", rel
	case "partner":
		return "PARTNER_OF", ""
	}
	detail := rel
	for _, a := range strings.Fields(strings.ToLower(adjs)) {
		switch a {
		case "adoptive", "adopted", "step", "half", "biological":
			detail = a + " " + detail
		}
	}
	return "RELATIVE_OF", detail
}

// relations applies the patterns to one sentence whose mentions (indexes
// into the document's mentions, in text order) are ms.
func (s *docState) relations(sn nlp.Sentence, blk layout.Block, ms []int) {
	text := s.p.Doc.Text
	// Build the masked sentence.
	var b strings.Builder
	pos := sn.Span.Start
	var kept []int
	for _, mi := range ms {
		m := s.x.Mentions[mi]
		if m.Start < pos {
			continue // overlaps the previous mention
		}
		b.WriteString(text[pos:m.Start])
		b.WriteString("«" + strconv.Itoa(len(kept)) + "»")
		kept = append(kept, mi)
		pos = m.End
	}
	b.WriteString(text[pos:sn.Span.End])
	masked := yearParens.ReplaceAllString(b.String(), "")
	masked = castNotes.ReplaceAllString(masked, "")
	cast := -1
	if c, ok := s.castChar[sn.Block]; ok && blk.Kind.Credits() {
		cast = c
	} else if blk.Kind == layout.BlockProse && s.sectionChar >= 0 {
		cast = s.sectionChar // a character page's section speaks of its character
	}
	// In a cast line, the description after the character is matched on
	// its own so that "^" anchors at its start.
	descStart := 0
	for k, mi := range kept {
		if mi == cast || cast >= 0 && blk.Rest != nil && s.x.Mentions[mi].End <= blk.Rest.Start && s.x.Mentions[mi].Start >= blk.Span.Start {
			mark := "«" + strconv.Itoa(k) + "»"
			if i := strings.Index(masked, mark); i >= 0 {
				descStart = i + len(mark)
				for descStart < len(masked) && strings.ContainsRune(" ,.()", rune(masked[descStart])) {
					descStart++
				}
			}
		}
	}
	ctxChar := cast
	if ctxChar < 0 {
		for _, mi := range kept {
			if m := s.x.Mentions[mi]; m.Type == "Character" && m.Signal != SigShort {
				ctxChar = mi
			}
		}
	}
	s.facts(sn, masked, kept, ctxChar)
	if len(kept) == 0 {
		return
	}
	// The books of a list whose lead names their author.
	if blk.Kind == layout.BlockList {
		if au := s.listAuthor(sn.Block); au >= 0 {
			for _, mi := range kept {
				if s.x.Mentions[mi].Type == "Book" {
					s.claim(au, "WROTE", mi, "", sn.Span, 0.6, SigPattern)
				}
			}
		}
	}
	parents := s.parentSeries(kept) // series the sentence names after "of": not its topic
	for _, p := range relPatterns {
		src := masked
		off := 0
		if p.subj == fromCast || strings.HasPrefix(p.re.String(), "(?i)^") {
			if cast < 0 {
				continue
			}
			src, off = masked[descStart:], descStart
		}
		for _, loc := range p.re.FindAllStringSubmatchIndex(src, -1) {
			group := func(name string) string {
				i := p.re.SubexpIndex(name)
				if i < 0 || loc[2*i] < 0 {
					return ""
				}
				return src[loc[2*i]:loc[2*i+1]]
			}
			marks := func(g string) []int {
				var out []int
				for _, m := range markerRe.FindAllStringSubmatch(g, -1) {
					k, _ := strconv.Atoi(m[1])
					if k < len(kept) {
						out = append(out, kept[k])
					}
				}
				return out
			}
			// In a list ("a spinoff of Northlight's Tidewater") a name
			// followed by 's owns the next one and is not itself listed.
			listMarks := func(name string) []int {
				i := p.re.SubexpIndex(name)
				if i < 0 || loc[2*i] < 0 {
					return nil
				}
				out := marks(src[loc[2*i]:loc[2*i+1]])
				if rest := src[loc[2*i+1]:]; p.all && len(out) > 0 && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) {
					out = out[:len(out)-1]
				}
				return out
			}
			matchStart := off + loc[0]
			ctx := func(mode string, want string, exclude []int) []int {
				switch mode {
				case fromSeries:
					prev := markerRe.FindAllStringSubmatch(masked[:matchStart], -1)
					for i := len(prev) - 1; i >= 0; i-- {
						k, _ := strconv.Atoi(prev[i][1])
						if s.x.Mentions[kept[k]].Type == "Series" && !parents[kept[k]] {
							return []int{kept[k]}
						}
					}
					// "It is based on ...", "The series is produced by ...":
					// the series the text spoke of last.
					if s.lastSeries >= 0 && seriesAnaphor.MatchString(masked) {
						return []int{s.lastSeries}
					}
					if s.subject >= 0 {
						return []int{s.subject}
					}
					return []int{subjectPending}
				case fromCast:
					if cast >= 0 {
						return []int{cast}
					}
					return nil
				case fromCtx:
					if cast >= 0 {
						return []int{cast}
					}
					prev := markerRe.FindAllStringSubmatch(masked[:matchStart], -1)
					for i := len(prev) - 1; i >= 0; i-- {
						k, _ := strconv.Atoi(prev[i][1])
						mi := kept[k]
						if mm := s.x.Mentions[mi]; contains(exclude, mi) || mm.Type == "" && s.lex[names.Fold(mm.Name)] == nil {
							continue // an unknown lone word is no antecedent
						}
						if s.fits(mi, want, false) {
							return []int{mi}
						}
					}
					return nil
				}
				return nil
			}
			ev := sn.Span
			switch p.pred {
			case "PAREN":
				s.paren(marks(group("a")), marks(group("b")), ev)
				continue
			case "RETITLED":
				if a, b := marks(group("a")), marks(group("b")); len(a) > 0 && len(b) > 0 {
					ma, mb := &s.x.Mentions[a[0]], &s.x.Mentions[b[0]]
					if ma.Type == "Series" || ma.Type == "Book" {
						mb.Type, mb.Signal, mb.Confidence, mb.Alias = ma.Type, SigPattern, 0.6, ma.Name
					}
				}
				continue
			case "KNOWN_AS":
				a, b := marks(group("a")), marks(group("b"))
				if cast >= 0 {
					a = []int{cast} // in a cast line the nickname is the character's
				}
				if len(a) > 0 && len(b) > 0 {
					ma, mb := &s.x.Mentions[a[0]], &s.x.Mentions[b[0]]
					if (ma.Type == "Character" || ma.Type == "Person") && (mb.Type == "" || mb.Signal == SigShort || mb.Signal == SigShape || mb.Signal == SigLexicon && mb.Type == ma.Type) {
						mb.Type, mb.Signal, mb.Confidence, mb.Alias = ma.Type, SigPattern, 0.6, ma.Name
					}
				}
				continue
			case "KIN":
				pred, detail := kinPredicate(group("rel"), src[loc[0]:loc[1]])
				subs, objs := marks(group("s")), marks(group("o"))
				if len(subs) == 0 {
					subs = ctx(p.subj, "Character", objs)
				}
				if len(objs) == 0 {
					objs = ctx(p.obj, "Character", subs)
				}
				if len(subs) > 0 && len(objs) > 0 && s.fits(subs[0], "Character", true) && s.fits(objs[0], "Character", true) {
					s.claim(subs[0], pred, objs[0], detail, ev, p.conf, SigPattern)
				}
				continue
			}
			wantS, wantO := WantTypes(p.pred)
			if p.strict {
				ss, os := marks(group("s")), marks(group("o"))
				if len(ss) > 0 && len(os) > 0 && s.typed(ss[0], wantS) && s.typed(os[0], wantO) {
					s.claim(ss[0], p.pred, os[0], "", ev, p.conf, SigPattern)
				}
				continue
			}
			var subs, objs []int
			if p.subj == fromGroup {
				subs = s.pick(listMarks("s"), wantS, p.all)
			}
			if p.obj == fromGroup {
				objs = s.pick(listMarks("o"), wantO, p.all)
			}
			if p.subj != fromGroup {
				subs = s.pick(ctx(p.subj, wantS, objs), wantS, false)
			}
			if p.obj != fromGroup {
				objs = s.pick(ctx(p.obj, wantO, subs), wantO, false)
			}
			if p.obj == fromGroup && len(objs) == 0 && group("o") == "" && p.obj != "" {
				objs = s.pick(ctx(fromSeries, wantO, subs), wantO, false)
			}
			for _, a := range subs {
				for _, o := range objs {
					s.claim(a, p.pred, o, "", ev, p.conf, SigPattern)
				}
			}
		}
	}
}

// noteSeries remembers the last series a sentence named, for the
// sentences after it that say "it".
//
// A series named after "of" ("a spinoff of Bosch", "the final season of
// Bosch: Legacy") is what the sentence relates its topic to, not the topic,
// and is passed over; the first other series named is the topic.
func (s *docState) noteSeries(kept []int) {
	parents := s.parentSeries(kept)
	for _, mi := range kept {
		if s.x.Mentions[mi].Type == "Series" && !parents[mi] {
			s.lastSeries = mi
			return
		}
	}
}

// parentSeries returns the series of a sentence named after "of" or
// "from", and the ones listed with them: "a spinoff of Bosch (2014–21) and
// Bosch: Legacy".
func (s *docState) parentSeries(kept []int) map[int]bool {
	text := s.p.Doc.Text
	out := map[int]bool{}
	skipping := false
	for _, mi := range kept {
		m := s.x.Mentions[mi]
		if m.Type != "Series" {
			continue
		}
		before := strings.ToLower(text[max(0, m.Start-20):m.Start])
		before = yearParens.ReplaceAllString(before, "")
		after := strings.ToLower(text[m.End:min(len(text), m.End+12)])
		if strings.HasSuffix(before, "of ") || strings.HasSuffix(before, "of the ") || strings.HasSuffix(before, "from ") ||
			spinoffAfter.MatchString(after) ||
			skipping && (strings.HasSuffix(before, "and ") || strings.HasSuffix(before, ", ") || strings.HasSuffix(before, "or ")) {
			skipping = true
			out[mi] = true
			continue
		}
		skipping = false
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// typed reports whether mention mi has type want already, or is a short
// form the corpus knows for a name of that type.
func (s *docState) typed(mi int, want string) bool {
	if mi < 0 {
		return false
	}
	m := s.x.Mentions[mi]
	return m.Type == want && m.Signal != SigShort || m.Signal != SigShape && s.lexShort(m.Name, want) && m.Type == ""
}

// pick keeps the mentions that fit type want: all of them, or the first.
func (s *docState) pick(ms []int, want string, all bool) []int {
	var out []int
	for _, mi := range ms {
		if mi == subjectPending {
			out = append(out, mi)
			if !all {
				break
			}
			continue
		}
		if m := s.x.Mentions[mi]; (all || want == "Book") && m.Type == "" && m.Signal == SigShort && m.Confidence < 0.5 {
			continue // a window of text, or "X by Y", is no evidence for an unknown word's type
		}
		if s.fits(mi, want, true) {
			out = append(out, mi)
			if !all {
				break
			}
		}
	}
	return out
}

// fits reports whether mention mi can be of type want. A mention found
// only by its shape, or a lone word, takes the type the pattern requires
// when assign is set; a name the corpus knows as a short form of a name of
// that type fits without changing (reconciliation resolves it).
func (s *docState) fits(mi int, want string, assign bool) bool {
	if mi < 0 {
		return false
	}
	m := &s.x.Mentions[mi]
	known := m.Signal == SigShort && s.lex != nil && s.lex[names.Fold(m.Name)] != nil
	switch {
	case known:
		// A first name or surname the corpus knows: it fits the types of
		// the names it is part of, and reconciliation picks the one.
		return s.lexShort(m.Name, want)
	case m.Type == "" || m.Signal == SigShort && m.Type == want:
		if assign {
			m.Type = want
			m.Confidence = max(m.Confidence, 0.5) // confirmed by a pattern
		}
		return true
	case m.Type == want:
		return true
	case m.Signal == SigShape && (m.Confidence < 0.5 || m.Confidence < 0.6 && SameKind(m.Type, want)):
		if assign {
			m.Type = want
			m.Confidence = 0.6 // confirmed by a pattern
		}
		return true
	case m.Signal == SigLexicon && (want == "Character" || want == "Person"):
		// "Ballard" the series is also the surname of a character.
		return s.lexShort(m.Name, want)
	}
	return false
}

func (s *docState) lexShort(name, typ string) bool {
	if s.lex == nil {
		return false
	}
	e := s.lex[names.Fold(name)]
	return e != nil && e.short[typ] > 0
}

// paren reads "A (B)": an acronym (Robbery-Homicide Division (RHD)) names
// the same organization; a person and a character are actor and role, in
// whichever order the document writes them.
func (s *docState) paren(a, b []int, ev sources.Span) {
	if len(a) == 0 || len(b) == 0 {
		return
	}
	ma, mb := &s.x.Mentions[a[0]], &s.x.Mentions[b[0]]
	if names.Acronym(mb.Name) && (names.FirstRune(mb.Name) == names.FirstRune(ma.Name) || initialsHave(ma.Name, mb.Name)) {
		if ma.Type == "" || ma.Signal == SigShape || ma.Signal == SigShort {
			ma.Type, ma.Signal, ma.Confidence = "Organization", SigPattern, 0.6
		}
		if ma.Type == "Organization" {
			mb.Type = "Organization"
			mb.Alias = ma.Name
		}
		return
	}
	switch {
	case ma.Type == "Person" && mb.Type != "Person" && ma.Signal != SigShape:
		if s.fits(b[0], "Character", true) {
			s.claim(a[0], "PLAYS", b[0], "", ev, 0.8, SigPattern)
		}
	case mb.Type == "Person" && s.fits(a[0], "Character", true):
		s.claim(b[0], "PLAYS", a[0], "", ev, 0.8, SigPattern)
	}
}

// initialsHave reports whether the letters of acr are, in order, initials
// of the words of name ("Gullhaven Serious Crimes Bureau" has SCB).
func initialsHave(name, acr string) bool {
	var ini []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		ini = append(ini, unicode.ToUpper(names.FirstRune(w)))
	}
	i := 0
	for _, r := range acr {
		for i < len(ini) && ini[i] != r {
			i++
		}
		if i == len(ini) {
			return false
		}
		i++
	}
	return true
}

// sameKind reports whether a guess of type a may be corrected to b: people
// and characters are told apart by context, and so are series and books,
// but a guessed series is never a person.
func SameKind(a, b string) bool {
	kind := func(t string) int {
		switch t {
		case "Person", "Character":
			return 1
		case "Series", "Book":
			return 2
		}
		return 3
	}
	return kind(a) == kind(b) && kind(a) != 3
}
