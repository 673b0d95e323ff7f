package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/internal/prefilter"
	"github.com/kgbuild/kg/names"
)

func TestTokenEntityType(t *testing.T) {
	tests := []struct {
		label, want string
	}{
		{"B-GPE", graph.Place},
		{"I-GPE", graph.Place},
		{"B-PERSON", graph.Person},
		{"PERSON", graph.Person},
		{"B-ORG", ""},
		{"O", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := (Token{Label: tc.label}).EntityType(); got != tc.want {
			t.Errorf("label %q: type %q, want %q", tc.label, got, tc.want)
		}
	}
}

// TestProseTaggerOffsets checks that every token and sentence the tagger
// returns is the text at its byte range, also after accents and quotes.
func TestProseTaggerOffsets(t *testing.T) {
	text := "Renée Ballard works in Los Angeles. She said “no” to Thomas Laffont."
	toks, sents, err := (&ProseTagger{}).Tag(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) < 10 || len(sents) != 2 {
		t.Fatalf("%d tokens, %d sentences", len(toks), len(sents))
	}
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q at %d..%d holds %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
	}
	for _, s := range sents {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %q at %d..%d holds %q", s.Text, s.Start, s.End, text[s.Start:s.End])
		}
	}
}

// TestSameAsProse checks that the labels and sentences of ProseTagger are
// those prose's own full pipeline gives, on the seed corpus and on text
// made to reach the word-shape cases (accents, digits, punctuation) and the
// chunks prose shares or drops (see proseTokens).
func TestSameAsProse(t *testing.T) {
	texts := map[string]string{
		"shapes": "Renée Ballard met O'Brien at 5:30 in São Paulo, café... Mr. J.R.R. Tolkien's 2nd book — “The Hobbit” (1937)! Was it NASA? i.e. no_one. She joins 'Reading' and 'Reading' in “Reading”; don't :-) go.",
	}
	files, err := filepath.Glob("../sources/ballard/*.txt")
	more, err2 := filepath.Glob("../eval/testdata/synthetic/corpus/*")
	files = append(files, more...)
	if err != nil || err2 != nil || len(files) == 0 {
		t.Fatalf("seed corpus: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(f)] = string(b)
	}
	full, err := prose.NewDocument("") // prose's model, built once
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			m, err := sharedModels()
			if err != nil {
				t.Fatal(err)
			}
			want, err := prose.NewDocument(text+" .", prose.UsingModel(full.Model))
			if err != nil {
				t.Fatal(err)
			}
			got := m.seg.segment(text + " .")
			ws := joinTitleBreaks(want.Sentences())
			if len(got) != len(ws) {
				t.Fatalf("%d sentences, prose %d", len(got), len(ws))
			}
			for i := range ws {
				if got[i] != ws[i] {
					t.Errorf("sentence %d: %q, prose %q", i, got[i], ws[i])
				}
			}
			toks := want.Tokens()
			mine, src := proseTokens(text + " .")
			if len(mine) != len(toks) {
				t.Fatalf("%d tokens, prose %d", len(mine), len(toks))
			}
			for i := range toks {
				if mine[i].Text != toks[i].Text {
					t.Fatalf("token %d: %q, prose %q", i, mine[i].Text, toks[i].Text)
				}
			}
			m.label(mine, src, newScratch())
			for i := range toks {
				if mine[i].Tag != toks[i].Tag {
					t.Errorf("token %d %q: tag %q, prose %q", i, toks[i].Text, mine[i].Tag, toks[i].Tag)
				}
				if mine[i].Label != toks[i].Label {
					t.Errorf("token %d %q: label %q, prose %q", i, toks[i].Text, mine[i].Label, toks[i].Label)
				}
			}
		})
	}
}

// joinTitleBreaks returns the text of prose's sentences, with the one
// change the splitter makes on these texts: a sentence prose ends with a
// title's short form ("Det.") goes on into the next, as titleAbbreviations
// keeps it.
func joinTitleBreaks(ss []prose.Sentence) []string {
	var out []string
	joined := false
	for _, s := range ss {
		if joined {
			out[len(out)-1] += " " + s.Text
		} else {
			out = append(out, s.Text)
		}
		fields := strings.Fields(s.Text)
		joined = len(fields) > 0 && names.IsTitleAbbreviation(fields[len(fields)-1])
	}
	return out
}

func TestWordShape(t *testing.T) {
	tests := []struct{ name, word, want string }{
		{"number", "1937", "number"},
		{"float", "2.5", "number"},
		{"lower", "book", "downcase"},
		{"title", "Ballard", "upcase"},
		{"upper", "NASA", "upcase"},
		{"mixed", "iPhone", "mixedcase"},
		{"accent at end", "café", "punct"},
		{"accent inside", "Renée", "upcase"},
		{"punct", "—", "punct"},
		{"underscore", "no_one", "downcase"},
		{"empty", "", "other"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := wordShape(tc.word); got != tc.want {
				t.Errorf("shape(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}

// TestLinkNeedsStopOrAt checks what the tagger's guard before its link and
// address expressions assumes: neither matches a word without a full stop
// or an at sign.
func TestLinkNeedsStopOrAt(t *testing.T) {
	for _, expr := range []string{commonregex.LinkPattern, commonregex.EmailPattern} {
		needs := false // one of the sets every match holds a string of is all strings with a stop or an at sign
		for _, set := range prefilter.New(expr) {
			all := true
			for _, s := range set {
				all = all && strings.ContainsAny(s, ".@")
			}
			needs = needs || all
		}
		if !needs {
			t.Errorf("%s may match a word without a full stop or an at sign", expr)
		}
	}
	for _, w := range []string{"example.com", "a@b.org"} {
		if !isLinkOrEmail(w) {
			t.Errorf("%q is no link or address", w)
		}
	}
}

// FuzzTokensAsProse checks that proseTokens splits any text into the
// tokens prose's tokenizer makes of it.
func FuzzTokensAsProse(f *testing.F) {
	for _, s := range []string{"Renée Ballard met O'Brien at 5:30.", "don't :-) go \"Reading\" (1937)!", "  a  b\tc\n'Re... J.R.R. x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip() // documents are valid UTF-8 (see sources)
		}
		want, ok := proseTokenizer(text)
		if !ok {
			t.Skip()
		}
		got, _ := proseTokens(text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, prose %d", text, len(got), len(want))
		}
		for i := range want {
			if got[i].Text != want[i].Text {
				t.Fatalf("%q: token %d %q, prose %q", text, i, got[i].Text, want[i].Text)
			}
		}
	})
}

// proseTokenizer returns the tokens prose's tokenizer makes of text;
// false when prose fails on it (its splitter slices a word where lowering
// it changed its length in bytes).
func proseTokenizer(text string) (toks []prose.Token, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	return doc.Tokens(), true
}
