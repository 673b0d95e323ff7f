package layout

import (
	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter

	"github.com/kgbuild/kg/sources"
)

// copyrightLine matches a copyright notice, as pages and press pictures
// carry it: "© 2024 Example Weekly. All rights reserved.", "Source: ©2017
// Example Networks. All Rights Reserved.", "TM & ©2018 Example Networks,
// LLC. All Rights Reserved.". Group 1 is the owner's name.
var copyrightLine = regexp.MustCompile(`(?i)^(?:source:\s*)?(?:(?:tm|™)\s*&\s*)?(?:©|\(c\)|copyright)\s*©?\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)(?:,?\s+(?:llc|inc|ltd|limited)\.?)?\.?\s+all rights reserved\.?$`)

// readCopyright reads a copyright notice as a field keyed "source" whose
// value is the owner's name: the notice's year, its "All rights reserved"
// and its company suffix name nothing, and were read as names ("LLC.",
// "©2017 Example Networks. All Rights Reserved.").
func readCopyright(s *scan, b body) bool {
	m := copyrightLine.FindStringSubmatchIndex(b.text)
	if m == nil || !creditName(b.text[m[2]:m[3]]) {
		return false
	}
	v := sources.Span{Start: b.off + m[2], End: b.off + m[3], Text: b.text[m[2]:m[3]]}
	s.add(Block{Kind: BlockField, Span: b.line.span(), Key: "source", Values: []sources.Span{v}, Section: s.section})
	return true
}
