package queries

import (
	"reflect"
	"testing"
)

func TestBrowser(t *testing.T) {
	want := map[string][]string{"entity-neighbourhood": {"name"}}
	got := map[string][]string{}
	for _, q := range Browser() {
		got[q.Name] = q.Params
		if q.Question == "" {
			t.Errorf("%s: no question", q.Name)
		}
		if _, clash := Get(q.Name); clash {
			t.Errorf("%s: a Browser query has the name of a saved query", q.Name)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Browser queries %v, want %v", got, want)
	}
	if len(Style) == 0 {
		t.Error("style.grass is not embedded")
	}
}
