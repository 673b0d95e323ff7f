package nlp

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/sources"
)

// ProseTagger tags with prose's tokenizer, tagger and entity chunker,
// aligning every token to its byte range (prose's tokens carry no offsets).
//
// prose rebuilds its model on every NewDocument unless one is passed in, so
// the model is built once per process and shared: it is read-only once
// built, and one ProseTagger may be used from several goroutines.
type ProseTagger struct {
	once  sync.Once
	model *prose.Model
}

var (
	modelOnce   sync.Once
	sharedModel *prose.Model
)

func (t *ProseTagger) ensureModel() {
	t.once.Do(func() {
		modelOnce.Do(func() {
			d, err := prose.NewDocument("")
			if err == nil {
				sharedModel = d.Model
			}
		})
		t.model = sharedModel
	})
}

// Tag runs prose on text and aligns its tokens and sentences to byte
// offsets. A full stop is added after the text because prose's entity
// chunker drops an entity that ends the text.
func (t *ProseTagger) Tag(text string) ([]Token, []sources.Span, error) {
	t.ensureModel()
	doc, err := prose.NewDocument(text+" .", prose.UsingModel(t.model))
	if err != nil {
		return nil, nil, err
	}
	var toks []Token
	cur := 0
	for _, pt := range doc.Tokens() {
		i := indexFrom(text, pt.Text, cur)
		if i < 0 || i-cur > 40 {
			continue // not in the original text (normalised quote, the padding)
		}
		toks = append(toks, Token{Text: pt.Text, Tag: pt.Tag, Label: pt.Label, Start: i, End: i + len(pt.Text)})
		cur = i + len(pt.Text)
	}
	var sents []sources.Span
	cur = 0
	for _, ps := range doc.Sentences() {
		st := strings.TrimSpace(ps.Text)
		if st == "" {
			continue
		}
		i := indexFrom(text, st, cur)
		end := i + len(st)
		if i < 0 {
			// The splitter changed the text: fall back to its first word.
			w := strings.Fields(st)[0]
			if i = indexFrom(text, w, cur); i < 0 {
				continue
			}
			end = min(i+len(st), len(text))
		}
		end = min(end, len(text))
		sents = append(sents, sources.Span{Start: i, End: end, Text: text[i:end]})
		cur = end
	}
	return toks, sents, nil
}

// proseEntityTypes maps prose's entity labels to the graph's entity types.
var proseEntityTypes = map[string]string{"PERSON": graph.Person, "GPE": graph.Place}

// EntityType is the graph entity type of the token's entity label from the
// tagger ("" for none or a label with no type), without its B-/I- chunk
// prefix: the extract stage reads types, never a library's label strings.
func (t Token) EntityType() string {
	label := strings.TrimPrefix(strings.TrimPrefix(t.Label, "B-"), "I-")
	return proseEntityTypes[label]
}
