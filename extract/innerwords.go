package extract

// This file holds the words that stand inside a person's name and look
// like something else: name particles and titles inside a nickname.

import (
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// nameParticles are the lower-case words that stand inside a person's name
// between the given name and the rest of the surname ("Gabriela de la
// Garza"; see the list).
var nameParticles = wordSet("name-particles")

// particlesEnd returns the index of the capitalised word after two name
// particles that follow the run's one word i, a given name ("Gabriela de
// la Garza"): the run reads over them to the surname. j when they do not.
func particlesEnd(text string, ws []word, used []bool, i, j int) int {
	if j != i || j+3 >= len(ws) || used[j+1] || used[j+2] || used[j+3] || !names.GivenName(ws[i].Text) ||
		!nameParticles[ws[j+1].Text] || !nameParticles[ws[j+2].Text] || !names.Capitalised(ws[j+3].Text) ||
		!gapOK(text, ws[j], ws[j+1], false) || !gapOK(text, ws[j+1], ws[j+2], false) || !gapOK(text, ws[j+2], ws[j+3], false) {
		return j
	}
	return j + 3
}

// particleTitle reports whether word k of ws, a title word, is a name
// particle after a given name ("Daniel Di Tomasso"), not a rank before the
// name ("DI Jane Tennison").
func particleTitle(ws []sources.Span, k int) bool {
	return k > 0 && k+1 < len(ws) && names.InLower(nameParticles, ws[k].Text) && names.GivenName(ws[k-1].Text) &&
		!names.Acronym(ws[k].Text)
}

// inQuotes reports whether offset i of name falls inside a nickname in
// quotation marks ('Corrado "Uncle June" Vance'): a title word there is a
// word of the nickname, not a title before the name.
func inQuotes(name string, i int) bool {
	for _, q := range quotedSpan.FindAllStringIndex(name, -1) {
		if q[0] < i && i < q[1] {
			return true
		}
	}
	return false
}

// officeOfEnd returns the index of the last word of the office that the
// title word last of ws opens: the word before the first given name
// after "of" when "of" follows the title ("Archbishop of Canterbury Robert
// Runcie"), -1 when no given name follows it, which leaves the words no
// name after a title; last itself when no "of" follows it.
func officeOfEnd(ws []sources.Span, last int) int {
	if last < 0 || last+1 >= len(ws) || ws[last+1].Text != "of" {
		return last
	}
	for k := last + 2; k < len(ws)-1; k++ {
		if names.GivenName(ws[k].Text) {
			return k - 1
		}
	}
	return -1
}

// givenNameIn reports whether a word of ws is a well-known given name.
func givenNameIn(ws []word) bool {
	for _, w := range ws {
		if names.GivenName(w.Text) {
			return true
		}
	}
	return false
}

// namePair reports whether "&" after word j joins two people's full names,
// each a given name and a surname at least ("Ada Crane & Owen Marsh"):
// the run of words i..j ends there, though "&" joins the words of one
// title ("Cobb & Vance") or company.
func namePair(text string, ws []word, i, j int) bool {
	if j == i || j+2 >= len(ws) || text[ws[j].End:ws[j+1].Start] != " & " || !names.GivenName(ws[i].Text) || !names.GivenName(ws[j+1].Text) {
		return false
	}
	return gapOK(text, ws[j+1], ws[j+2], false) && names.Capitalised(ws[j+2].Text) && !names.InLower(names.NotNames, ws[j+2].Text)
}
