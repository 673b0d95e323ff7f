package extract

import (
	"strconv"
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// Fact is a claim about the state of the world that documents may
// disagree on: whether a series was renewed, what became of a character.
// Unlike a relation it has a value, and two documents with different values
// for the same topic are a conflict.
type Fact struct {
	Kind  string // "renewal status" or "fate"
	Value string // "renewed", "not renewed", "cancelled"; "murder", "disappearance", "death"
	// Target is the mention the fact is about, or -1; when -1, Kin and
	// Anchor describe it ("the sister of" the mention Anchor, or of the
	// one entity with role AnchorRole).
	Target     int
	Kin        string
	Anchor     int
	AnchorRole string
	Evidence   sources.Span
}

var (
	renewedRe    = regexp.MustCompile(`(?i)\b(renewed for an? (?:\w+ )?season|cancell?ed)\b`)
	notRenewedRe = regexp.MustCompile(`(?i)\b(?:not|n['’]t|yet to|never)\b[^.«]{0,25}\brenewed\b`)
	fateOfName   = regexp.MustCompile(`(?i)(?P<t>«\d+»)['’]s (?:[\w-]+ ){0,2}(?P<f>` + fateWords + `)\b`)
	fateOfKinNm  = regexp.MustCompile(`(?i)\b(?P<f>` + fateWords + `) of (?:his|her|their|the) (?P<k>` + kin + `),? (?P<t>«\d+»)`)
	fateOfKin    = regexp.MustCompile(`(?i)\b(?:his|her|their) (?P<k>` + kin + `)['’]s (?:[\w-]+ ){0,2}(?P<f>` + fateWords + `)\b`)
	fateOfKinOf  = regexp.MustCompile(`(?i)\b(?P<f>` + fateWords + `) of (?:the|a|an) (?P<k>` + kin + `) of (?:a|an|the) (?:[\w-]+ ){0,3}(?P<r>[\w-]+)(?:\s*[.,;:)]|$)`)
)

// fateValue folds a fate word to the event it names: "murdered" is a
// murder, "abduction" a disappearance, "death" a death.
func fateValue(w string) string {
	w = strings.ToLower(w)
	if v, ok := fateValues[w]; ok {
		return v
	}
	return w
}

// facts reads the facts of one masked sentence; kept maps marker numbers to
// mention indexes and ctx is the character the sentence is about, or -1.
func (s *docState) facts(sn nlp.Sentence, masked string, kept []int, ctx int) {
	if m := renewedRe.FindStringSubmatch(masked); m != nil {
		v := "renewed"
		if strings.HasPrefix(strings.ToLower(m[1]), "cancel") {
			v = "cancelled"
		}
		if notRenewedRe.MatchString(masked) {
			v = "not renewed"
		}
		s.x.Facts = append(s.x.Facts, Fact{Kind: "renewal status", Value: v, Target: subjectPending, Anchor: -1, Evidence: sn.Span})
	}
	mark := func(g string) int {
		if m := markerRe.FindStringSubmatch(g); m != nil {
			if k, _ := strconv.Atoi(m[1]); k < len(kept) {
				return kept[k]
			}
		}
		return -1
	}
	for _, re := range []*regexp.Regexp{fateOfName, fateOfKinNm, fateOfKin, fateOfKinOf} {
		for _, m := range re.FindAllStringSubmatch(masked, -1) {
			f := Fact{Kind: "fate", Target: -1, Anchor: -1, Evidence: sn.Span}
			for i, name := range re.SubexpNames() {
				switch name {
				case "f":
					f.Value = fateValue(m[i])
				case "t":
					f.Target = mark(m[i])
				case "k":
					f.Kin = strings.ToLower(m[i])
				case "r":
					f.AnchorRole = strings.ToLower(m[i])
				}
			}
			if f.Target < 0 && f.Kin != "" && f.AnchorRole == "" {
				f.Anchor = ctx
				if f.Anchor < 0 {
					continue
				}
			}
			if f.Target >= 0 && !s.fits(f.Target, graph.Character) {
				continue
			}
			s.x.Facts = append(s.x.Facts, f)
		}
	}
}
