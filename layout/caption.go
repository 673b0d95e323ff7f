package layout

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

var (
	// captionPair matches one "Actor (Character)" of a photo caption.
	captionPair = regexp.MustCompileShort(`^(\p{Lu}[^()]{0,60}?)\s+\(([^()]{1,80})\)`)
	// captionLead matches the words before the pairs of a caption that says
	// where its people stand: "Cast members, from left: ", "(L-R) ", "Left
	// to right, ". Only a photograph's caption orders names so, so its
	// pairs need no " in TITLE" after them.
	captionLead = regexp.MustCompile(`(?i)^(?:[^()]{0,80}?[\s,])?(?:\(?from left\)?|\(?left to right\)?|\(l-r\)|\(l to r\))[:,]?\s+`)
	// quotedNickname matches a nickname in quotation marks inside a name:
	// `Peter "Walnuts" Grady`.
	quotedNickname = regexp.MustCompile(`\s*["“][^"”]*["”]`)
)

// parseCaption reads a photo caption: "Actor (Character), Actor
// (Character), and Actor (Character) in TITLE. Photographer/Agency", or,
// after words that say where the people stand ("From left: "), two or
// more pairs followed by anything.
func parseCaption(body string, off int) (Block, bool) {
	var vals []sources.Span
	pos, end := 0, 0
	lead := captionLead.FindStringIndex(body)
	if lead != nil {
		pos = lead[1]
	}
	for {
		m := captionPair.FindStringSubmatchIndex(body[pos:])
		if m == nil {
			break
		}
		a := strings.TrimPrefix(body[pos+m[2]:pos+m[3]], "and ")
		aStart := pos + m[3] - len(a)
		if !IsName(a) || !captionName(body[pos+m[4]:pos+m[5]]) {
			return Block{}, false
		}
		vals = append(vals, sources.Span{Start: off + aStart, End: off + pos + m[3], Text: a}, sources.Span{Start: off + pos + m[4], End: off + pos + m[5], Text: body[pos+m[4] : pos+m[5]]})
		pos += m[1]
		end = pos
		rest := body[pos:]
		switch {
		case strings.HasPrefix(rest, ", and "):
			pos += 6
		case strings.HasPrefix(rest, ", "):
			pos += 2
		case strings.HasPrefix(rest, " and "):
			pos += 5
		default:
			goto done
		}
	}
done:
	if len(vals) == 0 || !strings.HasPrefix(body[end:], " in ") && (lead == nil || len(vals) < 4) {
		return Block{}, false
	}
	b := Block{Kind: BlockCaption, Values: vals}
	if skip := len(body[end:]) - len(strings.TrimLeft(body[end:], " ,;")); end+skip < len(body) {
		b.Rest = &sources.Span{Start: off + end + skip, End: off + len(body), Text: body[end+skip:]}
	}
	return b, true
}

// captionName reports whether a caption's character is a name: its
// capitalised words, a title's or an initial's full stops and a quoted
// nickname allowed ("Dr. Ilse Brandt", `Peter "Walnuts" Grady Jr.`).
func captionName(s string) bool {
	s = quotedNickname.ReplaceAllString(s, "")
	return IsName(undot(names.WithoutDoubleQuotes(s)))
}
