package pipeline

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/kgbuild/kg/sources"
)

// TestAgain checks that a parse asked for again is the one the run made,
// read back from the cache when it holds it and parsed again when not,
// and that one read back has its texts as pieces of the document's text,
// not copies that the mentions taken from them would keep.
func TestAgain(t *testing.T) {
	src := t.TempDir()
	write(t, filepath.Join(src, "a.txt"), "= Nightfall (TV series) =\n- Starring: Dana Holt\n- Dana Holt as Detective Ivy Cole, a cop.\n\nNightfall stars Dana Holt as Ivy Cole. It is set in Chicago.\n")
	docs, _, err := sources.Loader{}.Load(context.Background(), []string{src})
	if err != nil || len(docs) != 1 {
		t.Fatalf("load: %v (%d documents)", err, len(docs))
	}
	d := docs[0]
	tests := []struct {
		name   string
		cached bool
	}{{"from the cache", true}, {"parsed again", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cache, err := NewDirCache(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			p, err := New(Config{Cache: cache, Fresh: true})
			if err != nil {
				t.Fatal(err)
			}
			made, _, err := p.parseOne(d, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.cached {
				p.cache = &DirCache{dir: t.TempDir(), salt: ParseVersion}
			}
			got, err := p.again(d)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Blocks, made.Blocks) || !reflect.DeepEqual(got.Sentences, made.Sentences) {
				t.Fatalf("the parse again differs from the one made")
			}
			if len(got.Sentences) == 0 {
				t.Fatal("no sentence: the test compares nothing")
			}
			if !tt.cached {
				return // as the run made it
			}
			for _, sn := range got.Sentences {
				if !within(sn.Span.Text, d.Text) {
					t.Errorf("sentence %q is a copy, not a piece of the text", sn.Span.Text)
				}
				for _, tok := range sn.Tokens {
					if !within(tok.Text, d.Text) {
						t.Errorf("token %q is a copy, not a piece of the text", tok.Text)
					}
				}
			}
			for _, b := range got.Blocks {
				if !within(b.Span.Text, d.Text) {
					t.Errorf("block %q is a copy, not a piece of the text", b.Span.Text)
				}
			}
		})
	}
}

// within reports whether s is a piece of text, sharing its memory.
func within(s, text string) bool {
	if s == "" {
		return true
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return start <= at && at+uintptr(len(s)) <= start+uintptr(len(text))
}
