package extract_test

import "testing"

// TestEpisodeTitleNoEntity checks that an episode's title, introduced as
// one or before "episode" after an article, is no name of the graph,
// though its words look like a person's or a company's, and that a name
// beside the word "episode" in other ways is still read.
func TestEpisodeTitleNoEntity(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string
		none       []string
	}{
		{"called", "His wife appears in an episode called Gifts Under Glass, where they dine.\n", nil, []string{"Gifts Under Glass"}},
		{"apposition", "He makes one last appearance in the final episode, The Quiet Harbour, when the case closes.\n", nil, []string{"The Quiet Harbour", "Quiet Harbour"}},
		{"the-x-episode", "Lewis looks dumbfounded in the Dusk of the Tide episode, when it ends.\n", nil, []string{"Dusk of the Tide"}},
		{"by-in-title", "In the Led by Tide episode, we learn his nickname.\n", nil, []string{"Tide", "Led by Tide"}},
		{"count-of-episodes", "The streamer dropped it after two seasons and 18 episodes, Harbour Weekly has learned.\n", map[string]string{"Harbour Weekly": ""}, nil},
		{"director-of-episode", "The episode was directed by Dana Whitfield in the spring.\n", map[string]string{"Dana Whitfield": "Person"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkNamed(t, mentionTypes(t, tc.text), tc.want, tc.none)
		})
	}
}

// TestCapitalSmallWordEndsName checks that a small word in capitals after
// a name in a caption written in capitals ("LUMEN MEDIA FOR KTV") is no
// part of the name, as no name ends with one.
func TestCapitalSmallWordEndsName(t *testing.T) {
	xs := extractDocs(t, "= Nightfall (TV series) =\n\nNightfall is a drama.\n\nInfobox\n- Network: KTV\n",
		"LUMEN MEDIA FOR KTV NIGHTFALL SERIES 3 EPISODE 1 Pictured: LENA MARSH as Ivy Cole.\n")
	got := map[string]string{}
	for _, m := range xs[1].Mentions {
		got[m.Name] = m.Type
	}
	checkNamed(t, got, map[string]string{"LUMEN MEDIA": ""}, []string{"LUMEN MEDIA FOR"})
}
