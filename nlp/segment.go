package nlp

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/names"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// segmenter is prose's English sentence splitter (Punkt, with prose's
// additions), built once per process. prose builds it anew for every
// document, decoding its JSON training data each time, which cost more than
// the splitting; once built it is only read, so one serves every goroutine.
// The construction below is prose v2.0.0's (segment.go, MIT licence), so the
// sentences are the ones prose gives, but after an initialism ("U.S.
// Marshals"), where prose ends a sentence before most capitalised nouns,
// and after a name's leading initial ("W. Mark Hale"), see initialNames,
// or a title's short form ("Det. Sgt. Jane Roe"), see titleAbbreviations.
type segmenter struct {
	tok *sentences.DefaultSentenceTokenizer
}

func newSegmenter() (*segmenter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		training.AbbrevTypes.Add(abbr)
	}
	lang := sentences.NewPunctStrings()
	word := &punktWords{}
	word.PunctStrings = lang
	annotations := sentences.NewAnnotations(training, lang, word)
	ortho := &sentences.OrthoContext{Storage: training, PunctStrings: lang, TokenType: word, TokenFirst: word}
	annotations = append(annotations, &multiPunct{Storage: training, TokenParser: word,
		TokenGrouper: &sentences.DefaultTokenGrouper{}, Ortho: ortho}, initialNames{}, titleAbbreviations{})
	return &segmenter{tok: &sentences.DefaultSentenceTokenizer{
		Storage: training, PunctStrings: lang, WordTokenizer: word, Annotations: annotations,
	}}, nil
}

// segment returns the text of each sentence, trimmed.
func (s *segmenter) segment(text string) []string {
	ss := s.tok.Tokenize(text)
	out := make([]string, len(ss))
	for i := range ss {
		out[i] = strings.TrimSpace(ss[i].Text)
	}
	return out
}

// punktWords is prose's word tokenizer for the splitter: more endings count
// as the end of a sentence.
type punktWords struct {
	sentences.DefaultWordTokenizer
}

var (
	reAbbr              = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	reLooksLikeEllipsis = regexp.MustCompile(`(?:\.\s?){2,}\.`)
	reEntities          = regexp.MustCompile(`Yahoo!`)
	sentEnders          = []string{`."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`}
	sentParens          = []string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`}
	reInitialism        = regexp.MustCompile(`^(?:\p{Lu}\.){2,}$`)
)

// sentenceOpeners are the function words that open sentences, beside the
// starters Punkt learnt: after an initialism such as "U.S." one of them
// ends the sentence, any other capitalised word goes on with a name.
var sentenceOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "then": true, "in": true, "on": true, "at": true, "after": true,
	"before": true, "when": true, "while": true, "but": true, "and": true, "so": true,
	"yet": true, "however": true, "meanwhile": true, "although": true, "though": true,
	"as": true, "if": true, "since": true, "because": true, "during": true, "now": true,
	"later": true, "also": true, "for": true, "with": true, "from": true, "by": true,
	"following": true, "despite": true, "according": true, "unlike": true, "both": true,
	"each": true, "some": true, "many": true, "most": true, "all": true, "no": true,
}

// HasSentEndChars implements sentences.WordTokenizer.
func (e *punktWords) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range sentEnders {
		if strings.HasSuffix(t.Tok, ender) && !reEntities.MatchString(t.Tok) {
			return true
		}
	}
	for _, paren := range sentParens {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}

// multiPunct is prose's annotation for abbreviations such as "F.B.I.".
type multiPunct struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.TokenGrouper
	sentences.Ortho
}

// Annotate implements sentences.AnnotateTokens.
func (a *multiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, pair := range a.TokenGrouper.Group(tokens) {
		if len(pair) < 2 || pair[1] == nil {
			tok := pair[0].Tok
			if strings.Contains(tok, "\n") && strings.Contains(tok, " ") {
				pair[0].SentBreak = false // an errant newline
			}
			continue
		}
		a.tokenAnnotation(pair[0], pair[1])
	}
	return tokens
}

// looksInternal says whether tok's punctuation could be inside a sentence.
func looksInternal(tok string) bool {
	for _, p := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, p) {
			return true
		}
	}
	return false
}

// looksLikeEllipsis and hasAbbreviation are prose's tests of a token,
// run only on a word with the full stops every match holds (three, one):
// most words have none.
func looksLikeEllipsis(tok string) bool {
	return strings.Count(tok, ".") >= 3 && reLooksLikeEllipsis.MatchString(tok)
}

func hasAbbreviation(tok string) bool {
	return strings.IndexByte(tok, '.') >= 0 && reAbbr.MatchString(tok)
}

func (a *multiPunct) tokenAnnotation(one, two *sentences.Token) {
	var nextTyp string
	if strings.HasSuffix(one.Tok, ".") && two.Tok == "." {
		one.SentBreak, two.SentBreak = false, false // an ellipsis split in two
		return
	}
	isNonBreak := strings.HasSuffix(one.Tok, ".") && !one.SentBreak
	isEllipsis := looksLikeEllipsis(one.Tok)
	isInternal := one.SentBreak && looksInternal(one.Tok)
	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(two)
		isStarter := a.SentStarters[nextTyp]
		if isEllipsis && (a.TokenParser.FirstUpper(two) || isStarter != 0) {
			one.SentBreak = true
			return
		}
		if isInternal && a.TokenParser.FirstLower(two) && isStarter == 0 {
			one.SentBreak = false
			return
		}
		if isNonBreak && a.TokenParser.FirstUpper(two) && a.Storage.OrthoContext[nextTyp]&112 != 0 {
			one.SentBreak = true
		}
	}
	if !hasAbbreviation(one.Tok) || a.IsInitial(one) {
		return
	}
	one.Abbr = true
	one.SentBreak = false
	if reInitialism.MatchString(one.Tok) {
		one.SentBreak = a.opensAfterInitialism(two)
		return
	}
	if a.Ortho.Heuristic(two) == 1 {
		one.SentBreak = true
		return
	}
	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(two)
	}
	if a.TokenParser.FirstUpper(two) && a.SentStarters[nextTyp] != 0 {
		one.SentBreak = true
	}
}

// opensAfterInitialism reports whether two starts a sentence after an
// initialism: "U.S. Marshals", "the U.K. The series". After letters and
// periods a capitalised word is as often a name going on as a new
// sentence, and Punkt's orthographic test calls most nouns starters; only
// a word that opens sentences ends one here.
func (a *multiPunct) opensAfterInitialism(two *sentences.Token) bool {
	typ := a.TokenParser.TypeNoSentPeriod(two)
	return a.TokenParser.FirstUpper(two) && (a.SentStarters[typ] != 0 || sentenceOpeners[typ])
}

// reInitial matches a lone capital initial with its full stop: "C.", "J.".
var reInitial = regexp.MustCompile(`^\p{Lu}\.$`)

// initialNames keeps a name's leading initial in its sentence ("starred C.
// Thomas Howe and", "wrote to W. Mark Hale"): a capital letter and a full
// stop before a capitalised word that is a well-known given name or is
// followed by another capitalised word does not end a sentence. A one-letter
// word can end one ("chose Plan B. The next day"), so a word that opens
// sentences after the letter, or a lone capitalised word before lower-case
// words, still starts a new sentence.
type initialNames struct{}

// Annotate implements sentences.AnnotateTokens.
func (initialNames) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		one, two := tokens[i], tokens[i+1]
		if !one.SentBreak || !reInitial.MatchString(one.Tok) || !upperWord(two.Tok) {
			continue
		}
		word := strings.ToLower(two.Tok)
		if sentenceOpeners[word] {
			continue
		}
		if names.GivenName(two.Tok) || i+2 < len(tokens) && upperWord(tokens[i+2].Tok) {
			one.SentBreak = false
		}
	}
	return tokens
}

// upperWord reports whether tok is a capitalised word of letters: "Thomas",
// "K.", not "The." ending a sentence of its own nor "1999".
func upperWord(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	if !unicode.IsUpper(r) {
		return false
	}
	return !strings.HasSuffix(tok, ".") || reInitial.MatchString(tok)
}

// titleAbbreviations keeps a title's short form in its sentence: "Det. Sgt.
// Jane Roe", "(Insp. Ray Hobb)". Punkt knows few of them ("Insp.", "Supt.",
// "Capt." end its sentences), which parted the title from the name and cut
// the name out of its sentence. A full stop after one of names' title
// abbreviations does not end a sentence before a capitalised word, unless
// that word opens sentences ("promoted to Det. The next day").
type titleAbbreviations struct{}

// Annotate implements sentences.AnnotateTokens.
func (titleAbbreviations) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		one, two := tokens[i], tokens[i+1]
		if !one.SentBreak || !names.IsTitleAbbreviation(strings.TrimLeft(one.Tok, `("'[“‘`)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(two.Tok)
		if unicode.IsUpper(r) && !sentenceOpeners[strings.ToLower(two.Tok)] {
			one.SentBreak = false
		}
	}
	return tokens
}
