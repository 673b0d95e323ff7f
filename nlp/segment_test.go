package nlp

import (
	"reflect"
	"regexp"
	"testing"
)

// TestSegmentInitialisms checks the one place where the splitter parts from
// prose's: after an initialism such as "U.S." a capitalised noun goes on
// with the name, and only a word that opens sentences starts a new one.
func TestSegmentInitialisms(t *testing.T) {
	checkSegments(t, []segmentCase{
		{"agency after initialism", "She joined the U.S. Marshals Service in 2001. She left later.",
			[]string{"She joined the U.S. Marshals Service in 2001.", "She left later."}},
		{"service branch", "He is a U.S. Army veteran. His sister is not.",
			[]string{"He is a U.S. Army veteran.", "His sister is not."}},
		{"article opens a sentence", "It aired in the U.K. The series was then sold.",
			[]string{"It aired in the U.K.", "The series was then sold."}},
		{"pronoun opens a sentence", "He grew up in L.A. His father was a cop.",
			[]string{"He grew up in L.A.", "His father was a cop."}},
		{"lower case goes on", "The show premiered in the U.S. on a cable channel. It was renewed.",
			[]string{"The show premiered in the U.S. on a cable channel.", "It was renewed."}},
		{"single initial unchanged", "Agent J. Edgar Hale ran the office. He retired.",
			[]string{"Agent J. Edgar Hale ran the office.", "He retired."}},
	})
}

// TestSegmentLeadingInitial checks that a name's leading initial does not
// end a sentence, while a one-letter word before a sentence still does.
func TestSegmentLeadingInitial(t *testing.T) {
	checkSegments(t, []segmentCase{
		{"known given name after initial", "He wrote to W. Mark Hale about it. He left.",
			[]string{"He wrote to W. Mark Hale about it.", "He left."}},
		{"initial opens the sentence", "It aired. H. Rose Dunmore starred in it.",
			[]string{"It aired.", "H. Rose Dunmore starred in it."}},
		{"capitalised word then surname", "The script came from E. Young Parr later.",
			[]string{"The script came from E. Young Parr later."}},
		{"given name before a surname", "The role went to P. Grace Lund instead.",
			[]string{"The role went to P. Grace Lund instead."}},
		{"sentence opener after a letter", "They chose Plan B. The next day they left.",
			[]string{"They chose Plan B.", "The next day they left."}},
		{"lone capitalised word after a letter", "It is type A. Most people agree.",
			[]string{"It is type A.", "Most people agree."}},
	})
}

// TestSegmentTitleAbbreviations checks that a title's short form with its
// full stop stays in the sentence of the name it stands before, while a
// word that opens sentences after it still starts a new one.
func TestSegmentTitleAbbreviations(t *testing.T) {
	checkSegments(t, []segmentCase{
		{"two ranks open the sentence", "Det. Sgt. Jane Roe arrives. She stays.",
			[]string{"Det. Sgt. Jane Roe arrives.", "She stays."}},
		{"rank pair inside", "She met Lt. Col. Mark Tull there. He left.",
			[]string{"She met Lt. Col. Mark Tull there.", "He left."}},
		{"inspector", "The case went to Insp. Ray Hobb in May.",
			[]string{"The case went to Insp. Ray Hobb in May."}},
		{"superintendent", "Supt. Ray Hobb leads the unit.",
			[]string{"Supt. Ray Hobb leads the unit."}},
		{"captain", "She answers to Capt. Ray Hobb now.",
			[]string{"She answers to Capt. Ray Hobb now."}},
		{"commander", "Cmdr. Ann Pell runs the station.",
			[]string{"Cmdr. Ann Pell runs the station."}},
		{"clergy", "The funeral was led by Rev. Ann Pell.",
			[]string{"The funeral was led by Rev. Ann Pell."}},
		{"in a cast note", "Ray Hobb (Det. Sgt. Anna Pell) joins in season two.",
			[]string{"Ray Hobb (Det. Sgt. Anna Pell) joins in season two."}},
		{"surname alone", "She met Det. Hobb there.",
			[]string{"She met Det. Hobb there."}},
		{"sentence opener after the title", "He was made a Det. The next day he quit.",
			[]string{"He was made a Det.", "The next day he quit."}},
	})
}

// segmentCase is a text and the sentences the splitter should make of it.
type segmentCase struct {
	name, text string
	want       []string
}

// checkSegments splits each case's text with a fresh splitter and compares
// the sentences with the ones wanted.
func checkSegments(t *testing.T, tests []segmentCase) {
	t.Helper()
	s, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.segment(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segment(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSplitterExpressionsNeedStops checks that the splitter's guarded
// tests of a token (looksLikeEllipsis, hasAbbreviation) say what their
// expressions say, on words with and without full stops.
func TestSplitterExpressionsNeedStops(t *testing.T) {
	tests := []struct {
		name    string
		re      *regexp.Regexp
		guarded func(string) bool
	}{{"ellipsis", reLooksLikeEllipsis, looksLikeEllipsis}, {"abbreviation", reAbbr, hasAbbreviation}}
	words := []string{"...", ". . .", "..", "Q.", "Q.R.", "a.b.", "e.g.", "ab.", "Vostrak", "x.y", "…", "1.2.3", "see Q.R.S. then . . . and"}
	for _, tc := range tests {
		for _, w := range words {
			if got, want := tc.guarded(w), tc.re.MatchString(w); got != want {
				t.Errorf("%s test of %q: %v, the expression says %v", tc.name, w, got, want)
			}
		}
	}
}
