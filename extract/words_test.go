package extract

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
)

// TestWordLists checks that every list opens with a comment saying what
// belongs in it, and holds each entry once, in lower case, without
// punctuation a lookup would have to match (hyphens and spaces excepted).
func TestWordLists(t *testing.T) {
	files, err := fs.Glob(wordFiles, "words/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "words/"), ".txt")
		t.Run(name, func(t *testing.T) {
			data, _ := wordFiles.ReadFile(f)
			if !strings.HasPrefix(string(data), "# ") {
				t.Errorf("%s does not open with a comment line", f)
			}
			seen := map[string]bool{}
			for _, w := range wordList(name) {
				if seen[w] {
					t.Errorf("%q twice", w)
				}
				seen[w] = true
				for _, r := range w {
					if unicode.IsUpper(r) || !unicode.IsLetter(r) && r != '-' && r != ' ' {
						t.Errorf("%q: entries are lower-case words", w)
						break
					}
				}
			}
		})
	}
}

func TestFateValue(t *testing.T) {
	tests := []struct{ word, want string }{
		{"murdered", "murder"},
		{"Killing", "murder"},
		{"abduction", "disappearance"},
		{"death", "death"},
		{"suicide", "suicide"},
	}
	for _, tt := range tests {
		if got := fateValue(tt.word); got != tt.want {
			t.Errorf("fateValue(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestKinPredicate(t *testing.T) {
	tests := []struct {
		name, rel, adjs  string
		pred, wantDetail string
	}{
		{"a relative", "sister", "his sister", "RELATIVE_OF", "sister"},
		{"a kind of kin kept", "Father", "her adoptive father", "RELATIVE_OF", "adoptive father"},
		{"a qualifier dropped", "father", "her late father", "RELATIVE_OF", "father"},
		{"a spouse", "wife", "his wife", "ROMANTIC_PARTNER_OF", "wife"},
		{"a fiancé", "fiance", "", "ROMANTIC_PARTNER_OF", "fiance"},
		{"a partner", "partner", "her partner", "PARTNER_OF", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pred, detail := kinPredicate(tt.rel, tt.adjs)
			if pred != tt.pred || detail != tt.wantDetail {
				t.Errorf("kinPredicate(%q, %q) = %s %q, want %s %q", tt.rel, tt.adjs, pred, detail, tt.pred, tt.wantDetail)
			}
		})
	}
}

func TestPageValue(t *testing.T) {
	tests := []struct{ name, value, wantName, wantNote string }{
		{"a name alone", "Clara Wright", "Clara Wright", ""},
		{"a note", "Bess Hollin (deceased)", "Bess Hollin", "deceased"},
		{"the first part of a note", "Frank Dorsey , (father; deceased)", "Frank Dorsey", "father"},
		{"the last of two notes, a dagger dropped", "Nora Jean Bell (née O'Dea) (wife)†", "Nora Jean Bell", "wife"},
		{"a note with a comma", "Mr. Dorsey (grandfather, deceased)", "Mr. Dorsey", "grandfather"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if name, note := pageValue(tt.value); name != tt.wantName || note != tt.wantNote {
				t.Errorf("pageValue(%q) = %q, %q, want %q, %q", tt.value, name, note, tt.wantName, tt.wantNote)
			}
		})
	}
}

func TestKinWords(t *testing.T) {
	tests := []struct{ name, note, want string }{
		{"a kinship word", "adoptive brother", "brother"},
		{"a part of a compound", "ex-son-in-law", "son"},
		{"a step-relation", "step-niece", "niece"},
		{"a romantic compound", "ex-girlfriend", "girlfriend"},
		{"no kinship", "deceased", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kinWordOf(tt.note); got != tt.want {
				t.Errorf("kinWordOf(%q) = %q, want %q", tt.note, got, tt.want)
			}
		})
	}
	keys := []struct{ key, want string }{{"sons", "son"}, {"grandchildren", ""}, {"sisters", "sister"}, {"family", ""}}
	for _, k := range keys {
		if got := keyKin(k.key); got != k.want {
			t.Errorf("keyKin(%q) = %q, want %q", k.key, got, k.want)
		}
	}
}
