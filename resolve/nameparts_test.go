package resolve

import "testing"

func TestOtherForm(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Walter Longmire", "Walt Longmire", true},
		{"James McNulty", "Jimmy McNulty", true},
		{"Debra Charlotte Morgan", "Debra Morgan", true},
		{"C. S. Lee", "Chris Lee", true},
		{"Samira Parker", "Zamira Parker", false},
		{"Debra Morgan", "Debra Morgan", false},
		{"Harry Morgan", "Harry Morgan Jr.", false},
		{"Jimmy McNulty", "Jimmy Morgan", false},
	} {
		if got := OtherForm(tc.a, tc.b); got != tc.want {
			t.Errorf("OtherForm(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
