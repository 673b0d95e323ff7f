package scalebench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRename(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"copy zero keeps the text", "Renée Ballard met Ken.", 0, "Renée Ballard met Ken."},
		{"capitalised words get the copy's tag", "Renée Ballard met Ken.", 1, "Renéeqb Ballardqb met Kenqb."},
		{"later copies differ", "Ballard", 27, "Ballardqbb"},
		{"acronyms and lower case stay", "the LAPD unit", 3, "the LAPD unit"},
	}
	for _, tc := range tests {
		if got := string(Rename([]byte(tc.in), tc.n)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestBuildReachesTheSize(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	seeds := [][]byte{[]byte("Ballard is a series.\n"), []byte("Maggie Q stars.\n")}
	total, n, err := Build(dir, seeds, 100)
	if err != nil {
		t.Fatal(err)
	}
	if total < 100 || n < 5 {
		t.Fatalf("built %d bytes in %d documents", total, n)
	}
	first, _ := os.ReadFile(filepath.Join(dir, "doc000000.txt"))
	third, _ := os.ReadFile(filepath.Join(dir, "doc000002.txt"))
	if string(first) != string(seeds[0]) || !strings.HasPrefix(string(third), "Ballardqb") {
		t.Errorf("copies: %q, %q", first, third)
	}
	if err := Edit(dir); err != nil {
		t.Fatal(err)
	}
	if edited, _ := os.ReadFile(filepath.Join(dir, "doc000000.txt")); string(edited) == string(first) {
		t.Error("Edit changed nothing")
	}
}
