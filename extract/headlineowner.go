package extract

// headlineOwner matches the possessive of one to three capitalised words
// that may stand before the quoted title a headline opens with: a star's
// or a network's show ("Tom Orrin’s ‘Salt Marsh’ Renewed for Season 3",
// "Lumen's 'Salt Marsh' Canceled"). The title is the quoted one; the
// owner is left to the other rules.
const headlineOwner = `(?:\p{Lu}[\p{L}.+-]*(?:\s+\p{Lu}[\p{L}.+-]*){0,2}['’]s\s+)?`
