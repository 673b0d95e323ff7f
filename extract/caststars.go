package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/layout"
)

// Whether a credited actor stars in the page's series. A page's own cast
// section ("Cast", "Characters", "Cast & crew") lists every part, the
// guests with the leads, so that only its main cast stars (the "Main
// cast" heading says which). An article's "Actor as Character" lines
// outside such a section are its cast box: the cast it introduces, who
// star in the series. A photograph's caption that names several actors
// with their roles is a cast photograph. A cue of a lesser part (a "Guest
// stars" heading, a "(recurring)" note) keeps the actor out.

// lesserPart matches the words of a heading or a line that credit a part
// below the main cast.
var lesserPart = regexp.MustCompile(`(?i)\b(?:guests?|guest-stars?|guest-starring|recurring|supporting|minor|additional|special|former|past|previous|other|others|uncredited|cameos?|episodes?|crew|featured)\b`)

// castSectionWords matches the headings of a page's own cast section.
var castSectionWords = regexp.MustCompile(`(?i)\b(?:cast|casting|characters|credits)\b`)

// castAs matches what joins the actor and the character of an "Actor as
// Character" line.
var castAs = regexp.MustCompile(`^\s*as\s*$`)

// castLineStars reports whether the actor of cast line b stars in the
// page's series, and how sure that is: under a main cast heading, surely;
// an "Actor as Character" line outside a cast section, with no cue of a
// lesser part, a little less.
func castLineStars(b layout.Block) (float64, bool) {
	if strings.Contains(b.Section, "main") || strings.Contains(b.Section, "starring") {
		return 0.9, true
	}
	if b.Kind != layout.BlockCast || castSectionWords.MatchString(b.Section) || lesserPart.MatchString(b.Section) || lesserPart.MatchString(b.Span.Text) {
		return 0, false
	}
	a, c := b.Values[0], b.Values[1]
	if a.End > c.Start || !castAs.MatchString(b.Span.Text[a.End-b.Span.Start:c.Start-b.Span.Start]) {
		return 0, false // "Character, played by Actor": a recap's aside, often a guest's
	}
	return 0.8, true
}

// castCaptionPairs is how many actor and character pairs a caption names
// at least for its actors to be taken as the series' cast.
const castCaptionPairs = 2

// captionCast states, for a caption that names several actors with their
// characters, that each character appears in the page's series and each
// actor stars in it.
func (s *docState) captionCast(b layout.Block, actors, chars []int) {
	if len(actors) < castCaptionPairs || lesserPart.MatchString(b.Span.Text) {
		return
	}
	for i, a := range actors {
		if a < 0 || chars[i] < 0 {
			continue
		}
		s.claim(Claim{Subject: chars[i], Predicate: "APPEARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.8, Signal: SigStructure, Rule: "caption-cast"})
		s.claim(Claim{Subject: a, Predicate: "STARS_IN", Object: s.series(), Evidence: b.Span, Confidence: 0.8, Signal: SigStructure, Rule: "caption-cast"})
	}
}

// castQuestion matches the heading of a review's section on the cast,
// asked as a question: "Who's in it?", "Who is in the cast?", "Who stars
// in Harbor Nine?".
var castQuestion = regexp.MustCompile(`(?i)^who(?:['’]s| is| are|['’]re)?\s+(?:in\b|stars?\b|starring\b|plays?\b|the cast\b)`)

// castQuestionStars states that each actor the page has play a role under
// a review's heading asking who is in the series ("Who's in it?", see
// askedWhoIsIn), or in an entry of its main cast (see mainCastEntry), stars in
// the page's series: the section answers with the series' cast. A page
// whose series only the count of its names gave says too little.
func (s *docState) castQuestionStars() {
	if s.subject < 0 || s.subjectGuessed {
		return
	}
	n := len(s.x.Claims)
	for _, c := range s.x.Claims[:n] {
		if c.Predicate != "PLAYS" || c.Subject < 0 {
			continue
		}
		bi := s.x.Mentions[c.Subject].Block
		if !s.askedWhoIsIn(bi) && !s.mainCastEntry(bi) || lesserPart.MatchString(c.Evidence.Text) {
			continue
		}
		s.x.Claims = append(s.x.Claims, Claim{Doc: c.Doc, Subject: c.Subject, Predicate: "STARS_IN", Object: s.subject,
			Evidence: c.Evidence, Confidence: 0.7, Signal: SigPattern, Rule: "cast-question"})
	}
}

// castQuestionLen is the longest line that may be a question standing as
// a section's heading.
const castQuestionLen = 40

// askedWhoIsIn reports whether block bi answers the question of who is in
// the series: it falls under such a heading, or comes right after such a
// question on a line of its own, which a layout read as prose.
func (s *docState) askedWhoIsIn(bi int) bool {
	if castQuestion.MatchString(s.p.Blocks[bi].Section) {
		return true
	}
	if bi == 0 {
		return false
	}
	q := strings.TrimSpace(s.p.Blocks[bi-1].Span.Text)
	return len(q) <= castQuestionLen && strings.HasSuffix(q, "?") && castQuestion.MatchString(q)
}

// parenEntry matches a heading that is an entry of a cast page: a name
// and a name in parentheses, "Ilse Brandt (Mara Voss)".
var parenEntry = regexp.MustCompile(`^\p{Lu}[^()]{1,60}\(\p{Lu}[^()]{1,60}\)$`)

// mainCastEntry reports whether block bi is the heading of an entry
// ("Ilse Brandt (Mara Voss)") under a heading of the main cast ("Main
// cast", "Starring"), past the entries and their prose above it.
func (s *docState) mainCastEntry(bi int) bool {
	b := s.p.Blocks[bi]
	if b.Kind != layout.BlockHeading || !parenEntry.MatchString(strings.TrimSpace(b.Span.Text)) {
		return false
	}
	for i := bi - 1; i >= 0; i-- {
		h := s.p.Blocks[i]
		if h.Kind != layout.BlockHeading || parenEntry.MatchString(strings.TrimSpace(h.Span.Text)) {
			continue
		}
		t := strings.ToLower(h.Span.Text)
		return strings.Contains(t, "starring") || strings.Contains(t, "main") && castSectionWords.MatchString(t)
	}
	return false
}
