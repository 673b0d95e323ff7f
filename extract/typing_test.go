package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// typingCase is one case of a typing rule: in the trial reading of docs
// (see extract.TrialReading), a mention named name has type typ, given by
// rule.
type typingCase struct {
	rule string
	docs []string
	name string
	typ  string
}

// The documents of the typing cases that need the corpus to know a name.
const (
	castPage = "= Nightfall (TV series) =\n\n" +
		"== Cast ==\n=== Main ===\n" +
		"- Lena Marsh as Ivy Cole, a night-shift detective\n" +
		"- Kevin Dunn as Gary Pearlman, a retired accountant\n"
)

var typingCases = []typingCase{
	// The document's structure.
	{"page-title", []string{"= Nightfall (TV series) =\n\nNightfall is a drama.\n"}, "Nightfall", graph.Series},
	{"character-page-title", []string{characterPage}, "Nora Halloran", graph.Character},
	{"character-page-portrayed-by", []string{characterPage}, "Renata Solberg", graph.Person},
	{"cast-line-actor", []string{castPage}, "Lena Marsh", graph.Person},
	// "in A as X" credits a role only after a verb of appearing.
	{"capitalised-run", []string{castPage, "The storm hit hardest in Harbor Lights as Tovin Rusk drove home.\n"}, "Tovin Rusk", graph.Person},
	{"cast-line-character", []string{castPage}, "Ivy Cole", graph.Character},
	{"cast-pair-actor", []string{castPage, "Cast\n\nIvy Cole — Lena Marsh\nMirella Dragan — Saoirse Delahunt\n"}, "Saoirse Delahunt", graph.Person},
	{"cast-pair-character", []string{castPage, "Cast\n\nIvy Cole — Lena Marsh\nMirella Dragan — Saoirse Delahunt\n"}, "Mirella Dragan", graph.Character},
	{"cast-pair-actor", []string{"Cast\n\nNina Falk – Officer Tom Vale\nDana Whitfield – Detective Ivy Quist\n"}, "Nina Falk", graph.Person},
	{"cast-pair-character", []string{"Cast\n\nNina Falk – ‘Officer Tom Vale’\nDana Whitfield – ‘Ivy Quist’\n"}, "Ivy Quist", graph.Character},
	{"caption-actor", []string{captionPage}, "Ade Oyelaran", graph.Person},
	{"caption-character", []string{captionPage}, "Idris Mensah", graph.Character},
	{"caption-series", []string{captionPage}, "HARBOUR NINE", graph.Series},
	{"caption-photographer", []string{captionPage}, "Marek Dunleavy", graph.Person},
	{"byline-author", []string{"Nightfall review\n\nBy Hollis Penrose | October 11, 2024\n\nThe show returns.\n"}, "Hollis Penrose", graph.Person},
	{"infobox-starring", []string{infobox}, "Lena Marsh", graph.Person},
	{"infobox-network", []string{infobox}, "Prime Video", graph.Organization},
	{"infobox-title", []string{infobox}, "Nightfall", graph.Series},
	{"infobox-alt-name", []string{infobox}, "Night Shift", graph.Series},
	{"infobox-based-on", []string{infobox}, "Midnight Files", graph.Book},
	{"infobox-source", []string{"Title: 'Nightfall' Renewed for Season 2 | Source: harborpress.com | Date: 2024-05-01\n\nThe show returns.\n"}, "harborpress.com", graph.Organization},
	{"infobox-based-on-author", []string{infobox}, "Carla Venn", graph.Person},
	{"infobox-producer", []string{"= Nightfall (TV series) =\n\n- Producer: Karen Lowe (series 1), Fjord Films\n"}, "Karen Lowe", graph.Person},
	{"infobox-producer", []string{"= Nightfall (TV series) =\n\n- Producer: Karen Lowe (series 1), Fjord Films\n"}, "Fjord Films", graph.Organization},
	{"infobox-producers", []string{"= Nightfall (TV series) =\n\n- Producers: Lumen, Karen Lowe, KTVX-TV\n"}, "KTVX-TV", graph.Organization},
	{"infobox-producers", []string{"= Nightfall (TV series) =\n\n- Producers: Lumen, Karen Lowe, KTVX-TV\n"}, "Lumen", graph.Organization},
	{"infobox-producers", []string{"= Nightfall (TV series) =\n\n- Producers: Lumen, Karen Lowe, KTVX-TV\n"}, "Karen Lowe", graph.Person},
	{"infobox-produced-by", []string{"Nightfall\n\nProduced by: Gull Pictures, Lumenfilm, Karen Lowe\nStarring:\nLena Marsh as Ivy Cole\n"}, "Lumenfilm", graph.Organization},
	{"infobox-produced-by", []string{"Nightfall\n\nProduced by: Gull Pictures, Lumenfilm, Karen Lowe\nStarring:\nLena Marsh as Ivy Cole\n"}, "Karen Lowe", graph.Person},
	{"infobox-composer", []string{"= Nightfall (TV series) =\n\n- Composer: Ben Fairley\n"}, "Ben Fairley", graph.Person},
	{"infobox-director", []string{episodeTable}, "Ed Lin", graph.Person},
	{"infobox-teleplay-by", []string{episodeTable}, "Ida Moss", graph.Person},
	{"infobox-story-by", []string{episodeTable}, "Ada Fox", graph.Person},
	{"character-page-full-name", []string{fanCharacterPage}, "Ivy Rose Cole", graph.Character},
	// Lexical patterns in running text.
	{"book-series-title", []string{"Nightfall is based on the Ivy Cole novel series.\n"}, "Ivy Cole novel series", graph.Book},
	{"name-heading", []string{"Cast\n\nBarnaby Pike\n\nPike plays the harbour master.\n"}, "Barnaby Pike", graph.Person},
	{"acronym-led", []string{"The budget came from pre-sales; WKBX Harbor is credited as co-producer.\n"}, "WKBX Harbor", graph.Organization},
	{"organization-list", []string{"The series was produced by Lumen Bird, Harbor Pictures and KTV for the network.\n"}, "Lumen Bird", graph.Organization},
	{"adapted-title-list", []string{"The films were adapted from Cold Water, Nightline and One Last Turn.\n"}, "Nightline", graph.Book},
	{"place-noun", []string{"Their racket dominates the Little Marsh district of the city.\n"}, "Little Marsh", graph.Place},
	{"place-of", []string{"He is sent to the fictional Pacific island of Saint Oriel.\n"}, "Saint Oriel", graph.Place},
	{"place-of", []string{"Life in the inner city borough of Eastwick is hard.\n"}, "Eastwick", graph.Place},
	{"place-of", []string{"She returns to her small Southern hometown of Pell Hollow to cover a murder.\n"}, "Pell Hollow", graph.Place},
	{"place-of", []string{"She is sent back to Pell Hollow, the small town where she grew up.\n"}, "Pell Hollow", graph.Place},
	{"series-number-title", []string{"Meet the cast of Salt Harbor series four before it returns.\n"}, "Salt Harbor", graph.Series},
	{"run-of-title", []string{"In the six-season run of Salt Harbor, the family clashes with everyone.\n"}, "Salt Harbor", graph.Series},
	{"kind-noun-org", []string{"French film studio Lumenor will launch its television division.\n"}, "Lumenor", graph.Organization},
	{"founded-org", []string{"Lumen Bird, formed by Tovin Rusk, began negotiations with British companies.\n"}, "Lumen Bird", graph.Organization},
	{"by-common-word", []string{"The lake is crimson and calm. The series was produced by Crimson Kestrel for the network.\n"}, "Crimson Kestrel", graph.Person},
	{"star-of-title", []string{"Ann Roe, the brains and star of Quillmark, wrote the script.\n"}, "Quillmark", graph.Series},
	{"kind-list-title", []string{"The network is known for shows like Salt Harbor and Grey Mile.\n"}, "Grey Mile", graph.Series},
	{"hit-title", []string{"The network had a smash hit, Salt Harbor, on its slate.\n"}, "Salt Harbor", graph.Series},
	{"paren-also-title", []string{"The series stars Mira Tolliver (also from Salt Harbor) as a detective.\n"}, "Salt Harbor", graph.Series},
	{"maker-title", []string{"The slate includes a drama from Salt Harbor creator Tovin Rusk.\n"}, "Salt Harbor", graph.Series},
	{"place-pair", []string{"The series was filmed in Tromsø, Norway, over a winter.\n"}, "Tromsø", graph.Place},
	{"place-pair", []string{"The series was filmed in Lindholt, Varnesund.\n"}, "Varnesund", graph.Place},
	{"place-pair", []string{"She has appeared in Tromsø, Norway, on stage.\n"}, "Tromsø", graph.Place}, // credits words before a known place
	{"dateline", []string{"LONDON — The drama returns for a second season.\n"}, "LONDON", graph.Place},
	{"year-title", []string{"It follows Salt for the Dead (2013) closely.\n"}, "Salt for the Dead", graph.Series},
	{"year-title-book", []string{"The novels:\n\n- Salt for the Dead (2013)\n- The Drowned Bell (2015)\n"}, "Salt for the Dead", graph.Book},
	{"year-title-lexicon", []string{infobox, "It follows Midnight Files (2013) closely.\n"}, "Midnight Files", graph.Book},
	// Names the corpus knows.
	{"lexicon", []string{castPage, "Later Lena Marsh joined the cast.\n"}, "Lena Marsh", graph.Person},
	{"lexicon-short", []string{castPage, "In the finale Marsh is superb.\n"}, "Marsh", ""},
	// A series named after its lead: the character's full name where the
	// words around it speak of a series.
	{"title-named-series", []string{castPage, "The sixth season of Ivy Cole airs in May.\n"}, "Ivy Cole", graph.Series},
	{"title-named-series", []string{castPage, "Viewers love FX's Ivy Cole and its fixer.\n"}, "Ivy Cole", graph.Series},
	{"title-named-series", []string{castPage, "Made by a small studio, Ivy Cole premiered in 2013.\n"}, "Ivy Cole", graph.Series},
	{"title-named-series", []string{castPage, "Last night Ivy Cole Season 2 ended.\n"}, "Ivy Cole", graph.Series},
	{"title-named-series", []string{castPage, "FX's New Drama ‘Ivy Cole’\n\nThe drama follows a detective.\n"}, "Ivy Cole", graph.Series},
	{"headline-title", []string{castPage, "‘Ivy Cole’ Recap: “Night Two”\n\nIvy storms out of the house.\n"}, "Ivy Cole", graph.Series},
	// Where nothing speaks of a series, the character stays one.
	{"lexicon", []string{castPage, "Later Ivy Cole joined the team.\n"}, "Ivy Cole", graph.Character},
	{"lexicon", []string{castPage, "Critics loved Marsh's “Ivy Cole” this week.\n"}, "Ivy Cole", graph.Character},
	{"lexicon", []string{castPage, "It adapts the “Ivy Cole” series of novels.\n"}, "Ivy Cole", graph.Character},
	{"title-qualifier-acronym", []string{"The story follows LAPD Detective Renée Ballard on the night shift.\n"}, "LAPD", graph.Organization},
	{"title-qualifier-acronym", []string{"The finale sends HPD Supervisory Agent Ivy Cole back to the past.\n"}, "HPD", graph.Organization},
	{"title-qualifier-place", []string{"The case reaches Calder County Sheriff Whitlock at last.\n"}, "Calder County", graph.Place},
	// The shape of an unknown name and the words around it.
	{"compound-place", []string{"The Los Angeles-based drama returns.\n"}, "Los Angeles", graph.Place},
	{"title-word", []string{"The case reaches Detective Ivy Cole at night.\n"}, "Ivy Cole", graph.Character},
	{"company-officer", []string{"The renewal pleased Lumen Entertainment President Ivy Cole last week.\n"}, "Ivy Cole", graph.Person},
	{"org-suffix", []string{"The case goes to the Harbor Police Department at once.\n"}, "Harbor Police Department", graph.Organization},
	{"org-suffix", []string{"The case goes to Harbor Crime Unit 12 at once.\n"}, "Harbor Crime Unit 12", graph.Organization},
	{"org-suffix", []string{"Season three follows the agents as they go up against the infamous Vargas Cartel.\n"}, "Vargas Cartel", graph.Organization},
	{"numbered-acronym", []string{"The case goes to HCU-9 at once.\n"}, "HCU-9", graph.Organization},
	{"org-suffix", []string{"She writes for the fictional New Mexico Register at night.\n"}, "New Mexico Register", graph.Organization},
	{"org-suffix", []string{"The drama is made with Lumen and Vantor Bros for the fall.\n"}, "Vantor Bros", graph.Organization},
	{"org-suffix", []string{"He reads a copy of New Mexico Dispatch at night.\n"}, "New Mexico Dispatch", graph.Organization},
	{"org-suffix", []string{"The show won a prize from the Harbor Critics’ Association this year.\n"}, "Harbor Critics’ Association", graph.Organization},
	{"org-suffix", []string{"The show won a prize from the Harbor Writers' Guild this year.\n"}, "Harbor Writers' Guild", graph.Organization},
	{"org-suffix", []string{"Her father served with the Harbor Guards in the war.\n"}, "Harbor Guards", graph.Organization},
	{"place-suffix", []string{"The show was shot across Calder County last year.\n"}, "Calder County", graph.Place},
	{"org-region", []string{"The film was announced in a post by Lumen UK in May.\n"}, "Lumen UK", graph.Organization},
	{"country-code", []string{"The show was a hit in the UK last year.\n"}, "UK", graph.Place},
	{"series-noun-after", []string{"The Harbor Valley series finale was watched by millions.\n"}, "The Harbor Valley", graph.Series},
	{"series-noun-after", []string{"Nobody expected Harbor Valley's finale to end that way.\n"}, "Harbor Valley", graph.Series},
	{"series-noun-after", []string{"News that the “Harbor Valley” spinoff is ending came on Monday.\n"}, "Harbor Valley", graph.Series},
	{"known-place", []string{"The flashbacks find him in the New Mexico desert.\n"}, "New Mexico", graph.Place},
	{"known-place", []string{"NEW YORK, Jan. 16 -- The drama returns.\n"}, "NEW YORK", graph.Place},
	{"known-place-word", []string{"The mills of Birmingham were dark that winter.\n"}, "Birmingham", graph.Place},
	{"ner-place-word", []string{"He missed his old role in Birmingham, where the team had thrown him a party.\n"}, "Birmingham", graph.Place}, // credits words before a well-known place
	{"known-network", []string{"The drama arrives on Netflix in the spring.\n"}, "Netflix", graph.Organization},
	{"known-network", []string{"The finale airs on BBC One tonight.\n"}, "BBC One", graph.Organization},
	{"org-region", []string{"The film was announced by Netflix UK in May.\n"}, "Netflix UK", graph.Organization},
	{"place-prefix", []string{"The body washes up near Port Talbot at dawn.\n"}, "Port Talbot", graph.Place},
	{"acronym", []string{"The show premiered at SXSW last year.\n"}, "SXSW", graph.Organization},
	{"camel-case", []string{"The show is rated highly at ScreenRant this year.\n"}, "ScreenRant", graph.Organization},
	{"org-cue", []string{"The review aggregator Rotten Tomatoes gave it a high score.\n"}, "Rotten Tomatoes", graph.Organization},
	{"person-cue", []string{"The series comes from showrunner Dana Whitfield this year.\n"}, "Dana Whitfield", graph.Person},
	{"person-cue", []string{"The revival owes much to the Canadian rapper Vexley, who loved it.\n"}, "Vexley", graph.Person},
	{"person-verb", []string{"The finale is a triumph, Dana Whitfield said in an interview.\n"}, "Dana Whitfield", graph.Person},
	{"year-after-book", []string{"Her first novel, Saltkoret (2011), was a success.\n"}, "Saltkoret", graph.Book},
	{"year-after", []string{"The remake of Svartvann (2016) came later.\n"}, "Svartvann", graph.Series},
	{"series-cue", []string{"Fans of the series Harbor Lights will like it.\n"}, "Harbor Lights", graph.Series},
	{"series-cue", []string{"She began her career on the soap operas Velvet Harbour and Gull Point.\n"}, "Velvet Harbour", graph.Series},
	{"series-cue", []string{"He guest-starred in crime dramas Velvet Harbour and Gull Point.\n"}, "Velvet Harbour", graph.Series},
	{"series-owner", []string{"Lena Marsh joins the cast of Dana R. Whitfield's Lumen drama series Harbor Lights.\n"}, "Dana R. Whitfield", graph.Person},
	{"series-owner", []string{"Lena Marsh has a recurring role on Dana R. Whitfield's Lumen drama series Harbor Lights.\n"}, "Dana R. Whitfield", graph.Person},
	{"season-after", []string{"The trailer for Harbor Lights season 2 is out.\n"}, "Harbor Lights", graph.Series},
	{"headline-title", []string{"Harbor of the Lost Renewed for Season 2 by TNT\n\nThe network renewed it.\n"}, "Harbor of the Lost", graph.Series},
	{"headline-title", []string{"'Harbor Lights' Adds Lena Marsh to Season 3\n\nThe cast grows.\n"}, "Harbor Lights", graph.Series},
	{"series-apposition", []string{"Tom Fell and Nina Falk team up for Harbor Lights, a series that follows two detectives.\n"}, "Harbor Lights", graph.Series},
	{"series-apposition", []string{"It has the tone of Velvet Nights, the network's biggest hit, and more.\n"}, "Velvet Nights", graph.Series},
	{"series-apposition", []string{"It shares the milieu of Gull Point, its most recent new series, about a doctor.\n"}, "Gull Point", graph.Series},
	{"org-apposition", []string{"He is no longer a part of Vance Keller, the prestigious firm he founded.\n"}, "Vance Keller", graph.Organization},
	{"org-apposition", []string{"He becomes a prospect for the Grey Wolves, a Latino outlaw motorcycle club.\n"}, "Grey Wolves", graph.Organization},
	{"series-kind-after", []string{"The season drew more viewers than Night Owls, Harbor Lights and other current dramas.\n"}, "Harbor Lights", graph.Series},
	{"series-list", []string{"The season drew more viewers than Night Owls, Harbor Lights and other current dramas.\n"}, "Night Owls", graph.Series},
	{"on-network", []string{"She works in television, namely in the underappreciated Night Owls on Netflix.\n"}, "Night Owls", graph.Series},
	{"on-network", []string{"She works in television, namely in the underappreciated Night Owls on BBC Scotland.\n"}, "Night Owls", graph.Series},
	{"series-news", []string{"The network said Harbor Lights has been renewed for a third season.\n"}, "Harbor Lights", graph.Series},
	{"series-news", []string{"Fans waited for Harbor Lights's second season all year.\n"}, "Harbor Lights", graph.Series},
	{"season-of", []string{"The critics loved the finale of Harbor Lights this week.\n"}, "Harbor Lights", graph.Series},
	{"season-of", []string{"In general, this season of The Silver Crown has been weak.\n"}, "The Silver Crown", graph.Series},
	{"season-of", []string{"He was the king in the just-ended season of The Silver Crown (BBC2).\n"}, "The Silver Crown", graph.Series},
	{"season-of", []string{"She has written five series of Dockside Nights so far.\n"}, "Dockside Nights", graph.Series},
	{"lead-sentence-series", []string{"Our Review: Harbor Lights is a moderately successful crime drama.\n"}, "Harbor Lights", graph.Series},
	{"series-news", []string{"She returns in Harbor Lights, which premieres today on Lumen TV.\n"}, "Harbor Lights", graph.Series},
	{"role-on", []string{"After four seasons playing the driven detective on Harbor Lights, she rests.\n"}, "Harbor Lights", graph.Series},
	{"role-on", []string{"She is best known for her role as a nurse on Velvet Nights.\n"}, "Velvet Nights", graph.Series},
	{"series-list", []string{"Fans of the series Harbor Lights and Night Owls will like it.\n"}, "Night Owls", graph.Series},
	{"series-list", []string{"Fans of the series Harbor Lights, Tidewell, and Night Owls will like it.\n"}, "Tidewell", graph.Series},
	{"role-on", []string{"She left, lost to a role on \"Velvet Nights\" that year.\n"}, "Velvet Nights", graph.Series},
	{"on-org", []string{"The review of the drama, which premieres today on Lumen TV.\n"}, "Lumen TV", graph.Organization},
	{"lead-sentence-series", []string{"Harbor Lights is a British police procedural created by Dana Whitfield.\n"}, "Harbor Lights", graph.Series},
	{"lead-sentence-series", []string{"Harbor Lights: Tales of the Deep is a Canadian science fiction drama television series which aired in 1996.\n"}, "Harbor Lights: Tales of the Deep", graph.Series},
	{"lead-sentence-series", []string{"Harbor Street, 9021 is an American teen drama which ran for ten years.\n"}, "Harbor Street, 9021", graph.Series},
	{"paren-credit", []string{"The season featured Tom Fell (Marlow and the Tower of Salt) and Nicola Parks (Velvet Nights).\n"}, "Velvet Nights", graph.Series},
	{"paren-credit", []string{"The cast adds Tom Fell (Marlow and the Tower of Salt) as Ray Hobb; Nicola Parks (I, Marlowe) as Ann Hobb, his wife.\n"}, "I, Marlowe", graph.Series},
	{"paren-credit", []string{"Her co-stars, Tom Fell (Harbor Lights and The Ledger) and Nicola Parks (Velvet Nights), are seasoned.\n"}, "The Ledger", graph.Series},
	{"paren-credit", []string{"Her co-stars, Tom Fell (Harbor Lights and The Ledger) and Nicola Parks (Velvet Nights), are seasoned.\n"}, "Harbor Lights", graph.Series},
	{"paren-credit", []string{"EXCLUSIVE: Nina Falk (Velvet Nights) is set for a recurring role on Harbor Lights.\n"}, "Velvet Nights", graph.Series},
	{"paren-credit", []string{"Tom Fell (Dark Water) and Nina Falk (Velvet Nights) are teaming up once again for the drama.\n"}, "Dark Water", graph.Series},
	{"paren-credit", []string{"The season featured Tom Fell (Marlow and the Tower of Salt) and Nicola Parks (Velvet Nights).\n"}, "Marlow and the Tower of Salt", graph.Series},
	{"paren-credit", []string{castPage, "Speaking from her home, Marsh (Dockside Blues, Little Boy Lost, Three Rivers) explains it.\n"}, "Little Boy Lost", graph.Series},
	{"paren-credit", []string{castPage, "Speaking from her home, Marsh (Dockside Blues, Little Boy Lost and Three Rivers) explains it.\n"}, "Three Rivers", graph.Series},
	// A quoted title in running text takes the cue of the words outside
	// its quotation marks.
	{"quoted-paren-title", []string{"Nina Falk (“Low Tide”) and Tom Fell (“Salt Marsh”) will break your heart.\n"}, "Low Tide", graph.Series},
	{"quoted-paren-title", []string{"Sometimes they get it right (see: “Velvet Nights”), and sometimes they do not.\n"}, "Velvet Nights", graph.Series},
	{"networks-title", []string{"As the mind behind ABC's \"Pushing Harbors,\" Ivy Cole is known for odd shows.\n"}, "Pushing Harbors", graph.Series},
	{"series-cue", []string{"The network has remade the 2007 Danish series “Saltvand” with a new cast.\n"}, "Saltvand", graph.Series},
	{"starred-in", []string{"The actress has recently starred in \"Dockside\" this year.\n"}, "Dockside", graph.Series},
	{"quoted-headline-title", []string{"Review: 'Harbor Lights' Season 2 Is Back\n\nThe show returns.\n"}, "Harbor Lights", graph.Series},
	{"article-place", []string{"The show was a hit in the United Marches last year.\n"}, "United Marches", graph.Place},
	{"book-series", []string{"He went on to produce a slew of children’s books – the Harbor Lights series.\n"}, "Harbor Lights", graph.Book},
	{"article-org", []string{"The show was praised by the Boston Globe last week.\n"}, "Boston Globe", graph.Organization},
	{"lone-word", []string{"The case turns on Marsh's murder.\n"}, "Marsh", ""},                                     // kept: a fact confirms it
	{"common-phrase", []string{"After Harbor Lights and its Little Lies, Tom Fell moved on.\n"}, "Little Lies", ""}, // no person: a pattern must confirm it
	{"ner-place-cue", []string{"The first season was shot in San Lorenzo over a summer.\n"}, "San Lorenzo", graph.Place},
	{"on-org", []string{"On Rotten Tomatoes, the show holds a high score.\n"}, "Rotten Tomatoes", graph.Organization},
	{"possessive-title", []string{"Fans of Harbor’s War will be glad. Harbor’s War returns tonight.\n"}, "Harbor’s War", graph.Series},
	{"capitalised-run", []string{"The finale featured Tom Fell's Hamlet, Jax Vale. It was Tom Fell's Hamlet, after all.\n"}, "Tom Fell", graph.Person},
	{"possessive-title", []string{"Many love Dana's Angels and its stars. Critics love Dana's Angels too.\n"}, "Dana's Angels", graph.Series},
	{"titled-run", []string{"Critics say it is the best since Line of Duty and little else.\n"}, "Line of Duty", graph.Series},
	{"capitalised-run", []string{"The pilot pleased Ivy Cole and few others.\n"}, "Ivy Cole", graph.Person},
	{"person-cue", []string{"The pilot pleased Novelist Ivy Cole and few others.\n"}, "Ivy Cole", graph.Person},
	{"ner-person", []string{"John Smith is superb in it.\n"}, "John Smith", graph.Person},
	{"title-word", []string{"In the saga her Aunt Maddie Thorne has perished.\n"}, "Maddie Thorne", graph.Character},
	{"title-word", []string{"In the saga the parish of Canon Wilf Harrow mourns.\n"}, "Wilf Harrow", graph.Character},
	{"ner-place-word", []string{"The killer hides in Nebraska for a year.\n"}, "Nebraska", graph.Place},
	{"criminal-group", []string{"Ivy buries Nico, a lieutenant of the Vargas drug cartel, at dawn.\n"}, "Vargas drug cartel", graph.Organization},
	{"criminal-group", []string{"Tom Fell plays the head of the Kovac crime family.\n"}, "Kovac crime family", graph.Organization},
	{"character-given-name", []string{castWith("- Lena Marsh as Quill, a nurse"), "In the finale Quill Vance walks into the sea.\n"}, "Quill Vance", graph.Character},
	{"person-given-name-cue", []string{castWith("- Lena Marsh as Quill, a nurse"), "In an interview with Quill Vance, the actress spoke.\n"}, "Quill Vance", graph.Person},
	{"series-owner", []string{"Nina Falk is set for a recurring role on Dana T. Whitfield's Lumen drama series Harbor Lights.\n"}, "Dana T. Whitfield", graph.Person},
	{"series-owner", []string{"She joins Omar Reyes's new crime thriller Dockside.\n"}, "Omar Reyes", graph.Person},
	{"starred-in", []string{"The actress has recently starred in Dockside and Velvet Nights this year.\n"}, "Velvet Nights", graph.Series},
	{"starred-in", []string{"The actress has recently starred in Dockside and Velvet Nights this year.\n"}, "Dockside", graph.Series},
	{"star-of-title", []string{"Its script is written by Nina Falk, the brains and star of Dockside, this year.\n"}, "Dockside", graph.Series},
	{"maker-title", []string{"The slate includes a one-hour drama from Harbor Lights creator Nina Falk.\n"}, "Harbor Lights", graph.Series},
	{"maker-title", []string{"It also plans a miniseries from The Salt Road producer Nina Falk, based on a novel.\n"}, "The Salt Road", graph.Series},
	{"org-suffix", []string{"It also plans a miniseries from Lumen Films producer Nina Falk, based on a novel.\n"}, "Lumen Films", graph.Organization},
	{"starred-in", []string{"Nina Falk, best known for Velvet Nights, plays the agent.\n"}, "Velvet Nights", graph.Series},
	{"starred-in", []string{"The writer is known for his work on Dockside and Indian Harbors.\n"}, "Indian Harbors", graph.Series},
	{"starred-in", []string{"The renewal follows the recent renewals of Dockside, The Last Lighthouse, and Velvet Nights.\n"}, "The Last Lighthouse", graph.Series},
	{"starred-in", []string{"His guest appearances include those in Dockside, Salt Marsh and Velvet Nights.\n"}, "Dockside", graph.Series},
	{"starred-in", []string{"Her credits included parts in Dockside and Velvet Nights.\n"}, "Dockside", graph.Series},
	{"starred-in", []string{"He made guest appearances in Dockside and Velvet Nights.\n"}, "Velvet Nights", graph.Series},
	{"starred-in", []string{"She appeared in Without a Map, Numb3rs, Cops & Robbers and Nina Harbor.\n"}, "Nina Harbor", graph.Series},
	{"series-cue", []string{"She has a recurring role on the ABC drama series Big Harbor this year.\n"}, "Big Harbor", graph.Series},
	// Cast notation in running text: the name in parentheses is the actor.
	{"paren-actor", []string{"The flashbacks find him in a basement with Walter White (Bryan Caddick) and his brother Chuck.\n"}, "Bryan Caddick", graph.Person},
	{"paren-character", []string{"The flashbacks find him in a basement with Walter White (Bryan Caddick) and his brother Chuck.\n"}, "Walter White", graph.Character},
	{"paren-character", []string{"She says: \"But Vance [the team’s boss, played by Tom Fell] is retiring.\"\n"}, "Vance", graph.Character},
	{"paren-actor", []string{"She says: \"But Vance [the team’s boss, played by Tom Fell] is retiring.\"\n"}, "Tom Fell", graph.Person},
	{"joined-cast-role", []string{"Tom Fell joined the cast in the second season as Coral, a singer at the club.\n"}, "Coral", graph.Character},
	{"paren-actor", []string{"His run-in with Marion (the wonderful Carol Barnet) goes badly.\n"}, "Carol Barnet", graph.Person},
	{"paren-actor", []string{"He got away with his wife Joanne's (Mollie Winford) death.\n"}, "Mollie Winford", graph.Person},
	{"paren-actor", []string{"There is rivalry with hate-filled Michael (Finn Colby) and his brother Arthur.\n"}, "Finn Colby", graph.Person},
	// A person who is a character in this corpus.
	{"character-name-word", []string{castPage, "The pilot was seen by Sarah Pearlman and few others.\n"}, "Sarah Pearlman", graph.Character},
	{"character-is-name", []string{castPage, "In the finale Ivy Cole is no longer mild-mannered insurance salesman Tom Roe.\n"}, "Tom Roe", graph.Character},
	{"performer-possessive", []string{"Critics loved Lena Marsh’s performance in the finale.\n"}, "Lena Marsh", graph.Person},
	{"actor-judged-as", []string{"In the drama, Lena Marsh (Dockside) is ideal as the mayor.\n"}, "Lena Marsh", graph.Person},
	{"role-judged-as", []string{"The cast is strong, and she is ideal as the mayoral candidate Tom Roe.\n"}, "Tom Roe", graph.Character},
	{"title-before-credit", []string{"The drama comes from Harbor Lights writer Dana Whitfield this year.\n"}, "Harbor Lights", graph.Series},
	{"case-name", []string{"A year after closing the Nora Vance case, the detective quits.\n"}, "Nora Vance", graph.Character},
	{"character-page-prose", []string{"Ivy Cole is the main character of the Nightfall series.\n\nShe runs for office against her deputy, Rob Dunne, this year.\n"}, "Rob Dunne", graph.Character},
	{"lead-sentence-character", []string{"Ivy Cole is one of the main characters of Nightfall.\n"}, "Ivy Cole", graph.Character},
	{"kill-list", []string{"Ivy Cole is the main character of the Nightfall series.\n\nVictims\n\n1. Gil Ortega - Shot\n"}, "Gil Ortega", graph.Character},
	{"series-of-novels", []string{"The series is based on the Harbor Mysteries series of novels by Carla Venn.\n"}, "Harbor Mysteries", graph.Book},
	{"quoted-book-title", []string{"\"Low Tide\" and \"Salt Marsh\" are based on novels of the same names by Carla Venn.\n"}, "Low Tide", graph.Book},
	{"listed-book-title", []string{"This is a list of characters from the novel series Harbor, consisting of Low Tide in the Bay , Salt Marsh by Night , and the television series Nightfall.\n"}, "Low Tide in the Bay", graph.Book},
	{"streaming-plus", []string{"The revival moved to Vista+ last year.\n"}, "Vista", graph.Organization},
	{"series-star", []string{"The cast adds former Harbor Lights star Tom Reyes this year.\n"}, "Harbor Lights", graph.Series},
	{"series-star", []string{"The former Harbor Lights star has been cast as the new lead.\n"}, "Harbor Lights", graph.Series},
	{"series-star", []string{"The show stars co-creator and former KPD cast member Nina Falk as a nurse.\n"}, "KPD", graph.Series},
	{"series-star", []string{"The cast adds Lawless cast member Tom Reyes this year.\n"}, "Lawless", graph.Series},
	{"series-cue", []string{"The drama was spun off of Harbor Lights two years later.\n"}, "Harbor Lights", graph.Series},
	{"series-cue", []string{"She is best known for the British soap Tidewater Hearts and its spin-offs.\n"}, "Tidewater Hearts", graph.Series},
	{"shared-title-book", []string{"= Harbor Lights (TV series) =\n\nHarbor Lights is a drama based on the novel Harbor Lights by Carla Venn.\n"}, "Harbor Lights", graph.Book},
	{"shared-title-organization", []string{"= Harbor Lights (TV series) =\n\nHarbor Lights is a drama. It was made by Harbor Lights, the production company founded by Tom Reyes.\n"}, "Harbor Lights", graph.Organization},
	{"remake-title", []string{"In the remake for Ireland, Striking Tide, the lawyer is played by Ada Vale.\n"}, "Striking Tide", graph.Series},
	{"office-title", []string{"The drama Mayor of Eastbrook has been renewed for a third season.\n"}, "Mayor of Eastbrook", graph.Series},
	{"series-acronym", []string{"She left the hit Lumen show “KPD” just as it was becoming a hit.\n"}, "KPD", graph.Series},
	{"series-acronym", []string{"The drama had spun off of KPD and tried to break into the top shows.\n"}, "KPD", graph.Series},
	{"acronym-org-context", []string{"The doctor assists the KPD with murder cases.\n"}, "KPD", graph.Organization},
	{"book-cue", []string{"Her most recent Harbor novel, The Salt Grave, was released in September.\n"}, "The Salt Grave", graph.Book},
	{"book-cue", []string{"His latest book, Harbor Lights, sold well.\n"}, "Harbor Lights", graph.Book},
	{"book-cue", []string{"The preceding is an excerpt taken from the book,\nHARBOUR!: A Celebration, by Tom Orrin\n(published by Gull Books).\n"}, "HARBOUR!: A Celebration", graph.Book},
	{"acronym-org-context", []string{"Then KPD agent Tom Vale finds the body.\n"}, "KPD", graph.Organization},
	{"credit-on", []string{"He also served as executive producer/showrunner on Nurse Janey and writer/executive producer on Feed The Gulls.\n"}, "Nurse Janey", graph.Series},
	{"credit-on", []string{"He also served as executive producer/showrunner on Nurse Janey and writer/executive producer on Feed The Gulls.\n"}, "Feed The Gulls", graph.Series},
	{"character-cue", []string{"The show's former main character, Miles Garrow, left early.\n"}, "Miles Garrow", graph.Character},
	{"someone-named", []string{"In the pilot, Reed meets a lonely housewife named Peg at a bar.\n"}, "Peg", graph.Character},
	{"someone-named", []string{"Later the rookie finds her old friend called Ava Lund in the harbour.\n"}, "Ava Lund", graph.Character},
	{"story-role", []string{"Later the mob hitman Ava Lund waits in the harbour.\n"}, "Ava Lund", graph.Character},
	{"story-role", []string{"At the club the victim is Ava Lund, a singer.\n"}, "Ava Lund", graph.Character},
	{"story-verb", []string{"He started as a consultant after Ada Crane murdered his family.\n"}, "Ada Crane", graph.Character},
	{"story-verb", []string{"In the finale Ada Crane, a nurse, is arrested for fraud.\n"}, "Ada Crane", graph.Character},
	{"story-passive", []string{"In the finale the nurse was murdered by Ada Crane.\n"}, "Ada Crane", graph.Character},
	{"story-boss", []string{"They try to shame their former boss Ada Crane in court.\n"}, "Ada Crane", graph.Character},
	{"story-boss", []string{"He gives up the name of his wheelman, Ada Crane, to save himself.\n"}, "Ada Crane", graph.Character},
	{"story-boss", []string{"She has a new friend, Ada Crane, a new kid at school.\n"}, "Ada Crane", graph.Character},
	{"sequel-cue", []string{"The drama is a prequel to Harbor Nights and ends soon.\n"}, "Harbor Nights", graph.Series},
	{"office-title", []string{"The network renewed the drama Mayor of Gull Point today.\n"}, "Mayor of Gull Point", graph.Series},
	{"plays-possessive", []string{"She once played Gull Point's Ada Crane for years.\n"}, "Ada Crane", graph.Character},
	{"initials-person", []string{"Harbor is a drama.\n\nT.K. Brandt joined the cast.\n"}, "T.K. Brandt", graph.Person},
	{"nickname-person", []string{"Harbor is a drama.\n\nOliver \"Ollie\" Pike joined the cast.\n"}, "Oliver \"Ollie\" Pike", graph.Person},
	{"outlet-cue", []string{"Harbor is a drama.\n\nThe show returns in May, according to Dispatch.\n"}, "Dispatch", graph.Organization},
	{"outlet-cue", []string{"Harbor is a drama.\n\nAs Dispatch first reported, the show returns in May.\n"}, "Dispatch", graph.Organization},
	{"outlet-cue", []string{"Harbor review\nhttps://www.quillonlantern.com/tv/harbor/\n\nHarbor is a drama. In an interview with Quillon Lantern, Tom Fell praised it.\n"}, "Quillon Lantern", graph.Organization}, // the page's own site
	{"outlet-cue", []string{"Harbor review\nhttps://www.tidewire.com/tv/harbor/\n\nHarbor is a drama. Tom Fell spoke to Tidewire about it.\n"}, "Tidewire", graph.Organization},
	{"outlet-staff", []string{"Harbor is a drama.\n\nJo Lenz is Quillview's senior TV editor.\n"}, "Quillview", graph.Organization},
	{"title-qualifier-org", []string{"The case reaches Harbor Homicide Unit Detective Ivy Cole at night.\n"}, "Harbor Homicide Unit", graph.Organization},
	{"character-page-prose", []string{"\"The Target\" is the first episode of the first season of Harbor.\n\nThe detective meets an alley player named Elias Noel \"Cat Eyes\" Ward there.\n"}, "Elias Noel \"Cat Eyes\" Ward", graph.Character},
	{"person-cue", []string{"The book was written by Frank Dorsey, Jr. and few others.\n"}, "Frank Dorsey, Jr.", graph.Person},
	{"place-suffix", []string{"= Harbor (TV series) =\n\n- Location: Calder\n\nThe series is shot in Calder City every year.\n"}, "Calder City", graph.Place},
	{"series-subtitle", []string{"= Harbor (TV series) =\n\nHarbor is a drama.\n\nIn 2022 it was revived under the title Harbor: Evolution.\n"}, "Harbor: Evolution", graph.Series},
	{"compound-credit", []string{"Season 3 of the Dana Whitfield-created drama is its best.\n"}, "Dana Whitfield", graph.Person},
	{"headline-title", []string{"Harbor Lights - Final episode reviewed\n\nThe show ends.\n"}, "Harbor Lights", graph.Series},
	{"headline-title", []string{"'Harbor Lights' Fans Stunned as Ivy Cole Walks Out\n\nThe show lost its lead.\n"}, "Harbor Lights", graph.Series},
	{"headline-title", []string{"'Harbor: New Tide': Ivy Suspects Her Brother in Season Finale Sneak Peek (Exclusive)\n\nThe show ends.\n"}, "Harbor: New Tide", graph.Series},
	{"headline-title", []string{"Harbor Lights TV review: the curtain comes down\n\nThe show ends.\n"}, "Harbor Lights", graph.Series},
	{"networks-title", []string{"It was the best hour of FX’s The Ledger in years.\n"}, "The Ledger", graph.Series},
	{"networks-title", []string{"Detective Ivy Cole of CBS’ Harbor Lights was hurt last season.\n"}, "Harbor Lights", graph.Series},
	{"networks-title", []string{"Fans of NBC's Harbor Lights were thrilled.\n"}, "Harbor Lights", graph.Series},
	{"capitalised-run", []string{"The deal was praised by NBC's Nina Falk last week.\n"}, "Nina Falk", graph.Person},
	{"renewal-list", []string{"Harbor Nights, Ledger, and Dockside were also renewed.\n"}, "Ledger", graph.Series},
	{"plays-cue", []string{"Lena Hart, the actress who plays Tom Vale, signed a new deal.\n"}, "Tom Vale", graph.Character},
	{"character-section", []string{"Plot\n\nThe pilot pleased Sarah Pearlman and few others.\n"}, "Sarah Pearlman", graph.Character},
	// Relation patterns that type the names they relate.
	{"actor-as-character", []string{castPage, "In the pilot Lena Marsh plays Quill with verve.\n"}, "Quill", graph.Character},
	{"paren", []string{"The Robbery-Homicide Division (RHD) takes the case.\n"}, "RHD", graph.Organization},
	{"known-as", []string{castPage, "Ivy Cole, known as Ivy, rarely sleeps.\n"}, "Ivy", graph.Character},
	{"known-as", []string{castPage, "Ivy Cole (spelled Ivey in the novels) rarely sleeps.\n"}, "Ivey", graph.Character},
	// Its author, one name followed by 's, leaves the list (see listMarks):
	// the pattern states no claim, but types its window's names as books.
	{"author-novels", []string{bookPage, "The critic says Carla Venn's novels include Salt Marsh and Low Tide.\n"}, "Low Tide", graph.Book},
	{"retitled", []string{"= Nightfall (TV series) =\n\nNightfall (retitled Night Shift) returned in 2020.\n"}, "Night Shift", graph.Series},
}

const (
	infobox = "= Nightfall (TV series) =\n\n" +
		"Infobox\n- Title: Nightfall\n- Alt Name: Night Shift\n- Starring: Lena Marsh, Noah Bean\n" +
		"- Based on: Midnight Files by Carla Venn\n- Network: Prime Video\n"
	// episodeTable is a series page's table of episodes, each row crediting
	// its director and writers.
	episodeTable = "= Nightfall (TV series) =\n\nNightfall is a drama.\n\n== Episodes ==\n\n" +
		"No. | Title | Director | Story by | Teleplay by | Air date |\n" +
		"1 | \"Pilot\" | Ed Lin | Ada Fox | Ida Moss | May 1, 2020 |\n" +
		"Ivy Cole finds a body at the harbour and calls her old partner. |\n" +
		"2 | \"Fog\" | Mara Voss & Ed Lin | Ada Fox | Tom Reyes / Ida Moss | May 8, 2020 |\n"
	captionPage = "Harbour Nine review\n\n" +
		"[Photo] Ade Oyelaran (Idris Mensah) and Tamsin Blackwood (Ruth Calloway) in HARBOUR NINE. Photo: Marek Dunleavy/Vireo\n\n" +
		"The show returns.\n"
	characterPage = "Nora Halloran\nNora Halloran\nBiographical information\nBorn\n1987\n" +
		"Family information\nFamily members\nFrank Halloran (father, deceased)\n" +
		"Series information\nAppearances\nTidewater (seasons 3–6)\nPortrayed by\nRenata Solberg\n" +
		"Nora Halloran is the protagonist of Tidewater.\n"
)

// TestTypingRules runs one or more cases of every typing rule.
func TestTypingRules(t *testing.T) {
	for _, tt := range typingCases {
		t.Run(tt.rule, func(t *testing.T) {
			var found []extract.Mention
			for _, x := range trialDocs(t, tt.docs...) {
				for _, m := range x.Mentions {
					if m.Name == tt.name {
						found = append(found, m)
					}
				}
			}
			for _, m := range found {
				if m.Rule == tt.rule {
					if m.Type != tt.typ {
						t.Errorf("%q typed %q by %s, want %q", tt.name, m.Type, tt.rule, tt.typ)
					}
					return
				}
			}
			t.Errorf("no mention %q typed by %s; found %+v", tt.name, tt.rule, found)
		})
	}
}

// TestTypingRulesHaveCases checks that every named typing rule has a case.
func TestTypingRulesHaveCases(t *testing.T) {
	cased := map[string]bool{}
	for _, c := range typingCases {
		cased[c.rule] = true
	}
	for _, r := range extract.TypingRules() {
		if !cased[r] {
			t.Errorf("typing rule %s has no case in typingCases", r)
		}
	}
}

// TestGuessedNameShortForms checks that the surname of a full name only
// guessed to be a person's, or a character's by the section it stands in,
// is found alone in the prose after it (news and recaps name people in
// full once, then by surname), and that it takes no type from the guess.
func TestGuessedNameShortForms(t *testing.T) {
	tests := []struct {
		name, text, short string
		want              bool
	}{
		{"surname after a guessed name", "The pilot pleased Ivy Cole and few others.\n\nIn the finale Cole is superb.\n", "Cole", true},
		{"no full name before", "The pilot pleased the critics.\n\nIn the finale Varga is superb.\n", "Varga", false}, // no given name either (see TestLoneGivenName)
		{"surname opening a sentence in a plot section", "Plot\n\nThe pilot pleased Sarah Pearlman and few others.\n\nA memory returns: Pearlman helped him after he fell.\n", "Pearlman", true},
		{"surname after a possessive in a plot section", "Plot\n\nThe pilot pleased Sarah Pearlman and few others.\n\nLater he searches Pearlman's rooms and finds a note.\n", "Pearlman", true},
		{"no full name before in a plot section", "Plot\n\nThe pilot pleased the critics.\n\nA memory returns: Pearlman helped him after he fell.\n", "Pearlman", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, m := range extractDocs(t, tt.text)[0].Mentions {
				if m.Name == tt.short {
					found = true
					if m.Type != "" {
						t.Errorf("%q typed %q, want no type", m.Name, m.Type)
					}
				}
			}
			if found != tt.want {
				t.Errorf("mention %q found: %v, want %v", tt.short, found, tt.want)
			}
		})
	}
}

// TestCreditOnPassesOverNetworks checks that a network named after a
// credit and "on", with the show after it, is not taken for the show.
func TestCreditOnPassesOverNetworks(t *testing.T) {
	for _, m := range trialDocs(t, "Harbor is a drama.\n\nShe was a writer on Vantor's new drama Harbor Lights.\n")[0].Mentions {
		if m.Name == "Vantor" && m.Type == graph.Series {
			t.Errorf("%q typed a series by %s", m.Name, m.Rule)
		}
	}
}

// TestContextOutweighsLettersInLexicon checks that a name the corpus
// types by its context (a series cue, an agency's) keeps the type most of
// those contexts give it everywhere, though its letters alone (an
// acronym) call it an organization more often.
func TestContextOutweighsLettersInLexicon(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []string
		want string
	}{
		{"one-series-cue-outweighs-the-letters", []string{
			"Ratings\n\nKPD led the night. Viewers stayed with KPD. KPD won again.\n",
			"Casting\n\nShe joins the cast of the show KPD this fall.\n",
		}, graph.Series},
		{"agency-contexts-outweigh-one-series-cue", []string{
			"Ratings\n\nKPD led the night. Viewers stayed with KPD. KPD won again.\n",
			"Casting\n\nShe joins the cast of the show KPD this fall.\n",
			"Recap\n\nShe calls the KPD for help. Then KPD agent Tom Vale arrives.\n",
		}, graph.Organization},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, x := range extractDocs(t, tc.docs...) {
				for _, m := range x.Mentions {
					if m.Name != "KPD" {
						continue
					}
					n++
					if m.Type != tc.want {
						t.Errorf("%s: %q typed %q by %s, want %q", x.Doc.ID, m.Name, m.Type, m.Rule, tc.want)
					}
				}
			}
			if n < 4 {
				t.Errorf("found %d mentions of KPD, want 4 or more", n)
			}
		})
	}
}

// TestBookCueNotCutAtPossessive checks that a title cut at a possessive
// ("The Widow" of "The Widow's Appeal") is not made a book of its own.
func TestBookCueNotCutAtPossessive(t *testing.T) {
	for _, m := range trialDocs(t, "Harbor is a drama.\n\nThe new season will draw on Ada Brisk's 2021 novel The Widow's Appeal, in part.\n")[0].Mentions {
		if m.Name == "The Widow" && m.Rule == "book-cue" {
			t.Errorf("%q typed %q by %s", m.Name, m.Type, m.Rule)
		}
	}
}

// TestLeadSentencePronoun checks that a pronoun opening a sentence shaped
// like a series' lead is typed no series.
func TestLeadSentencePronoun(t *testing.T) {
	for _, m := range trialDocs(t, "Harbor Lights is a drama.\n\nIt is a British crime drama television series that aired in 2014.\n")[0].Mentions {
		if m.Name == "It" && m.Type == graph.Series {
			t.Errorf("%q typed a series by %s", m.Name, m.Rule)
		}
	}
}

// TestSeasonOfPassesOverNetworks checks that "the second season of" types
// no network named before the show as a series.
func TestSeasonOfPassesOverNetworks(t *testing.T) {
	checkNotTyped(t, graph.Series, []notTypedCase{
		{"network drama", "The second season of the Lumen Channel drama \"Harbor Lights\" premiered in June.\n", "Lumen Channel"},
		{"network possessive before a genre", "The final season of Lumen Channel's award-winning original series Harbor Lights starts well.\n", "Lumen Channel"},
		{"network possessive", "Casting news for the second season of Lumen Channel's Harbor Lights is out.\n", "Lumen Channel"},
	})
}

// TestKnownNetworkInLongerName checks that a network's name inside a
// longer name is not read alone: the studio named after it, its branch in
// one country.
func TestKnownNetworkInLongerName(t *testing.T) {
	tests := []struct{ name, text, whole string }{
		{"a studio", "The series is a co-production of AMC Studios and others.\n", "AMC Studios"},
		{"a branch", "The date was confirmed by Netflix UK on Monday.\n", "Netflix UK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, m := range trialDocs(t, tt.text)[0].Mentions {
				if m.Rule == "known-network" {
					t.Errorf("%q read alone inside %q", m.Name, tt.whole)
				}
				found = found || m.Name == tt.whole
			}
			if !found {
				t.Errorf("no mention %q", tt.whole)
			}
		})
	}
}

// TestPlacePairNotBeforeName checks that "in X, Y" reads no place Y when
// Y opens the next clause as a person's name does.
func TestPlacePairNotBeforeName(t *testing.T) {
	text := "Speaking from her home in Lindholt, Marsh (Dockside, Velvet Nights) explains it.\n"
	for _, m := range trialDocs(t, text)[0].Mentions {
		if m.Name == "Marsh" && m.Type == graph.Place {
			t.Errorf("%q typed a place by %s", m.Name, m.Rule)
		}
	}
}

// TestFamilyNamesAreLearnt checks that a full name only guessed a person's,
// whose surname the corpus knows as a character's, is learnt as a
// character's, so that its first name alone is found in another document.
func TestFamilyNamesAreLearnt(t *testing.T) {
	docs := []string{
		"The flashbacks find him in a basement with Chuck Pearlman (Tom Fell) and a lamp.\n",
		"Before the trial, there is Gary Pearlman, a struggling lawyer.\n",
		"In the finale Gary is alone at last.\n",
	}
	xs := extractDocs(t, docs...)
	for _, m := range xs[1].Mentions {
		if m.Name == "Gary Pearlman" && m.Type != graph.Character {
			t.Errorf("%q typed %q by %s, want a character", m.Name, m.Type, m.Rule)
		}
	}
	for _, m := range xs[2].Mentions {
		if m.Name == "Gary" {
			return
		}
	}
	t.Error("no mention of \"Gary\" in the third document")
}

// TestNetworksTitleNotInHeadlines checks that a headline's capitalised
// words after a network's possessive are not all taken for a title
// ("NBC's All-New Drama Series Harbor Lights"), as running text's are.
func TestNetworksTitleNotInHeadlines(t *testing.T) {
	for _, x := range trialDocs(t, "Nina Falk Joins NBC’s New Cop Drama Harbor Lights\n\nThe network said so on Monday.\n") {
		for _, m := range x.Mentions {
			if m.Rule == "networks-title" {
				t.Errorf("%q typed %s by networks-title in a headline", m.Name, m.Type)
			}
		}
	}
}

// TestNERPlaceWordSparesCommonWords checks that a lone common word the
// tagger calls a place after "in" or "to" is made no place: only a name
// is.
func TestNERPlaceWordSparesCommonWords(t *testing.T) {
	checkNotByRule(t, "ner-place-word", []notTypedCase{
		{"award category", "Nora Vance won an award for excellence in Entertainment last year.\n", "Entertainment"},
		{"title word", "Tom Fell looked out of place in The Stand, a drama.\n", "Stand"},
		{"adjective", "Tom Fell won Best Actor in Dramatic Series for the role.\n", "Dramatic"},
	})
}

// TestHolidayIsNoName checks that a holiday's name makes no mention of
// any type: it dates what the sentence tells.
func TestHolidayIsNoName(t *testing.T) {
	checkMentions(t, []notTypedCase{
		{"feast and weekday", "On Easter Monday, viewers settled down to watch Harbor Lights.\n", "Easter"},
		{"possessive and day", "The special aired on Tidewire on New Year's Day.\n", "New Year"},
	}, func(extract.Mention) bool { return true })
}

// TestCapitalisedRunSparesCommonPhrases checks that a run of common words
// with no given name among them is made no person: capitals set a phrase
// apart there, not a name.
func TestCapitalisedRunSparesCommonPhrases(t *testing.T) {
	checkNotByRule(t, "capitalised-run", []notTypedCase{
		{"phrase", "After Harbor Lights and its Little Lies, Tom Fell moved on.\n", "Little Lies"},
		{"plural", "The show was a tale of Broken Promises for Tom Fell.\n", "Broken Promises"},
	})
}

// TestArticleOrgSparesHeadlinePhrases checks that "the" before common words
// in a title-cased headline makes no organization of them.
func TestArticleOrgSparesHeadlinePhrases(t *testing.T) {
	checkNotByRule(t, "article-org", []notTypedCase{
		{"headline", "= Harbor Lights =\n\nCase Notes: Finding the Perfect Exit for a Great Detective\n\nHarbor Lights is a drama.\n", "Perfect Exit"},
	})
}

// TestSeriesListNeedsAList checks that a name beside a series is made a
// series only in a list: not after a comma alone, not when it is a
// person's name.
func TestSeriesListNeedsAList(t *testing.T) {
	checkNotByRule(t, "series-list", []notTypedCase{
		{"comma alone", "After the series Harbor Lights, Night Owls hired her.\n", "Night Owls"},
		{"given name", "Fans of the series Harbor Lights and Tom Fell will like it.\n", "Tom Fell"},
	})
}

// TestSeriesStarSparesCreditors checks that "stars" after the last name
// of a credit ("created by A and B stars C") makes no title of that name:
// the verb's subject is the drama named before the credit.
func TestSeriesStarSparesCreditors(t *testing.T) {
	checkNotByRule(t, "series-star", []notTypedCase{
		{"second creator", "The crime thriller created by Alda Premm and Corin Walsh stars Greer as Jory Bask.\n", "Corin Walsh"},
		{"lone creator", "The thriller written by Corin Walsh stars Tobin Greer as a ferryman.\n", "Corin Walsh"},
	})
}

// TestCreditListsKeepPeople checks that the credits words type titles only
// where a title follows them: the people of a list stay people.
func TestCreditListsKeepPeople(t *testing.T) {
	checkNotTyped(t, graph.Series, []notTypedCase{
		{"appearances of people", "His guest appearances include Tom Fell and Nina Falk.\n", "Nina Falk"},
		{"appearances by people", "The season had guest appearances by Tom Fell, Nina Falk and Ivy Cole.\n", "Ivy Cole"},
		{"credits with people", "Her credits include work with Tom Fell and Nina Falk.\n", "Nina Falk"},
	})
}

// TestSeriesAppositionNeedsTheShow checks that an apposition makes a name
// a show's only where the show is what it says the name is.
func TestSeriesAppositionNeedsTheShow(t *testing.T) {
	checkNotByRule(t, "series-apposition", []notTypedCase{
		{"the star of the series", "We met Nina Falk, the star of the series, on set.\n", "Nina Falk"},
		{"a noun before another", "We met Nina Falk, a comedy writer from Leeds.\n", "Nina Falk"},
		{"the show's people", "We met Nina Falk, the show's creator, on set.\n", "Nina Falk"},
		{"a person in a show", "We met Nina Falk, who is in the series, on set.\n", "Nina Falk"},
	})
	checkNotByRule(t, "org-apposition", []notTypedCase{
		{"a member of a firm", "We met Nina Falk, a partner of the firm, on set.\n", "Nina Falk"},
		{"a noun before another", "We met Nina Falk, the club owner, on set.\n", "Nina Falk"},
	})
}

// TestStoryVerbSparesPeople checks that the verbs of a story make no
// character of the people who make a series and talk about it.
func TestStoryVerbSparesPeople(t *testing.T) {
	checkNotByRule(t, "story-verb", []notTypedCase{
		{"an actor", "In the finale Ada Crane plays a nurse who kills.\n", "Ada Crane"},
		{"a writer", "In the finale Ada Crane, the writer, said he kills them all.\n", "Ada Crane"},
	})
}

// TestOnNetworkNeedsAShow checks that "on" and a network make a show
// only of a name of several words that is no one's, and not before the
// network's possessive.
func TestOnNetworkNeedsAShow(t *testing.T) {
	checkNotByRule(t, "on-network", []notTypedCase{
		{"a verb opening the sentence", "Broadcast on Netflix between 1991 and 2006, it did well.\n", "Broadcast"},
		{"the network's show", "Interview: Night Owls on Netflix's new season.\n", "Night Owls"},
		{"a country", "The drama premiered in New Zealand on Netflix in May.\n", "New Zealand"},
		{"a person", "We spoke to Nina Falk on Netflix last week.\n", "Nina Falk"},
	})
}

// TestPersonCueSparesRoles checks that a lone word after "by" is no
// person's when an actor's name in parentheses follows it.
func TestPersonCueSparesRoles(t *testing.T) {
	checkNotByRule(t, "person-cue", []notTypedCase{
		{"a role and its actor", "I grew tired of the constant tricks by Vance (Tom Fell) in the last season.\n", "Vance"},
	})
}

// notTypedCase is a text and a name in it that should not be typed a
// certain way: given a certain type, or typed by a certain rule.
type notTypedCase struct{ name, text, who string }

// checkNotTyped reads each case's text alone (split into documents as
// trialDocs does) and fails where a mention of its name has type typ,
// naming the rule that gave it.
func checkNotTyped(t *testing.T, typ string, cases []notTypedCase) {
	t.Helper()
	checkMentions(t, cases, func(m extract.Mention) bool { return m.Type == typ })
}

// checkNotByRule is checkNotTyped for the mentions rule typed, whatever
// their type.
func checkNotByRule(t *testing.T, rule string, cases []notTypedCase) {
	t.Helper()
	checkMentions(t, cases, func(m extract.Mention) bool { return m.Rule == rule })
}

// checkMentions reads each case's text alone and fails on every mention of
// its name that wrong reports.
func checkMentions(t *testing.T, cases []notTypedCase, wrong func(extract.Mention) bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, x := range trialDocs(t, tc.text) {
				for _, m := range x.Mentions {
					if m.Name == tc.who && wrong(m) {
						t.Errorf("%q typed %s by %s", m.Name, m.Type, m.Rule)
					}
				}
			}
		})
	}
}

// TestWindowMakesNoPersonABook checks that a window pattern of books
// ("based on ...", "X's novel ...") types no name guessed a person's by
// its shape a book, while a title in the same window still is one.
func TestWindowMakesNoPersonABook(t *testing.T) {
	for _, tc := range []struct {
		name, text, mention string
		book                bool
	}{
		{"author-novels-cast-news", "Harbor is a drama.\n\nThe series based on Carla Venn's novel Salt Marsh has rounded out its cast, adding Tony winner Nadia Orrell to the drama.\n", "Nadia Orrell", false},
		{"based-on-a-real-person", "Harbor is a drama.\n\nThe hero is loosely based on former harbour official Walter Brisk and his rivals.\n", "Walter Brisk", false},
		{"based-on-a-title", "Harbor is a drama.\n\nThe show adapts Winter Harbour (2013) and Low Water (2018).\n", "Low Water", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, m := range trialDocs(t, tc.text)[0].Mentions {
				if m.Name != tc.mention {
					continue
				}
				found = true
				if got := m.Type == graph.Book; got != tc.book {
					t.Errorf("%q typed %q by %s, want a book: %v", m.Name, m.Type, m.Rule, tc.book)
				}
			}
			if !found {
				t.Errorf("no mention %q", tc.mention)
			}
		})
	}
}

// TestModelOfCharacterStaysPerson checks that on a page telling a story,
// whose guessed people are its characters, the real model a character is
// based on stays a person, while the other names are characters.
func TestModelOfCharacterStaysPerson(t *testing.T) {
	const page = "\"The Target\" is the first episode of the first season of Harbor.\n\n"
	for _, tc := range []struct {
		name, text, mention, typ string
	}{
		{"based-on-an-official", page + "The detective is loosely based on former harbour official Walter Brisk and his rivals.\n", "Walter Brisk", graph.Person},
		{"inspired-by-a-chemist", page + "The villain was inspired by the Danish chemist Walter Brisk, fans say.\n", "Walter Brisk", graph.Person},
		{"a-story-name", page + "The detective meets an alley player named Walter Brisk there.\n", "Walter Brisk", graph.Character},
		{"based-on-a-novel", page + "The episode is based on the novel Walter Brisk by a local author.\n", "Walter Brisk", graph.Book},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, m := range trialDocs(t, tc.text)[0].Mentions {
				if m.Name == tc.mention && m.Type != "" {
					found = true
					if m.Type != tc.typ {
						t.Errorf("%q typed %q by %s, want %q", m.Name, m.Type, m.Rule, tc.typ)
					}
				}
			}
			if !found {
				t.Errorf("no typed mention %q", tc.mention)
			}
		})
	}
}

// TestLexiconTieCharacterOverPerson checks that a name one page credits
// as a role and another writes after a person's cue is a character's in
// both, while two person cues against one role keep it a person's.
func TestLexiconTieCharacterOverPerson(t *testing.T) {
	credit := "Harbor Lights adds four to cast\n\nAlso joining the cast are Tom Brell (The Quiet Hour) as lawyer Dan Fosk; Pete Canmore (Informer) as Claude Varrow, a witness in the case.\n"
	review := "Harbor Lights review\n\nThe search leads him to a strip club run by Claude Varrow, a sight to see.\n"
	review2 := "Harbor Lights notes\n\nThe finale was directed by Claude Varrow in a week.\n"
	for _, tc := range []struct {
		name string
		docs []string
		want string
	}{
		{"a-tie-is-a-character", []string{credit, review}, graph.Character},
		{"more-person-cues-keep-a-person", []string{credit, review, review2}, graph.Person},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, x := range extractDocs(t, tc.docs...) {
				for _, m := range x.Mentions {
					if m.Name != "Claude Varrow" {
						continue
					}
					n++
					if m.Type != tc.want {
						t.Errorf("%s: %q typed %q by %s, want %q", x.Doc.ID, m.Name, m.Type, m.Rule, tc.want)
					}
				}
			}
			if n < len(tc.docs) {
				t.Errorf("found %d mentions, want %d or more", n, len(tc.docs))
			}
		})
	}
}

// TestMakersListed checks that the last name of a list of makers after
// "by" takes the person's cue of the first, and that a story's passive
// ("attacked by A and B") gives it none.
func TestMakersListed(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cue        bool
	}{
		{"books-by-two", "Characters\n\nBased on the series of books by Carla Venn and Ada Brisk, the show follows four women.\n", true},
		{"written-by-three", "Plot\n\nThe pilot was written by Tom Reyes, Carla Venn and Ada Brisk last year.\n", true},
		{"story-passive", "Plot\n\nHe was attacked by Tom Vale and Ada Brisk in the alley.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cue := false
			for _, m := range trialDocs(t, tc.text)[0].Mentions {
				if m.Name == "Ada Brisk" && m.Rule == "person-cue" {
					cue = true
				}
			}
			if cue != tc.cue {
				t.Errorf("Ada Brisk typed by person-cue: %v, want %v", cue, tc.cue)
			}
		})
	}
}
