package extract_test

import "testing"

// TestDanglingFieldValue checks that a field's value cut off after a small
// word ("Characters created by") names nothing, while a whole value does.
func TestDanglingFieldValue(t *testing.T) {
	const box = "= Harbor (TV series) =\n\nInfobox\n- Genre: Detective\n- Based On: Characters created by\n- Starring: Ada Quill, Tom Orrin\n- Country: United Kingdom\n"
	checkKept(t, []keptCase{
		{"a value cut off after by", box, "Characters created by", false},
		{"a whole value", box, "Ada Quill", true},
	})
}
