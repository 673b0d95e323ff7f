package nlp

import (
	"reflect"
	"testing"
)

// TestReleaseModels checks that the models are built once and shared
// until ReleaseModels lets them go, that a tagging after that builds them
// again, and that it tags as before.
func TestReleaseModels(t *testing.T) {
	const text = "Dana Holt plays Ivy Cole in Nightfall, set in Chicago."
	var tagger ProseTagger
	before, _, err := tagger.Tag(text)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := sharedModels()
	if b, _ := sharedModels(); a != b {
		t.Fatal("the models were built again without being let go")
	}
	ReleaseModels()
	after, _, err := tagger.Tag(text)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := sharedModels(); c == a {
		t.Error("the models were not let go")
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("tags after the models were built again differ:\n%v\n%v", before, after)
	}
}
