package extract

import (
	"strings"

	"github.com/kgbuild/kg/graph"
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
)

// typePhotoCredit types the photographer of a credit "Dara Quillon/NBC":
// news pages credit their pictures so, and no other name is written
// against a network with a slash.
var typePhotoCredit = typing{"photo-credit", graph.Person, SigPattern, 0.7}

// photoCredit matches a name of two or three capitalised words, a slash and
// the agency or network that holds the picture's rights.
var photoCredit = regexp.MustCompile(`(?:^|[\s(“"'‘:])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})/(\p{Lu}[\p{L}\d&+]*)`)

// spotPhotoCredit finds the photographers of credits "Name Surname/NBC",
// whose agency is a well-known network or an acronym, and whose name's
// words are no generic words and no name the corpus knows as something
// other than a person.
func (s *docState) spotPhotoCredit(st *sentence) {
	text := s.p.Doc.Text
	for _, m := range photoCredit.FindAllStringSubmatchIndex(st.Span.Text, -1) {
		agency := st.Span.Text[m[4]:m[5]]
		if !names.KnownNetwork(agency) && !names.Acronym(agency) {
			continue
		}
		start, end := st.Span.Start+m[2], st.Span.Start+m[3]
		from := start
		if g := gluedGiven(firstWord(text[start:end])); g > 0 {
			start += g // "HarborJane Doe/NBC": the caption's last word is no part of the name
		}
		name := text[start:end]
		if b := s.knownAs(name).best(); b != "" && b != graph.Person || genericWord(name) || !st.free(from, end) {
			continue
		}
		n := len(st.ms)
		s.claimWords(st, start, end, typePhotoCredit)
		if len(st.ms) > n {
			st.take(from, end) // the glued word is read no further
		}
	}
}

// genericWord reports whether one of the words of name is a generic word.
func genericWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if names.InLower(names.NotNames, w) {
			return true
		}
	}
	return false
}
