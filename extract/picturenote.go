package extract

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
)

// pictureNote matches parentheses after a name that open with a picture
// credit's label: "Ada Quill as Nora (Photo: Lumen)" credits the picture
// to an agency or a network, and names no other work of the person
// before it.
var pictureNote = regexp.MustCompile(`^\s*\((?i:photo|photograph|image|picture|credit)s?(?:\s+(?i:credit|by))?\s*:`)
