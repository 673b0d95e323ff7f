package layout_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/internal/golden"
	"github.com/kgbuild/kg/layout"
	"github.com/kgbuild/kg/pipeline/pipelinetest"
	"github.com/kgbuild/kg/sources"
)

// wantBlock is what a test expects of one block; text is the block's span.
type wantBlock struct {
	kind    layout.BlockKind
	text    string
	key     string
	values  []string
	rest    string // "" when the block has no Rest
	level   int
	section string
}

func (w wantBlock) String() string {
	return fmt.Sprintf("%s %q key=%q values=%q rest=%q level=%d section=%q", w.kind, w.text, w.key, w.values, w.rest, w.level, w.section)
}

func gotBlock(b layout.Block) wantBlock {
	w := wantBlock{kind: b.Kind, text: b.Span.Text, key: b.Key, level: b.Level, section: b.Section}
	for _, v := range b.Values {
		w.values = append(w.values, v.Text)
	}
	if b.Rest != nil {
		w.rest = b.Rest.Text
	}
	return w
}

// checkSpans fails when a span of a block is not the text it claims to be.
func checkSpans(t *testing.T, d *sources.Document, blocks []layout.Block) {
	t.Helper()
	check := func(bi int, what string, s sources.Span) {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			t.Errorf("%s: block %d %s span %d..%d is outside the text (%d bytes)", d.ID, bi, what, s.Start, s.End, len(d.Text))
			return
		}
		if got := d.Text[s.Start:s.End]; got != s.Text {
			t.Errorf("%s: block %d %s span %d..%d holds %q, not %q", d.ID, bi, what, s.Start, s.End, got, s.Text)
		}
	}
	for bi, b := range blocks {
		check(bi, "block", b.Span)
		for _, v := range b.Values {
			check(bi, "value", v)
			if v.Start < b.Span.Start || v.End > b.Span.End {
				t.Errorf("%s: block %d value %q lies outside the block %q", d.ID, bi, v.Text, b.Span.Text)
			}
		}
		if b.Rest != nil {
			check(bi, "rest", *b.Rest)
		}
	}
}

func TestStructurer(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantBlock
	}{
		{
			name: "pipe table fields",
			text: "Title | Ballard (Also known as Bosch: Ballard) |\n---|---|\nStarring | Maggie Q, Courtney Taylor, and Amy Hill |\nBased On | Renée Ballard Series by Michael Connelly |\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "Title | Ballard (Also known as Bosch: Ballard) |", key: "title", values: []string{"Ballard (Also known as Bosch: Ballard)"}},
				{kind: layout.BlockField, text: "Starring | Maggie Q, Courtney Taylor, and Amy Hill |", key: "starring", values: []string{"Maggie Q", "Courtney Taylor", "Amy Hill"}},
				{kind: layout.BlockField, text: "Based On | Renée Ballard Series by Michael Connelly |", key: "based on", values: []string{"Renée Ballard Series by Michael Connelly"}},
			},
		},
		{
			name: "a note in square brackets ends a value, and the line when a field runs on",
			text: "- Starring: Ann Vole[1], Bert Quill [full list under the Cast tab] Premiere: April 9, 2009\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "- Starring: Ann Vole[1], Bert Quill [full list under the Cast tab] Premiere: April 9, 2009", key: "starring", values: []string{"Ann Vole", "Bert Quill"}},
			},
		},
		{
			name: "pipe field with Windows line ends",
			text: "Network | Prime Video |\r\nRelease Date | July 9, 2025 |\r\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "Network | Prime Video |", key: "network", values: []string{"Prime Video"}},
				{kind: layout.BlockField, text: "Release Date | July 9, 2025 |", key: "release date", values: []string{"July 9", "2025"}},
			},
		},
		{
			name: "dash key value fields",
			text: "Infobox\n- Developer: Michael Alaimo, Kendall Sherwood\n- Related: Bosch; Bosch: Legacy\n- Executive Producer: Michael Connelly and Henrik Bastin\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Infobox", level: 3, section: "infobox"},
				{kind: layout.BlockField, text: "- Developer: Michael Alaimo, Kendall Sherwood", key: "developer", values: []string{"Michael Alaimo", "Kendall Sherwood"}, section: "infobox"},
				{kind: layout.BlockField, text: "- Related: Bosch; Bosch: Legacy", key: "related", values: []string{"Bosch", "Bosch: Legacy"}, section: "infobox"},
				{kind: layout.BlockField, text: "- Executive Producer: Michael Connelly and Henrik Bastin", key: "executive producer", values: []string{"Michael Connelly", "Henrik Bastin"}, section: "infobox"},
			},
		},
		{
			name: "a paragraph hard-wrapped at a fixed width is one block",
			text: "Harbor Lights is produced by\nFabel Pictures, Dana Whitfield's Northlight Studios and Omar Reyes's\nTidewater Films. Whitfield serves as\nexecutive producer.\nThe second season returns in May.\n",
			want: []wantBlock{
				{kind: layout.BlockProse, text: "Harbor Lights is produced by\nFabel Pictures, Dana Whitfield's Northlight Studios and Omar Reyes's\nTidewater Films. Whitfield serves as\nexecutive producer."},
				{kind: layout.BlockProse, text: "The second season returns in May."},
			},
		},
		{
			name: "a title-case line whose sentence runs on to the next line is no heading",
			text: "Northlight TV Has Renewed Harbor Lights for a 10-episode\nthird season, it said.\n",
			want: []wantBlock{
				{kind: layout.BlockProse, text: "Northlight TV Has Renewed Harbor Lights for a 10-episode\nthird season, it said."},
			},
		},
		{
			name: "a headline, or a line that ends as a sentence may, stays apart from the next line",
			text: "Harbor Lights Returns for a Second Season\nThe drama returns in May.\nThe cast: who's who\nIvy Cole — Lena Marsh\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Harbor Lights Returns for a Second Season", level: 3, section: "harbor lights returns for a second season"},
				{kind: layout.BlockProse, text: "The drama returns in May.", section: "harbor lights returns for a second season"},
				{kind: layout.BlockProse, text: "The cast: who's who", section: "harbor lights returns for a second season"},
				{kind: layout.BlockPair, text: "Ivy Cole — Lena Marsh", values: []string{"Ivy Cole", "Lena Marsh"}, section: "harbor lights returns for a second season"},
			},
		},
		{
			name: "colon field without a bullet only for known keys",
			text: "Network: Prime Video\nDisclaimer: The following article contains spoilers for the series.\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "Network: Prime Video", key: "network", values: []string{"Prime Video"}},
				{kind: layout.BlockProse, text: "Disclaimer: The following article contains spoilers for the series."},
			},
		},
		{
			name: "a cast table's rows of the main cast and the others",
			text: "Character | Actor | Harbor |\nIvy Cole | Lena Marsh | Main |\nGary Pearl | Kevin Dunn | Recurring |\n",
			want: []wantBlock{
				{kind: layout.BlockCredit, text: "Ivy Cole | Lena Marsh | Main |", values: []string{"Lena Marsh", "Ivy Cole"}, section: "main cast"},
				{kind: layout.BlockCredit, text: "Gary Pearl | Kevin Dunn | Recurring |", values: []string{"Kevin Dunn", "Gary Pearl"}},
			},
		},
		{
			name: "an episode table's credit columns, rows between summaries",
			text: "== Episodes ==\nNo. | Title | Directed by | Written by | Air date |\n1 | \"Pilot\" | Mara Voss | Tom Reyes and Ada Fox | May 1, 2020 |\nIvy Cole finds a body at the harbour and calls her old partner. |\n2 | \"Fog\" | Ed Lin | TBA | May 8, 2020 |\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Episodes", level: 2, section: "episodes"},
				{kind: layout.BlockField, text: "1 | \"Pilot\" | Mara Voss | Tom Reyes and Ada Fox | May 1, 2020 |", key: "directed by", values: []string{"Mara Voss"}, section: "episodes"},
				{kind: layout.BlockField, text: "1 | \"Pilot\" | Mara Voss | Tom Reyes and Ada Fox | May 1, 2020 |", key: "written by", values: []string{"Tom Reyes", "Ada Fox"}, section: "episodes"},
				{kind: layout.BlockProse, text: "Ivy Cole finds a body at the harbour and calls her old partner. |", section: "episodes"},
				{kind: layout.BlockField, text: "2 | \"Fog\" | Ed Lin | TBA | May 8, 2020 |", key: "directed by", values: []string{"Ed Lin"}, section: "episodes"},
				{kind: layout.BlockField, text: "2 | \"Fog\" | Ed Lin | TBA | May 8, 2020 |", key: "written by", values: []string{"TBA"}, section: "episodes"},
			},
		},
		{
			name: "figures end the values below a plain field",
			text: "Directed by Michael Dunmore\nU.S. Viewers 4.16 million\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "Directed by Michael Dunmore", key: "directed by", values: []string{"Michael Dunmore"}},
				{kind: layout.BlockHeading, text: "U.S. Viewers 4.16 million", level: 3, section: "u.s. viewers 4.16 million"},
			},
		},
		{
			name: "a template's label names its data field",
			text: "- Lbl31: Department\n- Data31: Harbor Police Department\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "- Lbl31: Department", key: "lbl"},
				{kind: layout.BlockField, text: "- Data31: Harbor Police Department", key: "department", values: []string{"Harbor Police Department"}},
			},
		},
		{
			name: "values run together split after a note",
			text: "- Executive Producer: Ann Dale (2010–2020) Bo Reyes\n- Family: Frank Dorsey , (father; deceased) , Alma Dorsey\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "- Executive Producer: Ann Dale (2010–2020) Bo Reyes", key: "executive producer", values: []string{"Ann Dale (2010–2020)", "Bo Reyes"}},
				{kind: layout.BlockField, text: "- Family: Frank Dorsey , (father; deceased) , Alma Dorsey", key: "family", values: []string{"Frank Dorsey , (father; deceased)", "Alma Dorsey"}},
			},
		},
		{
			name: "commas inside parentheses do not split a value",
			text: "- Starring: Maggie Q (Ballard, season 1), Amy Hill\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "- Starring: Maggie Q (Ballard, season 1), Amy Hill", key: "starring", values: []string{"Maggie Q (Ballard, season 1)", "Amy Hill"}},
			},
		},
		{
			name: "credit block key then value",
			text: "- Network\n-\nPrime Video\n- Directors\n-\nJet Wilkinson\n",
			want: []wantBlock{
				{kind: layout.BlockField, text: "- Network\n-\nPrime Video", key: "network", values: []string{"Prime Video"}},
				{kind: layout.BlockField, text: "- Directors\n-\nJet Wilkinson", key: "directors", values: []string{"Jet Wilkinson"}},
			},
		},
		{
			name: "cast credit actor then character",
			text: "-\n-\nCourtney Taylor\nSamira Parker",
			want: []wantBlock{
				{kind: layout.BlockCredit, text: "-\n-\nCourtney Taylor\nSamira Parker", values: []string{"Courtney Taylor", "Samira Parker"}},
			},
		},
		{
			name: "cast lines",
			text: "=== Main ===\n" +
				"- Maggie Q as Detective Renée Ballard, determined, empathetic LAPD officer\n" +
				"- Amy Hill as Tutu, Ballard's grandmother\n" +
				"- Mimi Rogers as Los Angeles County District Attorney Honey \"Money\" Chandler reprising her role from Bosch.\n" +
				"⭐ Maggie Q as Renée Ballard\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Main", level: 3, section: "main"},
				{kind: layout.BlockCast, text: "- Maggie Q as Detective Renée Ballard, determined, empathetic LAPD officer",
					values: []string{"Maggie Q", "Detective Renée Ballard"}, rest: "determined, empathetic LAPD officer", section: "main"},
				{kind: layout.BlockCast, text: "- Amy Hill as Tutu, Ballard's grandmother",
					values: []string{"Amy Hill", "Tutu"}, rest: "Ballard's grandmother", section: "main"},
				{kind: layout.BlockCast, text: "- Mimi Rogers as Los Angeles County District Attorney Honey \"Money\" Chandler reprising her role from Bosch.",
					values: []string{"Mimi Rogers", "Los Angeles County District Attorney Honey \"Money\" Chandler"},
					rest:   "reprising her role from Bosch.", section: "main"},
				{kind: layout.BlockCast, text: "⭐ Maggie Q as Renée Ballard", values: []string{"Maggie Q", "Renée Ballard"}, section: "main"},
			},
		},
		{
			name: "as in a sentence is not a cast line",
			text: "Ballard is cast as the lead.\nQ as Ballard works.\nMichael Alaimo and Kendall Sherwood serve as both showrunners and developers.\n",
			want: []wantBlock{
				{kind: layout.BlockProse, text: "Ballard is cast as the lead."},
				{kind: layout.BlockProse, text: "Q as Ballard works."},
				{kind: layout.BlockProse, text: "Michael Alaimo and Kendall Sherwood serve as both showrunners and developers."},
			},
		},
		{
			name: "captions",
			text: "Maggie Q (Renée Ballard) in BALLARD. Tyler Golden/Prime Video\n" +
				"Rebecca Field (Colleen Hatteras), Victoria Moroles (Martina Castro), and Courtney Taylor (Samira Parker) in BALLARD. Tyler Golden/Prime Video\n",
			want: []wantBlock{
				{kind: layout.BlockCaption, text: "Maggie Q (Renée Ballard) in BALLARD. Tyler Golden/Prime Video",
					values: []string{"Maggie Q", "Renée Ballard"}, rest: "in BALLARD. Tyler Golden/Prime Video"},
				{kind: layout.BlockCaption, text: "Rebecca Field (Colleen Hatteras), Victoria Moroles (Martina Castro), and Courtney Taylor (Samira Parker) in BALLARD. Tyler Golden/Prime Video",
					values: []string{"Rebecca Field", "Colleen Hatteras", "Victoria Moroles", "Martina Castro", "Courtney Taylor", "Samira Parker"},
					rest:   "in BALLARD. Tyler Golden/Prime Video"},
			},
		},
		{
			name: "parentheses in running text are not a caption",
			text: "We move on to another detective, Renee Ballard (Maggie Q), who now helms her own spin-off.\n",
			want: []wantBlock{
				{kind: layout.BlockProse, text: "We move on to another detective, Renee Ballard (Maggie Q), who now helms her own spin-off."},
			},
		},
		{
			name: "wiki headings set the section",
			text: "= Ballard (TV series) =\n\nBallard is a series.\n\n== Premise ==\nSet in Los Angeles.\n==Reception==\n=== Main ===\nText here.\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Ballard (TV series)", level: 1, section: "ballard (tv series)"},
				{kind: layout.BlockProse, text: "Ballard is a series.", section: "ballard (tv series)"},
				{kind: layout.BlockHeading, text: "Premise", level: 2, section: "premise"},
				{kind: layout.BlockProse, text: "Set in Los Angeles.", section: "premise"},
				{kind: layout.BlockHeading, text: "Reception", level: 2, section: "reception"},
				{kind: layout.BlockHeading, text: "Main", level: 3, section: "main"},
				{kind: layout.BlockProse, text: "Text here.", section: "main"},
			},
		},
		{
			name: "bullet lists",
			text: "Themes & Tone:\n- Institutional Corruption\n* Isolation and Redemption\n• Yes\n✅ If you love smart, grounded crime dramas\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Themes & Tone", level: 3, section: "themes & tone"},
				{kind: layout.BlockList, text: "Institutional Corruption", section: "themes & tone"},
				{kind: layout.BlockList, text: "Isolation and Redemption", section: "themes & tone"},
				{kind: layout.BlockList, text: "Yes", section: "themes & tone"},
				{kind: layout.BlockList, text: "If you love smart, grounded crime dramas", section: "themes & tone"},
			},
		},
		{
			name: "prose",
			text: "  At the heart of \"Ballard\" lies the story of LAPD detective Renée Ballard. She works nights.  \n\nA must-watch for crime drama fans.",
			want: []wantBlock{
				{kind: layout.BlockProse, text: "At the heart of \"Ballard\" lies the story of LAPD detective Renée Ballard. She works nights."},
				{kind: layout.BlockProse, text: "A must-watch for crime drama fans."},
			},
		},
		{
			name: "heading heuristics",
			text: "Cast Performances:\n" +
				"⭐ Supporting Cast:\n" +
				"Maggie Q Gives Us a New Kind of Lead Detective in ‘Ballard’\n" +
				"Final Verdict: Worth a Watch, But Keep Expectations in Check\n" +
				"top of page\n" +
				"Ballard hits you with a compelling combination of old and new\n" +
				"Will you watch?\n",
			want: []wantBlock{
				{kind: layout.BlockHeading, text: "Cast Performances", level: 3, section: "cast performances"},
				{kind: layout.BlockHeading, text: "Supporting Cast", level: 3, section: "supporting cast"},
				{kind: layout.BlockHeading, text: "Maggie Q Gives Us a New Kind of Lead Detective in ‘Ballard’", level: 3,
					section: "maggie q gives us a new kind of lead detective in ‘ballard’"},
				{kind: layout.BlockHeading, text: "Final Verdict: Worth a Watch, But Keep Expectations in Check", level: 3,
					section: "final verdict: worth a watch, but keep expectations in check"},
				{kind: layout.BlockProse, text: "top of page", section: "final verdict: worth a watch, but keep expectations in check"},
				{kind: layout.BlockProse, text: "Ballard hits you with a compelling combination of old and new",
					section: "final verdict: worth a watch, but keep expectations in check"},
				{kind: layout.BlockProse, text: "Will you watch?", section: "final verdict: worth a watch, but keep expectations in check"},
			},
		},
		{
			name: "blank document",
			text: "\n\n   \n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &sources.Document{ID: "doc", Text: tt.text}
			blocks := layout.Structurer{Fields: extract.Fields}.Run(d)
			checkSpans(t, d, blocks)
			n := max(len(blocks), len(tt.want))
			for i := 0; i < n; i++ {
				var got, want wantBlock
				if i < len(blocks) {
					got = gotBlock(blocks[i])
				}
				if i < len(tt.want) {
					want = tt.want[i]
				}
				if got.String() != want.String() {
					t.Errorf("block %d:\n got %v\nwant %v", i, got, want)
				}
			}
		})
	}
}

// TestStructureGolden compares the blocks of every source document with
// testdata/structure/<id>.golden.
func TestStructureGolden(t *testing.T) {
	docs := pipelinetest.SeedDocs(t)
	dir := filepath.Join("testdata", "structure")
	for _, d := range docs {
		t.Run(d.ID, func(t *testing.T) {
			blocks := layout.Structurer{Fields: extract.Fields}.Run(d)
			if len(blocks) == 0 {
				t.Fatal("no blocks")
			}
			checkSpans(t, d, blocks)
			data, err := json.MarshalIndent(blocks, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join(dir, d.ID+".golden"), append(data, '\n'))
		})
	}
	golden.CheckNoStale(t, dir, pipelinetest.IDs(docs))
}

// TestStructureSourcesUseEveryLayout guards the golden files against a
// change that silently stops recognising a layout: the seed corpus has
// every kind of block.
func TestStructureSourcesUseEveryLayout(t *testing.T) {
	seen := map[layout.BlockKind]int{}
	for _, d := range pipelinetest.SeedDocs(t) {
		for _, b := range (layout.Structurer{Fields: extract.Fields}).Run(d) {
			seen[b.Kind]++
		}
	}
	for _, k := range []layout.BlockKind{layout.BlockHeading, layout.BlockField, layout.BlockCast,
		layout.BlockCaption, layout.BlockCredit, layout.BlockList, layout.BlockProse} {
		if seen[k] == 0 {
			t.Errorf("no %s block in the sample corpus; found %v", k, seen)
		}
	}
}

// TestFieldsDecideKeys checks that the vocabulary given to the Structurer,
// not a table of the layout stage's own, decides which lines are fields:
// a key only the extractor knows makes a field with extract.Fields and
// none without any vocabulary.
func TestFieldsDecideKeys(t *testing.T) {
	tests := []struct {
		name   string
		fields layout.Fields
		text   string
		want   bool
	}{
		{"extractor's key with its vocabulary", extract.Fields, "Starring: Ann Vole, Bert Quill\n", true},
		{"extractor's key without vocabulary", nil, "Starring: Ann Vole, Bert Quill\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &sources.Document{ID: "doc", Text: tt.text}
			got := false
			for _, b := range (layout.Structurer{Fields: tt.fields}).Run(d) {
				got = got || b.Kind == layout.BlockField
			}
			if got != tt.want {
				t.Errorf("field block: got %v, want %v (blocks %v)", got, tt.want, layout.Structurer{Fields: tt.fields}.Run(d))
			}
		})
	}
}

// structureText reads text as a plain-text document and returns the
// blocks the structurer finds in it, with the extractor's field table.
func structureText(t *testing.T, text string) []layout.Block {
	t.Helper()
	d, err := sources.NewDocument("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return layout.Structurer{Fields: extract.Fields}.Run(d)
}
