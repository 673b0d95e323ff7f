package resolve

import (
	"regexp"
	"strings"

	"github.com/kgbuild/kg/names"
)

// nameParts is a person's or character's name taken apart, folded:
// "James "Jimmy" Calder Jr." is given "james", quoted "jimmy", surname
// "mcnulty", suffix "jr". The rules that join two forms of one name
// compare the parts, not the whole: a middle name or a familiar given
// name changes one part and leaves the others.
type nameParts struct {
	given, quoted, surname, suffix string
	middles                        []string
}

// frame returns the parts a name keeps with or without its middle names,
// given name, surname and suffix, as one key.
func (p nameParts) frame() string { return p.given + "|" + p.surname + "|" + p.suffix }

// generational are the suffixes that tell a father from his son: "Harry
// Vance" and "Harry Vance Jr." are two people.
var generational = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// splitName takes a name apart, and reports false when it has no given
// name and surname (one word).
func splitName(name string) (nameParts, bool) {
	var p nameParts
	if m := nickname.FindStringSubmatchIndex(name); m != nil {
		p.quoted = names.Fold(name[m[2]:m[3]])
		name = name[:m[0]] + " " + name[m[1]:]
	}
	ws := strings.Fields(names.Fold(expandInitials(name)))
	if n := len(ws); n > 2 && generational[ws[n-1]] {
		p.suffix, ws = ws[n-1], ws[:n-1]
	}
	if len(ws) < 2 {
		return nameParts{}, false
	}
	p.given, p.surname, p.middles = ws[0], ws[len(ws)-1], ws[1:len(ws)-1]
	return p, true
}

// runOfInitials matches a first word made of two or three initials run
// together: "AJ", "A.J.", "T.J".
var runOfInitials = regexp.MustCompile(`^(?:\p{Lu}\.?){2,3}$`)

// expandInitials writes a first word of initials run together as one
// word an initial ("A.J. Cook" is "A J Cook"), so that it is compared
// initial by initial with "Andrea Joy Cook" and "A. J. Cook". A name of
// one word is left as it is ("JJ" may be the whole name).
func expandInitials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || !runOfInitials.MatchString(ws[0]) {
		return name
	}
	var ls []string
	for _, r := range strings.ReplaceAll(ws[0], ".", "") {
		ls = append(ls, string(r))
	}
	return strings.Join(append(ls, ws[1:]...), " ")
}

// givens are the given names the parts answer to: the given name and a
// quoted nickname.
func (p nameParts) givens() []string {
	if p.quoted != "" && strings.IndexByte(p.quoted, ' ') < 0 {
		return []string{p.given, p.quoted}
	}
	return []string{p.given}
}

// middlesFit reports whether the middle names of one are those of the
// other with some left out: "Della Marsh" fits "Della Charlotte Marsh",
// and "Michael C. Hale" fits "Michael Carlyle Hale" by the initial.
func middlesFit(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	j := 0
	for _, w := range a {
		for j < len(b) && !sameOrInitial(w, b[j]) {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// sameOrInitial reports whether two folded name words are equal or one is
// the initial of the other.
func sameOrInitial(a, b string) bool {
	return a == b || isInitial(a) && strings.HasPrefix(b, a) || isInitial(b) && strings.HasPrefix(a, b)
}

// isInitial reports whether a folded name word is a single letter.
func isInitial(w string) bool { return len([]rune(w)) == 1 }

// splitParts is a group's name taken apart, and whether it could be.
type splitParts struct {
	p  nameParts
	ok bool
}

// parts returns the name of g taken apart, if g is a person or character
// with a given name and surname; names are taken apart once per run.
func (s *state) parts(g *group) (nameParts, bool) {
	if !personLike(g.typ) || g.name == "" {
		return nameParts{}, false
	}
	sp, done := s.split[g]
	if !done {
		sp.p, sp.ok = splitName(g.name)
		s.split[g] = sp
	}
	return sp.p, sp.ok
}

// OtherForm reports whether two names of a person or character are two
// forms of one name rather than two spellings of it: the same surname,
// with and without middle names, or with a familiar, clipped or initial
// given name ("Walt" and "Walter Brannock", "Della Charlotte Marsh" and
// "Della Marsh"). The build stage does not report such forms as a
// disagreement over the spelling.
func OtherForm(a, b string) bool {
	pa, okA := splitName(a)
	pb, okB := splitName(b)
	if !okA || !okB || pa.surname != pb.surname || pa.suffix != pb.suffix || !middlesFit(pa.middles, pb.middles) {
		return false
	}
	for _, f := range []givenForm{middleName, givenNickname, givenClipped, givenInitial} {
		for _, x := range pa.givens() {
			for _, y := range pb.givens() {
				if _, ok := f.match(x, y); ok && (x != y || len(pa.middles) != len(pb.middles)) {
					return true
				}
			}
		}
	}
	return false
}
