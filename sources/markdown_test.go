package sources_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/kgbuild/kg/sources"
)

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, md, want    string
		title, kind, date string
	}{
		{
			name:  "headings, a wrapped paragraph, lists",
			md:    "# Halloran\n\nHalloran is a crime drama created by Ann Lee\nand Bo Tran.\n\n## Cast\n\n- Ann Lee as *Kit Halloran*\n- Bo Tran as Sam\n  - a nested note\n\n1. Cy Moss\n",
			want:  "= Halloran =\n\nHalloran is a crime drama created by Ann Lee and Bo Tran.\n\n== Cast ==\n\n- Ann Lee as Kit Halloran\n- Bo Tran as Sam\n- a nested note\n- Cy Moss",
			title: "Halloran", kind: "article",
		},
		{
			name: "a table's rows",
			md:   "| Key | Value |\n|---|---|\n| Network | Channel 9 |\n| Created by | Ann Lee, Bo Tran |\n",
			want: "Key | Value |\nNetwork | Channel 9 |\nCreated by | Ann Lee, Bo Tran |",
			kind: "listing",
		},
		{
			name:  "front matter gives title, date and kind; code and HTML are left out",
			md:    "---\ntitle: \"Halloran, reviewed\"\ndate: 2025-07-12T10:00:00Z\nkind: review\nauthor: Dee Park\n---\nText with `code` and <b>raw</b> HTML.\n\n```\nnot = text\n```\n\n<div>a block</div>\n",
			want:  "= Halloran, reviewed =\n\nText with code and raw HTML.",
			title: "Halloran, reviewed", kind: "review", date: "2025-07-12",
		},
		{
			name: "escapes, references and hard breaks",
			md:   "Ren&eacute;e \\*not\\* emphasised &amp; Kit's  \nnext line\n\n![a poster](p.jpg) Caption text.\n",
			want: "Renée *not* emphasised & Kit's\nnext line\n\nCaption text.",
			kind: "article",
		},
		{
			name: "a front matter that never closes is text",
			md:   "---\ntitle: x\n\nBody.\n",
			want: "title: x\n\nBody.",
			kind: "article",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "note.md", tt.md)
			if d.Text != tt.want {
				t.Errorf("Text =\n%q\nwant\n%q", d.Text, tt.want)
			}
			if d.Title != tt.title || d.Kind != tt.kind || d.Date != tt.date {
				t.Errorf("title %q kind %q date %q, want %q %q %q", d.Title, d.Kind, d.Date, tt.title, tt.kind, tt.date)
			}
			checkMarkdownOffsets(t, d)
		})
	}
}

// checkMarkdownOffsets checks that every word maps back to the bytes of
// the note that hold it, with escapes, references and emphasis marks
// resolved.
func checkMarkdownOffsets(t *testing.T, d *sources.Document) {
	t.Helper()
	for _, m := range textWord.FindAllStringIndex(d.Text, -1) {
		w := d.Text[m[0]:m[1]]
		if strings.Trim(w, "=-") == "" {
			continue
		}
		a, b := d.Original(m[0], m[1])
		got := html.UnescapeString(mdEscape.ReplaceAllString(string(d.Raw[a:b]), "$1"))
		got = strings.NewReplacer("`", "", "*", "", "<b>", "", "</b>", "").Replace(got)
		if got != strings.NewReplacer("*", "").Replace(w) {
			t.Errorf("word %q maps to %q in the note", w, d.Raw[a:b])
		}
	}
}

var mdEscape = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
