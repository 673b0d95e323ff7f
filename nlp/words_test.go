package nlp

import (
	"reflect"
	"strconv"
	"testing"
)

// TestWordInfosKept checks that a scratch keeps the wordInfo of a word
// from text to text, that a kept one is what newWordInfo finds for the
// word, and that a scratch holding too many words starts over.
func TestWordInfosKept(t *testing.T) {
	m, err := sharedModels()
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch()
	first, _ := proseTokens("Mirela Vostrak met Tobin Achterberg in Quellford.")
	second, _ := proseTokens("Tobin Achterberg left Quellford, said Mirela.")
	kept := map[string]*wordInfo{}
	for i, wi := range m.wordInfos(first, sc) {
		kept[first[i].Text] = wi
	}
	for i, wi := range m.wordInfos(second, sc) {
		w := second[i].Text
		if k, ok := kept[w]; ok && k != wi {
			t.Errorf("%q: wordInfo found again, not kept", w)
		}
		if want := m.newWordInfo(w); !reflect.DeepEqual(wi, want) {
			t.Errorf("%q: kept %+v, newWordInfo %+v", w, wi, want)
		}
	}
	for i := range maxWords + 1 {
		sc.words[strconv.Itoa(i)] = &wordInfo{}
	}
	m.wordInfos(second, sc)
	if len(sc.words) > len(second) {
		t.Errorf("%d words kept after the scratch was full, want at most %d", len(sc.words), len(second))
	}
}

// TestProseTokensReused checks that a scratch that has split chunks of
// other texts splits a text as a new one does, with the same sharing of
// repeated chunks (src).
func TestProseTokensReused(t *testing.T) {
	texts := []string{
		"Mirela Vostrak (the mayor) met Tobin; Tobin said: \"Vostrak's plan.\" Mirela...",
		"Tobin said: \"Vostrak's plan.\" (the mayor) left, Mirela... and Tobin; Tobin",
	}
	sc := newScratch()
	for _, text := range texts {
		got, gotSrc := sc.proseTokens(text)
		want, wantSrc := newScratch().proseTokens(text)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotSrc, wantSrc) {
			t.Errorf("%q: tokens %v src %v, with a new scratch %v %v", text, got, gotSrc, want, wantSrc)
		}
	}
}
