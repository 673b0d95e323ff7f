package layout

import (
	"reflect"
	"testing"
)

// TestSplitValuesProse checks that a fact box's value is split at the
// words of a credit between two companies, not at an "and" inside one
// company's name, and that a value cut short names nothing.
func TestSplitValuesProse(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"co-production for", "Quillstone Screen and Harbor co-production for Vexmoor Studios", []string{"Quillstone Screen", "Harbor", "Vexmoor Studios"}},
		{"in association with", "Gable Lane Television in association with Lantern Hill Entertainment", []string{"Gable Lane Television", "Lantern Hill Entertainment"}},
		{"one company with and", "Quillstone Film and Television", []string{"Quillstone Film and Television"}},
		{"two companies with and", "Quillstone Film and Vexmoor Television", []string{"Quillstone Film", "Vexmoor Television"}},
		{"company word then a name", "Quillstone Studios and Vexmoor", []string{"Quillstone Studios", "Vexmoor"}},
		{"value cut short", "Characters created by", nil},
		{"cut short after a name", "Tom Fell, Characters created by", []string{"Tom Fell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitValues(10, c.in) {
				if c.in[sp.Start-10:sp.End-10] != sp.Text {
					t.Fatalf("span %q at %d-%d does not match the text", sp.Text, sp.Start, sp.End)
				}
				got = append(got, sp.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("splitValues(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
