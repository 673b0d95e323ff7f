package extract

import (
	"strings"

	regexp "github.com/kgbuild/kg/internal/prefilter" // regexp with prefilters: see package prefilter
	"github.com/kgbuild/kg/names"
	"github.com/kgbuild/kg/sources"
)

// labelledKin is a relative's name on a family row with the kinship its
// label gives it.
type labelledKin struct {
	span sources.Span
	kin  string // the label in lower case: "father", "step-niece"
}

// kinLabel matches a label of one or two capitalised words and a colon
// inside a field's value: "Father: ", "Second Cousin: ". The first of two
// words is the label's only when it is a generic word ("Second"), not the
// last word of the name before it.
var kinLabel = regexp.MustCompile(`(?:^|\s)(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?):\s+`)

// kinLabelled splits a family row that lists its relatives as "Kin: Name"
// pairs on one line ("Father: Aldo Vale (deceased) Mother: Nessa Vale")
// into its names, or returns nil when the value opens with no kinship
// label.
func kinLabelled(v sources.Span) []labelledKin {
	ms := kinLabel.FindAllStringSubmatchIndex(v.Text, -1)
	var labels [][]int
	for _, m := range ms {
		label := strings.ToLower(v.Text[m[2]:m[3]])
		if w, _, two := strings.Cut(label, " "); two && !names.NotNames[w] {
			m[0], m[2] = m[2]+len(w), m[2]+len(w)+1 // "Nessa Vale Step-Niece: ": the name's last word is no part of the label
		}
		if kinWordOf(strings.ToLower(v.Text[m[2]:m[3]])) != "" {
			labels = append(labels, m)
		}
	}
	if len(labels) == 0 || strings.TrimSpace(v.Text[:labels[0][2]]) != "" {
		return nil
	}
	var parts []labelledKin
	for i, m := range labels {
		end := len(v.Text)
		if i+1 < len(labels) {
			end = labels[i+1][0]
		}
		text := strings.TrimRight(v.Text[m[1]:end], " ")
		parts = append(parts, labelledKin{sources.Span{Start: v.Start + m[1], End: v.Start + m[1] + len(text), Text: text},
			strings.ToLower(v.Text[m[2]:m[3]])})
	}
	return parts
}
