package resolve

import (
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

func TestOrgInnerWord(t *testing.T) {
	const st = extract.SigStructure
	org := func(name string) extract.Mention { return men(name, graph.Organization, st) }
	one := func(ms ...extract.Mention) []doc { return []doc{{id: "wiki", ms: ms}} }
	runRuleCases(t, []ruleCase{
		{
			name: "a-word-left-out-in-one-document",
			docs: one(org("Tidewater Regional Television"), org("Tidewater Television")),
			want: []string{"Organization{Tidewater Regional Television, Tidewater Television} by org-inner-word"},
		},
		{
			name: "a-studio",
			docs: one(org("Quill Harbour Pictures"), org("Quill Pictures")),
			want: []string{"Organization{Quill Harbour Pictures, Quill Pictures} by org-inner-word"},
		},
		{
			name: "never-in-one-document",
			docs: []doc{{id: "wiki", ms: []extract.Mention{org("Tidewater Regional Television")}}, {id: "news", ms: []extract.Mention{org("Tidewater Television")}}},
			want: []string{"Organization{Tidewater Regional Television}", "Organization{Tidewater Television}"},
		},
		{
			name: "two-longer-names",
			docs: one(org("Tidewater Regional Television"), org("Tidewater Coastal Television"), org("Tidewater Television")),
			want: []string{"Organization{Tidewater Coastal Television}", "Organization{Tidewater Regional Television}", "Organization{Tidewater Television}"},
		},
		{
			name: "a-regional-company",
			docs: one(org("Tidewater Scotland Television"), org("Tidewater Television")),
			want: []string{"Organization{Tidewater Scotland Television}", "Organization{Tidewater Television}"},
		},
		{
			name: "the-arm-of-a-studio",
			docs: one(org("Tidewater Television Studios"), org("Tidewater Studios")),
			want: []string{"Organization{Tidewater Studios}", "Organization{Tidewater Television Studios}"},
		},
		{
			name: "not-a-company-word-at-the-end",
			docs: one(org("Tidewater Regional Council"), org("Tidewater Council")),
			want: []string{"Organization{Tidewater Council}", "Organization{Tidewater Regional Council}"},
		},
	})
}

func TestInnerWordOf(t *testing.T) {
	for _, tc := range []struct{ short, long, want string }{
		{"a b", "a x b", "x"},
		{"a b c", "a b x c", "x"},
		{"a b c", "a x b c", "x"},
		{"a b", "x a b", ""},
		{"a b", "a b x", ""},
		{"a b", "a x y b", ""},
		{"a b", "a x c", ""},
	} {
		if got := innerWordOf(strings.Fields(tc.short), strings.Fields(tc.long)); got != tc.want {
			t.Errorf("innerWordOf(%q, %q) = %q, want %q", tc.short, tc.long, got, tc.want)
		}
	}
}
