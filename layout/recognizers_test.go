package layout_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgbuild/kg/layout"
)

// TestRecognizers has a table for each recognizer: lines it reads (the
// block it makes, by the recognizer's name) and lines it leaves to another.
func TestRecognizers(t *testing.T) {
	type want struct {
		by     string
		kind   layout.BlockKind
		key    string
		values []string
	}
	tables := map[string][]struct {
		name, text string
		want       want // of the last block
	}{
		"meta-line": {
			{"title, source and date", "Title: 'Harbor' Renewed for Season 2 | Source: example.com | Date: 2024-05-01", want{"meta-line", layout.BlockField, "source", []string{"example.com"}}},
			{"source and date", "Source: Harbor Times | Date: 2024-05-01", want{"meta-line", layout.BlockField, "source", []string{"Harbor Times"}}},
			{"title alone is the headline", "Title: Harbor Renewed for Season 2", want{"meta-line", layout.BlockHeading, "", nil}},
			{"only as the first line", "Intro.\nSource: example.com | Date: 2024-05-01", want{"table-field", layout.BlockField, "source: example.com", []string{"Date: 2024-05-01"}}},
			{"an unknown key is no metadata", "Disclaimer: spoilers | Source: example.com", want{"table-field", layout.BlockField, "disclaimer: spoilers", []string{"Source: example.com"}}},
		},
		"page-title": {
			{"series title", "Halloran (TV series)", want{"page-title", layout.BlockHeading, "", nil}},
			{"only as the first line", "Intro.\nHalloran (TV series)", want{"prose", layout.BlockProse, "", nil}},
		},
		"boilerplate": {
			{"a link line makes no block", "The show returns.\nRelated: The Inspector Hale Mysteries\n", want{"prose", layout.BlockProse, "", nil}},
			{"a market ticker's label", "The show returns.\n  • FTSE 100\n\n    +43.73 (+0.58%)\n", want{"prose", layout.BlockProse, "", nil}},
			{"a label over no figure is no ticker", "The show returns.\n  • Harbor Lights\n", want{"prose", layout.BlockList, "", nil}},
			{"a field in an infobox is no furniture", "- Network: CBS\n- Related: Harbor Blue\n", want{"colon-field", layout.BlockField, "related", []string{"Harbor Blue"}}},
		},
		"credit-line": {
			{"a credit line", "Credit: Courtesy of (C) Tidewater Films/Halcyon Studios", want{"credit-line", layout.BlockField, "source", []string{"Tidewater Films", "Halcyon Studios"}}},
			{"a web address is no credit", "Photo: example.tv.", want{"prose", layout.BlockProse, "", nil}},
			{"a news source", "The show returns.\nSource: The Harbor Times", want{"credit-line", layout.BlockField, "source", []string{"The Harbor Times"}}},
			{"credits after a wide gap", "The show returns.\nSource: The Harbor Times      Photos by: Jo Lenz/UBN", want{"credit-line", layout.BlockField, "source", []string{"UBN"}}},
			{"a credit that names no one spoils the line", "The show returns.\nSource: The Harbor Times      Photos by: example.tv", want{"colon-field", layout.BlockField, "source", []string{"The Harbor Times      Photos by: example.tv"}}},
		},
		"credit-tail": {
			{"a caption's credit", "Mara Vance in season 2 of Harbor Lights. Photo: Dara Quillon/UBN", want{"credit-tail", layout.BlockField, "source", []string{"UBN"}}},
			{"a photographer's label", "Harbor Lights: Mara Vance - Photographer: Steff Orrin", want{"credit-tail", layout.BlockField, "byline", []string{"Steff Orrin"}}},
		},
		"agency-credit": {
			{"a caption's credit after a dash", "Mara Vance and Tom Orrin in Harbor Lights - Dara Quillon/UBN", want{"agency-credit", layout.BlockField, "source", []string{"UBN"}}},
			{"a headline's dash is no credit", "Harbor Lights - Season Two/Three", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"copyright": {
			{"a notice", "© 2024 Harbor Weekly. All rights reserved.", want{"copyright", layout.BlockField, "source", []string{"Harbor Weekly"}}},
			{"a source's notice", "The show returns.\nSource: ©2017 Tidewater Networks. All Rights Reserved.", want{"copyright", layout.BlockField, "source", []string{"Tidewater Networks"}}},
			{"a trademark and a company suffix", "TM & ©2018 Tidewater Networks, LLC. All Rights Reserved.", want{"copyright", layout.BlockField, "source", []string{"Tidewater Networks"}}},
			{"a range of years", "Copyright 2001-2024 Harbor Weekly Inc. All rights reserved.", want{"copyright", layout.BlockField, "source", []string{"Harbor Weekly"}}},
			{"no year is no notice", "© Harbor Weekly. All rights reserved.", want{"prose", layout.BlockProse, "", nil}},
			{"no reservation is no notice", "©2017 Tidewater Networks presents a new drama.", want{"prose", layout.BlockProse, "", nil}},
			{"an owner that is no name", "© 2024 the authors. All rights reserved.", want{"prose", layout.BlockProse, "", nil}},
		},
		"bare-byline": {
			{"a name alone in a page's head", "Harbor Lights Returns\n\nAlan Whitcombe", want{"bare-byline", layout.BlockField, "byline", []string{"Alan Whitcombe"}}},
			{"a name run into an About link", "The show returns.\nAlan WhitcombeAbout Alan Whitcombe", want{"bare-byline", layout.BlockField, "byline", []string{"Alan Whitcombe"}}},
			{"a name without a given name is a heading", "Harbor Lights Returns\n\nDeadline Hollywood", want{"heading-line", layout.BlockHeading, "", nil}},
			{"two writers", "Harbor Lights Returns\n\nAlan Whitcombe with Jo Lenz", want{"bare-byline", layout.BlockField, "byline", []string{"Alan Whitcombe", "Jo Lenz"}}},
			{"two names the page repeats are no byline", "Harbor Lights Returns\n\nMara Voss and Tom Reyes\n\nMara Voss plays the detective.", want{"prose", layout.BlockProse, "", nil}},
		},
		"byline": {
			{"a byline with a date, a rating and tags", "By J.D. Marsh | November 11, 2024 | Rating: 4/5 | Tags: British TV", want{"byline", layout.BlockField, "byline", []string{"J.D. Marsh"}}},
			{"a name run into what follows it", "By Jane DoeUpdated Jan 5, 2024", want{"byline", layout.BlockField, "byline", []string{"Jane Doe"}}},
			{"two authors", "By Jane Doe and Ed Cole, Staff Writers", want{"byline", layout.BlockField, "byline", []string{"Jane Doe", "Ed Cole"}}},
			{"a sentence", "by the time the season ends, the case is closed.", want{"prose", layout.BlockProse, "", nil}},
			{"a staff credit is no name", "By Staff Writer | Published Jan 21, 2023", want{"table-field", layout.BlockField, "by staff writer", []string{"Published Jan 21", "2023"}}},
		},
		"stacked-field": {
			{"key line then value lines", "Starring\nRenata Solberg\nDesmond Kerrigan\n", want{"stacked-field", layout.BlockField, "starring", []string{"Renata Solberg", "Desmond Kerrigan"}}},
			{"value continued by a by-line", "Based on\nThe Salt Road\nby Agnes Whitcombe\n", want{"stacked-field", layout.BlockField, "based on", []string{"The Salt Road\nby Agnes Whitcombe"}}},
			{"cast is a heading, not a key", "Cast", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"dotted-credit": {
			{"cast credit", "== Cast ==\nMara Voss ... Detective Ilse Brandt (12 episodes, 2023-2025)", want{"dotted-credit", layout.BlockCredit, "", []string{"Mara Voss", "Detective Ilse Brandt"}}},
			{"crew role", "== Crew ==\nTom Reyes ... executive producer (14 episodes)", want{"dotted-credit", layout.BlockField, "executive producer", []string{"Tom Reyes"}}},
		},
		"portrayed-by": {
			{"under the character's heading", "== Ilse Brandt ==\nPortrayed by Mara Voss", want{"portrayed-by", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"a description after the actor", "Dock Nine\n\nDock Nine is a drama.\n\nIlse Brandt\n\nPortrayed by Mara Voss. Ilse is a detective with the harbour police.", want{"portrayed-by", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"more actors at other ages", "Dock Nine\n\nDock Nine is a drama.\n\nIlse Brandt\n\nPortrayed by Mara Voss and as a child, Tom Reyes (Season 1) and Dana Whit ( Season 2). Ilse is a detective.", want{"portrayed-by", layout.BlockCredit, "", []string{"Dana Whit", "Ilse Brandt"}}},
			{"the character's own name is no actor", "Dock Nine\n\nDock Nine is a drama.\n\nIlse Brandt\n\nPortrayed by Ilse Brandt. Ilse is a detective.", want{"prose", layout.BlockProse, "", nil}},
		},
		"glued-cast": {
			{"character and actor run together", "Cast & Crew\nIlse Brandt Mara Voss\nDC Jonas Falk Tom Reyes\nPip Ada Fox\n", want{"glued-cast", layout.BlockCredit, "", []string{"Ada Fox", "Pip"}}},
			{"an actor of three words", "Cast\nIlse Brandt Mara Voss\nJonas Falk Tom Reyes\nOtto Lind Rory Fleck Hale\n", want{"glued-cast", layout.BlockCredit, "", []string{"Rory Fleck Hale", "Otto Lind"}}},
			{"a list of actors is left alone", "Cast\nMara Voss\nTom Reyes\nAda Louise Fox\n", want{"prose", layout.BlockProse, "", nil}},
			{"not outside a cast section", "Ilse Brandt Mara Voss\nJonas Falk Tom Reyes\nOtto Lind Ada Fox\n", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"pictured-cast": {
			{"head shots' captions", "Main Cast\n\nImage for Mara VossMara Voss\nTom Reyes\nImage for Ada FoxAda Fox\n", want{"pictured-cast", layout.BlockField, "cast", []string{"Mara Voss", "Tom Reyes", "Ada Fox"}}},
			{"not outside a cast section", "Image for Mara VossMara Voss\nImage for Ada FoxAda Fox\n", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"credit-group": {
			{"actor, character, label", "Cast\nMara Voss\nIlse Brandt\nSeries Regular\n", want{"credit-group", layout.BlockCredit, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"crew name and role", "Crew\nTom Reyes\nExecutive Producer\n", want{"credit-group", layout.BlockField, "executive producer", []string{"Tom Reyes"}}},
		},
		"dash-credit": {
			{"four lines", "-\n-\nMara Voss\nIlse Brandt", want{"dash-credit", layout.BlockCredit, "", []string{"Mara Voss", "Ilse Brandt"}}},
		},
		"dash-field": {
			{"three lines", "- Network\n-\nPrime Video\n", want{"dash-field", layout.BlockField, "network", []string{"Prime Video"}}},
		},
		"credit-table": {
			{"directed-by column", "No. | Title | Directed by | Written by | Air date |\n1 | \"Pilot\" | Mara Voss | Tom Reyes | May 1, 2020 |\n", want{"credit-table", layout.BlockField, "written by", []string{"Tom Reyes"}}},
			{"names split on slashes and ampersands", "No. | Title | Director(s) | Writer(s) |\n1 | \"Pilot\" | Mara Voss / Ed Lin | Tom Reyes & Ada Fox |\n", want{"credit-table", layout.BlockField, "writer", []string{"Tom Reyes", "Ada Fox"}}},
			{"labels of a writers cell", "# | Title | Director | Writer |\n2 | \"Fog\" | Ed Lin | Story: Ada Fox and Tom Reyes, Teleplay:Ida Moss |\n", want{"credit-table", layout.BlockField, "writer", []string{"Ada Fox", "Tom Reyes", "Ida Moss"}}},
			{"cells between tabs", "No.\tTitle\tDirected by\tTeleplay by\n1\tPilot\tMara Voss\tTom Reyes\n", want{"credit-table", layout.BlockField, "teleplay by", []string{"Tom Reyes"}}},
			{"a row of another shape is left to the others", "No. | Title | Directed by |\n1 | \"Pilot\" | Mara Voss |\nThe detectives meet a witness who saw the crash at the harbour. |\n", want{"prose", layout.BlockProse, "", nil}},
			{"an infobox row is no header", "Directed by | Mara Voss |\n", want{"table-field", layout.BlockField, "directed by", []string{"Mara Voss"}}},
			{"a blank line ends the table", "No. | Title | Directed by |\n\nCrew | Reyes | Mara Voss |\n", want{"table-field", layout.BlockField, "crew", []string{"Reyes | Mara Voss"}}},
		},
		"cast-table": {
			{"character and actor columns", "Character | Actor | Harbor | |\n---|---|---|\nSeason 1 | Season 2 |\nIvy Cole | Lena Marsh [note 1] | Main | |\n", want{"cast-table", layout.BlockCredit, "", []string{"Lena Marsh", "Ivy Cole"}}},
			{"no actor column", "Character | Season 1 |\nIvy Cole | Main |\n", want{"table-field", layout.BlockField, "ivy cole", []string{"Main"}}},
			{"actor first, cells between tabs", "Actor\tCharacter\tSeasons\nLena Marsh\tIvy Cole\t1–3\n", want{"cast-table", layout.BlockCredit, "", []string{"Lena Marsh", "Ivy Cole"}}},
		},
		"plain-field": {
			{"key glued to its value", "Country of originUnited States", want{"plain-field", layout.BlockField, "country of origin", []string{"United States"}}},
			{"glued key with values below", "Created byRobyn Marsh\nMitch Barlow\n", want{"plain-field", layout.BlockField, "created by", []string{"Robyn Marsh", "Mitch Barlow"}}},
			{"colon without a space", "Executive Producer:Elena Cole\nMara Lind\n", want{"plain-field", layout.BlockField, "executive producer", []string{"Elena Cole", "Mara Lind"}}},
			{"two-word key and a space", "Portrayed by Sara Lane\n\nShe is a sergeant.", want{"prose", layout.BlockProse, "", nil}},
			{"one-word key in a run of fields", "Spouse Rob Hollin (ex-husband)\nSons Dan Hollin\n", want{"plain-field", layout.BlockField, "sons", []string{"Dan Hollin"}}},
			{"value joined by its author line", "Based on \"Fire on the Hill\"\nby Elmer Lowell\n", want{"plain-field", layout.BlockField, "based on", []string{"\"Fire on the Hill\"\nby Elmer Lowell"}}},
			{"a lone generic word is a heading", "Company Credits\nProduction Companies\nGreywater Pictures\n", want{"stacked-field", layout.BlockField, "production companies", []string{"Greywater Pictures"}}},
			{"one-word key alone is no field", "Title Reference\n\nThe target of the detail.", want{"prose", layout.BlockProse, "", nil}},
			{"a key's possessive is no quoted value", "Agents of change\n\nDirector's CUT\n", want{"heading-line", layout.BlockHeading, "", nil}},
			{"a glued quoted value", "Based on'Salt Marsh' by Tom Orrin", want{"plain-field", layout.BlockField, "based on", []string{"'Salt Marsh' by Tom Orrin"}}},
			{"one-word key under a key with no value", "Executive producer(s)\nProducer(s) Ann Roe\nTom Vale\n", want{"plain-field", layout.BlockField, "producer", []string{"Ann Roe", "Tom Vale"}}},
			{"a long value in a run of fields", "Running time 60 minutes\nProduction company(s) Gull Pictures and Lumen Production, in association with Harbour Films for the Northern Broadcasting Corporation and Vexmoor Television\n",
				want{"plain-field", layout.BlockField, "production company", []string{"Gull Pictures", "Lumen Production", "Harbour Films for the Northern Broadcasting Corporation", "Vexmoor Television"}}},
			{"a long line alone is no field", "Production company(s) Gull Pictures and Lumen Production, in association with Harbour Films for the Northern Broadcasting Corporation and Vexmoor Television\n",
				want{"prose", layout.BlockProse, "", nil}},
		},
		"table-value-line": {
			{"value cell on the next line", "Starring |\nBrenna Lyle David Lomax |\n", want{"table-value-line", layout.BlockField, "starring", []string{"Brenna Lyle David Lomax"}}},
		},
		"wiki-heading": {
			{"level two", "== Premise ==", want{"wiki-heading", layout.BlockHeading, "", nil}},
		},
		"table-field": {
			{"pipe row", "Network | Prime Video |", want{"table-field", layout.BlockField, "network", []string{"Prime Video"}}},
			{"leading pipe", "| Starring | A B, C D |", want{"table-field", layout.BlockField, "starring", []string{"A B", "C D"}}},
		},
		"wiki-field": {
			{"template line", "| network = Prime Video", want{"wiki-field", layout.BlockField, "network", []string{"Prime Video"}}},
		},
		"tab-field": {
			{"bulleted known key", "- Network\tPrime Video, Hulu", want{"tab-field", layout.BlockField, "network", []string{"Prime Video", "Hulu"}}},
		},
		"colon-field": {
			{"bulleted", "- Genre: Crime drama", want{"colon-field", layout.BlockField, "genre", []string{"Crime drama"}}},
			{"unknown key without a bullet is prose", "Disclaimer: The article contains spoilers.", want{"prose", layout.BlockProse, "", nil}},
			{"a known key asked as a question", "Who’s In It? Mara Voss, Tom Reyes", want{"colon-field", layout.BlockField, "who’s in it", []string{"Mara Voss", "Tom Reyes"}}},
			{"any other question is prose", "What’s It All About? Mara Voss returns to Harbor.", want{"prose", layout.BlockProse, "", nil}},
			{"a bulleted question is no field", "- What’s new? Mara Voss returns", want{"prose", layout.BlockList, "", nil}},
		},
		"played-by": {
			{"character then actor", "Ilse Brandt (played by Mara Voss), a detective", want{"played-by", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"between commas", "- Ilse Brandt, played by Mara Voss, is a detective from Bergen.", want{"played-by", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"a particle in the actor's name", "- Jonas Falk, also played by Tom de Reyes. He is her brother.", want{"played-by", layout.BlockCast, "", []string{"Tom de Reyes", "Jonas Falk"}}},
			{"no name before the comma", "- In the end, played by the rules, she wins.", want{"prose", layout.BlockList, "", nil}},
		},
		"dash-pair": {
			{"two names", "Dock Nine\n\nIlse Brandt — Mara Voss", want{"dash-pair", layout.BlockPair, "", []string{"Ilse Brandt", "Mara Voss"}}},
			{"a name in quotation marks", "Dock Nine\n\nMara Voss – ‘Detective Ilse Brandt’", want{"dash-pair", layout.BlockPair, "", []string{"Mara Voss", "Detective Ilse Brandt"}}},
			{"a title with a dash", "Harbour — Nine", want{"heading-line", layout.BlockHeading, "", nil}},
			{"a headline's label and its title", "TV Review – Harbour Nine", want{"heading-line", layout.BlockHeading, "", nil}},
			{"a title and a page's label", "Harbour Nine — Season Finale", want{"heading-line", layout.BlockHeading, "", nil}},
			{"the page's first line is its title", "Weekly Review – Dock Nine", want{"heading-line", layout.BlockHeading, "", nil}},
			{"the title again is no pair", "Weekly Review – Dock Nine\nexample.com/review\nWeekly Review – Dock Nine", want{"heading-line", layout.BlockHeading, "", nil}},
			{"a pair below the title", "Weekly Review – Dock Nine\n\nIlse Brandt — Mara Voss", want{"dash-pair", layout.BlockPair, "", []string{"Ilse Brandt", "Mara Voss"}}},
		},
		"hyphen-pair": {
			{"a run of three", "Ilse Brandt - Mara Voss\nDI Peter Grady - Tom Reyes\nDr. Ruth Okafor - Dana Whit", want{"hyphen-pair", layout.BlockPair, "", []string{"Dr. Ruth Okafor", "Dana Whit"}}},
			{"a bulleted run", "• Ilse Brandt - Mara Voss\n• Peter Grady - Tom Reyes\n• Ruth Okafor - Dana Whit", want{"hyphen-pair", layout.BlockPair, "", []string{"Ruth Okafor", "Dana Whit"}}},
			{"two lines are no run", "Ilse Brandt - Mara Voss\nPeter Grady - Tom Reyes", want{"heading-line", layout.BlockHeading, "", nil}},
			{"a line of prose breaks the run", "Ilse Brandt - Mara Voss\nPeter Grady - Tom Reyes\nThe rest of the cast is new.\nRuth Okafor - Dana Whit", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"cast-list": {
			{"cast lines split by semicolons", "Mara Voss as Ilse Brandt; Tom Reyes as Jonas Falk; Dana Whit as Dr. Oona Lenz", want{"cast-list", layout.BlockCast, "", []string{"Dana Whit", "Dr. Oona Lenz"}}},
			{"a part with a description is no list", "Mara Voss as Ilse Brandt; she returns as Jonas Falk's partner", want{"cast-line", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
		},
		"cast-line": {
			{"actor as character", "- Mara Voss as Detective Ilse Brandt, a cold-case investigator", want{"cast-line", layout.BlockCast, "", []string{"Mara Voss", "Detective Ilse Brandt"}}},
			{"a page word before the actor", "Actor Mara Voss as Detective Ilse Brandt in Harbor Lights", want{"cast-line", layout.BlockCast, "", []string{"Mara Voss", "Detective Ilse Brandt"}}},
			{"a rank in lower case after an agency", "Mara Voss as FBI agent Ilse Brandt in the new series Harbor Lights.", want{"cast-line", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"a word in lower case ends the character", "Mara Voss as Ilse Brandt reprising her role", want{"cast-line", layout.BlockCast, "", []string{"Mara Voss", "Ilse Brandt"}}},
			{"a nickname in straight quotes opens the character", `Tom Reyes as "Walnuts" Grady, a fixer`, want{"cast-line", layout.BlockCast, "", []string{"Tom Reyes", `"Walnuts" Grady`}}},
			{"a nickname in curly quotes opens the character", "Tom Reyes as “Walnuts” Grady, a fixer", want{"cast-line", layout.BlockCast, "", []string{"Tom Reyes", "“Walnuts” Grady"}}},
			{"a name in single curly quotes", "Tom Reyes as ‘Walnuts’ Grady, a fixer", want{"cast-line", layout.BlockCast, "", []string{"Tom Reyes", "‘Walnuts’ Grady"}}},
		},
		"caption": {
			{"photo caption", "Mara Voss (Ilse Brandt) and Tom Reyes (Jonas Falk) in HARBOUR. Photo/Agency", want{"caption", layout.BlockCaption, "", []string{"Mara Voss", "Ilse Brandt", "Tom Reyes", "Jonas Falk"}}},
			{"pairs after where the people stand", `Harbour actors and their roles, from left: Mara Voss (Dr. Ilse Brandt), Tom Reyes (Peter "Walnuts" Grady Jr.), plus the creator Dana Whit. Photograph by Jo Lenz.`, want{"caption", layout.BlockCaption, "", []string{"Mara Voss", "Dr. Ilse Brandt", "Tom Reyes", `Peter "Walnuts" Grady Jr.`}}},
			{"one pair after where the people stand is no list", "The season ends. From left: Mara Voss (Ilse Brandt), on the pier.", want{"prose", layout.BlockProse, "", nil}},
			{"pairs without a place or a title are prose", "Mara Voss (Ilse Brandt), Tom Reyes (Jonas Falk), and more return.", want{"prose", layout.BlockProse, "", nil}},
		},
		"archive-line": {
			{"a tag's archive names its subject", "Tag Archives: J. Mara Voss", want{"archive-line", layout.BlockProse, "", nil}},
			{"an author's archive names a writer", "Author Archives: Alan Whitcombe", want{"archive-line", layout.BlockField, "byline", []string{"Alan Whitcombe"}}},
			{"a tag that is no name is a heading", "Tag Archives: spoilers", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"heading-line": {
			{"title-case line", "Cast and Characters", want{"heading-line", layout.BlockHeading, "", nil}},
			{"closing colon", "What we thought:", want{"heading-line", layout.BlockHeading, "", nil}},
			{"a headline after the date mark of a saved page", " date 2024-05-01 Harbor Lights Renewed for Season 2", want{"heading-line", layout.BlockHeading, "", nil}},
		},
		"prose": {
			{"sentence", "The series follows a detective.", want{"prose", layout.BlockProse, "", nil}},
			{"bulleted sentence", "- the first season was praised.", want{"prose", layout.BlockList, "", nil}},
			{"numbered item", "2. Gil Ortega - Shot (\"Pilot\")", want{"prose", layout.BlockList, "", nil}},
		},
	}
	for _, name := range layout.Recognizers() {
		if len(tables[name]) == 0 {
			t.Errorf("recognizer %s has no table", name)
		}
	}
	for rec, cases := range tables {
		if !slices.Contains(layout.Recognizers(), rec) {
			t.Errorf("table %s names no recognizer", rec)
		}
		for _, c := range cases {
			t.Run(rec+"/"+c.name, func(t *testing.T) {
				blocks := structureText(t, c.text)
				if len(blocks) == 0 {
					t.Fatal("no blocks")
				}
				b := blocks[len(blocks)-1]
				var vals []string
				for _, v := range b.Values {
					vals = append(vals, v.Text)
				}
				got := want{b.Recognizer, b.Kind, b.Key, vals}
				if got.by != c.want.by || got.kind != c.want.kind || got.key != c.want.key || strings.Join(got.values, "|") != strings.Join(c.want.values, "|") {
					t.Errorf("got %+v, want %+v", got, c.want)
				}
			})
		}
	}
}
