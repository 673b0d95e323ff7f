package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// fromContext finds the mention a pattern's missing subject or object
// stands for (see fromSeries, fromCast, fromCtx), of type want and not one
// of exclude.
func (s *docState) fromContext(m *patMatch, mode, want string, exclude []int) []int {
	switch mode {
	case fromSeries:
		return []int{s.contextSeries(m)}
	case fromCast:
		if m.ms.cast >= 0 {
			return []int{m.ms.cast}
		}
	case fromCtx:
		if m.ms.cast >= 0 {
			return []int{m.ms.cast}
		}
		if pronounVerb.MatchString(m.ms.masked[:m.start()]) {
			if mi := s.earlierCharacter(m, want, exclude); mi >= 0 {
				return []int{mi}
			}
		}
		if mi := s.antecedent(m, want, exclude); mi >= 0 {
			return []int{mi}
		}
		if mi := s.earlierCharacter(m, want, exclude); mi >= 0 {
			return []int{mi}
		}
	}
	return nil
}

// earlierCharacter is the character a sentence that names none before its
// match speaks of: the one the page is about, else the one the paragraph's
// previous sentence named first; noMention when want is no character.
func (s *docState) earlierCharacter(m *patMatch, want string, exclude []int) int {
	if want == graph.Person && m.p.pronoun {
		return s.earlierPerson(m, exclude)
	}
	if want != graph.Character {
		return noMention
	}
	if s.pageChar >= 0 && !slices.Contains(exclude, s.pageChar) {
		return s.pageChar
	}
	if s.prevChar >= 0 && !slices.Contains(exclude, s.prevChar) && s.x.Mentions[s.prevChar].Block == m.ms.sn.Block {
		return s.prevChar
	}
	return noMention
}

// contextSeries is the series a match speaks of: the last series named
// before it that is no parent, else the series the text spoke of last when
// the sentence says "it" or "the series", else the document's series (or
// subjectPending while it is not known).
func (s *docState) contextSeries(m *patMatch) int {
	before := m.ms.masked[:m.start()]
	if newSeries.MatchString(m.ms.masked[m.start():]) {
		before = ownerCredit.ReplaceAllString(before, "") // "Harbor's Dana Whitfield serves as producer on the new series"
	}
	first := "" // the name the match starts with, which a credit may describe
	if loc := markerRe.FindStringIndex(m.ms.masked[m.start():]); loc != nil && loc[0] == 0 {
		first = m.ms.masked[m.start() : m.start()+loc[1]]
	}
	before = strings.TrimSuffix(creditPrefix.ReplaceAllString(before+first, ""), first)
	prev := markerRe.FindAllStringSubmatch(before, -1)
	for i := len(prev) - 1; i >= 0; i-- {
		k, _ := strconv.Atoi(prev[i][1])
		if mi := m.ms.kept[k]; s.x.Mentions[mi].Type == graph.Series && !m.ms.parents[mi] && !s.inParens(mi) {
			return mi
		}
	}
	if s.lastSeries >= 0 && seriesAnaphor.MatchString(m.ms.masked) && !dummyIt.MatchString(m.ms.masked) {
		return s.lastSeries
	}
	return s.series()
}

// creditPrefix matches works named as a person's credit before the
// person's name ("“Harbor” and “Dockside” scribe Dana Whitfield"): they
// tell who the person is, and are not the series the sentence speaks of.
var creditPrefix = regexp.MustCompile(`(?i)[“"‘']?«\d+»[”"’']?(?:\s*(?:,|and)\s*(?:[“"‘']?«\d+»[”"’']?|[“"‘'][^”"’'«]{1,40}[”"’']))*\s+(?:scribe|writer|creator|co-creator|showrunner|alum|alumnus|veteran|producer)s?\s+«\d+»`)

// newSeries matches a match that speaks of a series other than the one
// named just before it: "serve as executive producers on the new series".
var newSeries = regexp.MustCompile(`(?i)\b(?:the|this|a|its) new (?:series|show|drama|spin-?off)\b`)

// ownerCredit matches, at the end of the text before a match, the
// possessive of a work that credits the person the match starts with
// ("Harbor's Dana Whitfield"): that work is the person's, not the match's.
var ownerCredit = regexp.MustCompile(`«\d+»['’]s\s*$`)

// antecedent is the nearest mention before a match that can be of type
// want, passing over unknown lone words and the mentions of exclude, or
// noMention.
func (s *docState) antecedent(m *patMatch, want string, exclude []int) int {
	before := m.ms.masked[:m.start()]
	if m.p.pred == predKin {
		for loc := parallelKin.FindStringIndex(before); loc != nil; loc = parallelKin.FindStringIndex(before) {
			before = before[:loc[0]] // "his father, Arlo, his mother Fran": both his are one man's
		}
	}
	prev := markerRe.FindAllStringSubmatch(before, -1)
	for i := len(prev) - 1; i >= 0; i-- {
		k, _ := strconv.Atoi(prev[i][1])
		mi := m.ms.kept[k]
		if mm := s.x.Mentions[mi]; slices.Contains(exclude, mi) || mm.Type == "" && !s.knownAs(mm.Name).ok() {
			continue // an unknown lone word is no antecedent
		}
		if want == graph.Character && actorNote.MatchString(m.ms.masked[:strings.Index(m.ms.masked, prev[i][0])+len(prev[i][0])+1]) {
			continue // "with Walt Hale (Tom Fell) and his brother": Tom Fell plays Walt, and is no character
		}
		if s.fits(mi, want) {
			return mi
		}
	}
	return noMention
}

// parallelKin matches, at the end of the text before a kin word's
// pronoun, a relative named after the same pronoun in a list ("raised by
// his father, Arlo Hale, his mother ..."): the pronouns stand for one
// character, not for the relative named between them.
var parallelKin = regexp.MustCompile(`(?i)\b(?:his|her|their) (?:[\w-]+,? ){0,3}?` + adj + `(?:` + kin + `),? «\d+»,? (?:and )?$`)

// actorNote matches a marker in parentheses right after another, at the
// end of the text: the actor of the character named before it, as news
// writes a cast ("Walt Hale (Tom Fell)").
var actorNote = regexp.MustCompile(`«\d+»\s*\(«\d+»\)$`)

// pronounVerb matches the text before a match that is a verb joined by
// "and" to a sentence led by "he" or "she": the verb's subject is the
// pronoun, not the name the first verb took as its object ("She is the
// sister of Ted Rawls and worked for the harbor police").
var pronounVerb = regexp.MustCompile(`(?i)^(?:he|she) [^;:]*\band (?:later |then |also |eventually |now )?$`)

// dummyIt matches a sentence whose "it" stands for nothing: "It's presumed
// that ...", "It is likely that ...".
var dummyIt = regexp.MustCompile(`(?i)^it(?:['’]s| is| was) (?:\w+ )?(?:presumed|likely|possible|said|reported|rumou?red|unclear|clear|true|worth|thought|expected|believed|understood|hard|easy|fair|safe)\b`)

// earlierPerson is the person the previous sentence of the paragraph
// named first, for a pattern whose subject is "he" or "she" ("He also
// served as executive producer on X"); noMention when there is none.
func (s *docState) earlierPerson(m *patMatch, exclude []int) int {
	if s.prevPerson >= 0 && !slices.Contains(exclude, s.prevPerson) && s.x.Mentions[s.prevPerson].Block == m.ms.sn.Block {
		return s.prevPerson
	}
	return noMention
}
