package nlp

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// proseQuotes is the replacement prose's tokenizer makes before it splits.
var proseQuotes = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// proseTokens splits text into tokens as prose's tokenizer does (its
// chunks, each split by proseSplit; TestTokensAsProse and
// FuzzTokensAsProse compare them with prose's), and says, for each token,
// which token's label prose finally gives it. prose's tokenizer splits the
// text into whitespace-separated chunks and, for a chunk it has seen
// before, reuses the very token values it made then; its tagger and entity
// classifier write their results into those shared values, so every
// occurrence of a chunk ends up with the tags and labels of its last
// occurrence (the last chunk of the text is never shared). The tags and
// labels computed per occurrence are copied so (see proseModels.label).
func proseTokens(text string) ([]prose.Token, []int) {
	return newScratch().proseTokens(text)
}

// proseTokens is proseTokens with sc's buffers, and its splits of the
// chunks met before: the tokens and src are sc's until its next call.
func (sc *scratch) proseTokens(text string) ([]prose.Token, []int) {
	chunks, last := proseChunks(proseQuotes.Replace(text))
	if len(sc.splits) > maxWords {
		clear(sc.splits)
	}
	lastSeen := sc.lastSeen // chunk text → index of its last chunk
	clear(lastSeen)
	first := append(sc.first[:0], make([]int, len(chunks)+1)...)
	toks := sc.toks[:0]
	for ci, c := range chunks {
		first[ci] = len(toks)
		ws, seen := sc.splits[c]
		if !seen {
			c = strings.Clone(c) // not the text, which the kept split would keep
			ws = proseSplit(c)   // a chunk is split once, however often it comes
			sc.splits[c] = ws
		}
		for _, w := range ws {
			toks = append(toks, prose.Token{Text: w})
		}
		if ci < len(chunks)-1 || !last {
			lastSeen[c] = ci
		}
	}
	first[len(chunks)] = len(toks)
	src := sc.src[:0]
	for i := range toks {
		src = append(src, i)
	}
	for ci, c := range chunks {
		if ci == len(chunks)-1 && last {
			continue
		}
		li := lastSeen[c]
		for j := 0; j < first[ci+1]-first[ci]; j++ {
			src[first[ci]+j] = first[li] + j
		}
	}
	sc.first, sc.toks, sc.src = first, toks, src
	return toks, src
}

// proseChunks splits text as prose's tokenizer does: into the runs between
// a change from space to non-space or back, a single space dropped at the
// start of a run. Runs of spaces give no tokens and are left out. last says
// whether the final chunk is the one prose splits after its loop (and so
// never shares).
func proseChunks(clean string) (chunks []string, last bool) {
	start, index := 0, 0
	white := false
	for index <= len(clean) {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				if s := clean[start:index]; strings.TrimSpace(s) != "" {
					chunks = append(chunks, s)
				}
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		if s := clean[start:index]; strings.TrimSpace(s) != "" {
			return append(chunks, s), true
		}
	}
	return chunks, false
}

// proseSplit is prose's split of a chunk into tokens (doSplit in prose
// v2.0.0's tokenize.go, MIT licence), with its quirks: a chunk it cannot
// shorten further is dropped ("'Re..." matches its "'re" contraction at 0).
func proseSplit(token string) []string {
	var toks, suffs []string
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			toks = append(toks, s)
		}
	}
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if proseSpecial(token) {
			add(token)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := strings.ToLower(token)
		if hasAnyPrefix(token, prosePrefixes) {
			add(string(token[0]))
			token = token[1:]
		} else if idx := hasAnyIndex(lower, []string{"'ll", "'s", "'re", "'m"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if idx := hasAnyIndex(lower, []string{"n't"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if hasAnySuffix(token, proseSuffixes) {
			suffs = append([]string{string(token[len(token)-1])}, suffs...)
			token = token[:len(token)-1]
		} else {
			add(token)
		}
	}
	return append(toks, suffs...)
}

var (
	proseSuffixes = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	prosePrefixes = []string{"$", "(", `"`, "["}
	proseInternal = regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)
)

// proseSpecial is prose's test for a token kept whole: an abbreviation, or
// one of its emoticons (only those that can reach it: the others begin or
// end with a character split off before, which prose tests first only
// because it tests this first, so all are listed). Every abbreviation ends
// with a full stop, which most tokens lack: they are not searched.
func proseSpecial(token string) bool {
	return proseEmoticons[token] || strings.HasSuffix(token, ".") && proseInternal.MatchString(token)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

func hasAnyIndex(s string, subs []string) int {
	for _, p := range subs {
		if i := strings.Index(s, p); i >= 0 && len(s) > len(p) {
			return i
		}
	}
	return -1
}

// proseEmoticons are the tokens prose keeps whole as emoticons.
var proseEmoticons = map[string]bool{
	"(-8":         true,
	"(-;":         true,
	"(-_-)":       true,
	"(._.)":       true,
	"(:":          true,
	"(=":          true,
	"(o:":         true,
	"(¬_¬)":       true,
	"(ಠ_ಠ)":       true,
	"(╯°□°）╯︵┻━┻": true,
	"-__-":        true,
	"8-)":         true,
	"8-D":         true,
	"8D":          true,
	":(":          true,
	":((":         true,
	":(((":        true,
	":()":         true,
	":)))":        true,
	":-)":         true,
	":-))":        true,
	":-)))":       true,
	":-*":         true,
	":-/":         true,
	":-X":         true,
	":-]":         true,
	":-o":         true,
	":-p":         true,
	":-x":         true,
	":-|":         true,
	":-}":         true,
	":0":          true,
	":3":          true,
	":P":          true,
	":]":          true,
	":`(":         true,
	":`)":         true,
	":`-(":        true,
	":o":          true,
	":o)":         true,
	"=(":          true,
	"=)":          true,
	"=D":          true,
	"=|":          true,
	"@_@":         true,
	"O.o":         true,
	"O_o":         true,
	"V_V":         true,
	"XDD":         true,
	"[-:":         true,
	"^___^":       true,
	"o_0":         true,
	"o_O":         true,
	"o_o":         true,
	"v_v":         true,
	"xD":          true,
	"xDD":         true,
	"¯\\(ツ)/¯":    true,
}
