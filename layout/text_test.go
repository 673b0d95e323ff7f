package layout

import (
	"reflect"
	"testing"
)

func TestSplitValuesSlash(t *testing.T) {
	cases := []splitCase{
		{"two companies", "Northgate Pictures/Harrow Productions", []string{"Northgate Pictures", "Harrow Productions"}},
		{"three networks", "NTV1/KTV/RTV", []string{"NTV1", "KTV", "RTV"}},
		{"spaced slash", "Lumen One / Lumen Two", []string{"Lumen One", "Lumen Two"}},
		{"number before slash", "Channel 9/Streamly", []string{"Channel 9", "Streamly"}},
		{"with commas", "Ardent Films/Bexley Studios, Corvin Media", []string{"Ardent Films", "Bexley Studios", "Corvin Media"}},
		{"date kept", "3/14/2011", []string{"3/14/2011"}},
		{"count kept", "Open 24/7 Services", []string{"Open 24/7 Services"}},
		{"and/or kept", "Writer and/or Director", []string{"Writer and/or Director"}},
		{"address kept", "https://Example.org/Page", []string{"https://Example.org/Page"}},
		{"short letter groups kept", "AB/CD", []string{"AB/CD"}},
		{"lower-case after kept", "Drama/thriller", []string{"Drama/thriller"}},
		{"surnames in one company kept", "The Hale/Morrow Company", []string{"The Hale/Morrow Company"}},
		{"surnames before a company word kept", "Hale/Morrow Productions, Corvin Media", []string{"Hale/Morrow Productions", "Corvin Media"}},
		{"initialism before a name", "NTV/Lumen Studios", []string{"NTV", "Lumen Studios"}},
	}
	checkSplitValues(t, cases)
}

// splitCase is a fact-box value and the names splitValues should find in it.
type splitCase struct {
	name string
	in   string
	want []string
}

// checkSplitValues splits each case's value at offset 10 and checks the
// names found, and that every span points at its own text.
func checkSplitValues(t *testing.T, cases []splitCase) {
	t.Helper()
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
