package sources

import "testing"

// TestReleaseRaw checks that a document whose bytes are let go keeps
// their size and everything read from them: the text, the hash, the map
// back to the bytes.
func TestReleaseRaw(t *testing.T) {
	tests := []struct {
		name, path, raw string
	}{
		{"plain text", "a.txt", "Detective Rene\u0301e Ballard works nights."},
		{"html", "b.html", "<html><body><h1>Ballard</h1><p>Detective Ren&eacute;e Ballard.</p></body></html>"},
		{"one byte", "c.txt", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDocument(tt.path, []byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			text, hash := d.Text, d.Hash
			a, b := d.Original(0, len(d.Text))
			if d.Size() != len(tt.raw) {
				t.Fatalf("Size() = %d before ReleaseRaw, want %d", d.Size(), len(tt.raw))
			}
			d.ReleaseRaw()
			d.ReleaseRaw() // twice: the size stays
			if d.Raw != nil || d.Size() != len(tt.raw) {
				t.Errorf("after ReleaseRaw: Raw %q, Size() %d, want nil and %d", d.Raw, d.Size(), len(tt.raw))
			}
			if a2, b2 := d.Original(0, len(d.Text)); d.Text != text || d.Hash != hash || a2 != a || b2 != b {
				t.Errorf("after ReleaseRaw: text %q, hash %s, Original %d-%d; want %q, %s, %d-%d", d.Text, d.Hash, a2, b2, text, hash, a, b)
			}
		})
	}
}
