package extract

// castRank matches a rank or title of a role written before a name in
// parentheses after another name: "Ann Dale (DI Ken Vale)", "Ann Dale
// (Det. Sgt. Ken Vale)". The rank belongs to a story's people, not to an
// actor's credit, so the name in parentheses is the role and the name
// before them its actor: the reverse of the plain "Character (Actor)"
// order, which the pattern actor-paren-ranked-role reads first.
const castRank = `(?:D[ISC]|DCI|DSI|DCS|DSU|W?PC|Det|Sgt|Lt|Capt|Cmdr|Insp|Supt|Cpl|Dr|Detective|Inspector|Sergeant|Constable|Officer|Agent|Special|Lieutenant|Captain|Commander|Chief|Superintendent|Deputy|Sheriff|Marshal|Doctor)\.?`

// rankedRole is the pattern of "Actor (Rank Role)" (see castRank).
var rankedRole = relPattern{name: "actor-paren-ranked-role", pred: "PLAYS", conf: 0.7, expr: `(?P<s>` + mk + `) \((?:` + castRank + ` ){1,3}(?P<o>` + mk + `)\)`}
