package nlp

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/sources"
)

// ProseTagger tags with prose's tokenizer and tagger, and labels entities
// and splits sentences with prose's models run by this package (maxent.go,
// segment.go: the same labels and sentences, several times faster), aligning
// every token to its byte range (prose's tokens carry no offsets).
//
// The models are built once per process and shared: they are read-only once
// built, and one ProseTagger may be used from several goroutines.
type ProseTagger struct{}

// proseModels are the process-wide models, built on first use (a run whose
// documents all come from the parse cache never builds them).
type proseModels struct {
	pos *perceptron
	ner *maxent
	seg *segmenter
	err error
}

// modelsLoad is one building of the models, shared by the goroutines
// that ask for them until ReleaseModels lets them go.
type modelsLoad struct {
	once sync.Once
	m    proseModels
}

var (
	modelsMu sync.Mutex
	modelsAt *modelsLoad // nil: not built, or let go
)

func sharedModels() (*proseModels, error) {
	modelsMu.Lock()
	l := modelsAt
	if l == nil {
		l = &modelsLoad{}
		modelsAt = l
	}
	modelsMu.Unlock()
	l.once.Do(func() {
		// The three models are built on all cores: on a re-ingest that
		// parses one document, building them is a good part of the run.
		m := &l.m
		var modErr, segErr error
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); m.pos, m.ner, modErr = loadModels() }()
		go func() { defer wg.Done(); m.seg, segErr = newSegmenter() }()
		wg.Wait()
		switch {
		case modErr != nil:
			m.err = modErr
		case segErr != nil:
			m.err = fmt.Errorf("sentence splitter: %w", segErr)
		default:
			m.ner.rows.indexTagIDs(&m.pos.tagIx)
		}
	})
	return &l.m, l.m.err
}

// ReleaseModels lets go of the models (about 55 MB), for a caller that
// has tagged what it had to: a tagging already under way keeps the
// models it has, and a later one builds them again.
func ReleaseModels() {
	modelsMu.Lock()
	defer modelsMu.Unlock()
	modelsAt = nil
}

// WarmUp starts building the models in the background, for a caller that
// knows a document will be tagged soon and has other work to do first:
// a re-ingest reading its memos learns early that an edited document
// must be parsed.
func WarmUp() { go sharedModels() }

// label tags and labels the tokens prose makes of a text as prose's own
// pipeline does: prose writes the tag and the label of a token into values
// that repeated chunks of text share, so each occurrence ends up with the
// last one's (src, from proseTokens), and the entity classifier reads the
// tags so.
func (m *proseModels) label(toks []prose.Token, src []int, sc *scratch) {
	infos := m.wordInfos(toks, sc)
	ids := m.pos.tag(toks, infos, sc)
	for i, j := range src {
		toks[i].Tag, ids[i] = toks[j].Tag, ids[j]
	}
	m.ner.label(toks, infos, ids, sc)
	for i, j := range src {
		toks[i].Label = toks[j].Label
	}
}

// Tag runs prose's tokenizer and models on text and aligns its tokens and
// sentences to byte offsets. A full stop is added after the text because
// prose's entity chunker drops an entity that ends the text (the padding
// is kept so that labels and sentences stay those prose gave).
func (t *ProseTagger) Tag(text string) ([]Token, []sources.Span, error) {
	m, err := sharedModels()
	if err != nil {
		return nil, nil, err
	}
	padded := text + " ."
	sc := getScratch()
	defer putScratch(sc)
	ptoks, src := sc.proseTokens(padded) // prose's tokens, without the rest of prose.NewDocument's work
	m.label(ptoks, src, sc)
	toks := make([]Token, 0, len(ptoks)) // all but the padding, mostly
	cur := 0
	for _, pt := range ptoks {
		i := indexFrom(text, pt.Text, cur)
		if i < 0 || i-cur > 40 {
			continue // not in the original text (normalised quote, the padding)
		}
		toks = append(toks, Token{Text: pt.Text, Tag: pt.Tag, Label: pt.Label, Start: i, End: i + len(pt.Text)})
		cur = i + len(pt.Text)
	}
	var sents []sources.Span
	cur = 0
	for _, st := range m.seg.segment(padded) {
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
