package extract

import (
	"sort"
	"strings"

	"github.com/kgbuild/kg/internal/prefilter"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// SentenceWords returns the words sentenceWords finds in text.
func SentenceWords(text string) []string {
	var out []string
	for _, w := range sentenceWords(sources.Span{Text: text}) {
		out = append(out, w.Text)
	}
	return out
}

// TrialReading runs the extraction up to the trial reading of the prose
// and returns that reading: there every typing rule gives its own verdict,
// before the lexicon learns the names it typed and passes them on (as rule
// "lexicon") to the final reading.
func TrialReading(docs []*nlp.Parsed) []*Extraction {
	in := make([]Input, len(docs))
	for i, p := range docs {
		in[i] = Input{Doc: p.Doc, Parse: parsed(p)}
	}
	c := newCorpus(in, false)
	c.lowerWords()
	if c.structure() != nil || c.pairs() != nil {
		panic("the parses are given: nothing can fail")
	}
	out := make([]*Extraction, len(c.jobs))
	for i, j := range c.jobs {
		t := j.s.fork()
		t.prose(c.lex)
		t.chooseSubject()
		out[i] = t.x
	}
	return out
}

// TypingRules lists the typing rules that have a fixed name: every one of
// them needs a case in the typing rule tests.
func TypingRules() []string {
	out := []string{ruleQualifierAcronym, ruleQualifierPlace, ruleQualifierOrg, ruleCharacterWord, ruleCharacterIs, ruleCharacterSection, ruleCharacterPage,
		lexiconTyping("").rule, yearTitleLexicon("").rule, ruleSeriesList, ruleOrgList}
	for _, t := range []typing{typePageTitle, typeCharacterPage, typeCastActor, typeCastCharacter, typePairActor,
		typePairCharacter, typeCaptionActor, typeCaptionCharacter, typeCaptionSeries, typeCaptionPhotographer,
		typeByline, typeBookSeries, typeHeadlineTitle, typeLeadSentence, typeCharacterLead, typeKillItem, typeSeriesSubtitle, typeSeriesOfNovels, typeQuotedBook, typeListedBook, typeNameHeading, typePlacePair, typeDateline, typeYearTitle, typeYearTitleBook,
		typeLexiconShort, typeParenActor, typeParenCharacter, typeJoinedRole, typeKnownNetwork, typeCriminalGroup, typeCharacterFullName, typePersonFullName, typeTitleNamedSeries, typeSharedTitleBook, typeSharedTitleOrg,
		typeActorFirst, typeRoleAfter, typeAdaptedTitle} {
		out = append(out, t.rule)
	}
	for _, rs := range [][]shapeRule{shapeRules, weakRules} {
		for _, r := range rs {
			out = append(out, r.name)
		}
	}
	return out
}

// PatternNames lists the relation patterns' names, in the order they are
// tried, with their predicates.
func PatternNames() (names, preds []string) {
	for _, p := range relPatterns {
		names, preds = append(names, p.name), append(preds, p.pred)
	}
	return names, preds
}

// MaskedSentences returns the sentences of p as the relation patterns read
// them, with the mentions of x masked.
func MaskedSentences(p *nlp.Parsed, x *Extraction) []string {
	s := &docState{p: p, x: x}
	var out []string
	for _, sn := range p.Sentences {
		var ms []int
		for i, m := range x.Mentions {
			if m.Start >= sn.Span.Start && m.End <= sn.Span.End {
				ms = append(ms, i)
			}
		}
		sort.SliceStable(ms, func(a, b int) bool { return x.Mentions[ms[a]].Start < x.Mentions[ms[b]].Start })
		out = append(out, s.mask(sn, ms).masked)
	}
	return out
}

// PrefilterMisses returns the relation patterns that match text, or the
// rest of it after a marker (where a cast line's description may start),
// although their prefilter rejects text, each as "name: text".
func PrefilterMisses(text string) []string {
	var out []string
	folded := prefilter.Fold(text)
	srcs := []string{text}
	for i := range text {
		if strings.HasPrefix(text[i:], "»") {
			srcs = append(srcs, strings.TrimLeft(text[i+len("»"):], " ,.()"))
		}
	}
	present := relIndex().Scan(text)
	for i, p := range relPatterns {
		for _, src := range srcs {
			if p.re.Regexp.MatchString(src) && !(relPrefilters()[i].Admits(folded) && relIndex().Admits(i, present) && p.re.Admits(src)) {
				out = append(out, p.name+": "+src)
			}
		}
	}
	return out
}

// PatternsWithoutPrefilter lists the relation patterns whose prefilter
// requires nothing.
func PatternsWithoutPrefilter() []string {
	var out []string
	for i, p := range relPatterns {
		if len(relPrefilters()[i]) == 0 {
			out = append(out, p.name)
		}
	}
	return out
}
