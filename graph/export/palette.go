package export

// Colour is how one node type is drawn: a light fill that keeps black
// text readable, and a darker border of the same hue.
type Colour struct {
	Fill   string
	Border string
}

// Palette gives every entity type, and DocumentType, its own colour. The
// same colours are used by the DOT export and by the Neo4j Browser style in
// queries/style.grass (a test keeps the two in step), so a Person looks the
// same whichever tool draws it.
var Palette = map[string]Colour{
	"Person":       {Fill: "#68BDF6", Border: "#3A8FD0"},
	"Character":    {Fill: "#FFD86E", Border: "#D9AE3A"},
	"Series":       {Fill: "#DE9BF9", Border: "#B56ED6"},
	"Book":         {Fill: "#FB95AF", Border: "#D4657F"},
	"Organization": {Fill: "#6DCE9E", Border: "#3FA672"},
	"Place":        {Fill: "#FFA560", Border: "#D97B30"},
	DocumentType:   {Fill: "#C9CDD4", Border: "#8E949E"},
}

// unknownColour is used for a type missing from Palette, so a graph with a
// type added later still draws.
var unknownColour = Colour{Fill: "#FFFFFF", Border: "#555555"}

// colourOf returns the Palette colour of type t.
func colourOf(t string) Colour {
	if c, ok := Palette[t]; ok {
		return c
	}
	return unknownColour
}
