package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// fieldKey lower-cases a field key and folds its spacing, so "Developed By",
// "Developer" and "developed by" can be looked up in one table.
// A plural written "(s)" is dropped and so is a number after a key, as
// infobox templates number their repeated keys: "Executive producer(s)" is
// "executive producer", "Network2" is "network".
func fieldKey(k string) string {
	if key, ok := plainFieldKey(k); ok {
		return key
	}
	k = strings.ReplaceAll(strings.ToLower(k), "(s)", "")
	k = strings.TrimSpace(k)
	if n := strings.TrimRightFunc(k, unicode.IsDigit); n != k && n != "" && unicode.IsLetter(rune(n[len(n)-1])) {
		k = n
	}
	return strings.Join(strings.Fields(k), " ")
}

// plainFieldKey is fieldKey for a key without brackets, digits or bytes
// that are not UTF-8, as nearly every key is, in one pass and without a
// string when the key is its own: fieldKey is asked of every line a field
// may open. It lowers each rune as strings.ToLower does and folds the
// runs of white space as strings.Fields does. ok is false for any other
// key.
func plainFieldKey(k string) (key string, ok bool) {
	var buf [64]byte
	out := buf[:0]
	space := false
	for i := 0; i < len(k); {
		c := k[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(k[i:])
			if r == utf8.RuneError && n == 1 || unicode.IsDigit(r) {
				return "", false // a byte strings.ToLower would replace, a digit fieldKey may drop
			}
			i += n
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && len(out) > 0 {
				out = append(out, ' ')
			}
			space = false
			out = utf8.AppendRune(out, unicode.ToLower(r))
			continue
		}
		i++
		switch {
		case c == '(' || '0' <= c && c <= '9':
			return "", false // a plural or a number, which fieldKey drops
		case c == ' ' || '\t' <= c && c <= '\r':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	if string(out) == k {
		return k, true // no string made
	}
	return string(out), true
}

// splitValues splits a field value on commas, semicolons and " and ",
// keeping each value's offset; commas inside parentheses do not split. A
// note in parentheses ends a value when a capitalised word follows it, as
// in values run together ("Leo Grant (2010–2020) Ross Keane"), and
// a value that is only a note belongs to the one before it ("Frank Dorsey ,
// (father; deceased)"). A note in square brackets ends a value too ("Leo
// Grant[1]"), and the line when another field runs on after it. A slash
// between two capitalised words splits too ("Granada/ITV", "BBC One/BBC
// Two"), see nameSlash, and so do the words of a credit between two
// companies, but not an "and" inside one company's name (see joinLen). A
// value cut short after a small word ("Characters created by") is dropped.
func splitValues(off int, v string) []sources.Span {
	var out []sources.Span
	depth, start := 0, 0
	add := func(a, b int) { out = addValue(out, off, v, a, b) }
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
			if rest := strings.TrimLeft(v[i+1:], " "); depth == 0 && rest != "" && rest != v[i+1:] && isUpperStart(rest) {
				add(start, i+1)
				start = i + 1
			}
		case ',', ';':
			if depth == 0 && !(v[i] == ',' && generationAfter(v[i+1:])) {
				add(start, i)
				start = i + 1
			}
		case '[':
			k := strings.IndexByte(v[i:], ']')
			if depth > 0 || k < 0 {
				continue
			}
			add(start, i)
			rest := v[i+k+1:]
			if e := strings.IndexAny(rest, ",;["); e >= 0 {
				rest = rest[:e]
			}
			if strings.Contains(rest, ": ") {
				return out // "Vole [full cast list] Series Premiere: April 9": another field runs on
			}
			start, i = i+k+1, i+k
		case ' ', '/':
			if n := joinLen(v, i); depth == 0 && n > 0 {
				add(start, i)
				start, i = i+n, i+n-1
			}
		}
	}
	add(start, len(v))
	return out
}

// addValue appends to out the value v[a:b] of a field whose value v starts
// at off, trimmed and without a leading "and"; an empty value or one cut
// short after a small word is skipped, and a value that is only a note in
// brackets joins the one before it.
func addValue(out []sources.Span, off int, v string, a, b int) []sources.Span {
	s := v[a:b]
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "and ")
	if s == "" || danglingEnd.MatchString(s) {
		return out
	}
	a2 := a + lead
	if strings.HasPrefix(v[a2:], "and ") {
		a2 += 4
	}
	if n := len(out); n > 0 && strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		out[n-1].End = off + a2 + len(s)
		out[n-1].Text = v[out[n-1].Start-off : a2+len(s)]
		return out
	}
	return append(out, sources.Span{Start: off + a2, End: off + a2 + len(s), Text: s})
}

// generationAfter reports whether rest, the text after a comma, opens with
// the generational suffix of the name before the comma ("Frank Dorsey, Jr.",
// "Ann Roe, Sr. (grandmother)"): the suffix is part of that name, not a value
// of its own.
func generationAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, g := range []string{"Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"} {
		if strings.HasPrefix(rest, g) {
			after := rest[len(g):]
			return after == "" || strings.IndexAny(after[:1], " ,;([") == 0
		}
	}
	return false
}

// withoutGeneration returns s without the generational suffix that ends
// it, with its comma ("Frank Dorsey, Jr." is "Frank Dorsey"), or s.
func withoutGeneration(s string) string {
	for _, g := range []string{", Jr.", ", Sr.", " Jr.", " Sr."} {
		if r, ok := strings.CutSuffix(s, g); ok && strings.Contains(strings.TrimSpace(r), " ") {
			return r
		}
	}
	return s
}

// IsName reports whether s looks like a bare name on a line of its own:
// a few words, each capitalised, no sentence punctuation but that of a
// generational suffix ("Frank Dorsey, Jr.").
func IsName(s string) bool {
	s = withoutGeneration(s)
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(s, ".,;:!?|") {
		return false
	}
	for _, w := range ws {
		if !opensName(w) {
			return false
		}
	}
	return true
}

// opensName reports whether w opens as a word of a name may: with a
// capital, or with the quotation mark of a quoted nickname (`"Walnuts"
// Grady`, "“Walnuts” Grady").
func opensName(w string) bool { return names.Capitalised(w) || names.OpensQuoted(w) }

// undot drops the full stops of abbreviated titles ("Sgt. Ray Okafor"), so
// that a name line with a title still reads as a name.
func undot(t string) string {
	ws := strings.Fields(t)
	for i, w := range ws {
		if strings.HasSuffix(w, ".") && (names.IsTitle(w) || len(w) <= 3) {
			ws[i] = strings.TrimSuffix(w, ".")
		}
	}
	return strings.Join(ws, " ")
}

// joinsValues reports whether the space or slash at v[i] parts two values:
// a space before "and " or a slash between names.
func joinsValues(v string, i int) bool {
	if v[i] == '/' {
		return nameSlash(v, i)
	}
	return strings.HasPrefix(v[i:], " and ")
}

// nameSlash reports whether the slash at v[i] sits between two names, as
// fact boxes join companies and networks ("Granada Television/ITV
// Productions", "Channel 4/Hulu"): the word before it is capitalised (or a
// number after a capitalised word) and the word after it is capitalised.
// Dates and counts ("24/7", "1/2"), "and/or", addresses ("http://") and two
// short letter groups that make one name ("AC/DC") do not split.
func nameSlash(v string, i int) bool {
	if strings.Contains(v, "://") || strings.Contains(strings.ToLower(v), "www.") {
		return false
	}
	before := strings.Fields(v[:i])
	next := strings.TrimLeft(v[i+1:], " ")
	if k := strings.IndexAny(next, " /,;()"); k >= 0 {
		next = next[:k]
	}
	if len(before) == 0 || !hasLetter(next) || !names.Capitalised(next) {
		return false
	}
	prev := before[len(before)-1]
	prev = prev[strings.LastIndexAny(prev, "/,;(")+1:]
	switch {
	case prev == "":
		return false
	case unicode.IsDigit(names.FirstRune(prev)):
		return len(before) > 1 && names.Capitalised(before[len(before)-2])
	case !names.Capitalised(prev):
		return false
	}
	if slashedName(v, i) {
		return false
	}
	return utf8.RuneCountInString(prev) > 2 || utf8.RuneCountInString(next) > 2
}

// slashedName reports whether the slash at v[i] joins two surnames inside
// one company's name ("The Hale/Morrow Company", "Hale/Morrow Productions"):
// before it stands one word that is no initialism, with "The" or alone, and
// after it a name of several words.
func slashedName(v string, i int) bool {
	left := strings.Fields(v[strings.LastIndexAny(v[:i], ",;/(")+1 : i])
	if len(left) == 2 && left[0] == "The" {
		left = left[1:]
	}
	right := v[i+1:]
	if k := strings.IndexAny(right, ",;/("); k >= 0 {
		right = right[:k]
	}
	return len(left) == 1 && strings.ToUpper(left[0]) != left[0] && len(strings.Fields(right)) > 1
}
