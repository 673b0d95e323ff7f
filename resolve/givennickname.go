package resolve

import "fmt"

// givenNickname is the rule "given-name-nickname": "Jimmy Calder" and
// "James Calder", "Mike" and "Mick", whose given names share a line of
// the list of familiar forms (words/given-name-forms.txt), which is also
// the blocking key.
var givenNickname = givenForm{rule: "given-name-nickname", together: true,
	keys: func(g string) []string {
		var ks []string
		for _, l := range givenNameForms[g] {
			ks = append(ks, fmt.Sprint(l))
		}
		return ks
	},
	match: func(a, b string) (string, bool) {
		return fmt.Sprintf("%q and %q are forms of one given name", a, b), a != b && formsOfOne(a, b)
	}}
