package layout

import "testing"

// TestSplitValuesProse checks that a fact box's value is split at the
// words of a credit between two companies, not at an "and" inside one
// company's name, and that a value cut short names nothing.
func TestSplitValuesProse(t *testing.T) {
	cases := []splitCase{
		{"co-production for", "Quillstone Screen and Harbor co-production for Vexmoor Studios", []string{"Quillstone Screen", "Harbor", "Vexmoor Studios"}},
		{"in association with", "Gable Lane Television in association with Lantern Hill Entertainment", []string{"Gable Lane Television", "Lantern Hill Entertainment"}},
		{"one company with and", "Quillstone Film and Television", []string{"Quillstone Film and Television"}},
		{"two companies with and", "Quillstone Film and Vexmoor Television", []string{"Quillstone Film", "Vexmoor Television"}},
		{"company word then a name", "Quillstone Studios and Vexmoor", []string{"Quillstone Studios", "Vexmoor"}},
		{"value cut short", "Characters created by", nil},
		{"cut short after a name", "Tom Fell, Characters created by", []string{"Tom Fell"}},
	}
	checkSplitValues(t, cases)
}
