package extract_test

import "testing"

// TestEventBeforePlace checks that an event's name run on into a
// well-known place's gives the place alone, and that an event alone
// stays no name.
func TestEventBeforePlace(t *testing.T) {
	checkKept(t, []keptCase{
		{"the place after the war", "The review is here.\n\nA saga set in the slums of post-First World War Boston, with Tom Vale.\n", "Boston", true},
		{"no run of both", "The review is here.\n\nA saga set in the slums of post-First World War Boston, with Tom Vale.\n", "World War Boston", false},
		{"an event alone", "The review is here.\n\nHis experiences in World War I left him disillusioned, says Tom Vale.\n", "World War I", false},
	})
}
