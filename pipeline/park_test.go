package pipeline

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/nlp"
	"github.com/kgbuild/kg/sources"
)

// TestParkRoundTrip checks that a parked parse unpacks to the parse
// packed, with its texts that are pieces of the document's text pieces
// of it again, the others as they were, and its nil lists nil.
func TestParkRoundTrip(t *testing.T) {
	d, err := sources.NewDocument("a.txt", []byte("Nightfall stars Dana Holt as Ivy Cole.\n- Starring: Dana Holt"))
	if err != nil {
		t.Fatal(err)
	}
	span := func(start, end int) sources.Span {
		return sources.Span{Start: start, End: end, Text: d.Text[start:end]}
	}
	tests := []struct {
		name string
		p    nlp.Parsed
	}{
		{"nothing", nlp.Parsed{}},
		{"empty lists, not nil", nlp.Parsed{Blocks: []layout.Block{{Values: []sources.Span{}}}, Sentences: []nlp.Sentence{{Tokens: []nlp.Token{}}}}},
		{"a parse", nlp.Parsed{
			Blocks: []layout.Block{
				{Kind: layout.BlockProse, Span: span(0, 38), Section: "plot", Recognizer: "prose"},
				{Kind: layout.BlockField, Span: span(39, 60), Key: "starring", Values: []sources.Span{span(51, 60)}, Rest: &sources.Span{Start: 51, End: 60, Text: "Dana Holt"}, Level: 2},
			},
			Sentences: []nlp.Sentence{
				{Block: 0, Span: span(0, 38), Tokens: []nlp.Token{{Text: "Dana", Tag: "NNP", Label: "B-PERSON", Start: 16, End: 20}, {Text: "Holt", Tag: "NNP", Label: "I-PERSON", Start: 21, End: 25}}},
				{Block: 1, Span: span(39, 60)},
			},
		}},
		{"texts that are not the document's", nlp.Parsed{
			Blocks:    []layout.Block{{Span: sources.Span{Start: 0, End: 9, Text: "nightfall"}}, {Span: sources.Span{Start: -1, End: 500, Text: "out of range"}}},
			Sentences: []nlp.Sentence{{Span: sources.Span{Start: 5, End: 2, Text: ""}, Tokens: []nlp.Token{{Text: "Holt’s", Start: 21, End: 25}}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			p.Doc = d
			got, err := unpark(d, park(&p))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Blocks, p.Blocks) || !reflect.DeepEqual(got.Sentences, p.Sentences) {
				t.Fatalf("unparked\n%+v\n%+v\nwant\n%+v\n%+v", got.Blocks, got.Sentences, p.Blocks, p.Sentences)
			}
			for _, sn := range got.Sentences {
				for _, tok := range sn.Tokens {
					if tok.Text == d.Text[tok.Start:tok.End] && !within(tok.Text, d.Text) {
						t.Errorf("token %q is a copy, not a piece of the text", tok.Text)
					}
				}
			}
		})
	}
}

// TestUnparkRejects checks that bytes cut short or run on are an error,
// not a parse.
func TestUnparkRejects(t *testing.T) {
	d, err := sources.NewDocument("a.txt", []byte("Dana Holt"))
	if err != nil {
		t.Fatal(err)
	}
	b := park(&nlp.Parsed{Doc: d, Blocks: []layout.Block{{Kind: layout.BlockProse, Span: sources.Span{End: 9, Text: "Dana Holt"}}},
		Sentences: []nlp.Sentence{{Tokens: []nlp.Token{{Text: "Dana", Tag: "NNP", End: 4}}}}})
	for _, bad := range []parked{b[:len(b)-1], append(b[:len(b):len(b)], 0), {0xff}} {
		if p, err := unpark(d, bad); err == nil {
			t.Errorf("% x: unparked %+v, want an error", bad, p)
		}
	}
}

// BenchmarkAgain gives a document's parse back for its final reading, as
// extraction asks for it: read back from the parse cache, or unpacked
// from the bytes it was parked in.
func BenchmarkAgain(b *testing.B) {
	src := b.TempDir()
	text := "= Nightfall (TV series) =\n- Starring: Dana Holt, Rafe Lind\n- Network: Harbor One\n\n"
	for range 20 {
		text += "Nightfall stars Dana Holt as Ivy Cole, a detective in a small harbor town. It was created by Rafe Lind and airs on Harbor One.\n"
	}
	write(b, filepath.Join(src, "a.txt"), text)
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{src})
	if err != nil || len(docs) != 1 {
		b.Fatalf("load: %v (%d documents)", err, len(docs))
	}
	d := docs[0]
	cache, err := NewDirCache(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Config{Cache: cache, Fresh: true})
	if err != nil {
		b.Fatal(err)
	}
	made, _, err := p.parseOne(d, nil)
	if err != nil {
		b.Fatal(err)
	}
	kept := park(made)
	b.Run("cache", func(b *testing.B) {
		for b.Loop() {
			if _, err := p.again(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parked", func(b *testing.B) {
		for b.Loop() {
			if _, err := unpark(d, kept); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(kept)), "parked-bytes")
	})
}
