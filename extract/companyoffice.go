package extract

import (
	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// companyOffices are the offices of a company's officers, and officeRanks
// the words that rank an office before it (see companyOfficer).
var (
	companyOffices = wordSet("company-offices")
	officeRanks    = wordSet("office-ranks")
)

// companyOfficerRule types a full name after a company's office that
// follows the company's or a division's name: a person.
var companyOfficerRule = shapeRule{"company-officer", graph.Person, 0.6, companyOfficer}

// companyOfficer reports whether the run is a company's or a division's
// name, one of its officers' offices and a name of two words ("Lumen
// Entertainment President Ann Roe", "Studio Chairman Ray Hobb"). The
// office names no character there: a story's president or chairman is
// written with the office alone or after an article ("President Ann Roe",
// "the bank's chairman"), while news quotes the officers of the networks
// and studios that make a show by the company and the office together.
// A rank before the office ("Vice President") is no company's name.
func companyOfficer(r *run) bool {
	if r.n < 4 || r.quoted {
		return false
	}
	k := r.n - 3 // the office stands before the name's two words
	office, before := r.words[k].Text, r.words[k-1].Text
	return names.InLower(companyOffices, office) && names.Capitalised(before) && !names.IsTitle(before) &&
		!names.InLower(postRanks, before) && !names.InLower(officeRanks, before) && names.Capitalised(r.words[k+1].Text) && names.Capitalised(r.words[k+2].Text)
}

// companyOfficeTitle reports whether word i of the name's words ws is a
// company's office with a name of two words or more after it ("Studio
// Chairman Ray Hobb"): a title before the name, as "Detective" is, though
// the office is no title of the names package (a chairman is addressed by
// name alone).
func companyOfficeTitle(ws []sources.Span, i int) bool {
	return i+2 < len(ws) && names.InLower(companyOffices, ws[i].Text)
}
