// Package layout finds the layouts that pages use before any sentence is
// read: infobox fields, cast lines, credit blocks, captions, headings, lists
// and prose.
//
// A name typed by its place in a layout (the Starring field, the actor side
// of a cast line) is the strongest evidence the extractor has, so this stage
// runs first and passes Blocks, with their byte spans, to the next.
package layout
