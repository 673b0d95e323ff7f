package resolve

// middleName is the rule "middle-name": "Della Charlotte Marsh" and
// "Della Marsh" have one given name and surname, and the middle names of
// one are those of the other with some left out (or written as initials).
var middleName = givenForm{rule: "middle-name", together: true,
	keys: func(g string) []string { return []string{g} },
	match: func(a, b string) (string, bool) {
		return "the same given name and surname, with and without middle names", a == b
	}}
