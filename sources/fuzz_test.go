package sources_test

import (
	"testing"

	"github.com/kgbuild/kg/sources"
)

// FuzzReaders reads arbitrary bytes as a web page and as a Markdown note:
// no input may crash a reader, and every offset of Text must map into the
// file, in order.
func FuzzReaders(f *testing.F) {
	for _, s := range []string{
		page("<title>T</title>", "<h1>Halloran</h1><table class=infobox><tr><th>Genre<td>Crime</table><p>Text &amp; more.</p>"),
		"<p>unclosed <b>bold <i>italic</p><li>item<table><td>cell",
		"# Title\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"---\ntitle: x\n---\n&eacute; \\* `code`",
		"<pre>\r\n a\r\n</pre>&#x1F600;&#0;&#xD800;",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, name := range []string{"page.html", "note.md"} {
			d, err := sources.ReadDocument(name, raw, "")
			if err != nil {
				continue
			}
			for i := 0; i <= len(d.Text); i++ {
				if a, b := d.Original(i, i); a < 0 || a > len(d.Raw) || b < 0 || b > len(d.Raw) {
					t.Fatalf("%s: offset %d of Text maps to %d, %d outside %d bytes", name, i, a, b, len(d.Raw))
				}
			}
			for i := 0; i < len(d.Text); i++ {
				if a, b := d.Original(i, i+1); a > b || b > len(d.Raw) {
					t.Fatalf("%s: byte %d maps to [%d,%d)", name, i, a, b)
				}
			}
		}
	})
}
