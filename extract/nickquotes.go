package extract

// quotedAs returns an expression that matches inner between a pair of
// quotation marks of any form a page sets a nickname in: straight or curly
// double marks (`"Bobby"`, "“Bobby”", and a page's mixed pairs), straight or
// curly single ones ("'Bobby'", "‘Bobby’"). The single marks are also
// apostrophes ("O’Brien", "Jack’s", "Thomas’"), so the expressions that use
// quotedAs ask for a space or a name's edge on the outer side of each mark:
// an apostrophe stands between letters or after one, never after a space
// before a capital, nor before a space after a capitalised word that a
// space and a capital follow.
func quotedAs(inner string) string {
	return `(?:["“]` + inner + `["”]|['‘]` + inner + `['’])`
}

// nicknameWords matches the one or two capitalised words of a nickname.
const nicknameWords = `\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?`
