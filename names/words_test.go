package names

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
)

// TestWordLists checks every list the way a reviewer would: a comment line
// first saying what belongs there, then plain entries, none twice and none
// ending in punctuation (a lookup key never does).
func TestWordLists(t *testing.T) {
	files, err := fs.Glob(words, "words/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			data, _ := words.ReadFile(f)
			lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
			if !strings.HasPrefix(lines[0], "# ") || len(lines[0]) < 20 {
				t.Errorf("first line %q does not say what belongs in the list", lines[0])
			}
			seen := map[string]bool{}
			for i, l := range lines[1:] {
				if l == "" || strings.HasPrefix(l, "#") {
					continue
				}
				if seen[l] {
					t.Errorf("line %d: %q twice", i+2, l)
				}
				seen[l] = true
				if r := []rune(l); unicode.IsPunct(r[len(r)-1]) && r[len(r)-1] != '.' || strings.HasSuffix(l, ",") {
					t.Errorf("line %d: %q ends in punctuation", i+2, l)
				}
			}
			if len(seen) == 0 {
				t.Error("no entries")
			}
		})
	}
}

// TestWordSetLookups checks a few entries of each exported set, so that a
// list dropped or renamed shows up here and not as a quality loss.
func TestWordSetLookups(t *testing.T) {
	tests := []struct {
		name string
		set  map[string]bool
		in   []string
		out  []string
	}{
		{"titles", titleWords, []string{"detective", "sgt", "dci", "cs", "aunt", "sherriff", "canon", "archdeacon"}, []string{"director", "lady"}},
		{"org suffixes", OrgSuffixes, []string{"productions", "unit", "gazette", "team", "capital", "ventures"}, []string{"tv", "review"}},
		{"place suffixes", PlaceSuffixes, []string{"county", "island"}, []string{"park", "district"}},
		{"place prefixes", PlacePrefixes, []string{"port", "mount"}, []string{"saint"}},
		{"country codes", CountryCodes, []string{"US", "U.K."}, []string{"us"}},
		{"not names", NotNames, []string{"vcr", "vi", "the", "january", "norwegian", "season", "producer", "outstanding", "i've", "i’ve", "apb", "evp", "tv-14"}, []string{"mo", "golden"}},
		{"occupations", Occupations, []string{"newsreader", "himself"}, []string{"detective"}},
		{"known networks", knownNetworks, []string{"netflix", "bbc one", "apple tv+"}, []string{"fox", "sky"}},
		{"known places", knownPlaces, []string{"new mexico", "himalayas", "boston"}, []string{"the himalayas", "georgia", "washington"}},
	}
	for _, tc := range tests {
		for _, w := range tc.in {
			if !tc.set[w] {
				t.Errorf("%s: %q missing", tc.name, w)
			}
		}
		for _, w := range tc.out {
			if tc.set[w] {
				t.Errorf("%s: %q should not be there", tc.name, w)
			}
		}
	}
}

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"a link line", "Related: The Inspector Hale Mysteries", true},
		{"upper case", "RELATED: 'Cross' Series Set to Begin Filming", true},
		{"a sign-up prompt", "Sign up for our newsletter", true},
		{"a lone word", "Advertisement", true},
		{"an archive notice", "This is an old revision of this page, as edited by a user", true},
		{"a one-word opener needs a colon", "Tags: British TV, Mystery", true},
		{"a one-word opener before a space is a word", "Subscribers loved the finale.", false},
		{"a sentence", "Related to the case, the detective returns.", false},
		{"a heading", "Reception", false},
		{"a consent line", "By joining Lumen Guide, you agree to our Terms of Use and our Privacy Policy.", true},
		{"a sentence opening with by", "By the finale, the detective is alone.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Boilerplate(tt.line); got != tt.want {
				t.Errorf("Boilerplate(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestBoilerplateReadsTheHead checks that Boilerplate, which lowers only
// a line's first bytes, answers as the lower case of the whole line does,
// where lowering changes a rune's length (the Kelvin sign, a dotted I).
func TestBoilerplateReadsTheHead(t *testing.T) {
	whole := func(line string) bool {
		l := strings.ToLower(strings.TrimSpace(line))
		for n := min(len(l), 40); n > 0; n-- {
			op := strings.TrimSpace(l[:n])
			if boilerplateOpeners[op] && (n == len(l) || strings.ContainsRune(":|", rune(l[n])) || l[n] == ' ' && strings.Contains(op, " ")) {
				return true
			}
		}
		return false
	}
	long := strings.Repeat("a detective returns to her home town ", 20)
	tests := []struct{ name, line string }{
		{"opener alone", "Related"},
		{"opener and colon", "RELATED: " + long},
		{"opener of two words and a space", "Related Articles " + long},
		{"opener inside a word", "Relatedness " + long},
		{"prose", long},
		{"kelvin signs before the opener's end", "\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a\u212a Related: x"},
		{"dotted capital I", strings.Repeat("\u0130", 20) + " related: " + long},
		{"opener at byte 40", strings.Repeat("x", 33) + " related"},
		{"invalid byte", "Related\xff: " + long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := Boilerplate(tt.line), whole(tt.line); got != want {
				t.Errorf("Boilerplate(%q) = %v, the whole line's lower case gives %v", tt.line, got, want)
			}
		})
	}
}

// TestKnownNetworkAsFold checks that KnownNetwork, which folds an ASCII
// name in a buffer of its own, answers as the folded name's look-up does.
func TestKnownNetworkAsFold(t *testing.T) {
	byFold := func(s string) bool {
		k := Fold(s)
		if strings.HasSuffix(s, "+") {
			k += "+"
		}
		return knownNetworks[k]
	}
	// The list's first name: a name picked from the set at random might be
	// one no fold gives ("a&e"), which no look-up finds.
	known := Words(words, "words/networks.txt")[0]
	tests := []struct{ name, s string }{
		{"a known network", known},
		{"in capitals", strings.ToUpper(known)},
		{"with a plus", known + "+"},
		{"punctuation between words", "Apple.TV +"},
		{"unknown", "Harbor Nights"},
		{"long", strings.Repeat("Channel ", 12)},
		{"non-ASCII", "Télé-Québec"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := KnownNetwork(tt.s), byFold(tt.s); got != want {
				t.Errorf("KnownNetwork(%q) = %v, the fold's look-up gives %v", tt.s, got, want)
			}
		})
	}
	if !KnownNetwork(known) {
		t.Errorf("KnownNetwork(%q) = false for a name of the list", known)
	}
}

// TestNumberedAcronym checks that an acronym with a number, hyphenated or
// not, is one, and that a longer code or a lone capital is not.
func TestNumberedAcronym(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"HCU-9", true},
		{"MI5", true},
		{"BBC2", true},
		{"COVID19", false},
		{"E4", false},
		{"Harbor9", false},
	} {
		if got := NumberedAcronym(tc.word); got != tc.want {
			t.Errorf("NumberedAcronym(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestKnownNetworkChannelNumber checks that a channel the list writes with
// a number word is known with the figure too, and nothing else is.
func TestKnownNetworkChannelNumber(t *testing.T) {
	var word string // the list's first channel with a number word
	for _, w := range Words(words, "words/networks.txt") {
		if strings.HasSuffix(w, " one") {
			word = w
			break
		}
	}
	if word == "" {
		t.Fatal("no channel with a number word in the list")
	}
	figure := strings.TrimSuffix(word, " one") + " 1"
	tests := []struct {
		s    string
		want bool
	}{
		{figure, true},
		{strings.ToUpper(figure), true},
		{strings.TrimSuffix(word, " one") + " 7", knownNetworks[strings.TrimSuffix(word, " one")+" seven"]},
		{"Harbor Nights 1", false},
		{"1", false},
		{" 1", false},
	}
	for _, tt := range tests {
		if got := KnownNetwork(tt.s); got != tt.want {
			t.Errorf("KnownNetwork(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestHoliday(t *testing.T) {
	for in, want := range map[string]bool{
		"Easter": true, "Easter Monday": true, "New Year's Day": true, "New Year’s": true, "CHRISTMAS EVE": true,
		"Boxing Day": true, "Nora Day": false, "Harbor Lights": false, "Monday": false, "New Yorker": false,
	} {
		if got := Holiday(in); got != want {
			t.Errorf("Holiday(%q) = %v, want %v", in, got, want)
		}
	}
}
