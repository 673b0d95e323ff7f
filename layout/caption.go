package layout

import (
	"regexp"
	"strings"

	"github.com/kgbuild/kg/sources"
)

// captionPair matches one "Actor (Character)" of a photo caption.
var captionPair = regexp.MustCompile(`^(\p{Lu}[^()]{0,60}?)\s+\(([^()]{1,80})\)`)

// parseCaption reads a photo caption: "Actor (Character), Actor
// (Character), and Actor (Character) in TITLE. Photographer/Agency".
func parseCaption(body string, off int) (Block, bool) {
	var vals []sources.Span
	pos := 0
	for {
		m := captionPair.FindStringSubmatchIndex(body[pos:])
		if m == nil {
			break
		}
		a := strings.TrimPrefix(body[pos+m[2]:pos+m[3]], "and ")
		aStart := pos + m[3] - len(a)
		if !IsName(a) || !IsName(strings.ReplaceAll(body[pos+m[4]:pos+m[5]], "\"", "")) {
			return Block{}, false
		}
		vals = append(vals, sources.Span{Start: off + aStart, End: off + pos + m[3], Text: a}, sources.Span{Start: off + pos + m[4], End: off + pos + m[5], Text: body[pos+m[4] : pos+m[5]]})
		pos += m[1]
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
	if len(vals) == 0 || !strings.HasPrefix(body[pos:], " in ") {
		return Block{}, false
	}
	b := Block{Kind: BlockCaption, Values: vals}
	if pos < len(body) {
		b.Rest = &sources.Span{Start: off + pos + 1, End: off + len(body), Text: body[pos+1:]}
	}
	return b, true
}
