package extract

import "testing"

func TestPageSite(t *testing.T) {
	for _, tc := range []struct{ name, path, text, want string }{
		{"address under the title", "pages/001.txt", "Harbor Lights review\nhttps://www.harborpost.com/tv/harbor-lights/\nHarbor Lights review\n", "harborpost"},
		{"country suffix", "pages/002.txt", "Harbor Lights\nhttps://news.quillondaily.co.uk/tv/1\n", "quillondaily"},
		{"subdomain", "pages/003.txt", "Q&A\nhttps://staging.tidewire.com/q-a\n", "tidewire"},
		{"fetched page", "https://www.tidewire.org/a", "Harbor Lights\n", "tidewire"},
		{"address too far down", "pages/004.txt", "One\nTwo\nThree\nFour https://www.tidewire.com/\n", ""},
		{"no address", "pages/005.txt", "Harbor Lights is a drama.\n", ""},
		{"short label", "pages/006.txt", "Harbor\nhttps://ab.com/x\n", ""},
	} {
		if got := pageSite(tc.path, tc.text); got != tc.want {
			t.Errorf("%s: pageSite = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSiteLetters(t *testing.T) {
	for in, want := range map[string]string{"Harbor Post": "harborpost", "Tide-Wire 24": "tidewire24", "QUILLON": "quillon"} {
		if got := siteLetters(in); got != want {
			t.Errorf("siteLetters(%q) = %q, want %q", in, got, want)
		}
	}
}
