package extract_test

import (
	"strings"
	"testing"

	"github.com/kgbuild/kg/extract"
)

// claimLine is a claim with its mentions' names instead of their indexes.
type claimLine struct {
	doc                string
	subj, pred, obj    string
	subjType, objType  string
	detail, evidence   string
	subjSignal, signal string
}

func claimLines(x *extract.Extraction) []claimLine {
	var out []claimLine
	for _, c := range x.Claims {
		s, o := x.Mentions[c.Subject], x.Mentions[c.Object]
		out = append(out, claimLine{doc: x.Doc.ID, subj: s.Name, pred: c.Predicate, obj: o.Name, subjType: s.Type, objType: o.Type,
			detail: c.Detail, evidence: c.Evidence.Text, subjSignal: s.Signal, signal: c.Signal})
	}
	return out
}

// The documents of the pattern tests: an encyclopedia page that gives the
// series and its cast by structure, and prose that refers to them.
const (
	nightfallCast = "= Nightfall (TV series) =\n\n" +
		"Infobox\n- Related: Harbor, Harbor: Legacy\n- Network: Amazon Prime Video\n\n" +
		"== Cast ==\n=== Main ===\n" +
		"- Lena Marsh as Detective Ivy Cole, a night-shift detective\n" +
		"- Noah Bean as Councilman Jake Pearlman, a politician\n" +
		"- Kevin Dunn as Gary Pearlman, a retired accountant\n" +
		"- Mike Stone as Ted Rawls, a reserve officer\n"
	nightfallHeading = "= Nightfall (TV series) =\n\n"
)

func TestRelationPatterns(t *testing.T) {
	type claim struct {
		doc             string // "" for any document
		subj, pred, obj string
		detail          string // checked when set
	}
	tests := []struct {
		name    string
		docs    []string
		want    []claim
		wantNot []claim
	}{
		{
			name: "created by A and B",
			docs: []string{nightfallHeading + "Nightfall is an American crime drama television series created by Dana Whitfield and Omar Reyes.\n"},
			want: []claim{{subj: "Dana Whitfield", pred: "CREATED", obj: "Nightfall"}, {subj: "Omar Reyes", pred: "CREATED", obj: "Nightfall"}},
		},
		{
			name: "a show named as a cast member's credit is not the show spoken of next",
			docs: []string{"Harbor Lights ends its first season\n\nOn Sunday night, Lumen's new drama Harbor Lights closes the book on its first season. " +
				"The show stars co-creator and former KPD cast member Nina Falk as a nurse.\n\nThe show, which also stars Tom Vale and Ada Brisk, has been renewed.\n"},
			want:    []claim{{subj: "Tom Vale", pred: "STARS_IN", obj: "Harbor Lights"}},
			wantNot: []claim{{subj: "Tom Vale", pred: "STARS_IN", obj: "KPD"}},
		},
		{
			name:    "an actor's possessive before a rank is no unit",
			docs:    []string{nightfallHeading + "The new recruit works beside Nadia Korsgaard's Detective Ivy Cole all season.\n"},
			wantNot: []claim{{subj: "Ivy Cole", pred: "MEMBER_OF", obj: "Nadia Korsgaard"}},
		},
		{
			name:    "a place owning a community is no unit",
			docs:    []string{nightfallCast, "Ivy Cole is also a proud member of Westmoor's fishing community.\n"},
			wantNot: []claim{{subj: "Ivy Cole", pred: "MEMBER_OF", obj: "Westmoor"}},
		},
		{
			name:    "a place's head word is no member",
			docs:    []string{nightfallCast, "Ivy Cole, a financial advisor for a drug cartel, moves to the Lake of the Westmoors to make good for the cartel.\n"},
			wantNot: []claim{{subj: "Lake", pred: "MEMBER_OF", obj: "Westmoors"}},
		},
		{
			name:    "casting news gives the actor's credit in parentheses",
			docs:    []string{nightfallCast, "EXCLUSIVE: Nina Falk (Dark Water) is set for a recurring role on Nightfall.\n"},
			wantNot: []claim{{subj: "Dark Water", pred: "PLAYS", obj: "Nina Falk"}},
		},
		{
			name:    "a title before as is no actor",
			docs:    []string{nightfallHeading + "She also appeared in two episodes of Harbor Lights as Rosa Lind.\n"},
			wantNot: []claim{{subj: "Harbor Lights", pred: "PLAYS", obj: "Rosa Lind"}},
		},
		{
			name:    "a role's relative is not the role",
			docs:    []string{nightfallCast, "Nina Falk will play the estranged wife of Gary Pearlman this season.\n"},
			wantNot: []claim{{subj: "Nina Falk", pred: "PLAYS", obj: "Gary Pearlman"}},
		},
		{
			name:    "a note after the possessive gives the owner's other work",
			docs:    []string{nightfallCast, "Nina Falk joins as the sister of Kevin Dunn's (Dark Water) Gary Pearlman.\n"},
			wantNot: []claim{{subj: "Nina Falk", pred: "PLAYS", obj: "Dark Water"}},
		},
		{
			name:    "based on an author's book names no book",
			docs:    []string{nightfallHeading + "Nightfall, created by Dana Whitfield and based on Carla Venn's book, follows detective Ivy Cole.\n"},
			wantNot: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Carla Venn"}, {subj: "Carla Venn", pred: "WROTE", obj: "Ivy Cole"}, {subj: "Nightfall", pred: "BASED_ON", obj: "Ivy Cole"}},
		},
		{
			name:    "an author's possessive with the apostrophe alone names no book",
			docs:    []string{nightfallHeading + "Nightfall is a stylish adaptation of Carla Andrews’ Ivy Cole character, and it works.\n"},
			wantNot: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Carla Andrews"}},
		},
		{
			name: "based on an author's novel and its title",
			docs: []string{nightfallHeading + "Nightfall is based on Carla Venn's novel Salt Marsh.\n"},
			want: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Salt Marsh"}},
		},
		{
			name: "an actor in parentheses after a possessive plays the owner",
			docs: []string{nightfallCast, "Gary Pearlman (Kevin Dunn) walked free after his wife Jolene's (Molly Wynn) death.\n"},
			want: []claim{{subj: "Molly Wynn", pred: "PLAYS", obj: "Jolene"}, {subj: "Kevin Dunn", pred: "PLAYS", obj: "Gary Pearlman"}},
		},
		{
			name:    "surnames in parentheses pair actors and roles",
			docs:    []string{nightfallHeading + "Anna Berg and Tomas Ruud star in Nightfall.\n", "Season one starred Anna Berg and Tomas Ruud as police detectives Rosa Lind (Berg) and Petra Holm (Ruud).\n"},
			want:    []claim{{subj: "Berg", pred: "PLAYS", obj: "Rosa Lind"}, {subj: "Ruud", pred: "PLAYS", obj: "Petra Holm"}},
			wantNot: []claim{{subj: "Tomas Ruud", pred: "PLAYS", obj: "Rosa Lind"}},
		},
		{
			name:    "an actor in parentheses is no antecedent of a kinship",
			docs:    []string{"Harbor Lights finale review\n\nThe finale finds Walt Hale (Tom Fell) hiding in a basement with his brother Sam Hale.\n"},
			want:    []claim{{subj: "Tom Fell", pred: "PLAYS", obj: "Walt Hale"}, {subj: "Sam Hale", pred: "RELATIVE_OF", obj: "Walt Hale"}},
			wantNot: []claim{{subj: "Sam Hale", pred: "RELATIVE_OF", obj: "Tom Fell"}},
		},
		{
			name: "a surname only guessed a person's before an actor in parentheses",
			docs: []string{"Harbor Lights review\n\nFans will remember Ada Vance from the first season. The actor Tom Fell said it was hard.\n",
				"Harbor Lights finale\n\nI grew tired of the constant tricks by Vance (Tom Fell) in the last season.\n"},
			want: []claim{{doc: "d1", subj: "Tom Fell", pred: "PLAYS", obj: "Vance"}},
		},
		{
			name:    "a name after a preposition is no role played",
			docs:    []string{"Harbor Lights review\n\nThe drama follows Tom Vale, a former detective, now a Senior Intelligence Officer for NX5, played by Kevin Dunn, and his driver.\n"},
			wantNot: []claim{{subj: "Kevin Dunn", pred: "PLAYS", obj: "NX5"}},
		},
		{
			name: "an abbreviated title before the role is no sentence end",
			docs: []string{nightfallCast, "In the new season Lena Marsh portrays Dr. Ivy Cole, a surgeon turned detective.\n"},
			want: []claim{{doc: "d1", subj: "Lena Marsh", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name: "an abbreviated title written close to the role",
			docs: []string{nightfallCast, "The cast was great, with Kevin Dunn as Lt.Gary Pearlman and Noah Bean as the councilman.\n"},
			want: []claim{{doc: "d1", subj: "Kevin Dunn", pred: "PLAYS", obj: "Gary Pearlman"}},
		},
		{
			name:    "a possessive before the role names whose relative the character is",
			docs:    []string{crewPage, "Mike Stone plays Ivy Cole's long-suffering son Tom Cole in the new season.\n"},
			want:    []claim{{subj: "Mike Stone", pred: "PLAYS", obj: "Tom Cole"}, {subj: "Tom Cole", pred: "RELATIVE_OF", obj: "Ivy Cole", detail: "son"}},
			wantNot: []claim{{doc: "d1", subj: "Mike Stone", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name: "free words before a kinship word",
			docs: []string{crewPage, "Kevin Dunn plays Wade, Ivy Cole's adoring second husband.\n"},
			want: []claim{{subj: "Wade", pred: "ROMANTIC_PARTNER_OF", obj: "Ivy Cole"}},
		},
		{
			name:    "a writing partner is a colleague",
			docs:    []string{crewPage, "The idea came from the cases of Ivy Cole's writing partner Gary Pearlman.\n"},
			wantNot: []claim{{subj: "Gary Pearlman", pred: "PARTNER_OF", obj: "Ivy Cole"}},
		},
		{
			name: "a business partner in the story",
			docs: []string{crewPage, "Later Ted Rawls works for Ivy Cole's on/off business partner Gary Pearlman.\n"},
			want: []claim{{subj: "Gary Pearlman", pred: "PARTNER_OF", obj: "Ivy Cole"}},
		},
		{
			name:    "a clause between a name and a kinship word",
			docs:    []string{crewPage, "Ivy Cole told Gary Pearlman and his nephew of Ted Rawls's plans.\n"},
			wantNot: []claim{{subj: "Gary Pearlman", pred: "RELATIVE_OF", obj: "Ted Rawls"}},
		},
		{
			name: "a clause before the pronoun of a kinship word",
			docs: []string{crewPage, "The last scene shows Ivy Cole packing up her office while her father, Gary Pearlman, no longer knows her.\n"},
			want: []claim{{subj: "Gary Pearlman", pred: "RELATIVE_OF", obj: "Ivy Cole", detail: "father"}},
		},
		{
			name:    "the actor who left a role does not play it",
			docs:    []string{crewPage, "Ann Dale steps into the role vacated by Mike Stone as Ivy Cole.\n"},
			wantNot: []claim{{subj: "Mike Stone", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name:    "portrayed by names no author of books",
			docs:    []string{bookPage, "In the series based on the books, she is portrayed by Lena Marsh in Midnight Files.\n"},
			wantNot: []claim{{subj: "Lena Marsh", pred: "WROTE", obj: "Midnight Files"}},
		},
		{
			name: "the lead sentence names the page's series over what the corpus took the name for",
			docs: []string{"The Harbor Line Police\n\nThe Harbor Line is a strike team of the police.\n",
				"The Harbor Line is a British police procedural and serial drama created by Dana Whitfield.\n"},
			want: []claim{{doc: "d1", subj: "Dana Whitfield", pred: "CREATED", obj: "The Harbor Line"}},
		},
		{
			name:    "a serial killer is no serial",
			docs:    []string{nightfallCast + "\nLena Marsh is a serial rapist and murderer, created by Dana Whitfield.\n"},
			wantNot: []claim{{subj: "Dana Whitfield", pred: "CREATED", obj: "Lena Marsh"}},
		},
		{
			name: "a headline's title is the page's series",
			docs: []string{"Harbor of the Lost Renewed for Season 2 by TNT\n\nIn it Ivy Cole (Lena Marsh) hunts a killer.\n"},
			want: []claim{{subj: "Ivy Cole", pred: "APPEARS_IN", obj: "Harbor of the Lost"}},
		},
		{
			name:    "a name the corpus knows at the end of a longer title",
			docs:    []string{"= Marlow (TV series) =\n\nMarlow is a drama.\n", "The novels include Darkly Dreaming Marlow (2004) by Jon Lister and Double Marlow by Jon Lister.\n"},
			wantNot: []claim{{subj: "Jon Lister", pred: "WROTE", obj: "Marlow"}},
		},
		{
			name: "people with the titles of their other work are no roles",
			docs: []string{"Harbor Lights Renewed for Season 2\n\nThe season featured Tom Fell (Marlow and the Tower of Salt), Steve Webb (Rising Tide) and Nicola Parks (Velvet Nights).\n"},
			wantNot: []claim{{subj: "Velvet Nights", pred: "PLAYS", obj: "Nicola Parks"}, {subj: "Nicola Parks", pred: "PLAYS", obj: "Velvet Nights"},
				{subj: "Rising Tide", pred: "PLAYS", obj: "Steve Webb"}},
		},
		{
			name: "a cast table credits the main cast with the series",
			docs: []string{"= Harbor (TV series) =\n\nCharacter | Actor | Harbor |\nIvy Cole | Lena Marsh | Main |\n"},
			want: []claim{{subj: "Lena Marsh", pred: "PLAYS", obj: "Ivy Cole"}, {subj: "Lena Marsh", pred: "STARS_IN", obj: "Harbor"}, {subj: "Ivy Cole", pred: "APPEARS_IN", obj: "Harbor"}},
		},
		{
			name:    "in a sentence that pairs two lists only the pairs hold",
			docs:    []string{crewPage, "Lena Marsh and Kevin Dunn will play Ivy Cole and Gary Pearlman, respectively.\n"},
			wantNot: []claim{{subj: "Lena Marsh", pred: "PLAYS", obj: "Gary Pearlman"}, {subj: "Kevin Dunn", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name: "a kinship and a title before the name",
			docs: []string{crewPage, "Ivy Cole's girlfriend, Local Sheriff Ann Dale (Mara Voss), learns the truth.\n"},
			want: []claim{{subj: "Ann Dale", pred: "ROMANTIC_PARTNER_OF", obj: "Ivy Cole"}},
		},
		{
			name:    "the last word of a page cut off in the middle is no name",
			docs:    []string{crewPage, "Other actors cast have been Kelly Ross and James Fr"},
			wantNot: []claim{{subj: "James Fr", pred: "STARS_IN", obj: "Nightfall"}},
		},
		{
			name:    "a page that lists its character's appearances says too little of the others",
			docs:    []string{characterPage + "Nora meets Detective Rose Hale at the docks of Tidewater.\n"},
			wantNot: []claim{{subj: "Rose Hale", pred: "APPEARS_IN", obj: "Tidewater"}},
		},
		{
			name: "a pronoun with no name before it in its sentence is the page's character",
			docs: []string{"Ivy Cole is the main character of the Nightfall series.\n\nIn 2010 she married Tom Vance, a lawyer.\n"},
			want: []claim{{subj: "Ivy Cole", pred: "ROMANTIC_PARTNER_OF", obj: "Tom Vance"}},
		},
		{
			name:    "an introductory place is no place pair with a name after it",
			docs:    []string{"Ivy Cole is the main character of the Nightfall series.\n\nAfter serving in Vietnam, Ivy spent six weeks in Alaska.\n"},
			wantNot: []claim{{subj: "Nightfall", pred: "SET_IN", obj: "Ivy"}},
		},
		{
			name:    "a denied killing is no killing",
			docs:    []string{crewPage, "Gary Pearlman, who never killed Ted Rawls, is cleared.\n", "Ivy Cole was accused of murdering Ted Rawls. Gary Pearlman did not shoot Ted Rawls dead.\n"},
			wantNot: []claim{{subj: "Gary Pearlman", pred: "KILLED", obj: "Ted Rawls"}, {subj: "Ivy Cole", pred: "KILLED", obj: "Ted Rawls"}},
		},
		{
			name:    "a denied kinship is no kinship",
			docs:    []string{crewPage, "Gary Pearlman is not Ivy Cole's father.\n"},
			wantNot: []claim{{subj: "Gary Pearlman", pred: "RELATIVE_OF", obj: "Ivy Cole"}},
		},
		{
			name: "a romance begun with someone",
			docs: []string{crewPage, "In the third season Ivy Cole begins a relationship with Gary Pearlman.\n"},
			want: []claim{{subj: "Ivy Cole", pred: "ROMANTIC_PARTNER_OF", obj: "Gary Pearlman"}},
		},
		{
			name:    "filming takes place where a series is not set",
			docs:    []string{seriesPage + "Nightfall is a drama.\n\nAlthough the series is set in Astoria, Oregon, principal photography takes place in Victoria, Canada.\n"},
			want:    []claim{{subj: "Nightfall", pred: "SET_IN", obj: "Astoria"}, {subj: "Nightfall", pred: "SET_IN", obj: "Oregon"}},
			wantNot: []claim{{subj: "Nightfall", pred: "SET_IN", obj: "Victoria"}, {subj: "Nightfall", pred: "SET_IN", obj: "Canada"}},
		},
		{
			name:    "a quoted title told of as another work is no book",
			docs:    []string{seriesPage + "Nightfall is a drama.\n\nArne Holt wrote the novel behind the series \"Nordvik\" and Louisa \"Lou\" Dorsey's story.\n"},
			wantNot: []claim{{subj: "Arne Holt", pred: "WROTE", obj: "Nordvik"}, {subj: "Arne Holt", pred: "WROTE", obj: "Lou"}},
		},
		{
			name: "an infobox's quoted title with a description",
			docs: []string{seriesPage + "Infobox\n- Based on: \"Harbor Mysteries\" book series by Carla Venn\n"},
			want: []claim{{subj: "Carla Venn", pred: "WROTE", obj: "Harbor Mysteries"}, {subj: "Nightfall", pred: "BASED_ON", obj: "Harbor Mysteries"}},
		},
		{
			name:    "a sentence after a colon is no subtitle, and a denied spin-off no spin-off",
			docs:    []string{relatedPage + "Nightfall is a drama created by Dale Whitmore.\n\nHarbor is not a spin-off of Nightfall: Whitmore developed it independently.\n"},
			wantNot: []claim{{subj: "Harbor", pred: "SPINOFF_OF", obj: "Nightfall"}, {subj: "Harbor", pred: "SPINOFF_OF", obj: "Nightfall: Whitmore"}},
		},
		{
			name: "a review's notations of roles and kin",
			docs: []string{crewPage, "Ivy Cole, played by a wild-eyed Lena Marsh, returns. Her scenes with partner Gary Pearlman shine. Then there was Ivy Cole's own son, Ted Rawls, who was questioned.\n"},
			want: []claim{{subj: "Lena Marsh", pred: "PLAYS", obj: "Ivy Cole"}, {subj: "Gary Pearlman", pred: "PARTNER_OF", obj: "Ivy Cole"},
				{subj: "Ted Rawls", pred: "RELATIVE_OF", obj: "Ivy Cole", detail: "son"}},
		},
		{
			name:    "an author's character is no actor's role",
			docs:    []string{bookPage, crewPage, "The character is adapted from Carla Venn's detective Ivy Cole. Carla Venn's harder edges and Ivy Cole are gone.\n"},
			wantNot: []claim{{subj: "Carla Venn", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name:    "an 'it' that stands for nothing is no series",
			docs:    []string{"Harbor Lights Renewed for Season 2\n\nLena Marsh once starred in the series Nightfall.\n\nIt's presumed that creator Dana Whitfield will torture these characters.\n"},
			want:    []claim{{subj: "Dana Whitfield", pred: "CREATED", obj: "Harbor Lights"}},
			wantNot: []claim{{subj: "Dana Whitfield", pred: "CREATED", obj: "Nightfall"}},
		},
		{
			name: "developed by a list of three",
			docs: []string{nightfallHeading + "The series was developed by Dana Whitfield, Omar Reyes and Ruth Ames for the streamer.\n"},
			want: []claim{
				{subj: "Dana Whitfield", pred: "CREATED", obj: "Nightfall"},
				{subj: "Omar Reyes", pred: "CREATED", obj: "Nightfall"},
				{subj: "Ruth Ames", pred: "CREATED", obj: "Nightfall"},
			},
		},
		{
			name: "character (actor) with a known actor",
			docs: []string{nightfallCast, "Nightfall follows Ivy Cole (Lena Marsh) through the city at night.\n"},
			want: []claim{{doc: "d1", subj: "Lena Marsh", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name: "actor (character) with a known actor",
			docs: []string{nightfallCast, "The lead, Lena Marsh (Ivy Cole), carries the show.\n"},
			want: []claim{{doc: "d1", subj: "Lena Marsh", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name: "actor (new character)",
			docs: []string{nightfallCast, "The squad gains an intern, Martina (Victoria Moroles), in the second episode.\n"},
			want: []claim{{doc: "d1", subj: "Victoria Moroles", pred: "PLAYS", obj: "Martina"}},
		},
		{
			name:    "his sister, Sarah",
			docs:    []string{nightfallCast, "Councilman Jake Pearlman asks her to solve the decades-old murder of his sister, Sarah.\n"},
			want:    []claim{{doc: "d1", subj: "Sarah", pred: "RELATIVE_OF", obj: "Jake Pearlman", detail: "sister"}},
			wantNot: []claim{{subj: "Sarah", pred: "RELATIVE_OF", obj: "Ivy Cole"}},
		},
		{
			name: "possessive kin",
			docs: []string{nightfallCast, "The probe reveals that Gary Pearlman, Jake Pearlman's adoptive father, hides a secret.\n"},
			want: []claim{{doc: "d1", subj: "Gary Pearlman", pred: "RELATIVE_OF", obj: "Jake Pearlman", detail: "adoptive father"}},
		},
		{
			name: "A kills B",
			docs: []string{nightfallCast, "In the finale Gary Pearlman kills Ted Rawls.\n"},
			want: []claim{{doc: "d1", subj: "Gary Pearlman", pred: "KILLED", obj: "Ted Rawls"}},
		},
		{
			name: "B is killed by A",
			docs: []string{nightfallCast, "In the finale Ted Rawls is killed by Gary Pearlman.\n"},
			want: []claim{{doc: "d1", subj: "Gary Pearlman", pred: "KILLED", obj: "Ted Rawls"}},
		},
		{
			name:    "meeting is not killing",
			docs:    []string{nightfallCast, "In the finale Gary Pearlman meets Ted Rawls.\n"},
			wantNot: []claim{{subj: "Gary Pearlman", pred: "KILLED", obj: "Ted Rawls"}},
		},
		{
			name: "based on the X by Y",
			docs: []string{nightfallHeading + "The show is based on the Midnight Files by Carla Venn.\n"},
			want: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Midnight Files"}, {subj: "Carla Venn", pred: "WROTE", obj: "Midnight Files"}},
		},
		{
			name: "based on a named novel series",
			docs: []string{nightfallHeading + "The show is based on the Ivy Cole novel series by Carla Venn.\n"},
			want: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Ivy Cole novel series"}, {subj: "Carla Venn", pred: "WROTE", obj: "Ivy Cole novel series"}},
		},
		{
			name: "set in Los Angeles",
			docs: []string{nightfallHeading + "Set in Los Angeles, the show follows a detective on the night shift.\n"},
			want: []claim{{subj: "Nightfall", pred: "SET_IN", obj: "Los Angeles"}},
		},
		{
			name: "takes place in",
			docs: []string{nightfallHeading + "The story takes place in San Diego during one long summer.\n"},
			want: []claim{{subj: "Nightfall", pred: "SET_IN", obj: "San Diego"}},
		},
		{
			name: "reprising his role from A and B",
			docs: []string{nightfallCast + "\n=== Special guest stars ===\n" +
				"- Titus Welliver as Harry Bosch, a retired detective, reprising his role from Harbor and Harbor: Legacy.\n"},
			want: []claim{
				{subj: "Titus Welliver", pred: "PLAYS", obj: "Harry Bosch"},
				{subj: "Harry Bosch", pred: "APPEARS_IN", obj: "Harbor"},
				{subj: "Harry Bosch", pred: "APPEARS_IN", obj: "Harbor: Legacy"},
			},
		},
		{
			name: "premiered on a known network",
			docs: []string{nightfallCast, "Nightfall premiered on Amazon Prime Video on July 9, 2025.\n"},
			want: []claim{{doc: "d1", subj: "Nightfall", pred: "AIRS_ON", obj: "Amazon Prime Video"}},
		},
		{
			name: "spinoff of, about the page's series",
			docs: []string{nightfallCast + "\nA spinoff of Harbor, the show keeps its grim tone.\n"},
			want: []claim{{subj: "Nightfall", pred: "SPINOFF_OF", obj: "Harbor"}},
		},
		{
			name:    "a quoted parent before 'spinoff' is no context series",
			docs:    []string{nightfallCast + "\nNews that the \"Harbor\" spinoff is ending was shared by showrunner Ada Fox.\n"},
			want:    []claim{{subj: "Ada Fox", pred: "SHOWRUNNER_OF", obj: "Nightfall"}},
			wantNot: []claim{{subj: "Ada Fox", pred: "SHOWRUNNER_OF", obj: "Harbor"}},
		},
		{
			name:    "a parent before 'prequel' is no context series",
			docs:    []string{nightfallCast + "\nThe Harbor prequel is led by showrunner Ada Fox.\n"},
			want:    []claim{{subj: "Ada Fox", pred: "SHOWRUNNER_OF", obj: "Nightfall"}},
			wantNot: []claim{{subj: "Ada Fox", pred: "SHOWRUNNER_OF", obj: "Harbor"}},
		},
		{
			name:    "the source cited in a member's window is no unit",
			docs:    []string{nightfallCast + "\nTed Rawls, a member of the Harbor Police who helps Ivy Cole, according to Dispatch, retires.\n"},
			want:    []claim{{subj: "Ted Rawls", pred: "MEMBER_OF", obj: "Harbor Police"}},
			wantNot: []claim{{subj: "Ted Rawls", pred: "MEMBER_OF", obj: "Dispatch"}},
		},
		{
			name: "X is a spin-off of Y",
			docs: []string{nightfallCast, "Nightfall is a spin-off of Harbor with a younger cast.\n"},
			want: []claim{{doc: "d1", subj: "Nightfall", pred: "SPINOFF_OF", obj: "Harbor"}},
		},
		{
			name: "starring a list",
			docs: []string{nightfallCast, "Nightfall, starring Lena Marsh and Noah Bean, returns in the fall.\n"},
			want: []claim{{doc: "d1", subj: "Lena Marsh", pred: "STARS_IN", obj: "Nightfall"}, {doc: "d1", subj: "Noah Bean", pred: "STARS_IN", obj: "Nightfall"}},
		},
		{
			name: "a sentence of a hard-wrapped paragraph is read whole",
			docs: []string{nightfallHeading + "The drama Nightfall is produced by\nFabel Entertainment, Dana Whitfield's Northlight Pictures and Omar Reyes's\nTidewater Films. Whitfield serves as\nexecutive producer.\n"},
			want: []claim{{subj: "Nightfall", pred: "PRODUCED_BY", obj: "Fabel Entertainment"}, {subj: "Nightfall", pred: "PRODUCED_BY", obj: "Tidewater Films"}},
		},
		{
			name:    "works named as a person's credit are not the series the sentence speaks of",
			docs:    []string{relatedPage, nightfallHeading + "Nightfall is a drama. “Harbor” and “Dockside” scribe Ada Fox joins the executive producer team that includes Dana Whitfield.\n"},
			want:    []claim{{doc: "d1", subj: "Dana Whitfield", pred: "EXECUTIVE_PRODUCER_OF", obj: "Nightfall"}},
			wantNot: []claim{{subj: "Dana Whitfield", pred: "EXECUTIVE_PRODUCER_OF", obj: "Harbor"}},
		},
		{
			name:    "a studio's possessive before a series is no network",
			docs:    []string{relatedPage, "Amazon Prime Video has renewed Fabel Television's Nightfall for a third season.\n"},
			want:    []claim{{subj: "Nightfall", pred: "AIRS_ON", obj: "Amazon Prime Video"}},
			wantNot: []claim{{subj: "Nightfall", pred: "AIRS_ON", obj: "Fabel Television"}},
		},
		{
			name:    "the owner of a production company is no producer",
			docs:    []string{nightfallHeading + "The series is produced by Fabel Entertainment and Corvid Media Group's Tidewater Films.\n"},
			want:    []claim{{subj: "Nightfall", pred: "PRODUCED_BY", obj: "Tidewater Films"}},
			wantNot: []claim{{subj: "Nightfall", pred: "PRODUCED_BY", obj: "Corvid Media Group"}},
		},
		{
			name:    "the work that credits the producers of a new series is not theirs",
			docs:    []string{relatedPage, nightfallHeading + "Nightfall is a drama. Harbor's Dana Whitfield and Omar Reyes serve as executive producers on the new series.\n"},
			want:    []claim{{doc: "d1", subj: "Omar Reyes", pred: "EXECUTIVE_PRODUCER_OF", obj: "Nightfall"}},
			wantNot: []claim{{subj: "Omar Reyes", pred: "EXECUTIVE_PRODUCER_OF", obj: "Harbor"}, {subj: "Dana Whitfield", pred: "EXECUTIVE_PRODUCER_OF", obj: "Harbor"}},
		},
		{
			name:    "the network that renews a series in a headline is not the page's series",
			docs:    []string{"= Harbor Lights (TV series) =\n\n", "Northlight TV Renews 'Harbor Lights' for a Third Season\n\nThe drama, created by Dana Whitfield, returns in May.\n"},
			want:    []claim{{subj: "Dana Whitfield", pred: "CREATED", obj: "Harbor Lights"}},
			wantNot: []claim{{subj: "Dana Whitfield", pred: "CREATED", obj: "Northlight TV"}},
		},
		{
			name: "a cast list's notes of kinship relate the role to every owner",
			docs: []string{crewPage, "Other cast members include Omar Vance as Petra Holm (Gary Pearlman's and Ivy Cole's mother).\n"},
			want: []claim{{subj: "Petra Holm", pred: "RELATIVE_OF", obj: "Gary Pearlman", detail: "mother"}, {subj: "Petra Holm", pred: "RELATIVE_OF", obj: "Ivy Cole", detail: "mother"}},
		},
		{
			name: "cast line",
			docs: []string{nightfallCast},
			want: []claim{
				{subj: "Lena Marsh", pred: "PLAYS", obj: "Ivy Cole"},
				{subj: "Ivy Cole", pred: "APPEARS_IN", obj: "Nightfall"},
				{subj: "Lena Marsh", pred: "STARS_IN", obj: "Nightfall"},
			},
		},
		{
			name: "an actor who plays a character",
			docs: []string{nightfallCast, "Noah Bean, who plays Rosa Lind in the spin-off, said the night shoots were hard.\n"},
			want: []claim{{subj: "Noah Bean", pred: "PLAYS", obj: "Rosa Lind"}},
		},
		{
			name:    "an actor who plays a character's relative plays no named character",
			docs:    []string{nightfallCast, "Omar Vance plays Ivy Cole's father in the second season.\n"},
			wantNot: []claim{{subj: "Omar Vance", pred: "PLAYS", obj: "Ivy Cole"}},
		},
		{
			name: "a based-on window ends where a new clause starts",
			docs: []string{nightfallHeading + "Adapted from a 1990s film, which was loosely based on a real family, " +
				"Kay Network's Nightfall offers Lena Marsh the part that Harbor and Dockside gave Ann Dale and Omar Vance.\n"},
			wantNot: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Ann Dale"}, {subj: "Nightfall", pred: "BASED_ON", obj: "Harbor"},
				{subj: "Nightfall", pred: "BASED_ON", obj: "Lena Marsh"}},
		},
		{
			name:    "running from a past is running no organization",
			docs:    []string{nightfallCast, "The story follows numerous characters, including Ted Rawls (Mike Stone), a CIA operative running from a dark past who begins an off-book operation to fund the Delmar Rebels and Ivy Cole (Lena Marsh), a nurse.\n"},
			wantNot: []claim{{subj: "Ted Rawls", pred: "MEMBER_OF", obj: "Delmar Rebels"}},
		},
		{
			name: "a description before the next name of a list is that name's",
			docs: []string{nightfallCast, "The story follows Ivy Cole (Lena Marsh), a CIA operative fleeing from her past Ted Rawls (Mike Stone) " +
				"and Gary Pearlman (Kevin Dunn).\n"},
			wantNot: []claim{{subj: "Ivy Cole", pred: "MEMBER_OF", obj: "CIA"}},
		},
		{
			name:    "a producer's credits in parentheses name no actor",
			docs:    []string{"Harbor Lights\n\nThe Kay series Harbor Lights has a new season.\n\nMeanwhile, award winner Ann Dale (Westmoor, Cold Harbor) is joined by Tom Vale (Low Tide, Dockside) as executive producer for season two.\n"},
			wantNot: []claim{{subj: "Ann Dale", pred: "APPEARS_IN", obj: "Harbor Lights"}},
		},
		{
			name: "a series named once beside others on a page about an unknown one takes no roles",
			docs: []string{"Cast Deals For Two More Seasons\n\nThe veteran Kay drama has renewed its cast. Kevin Dunn, who plays Gary Pearlman, signed on. " +
				"The Kay series Harbor Lights returns too. Next season adds Low Tide lead Omar Vance.\n"},
			wantNot: []claim{{subj: "Gary Pearlman", pred: "APPEARS_IN", obj: "Low Tide"}, {subj: "Gary Pearlman", pred: "APPEARS_IN", obj: "Harbor Lights"}},
		},
		{
			name: "a based-on window keeps its list of books",
			docs: []string{nightfallHeading + "Nightfall is based on the novels Midnight Files, Low Tide and Cold Harbor by Carla Venn.\n"},
			want: []claim{{subj: "Nightfall", pred: "BASED_ON", obj: "Midnight Files"}, {subj: "Nightfall", pred: "BASED_ON", obj: "Cold Harbor"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []claimLine
			for _, x := range extractDocs(t, tt.docs...) {
				got = append(got, claimLines(x)...)
			}
			match := func(c claim) bool {
				for _, g := range got {
					if (c.doc == "" || g.doc == c.doc) && g.subj == c.subj && g.pred == c.pred && g.obj == c.obj &&
						(c.detail == "" || g.detail == c.detail) {
						return true
					}
				}
				return false
			}
			for _, c := range tt.want {
				if !match(c) {
					t.Errorf("no claim %s %s %s %s (in %s)", c.subj, c.pred, c.obj, c.detail, c.doc)
				}
			}
			for _, c := range tt.wantNot {
				if match(c) {
					t.Errorf("unwanted claim %s %s %s", c.subj, c.pred, c.obj)
				}
			}
			// Every claim must respect the types its predicate requires.
			for _, g := range got {
				ws, wo := extract.WantTypes(g.pred)
				if ws != "" && (g.subjType != ws || g.objType != wo) {
					t.Errorf("claim %s(%s) %s %s(%s) does not have the types %s, %s", g.subj, g.subjType, g.pred, g.obj, g.objType, ws, wo)
				}
			}
			if t.Failed() {
				for _, g := range got {
					t.Logf("claim in %s: %s %s %s %s  [%s]", g.doc, g.subj, g.pred, g.obj, g.detail, g.evidence)
				}
			}
		})
	}
}

// TestCharacterPageAlias checks that the names a character page's alias
// fields give are the page's character's other names.
func TestCharacterPageAlias(t *testing.T) {
	for _, x := range extractDocs(t, fanCharacterPage) {
		for _, m := range x.Mentions {
			if m.Name == "Ivy Rose Cole" {
				if m.Alias != "Ivy Cole" {
					t.Errorf("Ivy Rose Cole has alias %q, want Ivy Cole", m.Alias)
				}
				return
			}
		}
	}
	t.Error("no mention of Ivy Rose Cole")
}

// TestContextSideTypedOnlyWithOther checks that a pattern that takes one
// side of its relation from context types that side only when the other
// side holds a mention that fits: "join the series that will star Alden
// Hart" names no organization, so Stacy Grant is no member of one, and
// no character.
func TestContextSideTypedOnlyWithOther(t *testing.T) {
	x := extractDocs(t, "Harbor Lights Renewed for Season 2\n\nAccording to Deadline, Stacy Grant is the latest to join the series that will star Alden Hart as the titular detective.\n")[0]
	for _, m := range x.Mentions {
		if m.Name == "Stacy Grant" && m.Type == "Character" {
			t.Errorf("Stacy Grant typed %s by %s", m.Type, m.Rule)
		}
	}
}

// TestSentenceWords checks how a sentence is split into words: notes in
// square brackets are no words, and the full stop that ends a sentence is
// no part of an abbreviation.
func TestSentenceWords(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a citation mark", "It premiered on FX.[2] Later it moved.", "It premiered on FX Later it moved"},
		{"a tag", "Cross Set to Begin Filming [Exclusive]", "Cross Set to Begin Filming"},
		{"abbreviations inside", "It was made in the U.S. by Dr. Ames.", "It was made in the U.S. by Dr. Ames"},
		{"the sentence's full stop", "It premieres today on Lumen TV.", "It premieres today on Lumen TV"},
		{"a space lost after a full stop", "Fisher is joining Harbor Lights.HBO has announced it.", "Fisher is joining Harbor Lights HBO has announced it"},
		{"a navigation trail run into a name", "HomeInterviewsDana Whitfield on the finale", "Dana Whitfield on the finale"},
		{"a capital run into a heading's end", "Harbor LightsA moody drama", "Harbor Lights A moody drama"},
		{"camel-case names stay whole", "It streams on YouTube and PlayStation with McDonald and MacKenzie.", "It streams on YouTube and PlayStation with McDonald and MacKenzie"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(extract.SentenceWords(tt.text), " "); got != tt.want {
				t.Errorf("words of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestWindowKeepsGuessedKinds checks that a pattern reading a window of
// text does not turn a name guessed to be a person into an organization:
// "led by" names people as often as units.
func TestWindowKeepsGuessedKinds(t *testing.T) {
	x := extractDocs(t, "Harbor Lights Renewed for Season 2\n\nThe new unit joined by Carla Ejiro and Stefan Dorn works the docks.\n")[0]
	for _, m := range x.Mentions {
		if (m.Name == "Carla Ejiro" || m.Name == "Stefan Dorn") && m.Type == "Organization" {
			t.Errorf("%s typed %s by %s", m.Name, m.Type, m.Rule)
		}
	}
}

// TestAwardModifierIsNoName checks that an award made an adjective
// ("Golden Globe-winning") is no name, and does not stick to the title
// after it.
func TestAwardModifierIsNoName(t *testing.T) {
	for _, m := range extractDocs(t, "The cast adds Golden Globe-winning The Night Harbor alum Ann Dale this year.\n")[0].Mentions {
		if strings.Contains(m.Name, "winning") {
			t.Errorf("mention %q (%s by %s)", m.Name, m.Type, m.Rule)
		}
	}
}

// TestNameAliases checks the other names a text gives a character: the
// names of its personas written with slashes, and the name it goes by.
func TestNameAliases(t *testing.T) {
	persona := castWith("- Lena Marsh as Ivy Cole, a con artist\n- Lena Marsh as Nora Vance, her other self\n- Kevin Dunn as Gary Pearlman, a lawyer")
	tests := []struct {
		name    string
		docs    []string
		mention string
		alias   string // "" for none
	}{
		{"slash-names", []string{persona, "The finale follows Ivy/Nora into the desert.\n"}, "Nora", "Ivy"},
		{"slash-names of a character and an organization", []string{persona, "The finale follows Ivy/Lumen into the desert.\n"}, "Lumen", ""},
		{"slash-names of a character and a new full name", []string{persona, "The cast adds Kevin Dunn as Gary Pearlman/Walter Brandt, a lawyer.\n"}, "Walter Brandt", "Gary Pearlman"},
		{"goes by", []string{persona, "Ivy Cole, who now goes by Nell Crane, hides in the desert.\n"}, "Nell Crane", "Ivy Cole"},
		{"aka", []string{persona, "Ivy Cole, aka Nell Crane, hides in the desert.\n"}, "Nell Crane", "Ivy Cole"},
		{"pen name", []string{persona, "The novel is by Edna Fairlie, writing under her pen name, Ross Hallam.\n"}, "Ross Hallam", "Edna Fairlie"},
		{"pseudonym", []string{persona, "The novels of Edna Fairlie under the pseudonym Ross Hallam sold well.\n"}, "Ross Hallam", "Edna Fairlie"},
		{"name of", []string{persona, "It is based on the novel by Edna Fairlie under the name of Ross Hallam.\n"}, "Ross Hallam", "Edna Fairlie"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs := extractDocs(t, tt.docs...)
			for _, m := range xs[len(xs)-1].Mentions {
				if m.Name == tt.mention {
					if m.Alias != tt.alias {
						t.Errorf("%q has alias %q, want %q", m.Name, m.Alias, tt.alias)
					}
					return
				}
			}
			if tt.alias != "" {
				t.Errorf("no mention %q", tt.mention)
			}
		})
	}
}

// TestCreditNoteIsNoContextSeries checks that a series named in a note of
// an actor's other work is not the series a later pattern takes as its
// subject.
func TestCreditNoteIsNoContextSeries(t *testing.T) {
	cast := "Cast\n\n- Lena Marsh as Ivy Cole\n- Tom Fell as Gary Pearlman\n"
	text := "Harbor Lights Renewed for Season 2\n\nThe drama is returning for a second season. Lena Marsh (Velvet Nights, Dockside) and Tom Fell (Salt Marsh) are teaming up again for the London-set drama.\n"
	found := false
	for _, x := range extractDocs(t, cast, text)[1:] {
		for _, c := range x.Claims {
			found = found || c.Predicate == "SET_IN"
			if c.Predicate == "SET_IN" && x.Mentions[c.Subject].Name != "Harbor Lights" {
				t.Errorf("%s SET_IN %s, want Harbor Lights as the subject", x.Mentions[c.Subject].Name, x.Mentions[c.Object].Name)
			}
		}
	}
	if !found {
		t.Error("no SET_IN claim")
	}
}

// TestCharacterActorSurname checks that "Character (Surname)" reads the
// actor the corpus knows by that surname as playing the character.
func TestCharacterActorSurname(t *testing.T) {
	cast := "Cast\n\n- Lena Marsh as Ivy Cole\n"
	text := "The drama stars Lena Marsh and Tom Fell as detectives Ivy Cole (Marsh) and Gil Ortega (Fell), who are drawn into a case.\n"
	var got []string
	for _, x := range extractDocs(t, cast, text)[1:] {
		for _, c := range x.Claims {
			if c.Predicate == "PLAYS" {
				got = append(got, x.Mentions[c.Subject].Name+" PLAYS "+x.Mentions[c.Object].Name)
			}
		}
	}
	if !strings.Contains(strings.Join(got, "; "), "Marsh PLAYS Ivy Cole") {
		t.Errorf("PLAYS claims %q, want Marsh PLAYS Ivy Cole", got)
	}
}

// TestCastingNoteOfAName checks that a name in parentheses before casting
// words stays a person's when more than its shape says so: "Kit (Sam
// Hale) are set to clash" gives an actor, not a credit.
func TestCastingNoteOfAName(t *testing.T) {
	xs := extractDocs(t, nightfallHeading+"Sam Hale plays Kit Rahman in Nightfall.\n", "Fans know that Kit (Sam Hale) are set to clash with the new boss.\n")
	for _, x := range xs {
		for _, m := range x.Mentions {
			if m.Name == "Sam Hale" && m.Type != "Person" {
				t.Errorf("%s: %q typed %q by %s, want a person", x.Doc.ID, m.Name, m.Type, m.Rule)
			}
		}
	}
}

// TestLoneRoleNamesAreLearnt checks that a lone name a pattern of roles
// or kin made a character's is one in every document, while one typed by
// another pattern is not learnt.
func TestLoneRoleNamesAreLearnt(t *testing.T) {
	tests := []struct {
		name, first, second, mention string
		want                         string
	}{
		{"an actor plays it", "Lena Marsh plays Ivy, a smart woman.\n", "Later Roy learns where Ivy hides.\n", "Ivy", "Character"},
		{"it has a husband", "Nobody trusts Ivy's husband, Carl Dane.\n", "Later Roy learns where Ivy hides.\n", "Ivy", "Character"},
		{"a word before a noun is no role", "The drama stars Lena Marsh as the prickly Harbor medical examiner.\n", "Later Roy moves to Harbor for good.\n", "Harbor", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs := extractDocs(t, tt.first, tt.second)
			got := ""
			for _, m := range xs[1].Mentions {
				if m.Name == tt.mention {
					got = m.Type
				}
			}
			if (got == "Character") != (tt.want == "Character") {
				t.Errorf("%q in the second document typed %q, want %q", tt.mention, got, tt.want)
			}
		})
	}
}

// TestListNotesAreNoMembers checks that a name in parentheses after a
// listed one, a note of other work, takes no part in the list's relation
// and makes no "Character (Actor)" of a credited name, while an
// abbreviation in parentheses names the listed one again.
func TestListNotesAreNoMembers(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  string
	}{
		{"note of other work", seriesPage + "The series is executive produced by Dana Whitfield (Harbor Lights) and Omar Reyes.\n",
			"Omar Reyes EXECUTIVE_PRODUCER_OF Nightfall", "Harbor Lights EXECUTIVE_PRODUCER_OF Nightfall"},
		{"credited name before a note", seriesPage + "The series is executive produced by Dana Whitfield (Harbor Lights) and Omar Reyes.\n",
			"Dana Whitfield EXECUTIVE_PRODUCER_OF Nightfall", "Harbor Lights PLAYS Dana Whitfield"},
		{"abbreviation", seriesPage + "The series is produced by Lumen Pictures (LP) and Harbor Studios.\n",
			"Nightfall PRODUCED_BY LP", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, x := range extractDocs(t, c.text) {
				for _, cl := range x.Claims {
					got = append(got, x.Mentions[cl.Subject].Name+" "+cl.Predicate+" "+x.Mentions[cl.Object].Name)
				}
			}
			all := strings.Join(got, "; ")
			if !strings.Contains(all, c.want) {
				t.Errorf("claims %q, want %s", got, c.want)
			}
			if c.not != "" && strings.Contains(all, c.not) {
				t.Errorf("claims %q hold %s", got, c.not)
			}
		})
	}
}

// TestEpisodePremiseNamesNoLeads checks that a premise of an episode, not
// of the series or a season, makes no actor it names a star.
func TestEpisodePremiseNamesNoLeads(t *testing.T) {
	text := seriesPage + "The third episode follows Ivy Cole, played by Ann Dale, and her neighbour Gil Ortega (Tom Vole).\n"
	for _, x := range extractDocs(t, text) {
		for _, c := range x.Claims {
			if c.Predicate == "STARS_IN" && c.Rule == "premise-leads" {
				t.Errorf("%s STARS_IN %s from an episode's premise", x.Mentions[c.Subject].Name, x.Mentions[c.Object].Name)
			}
		}
	}
}

// TestNetworkNoteNeedsNetwork checks that only a known network in
// parentheses after a series is where it airs, not a studio.
func TestNetworkNoteNeedsNetwork(t *testing.T) {
	text := seriesPage + "That was the climax of Nightfall (Lumen Studios) last night.\n"
	for _, x := range extractDocs(t, text) {
		for _, c := range x.Claims {
			if c.Rule == "series-network-note" {
				t.Errorf("%s %s %s from a studio in parentheses", x.Mentions[c.Subject].Name, c.Predicate, x.Mentions[c.Object].Name)
			}
		}
	}
}
