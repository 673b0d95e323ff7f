package cypherplan

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kgbuild/kg/graph"
)

// sample is a small graph with one of each element, for the plan tests.
func sample() *graph.Graph {
	return &graph.Graph{
		Documents: []graph.Document{
			{ID: "d1", Path: "a.txt", Title: "A", Hash: "h1", Size: 10},
			{ID: "d2", Path: "b.txt", Hash: "h2", Size: 20},
		},
		Entities: []graph.Entity{
			{ID: "p", Type: graph.Person, Name: "P", Aliases: []string{}, Variants: []graph.Variant{
				{Name: "P", Documents: map[string]int{"d2": 1, "d1": 3}},
				{Name: "Pee", Documents: map[string]int{"d1": 1}},
			}},
			{ID: "s", Type: graph.Series, Name: "S", Roles: []string{"show"}},
			{ID: "q", Type: graph.Person, Name: "Q", Typing: []graph.TypeVote{
				{Type: graph.Person, Rule: "cast line actor", Mentions: 2},
				{Type: graph.Person, Rule: "majority", Decided: true},
			}},
		},
		Relations: []graph.Relation{
			{From: "p", Type: "STARS_IN", To: "s", Sources: []string{"d1"}, Confidence: 0.5,
				Evidence: []graph.Evidence{{Document: "d1", Text: "P stars in S.", Start: 4, End: 17}}},
			{From: "q", Type: "STARS_IN", To: "s"},
		},
		Mentions: []graph.Mention{{Entity: "p", Document: "d1", Count: 2}},
		Conflicts: []graph.Conflict{
			{ID: "c1", Kind: "fact", Subject: "p", Topic: "rank", Values: []graph.ConflictValue{
				{Value: "x", Documents: []string{"d2", "d1"}, Evidence: []string{"x!"}},
				{Value: "y", Documents: []string{"d1"}},
			}},
			{ID: "c2", Kind: "spelling", Subject: "Somebody"},
		},
	}
}

// merge returns the rows of the plan's merge named what.
func merge(t *testing.T, p Plan, what string) []Row {
	t.Helper()
	for _, m := range p.Merges {
		if m.What == what {
			return m.Rows
		}
	}
	t.Fatalf("no merge %q", what)
	return nil
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name string
		what string
		want []Row
	}{
		{"unset optional properties stay in the row as nil", "documents", []Row{
			{{"id", "d1"}, {"path", "a.txt"}, {"title", "A"}, {"kind", nil}, {"date", nil}, {"hash", "h1"}, {"size", int64(10)}},
			{{"id", "d2"}, {"path", "b.txt"}, {"title", nil}, {"kind", nil}, {"date", nil}, {"hash", "h2"}, {"size", int64(20)}},
		}},
		{"entities grouped by type, nil lists unset, empty ones kept, typing as parallel lists", "Person entities", []Row{
			{{"id", "p"}, {"type", "Person"}, {"name", "P"}, {"aliases", []string{}}, {"roles", nil}, {"merges", nil},
				{"typing_types", nil}, {"typing_rules", nil}, {"typing_mentions", nil}, {"typing_decided", nil}},
			{{"id", "q"}, {"type", "Person"}, {"name", "Q"}, {"aliases", nil}, {"roles", nil}, {"merges", nil},
				{"typing_types", []string{"Person", "Person"}}, {"typing_rules", []string{"cast line actor", "majority"}},
				{"typing_mentions", []int64{2, 0}}, {"typing_decided", []bool{false, true}}},
		}},
		{"a type without entities has no rows", "Place entities", nil},
		{"variants keep their position", "name variants", []Row{
			{{"key", "p\x1fP"}, {"entity", "p"}, {"name", "P"}, {"position", int64(0)}},
			{{"key", "p\x1fPee"}, {"entity", "p"}, {"name", "Pee"}, {"position", int64(1)}},
		}},
		{"variant uses in document id order", "documents using each variant", []Row{
			{{"key", "p\x1fP"}, {"document", "d1"}, {"count", int64(3)}},
			{{"key", "p\x1fP"}, {"document", "d2"}, {"count", int64(1)}},
			{{"key", "p\x1fPee"}, {"document", "d1"}, {"count", int64(1)}},
		}},
		{"mentions", "mentions", []Row{{{"entity", "p"}, {"document", "d1"}, {"count", int64(2)}}}},
		{"evidence as four parallel lists, unset without evidence", "STARS_IN relations", []Row{
			{{"from", "p"}, {"to", "s"}, {"sources", []string{"d1"}}, {"detail", nil}, {"confidence", 0.5},
				{"evidence_documents", []string{"d1"}}, {"evidence_texts", []string{"P stars in S."}},
				{"evidence_starts", []int64{4}}, {"evidence_ends", []int64{17}}},
			{{"from", "q"}, {"to", "s"}, {"sources", nil}, {"detail", nil}, {"confidence", 0.0},
				{"evidence_documents", nil}, {"evidence_texts", nil}, {"evidence_starts", nil}, {"evidence_ends", nil}},
		}},
		{"ABOUT only for a subject that is an entity", "what each conflict is about", []Row{
			{{"id", "c1"}, {"subject", "p"}},
		}},
		{"claims keep their position", "claims", []Row{
			{{"key", "c1\x1f0"}, {"conflict", "c1"}, {"position", int64(0)}, {"value", "x"}, {"evidence", []string{"x!"}}},
			{{"key", "c1\x1f1"}, {"conflict", "c1"}, {"position", int64(1)}, {"value", "y"}, {"evidence", nil}},
		}},
		{"assertions keep the order of the documents", "documents asserting each claim", []Row{
			{{"key", "c1\x1f0"}, {"document", "d2"}, {"position", int64(0)}},
			{{"key", "c1\x1f0"}, {"document", "d1"}, {"position", int64(1)}},
			{{"key", "c1\x1f1"}, {"document", "d1"}, {"position", int64(0)}},
		}},
	}
	p := Build(sample())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := merge(t, p, tt.what); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s rows:\ngot  %#v\nwant %#v", tt.what, got, tt.want)
			}
		})
	}
}

// TestBuildOrder checks that every node is merged before the
// relationships that MATCH it, and every type and predicate has a merge.
func TestBuildOrder(t *testing.T) {
	var whats []string
	for _, m := range Build(&graph.Graph{}).Merges {
		whats = append(whats, m.What)
	}
	want := []string{"documents"}
	for _, typ := range graph.EntityTypes {
		want = append(want, typ+" entities")
	}
	want = append(want, "name variants", "documents using each variant", "mentions")
	for _, p := range graph.Predicates {
		want = append(want, p+" relations")
	}
	want = append(want, "conflicts", "what each conflict is about", "claims", "documents asserting each claim")
	if !reflect.DeepEqual(whats, want) {
		t.Errorf("merges %q,\nwant %q", whats, want)
	}
}

// changes returns what a change writes, by kind, leaving out kinds with
// nothing: the keys it retires, creates and updates.
func changes(c Change) (retire, create, update map[string][]string) {
	retire, create, update = map[string][]string{}, map[string][]string{}, map[string][]string{}
	for _, k := range c.Retire {
		if len(k.Keys) > 0 {
			retire[k.What] = append(retire[k.What], k.Keys...)
		}
	}
	for _, ms := range []struct {
		merges []Merge
		into   map[string][]string
	}{{c.Create, create}, {c.Update, update}} {
		for _, m := range ms.merges {
			if len(m.Keys) != len(m.Rows) {
				panic(fmt.Sprintf("%s: %d keys for %d rows", m.What, len(m.Keys), len(m.Rows)))
			}
			if len(m.Rows) > 0 {
				ms.into[m.Kind] = append(ms.into[m.Kind], m.Keys...)
			}
		}
	}
	return retire, create, update
}

func TestDiff(t *testing.T) {
	edit := func(f func(g *graph.Graph)) *graph.Graph {
		g := sample()
		f(g)
		return g
	}
	type keys = map[string][]string
	none := keys{}
	tests := []struct {
		name                   string
		old, g                 *graph.Graph
		retire, create, update keys
	}{
		{"an unchanged graph writes nothing", sample(), sample(), none, none, none},
		{"into an empty database every row is created", &graph.Graph{}, sample(), none, merged(sample()), none},
		{"to an empty graph every key is retired", sample(), &graph.Graph{}, keys{
			"documents": {"d1", "d2"}, "entities": {"p", "q", "s"}, "name variants": {"p\x1fP", "p\x1fPee"},
			"variant uses": {"p\x1fP\x1fd1", "p\x1fP\x1fd2", "p\x1fPee\x1fd1"}, "mentions": {"p\x1fd1"},
			"relations": {"p\x1fSTARS_IN\x1fs", "q\x1fSTARS_IN\x1fs"}, "conflicts": {"c1", "c2"},
			"conflict subjects": {"c1"}, "claims": {"c1\x1f0", "c1\x1f1"},
			"claim documents": {"c1\x1f0\x1fd2", "c1\x1f0\x1fd1", "c1\x1f1\x1fd1"},
		}, none, none},
		{"a changed node is updated in place", sample(), edit(func(g *graph.Graph) { g.Documents[1].Title = "B" }),
			none, none, keys{"documents": {"d2"}}},
		{"a changed relation is retired and created anew", sample(), edit(func(g *graph.Graph) { g.Relations[1].Detail = "x" }),
			keys{"relations": {"q\x1fSTARS_IN\x1fs"}}, keys{"relations": {"q\x1fSTARS_IN\x1fs"}}, none},
		{"a removed relation is retired", sample(), edit(func(g *graph.Graph) { g.Relations = g.Relations[:1] }),
			keys{"relations": {"q\x1fSTARS_IN\x1fs"}}, none, none},
		{"a new type updates the entity in place", sample(), edit(func(g *graph.Graph) { g.Entities[1].Type = graph.Book }),
			none, none, keys{"entities": {"s"}}},
		{"a new subject replaces the ABOUT edge", sample(), edit(func(g *graph.Graph) { g.Conflicts[0].Subject = "q" }),
			keys{"conflict subjects": {"c1"}}, keys{"conflict subjects": {"c1"}}, keys{"conflicts": {"c1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Diff(tt.old, tt.g)
			retire, create, update := changes(c)
			for _, got := range []struct {
				what      string
				got, want keys
			}{{"retire", retire, tt.retire}, {"create", create, tt.create}, {"update", update, tt.update}} {
				if !reflect.DeepEqual(got.got, got.want) {
					t.Errorf("%s %q\nwant %q", got.what, got.got, got.want)
				}
			}
			if c.Empty() != (len(tt.retire)+len(tt.create)+len(tt.update) == 0) {
				t.Errorf("Empty() = %v", c.Empty())
			}
		})
	}
}

// TestCreated checks that a created element is a new one, never the
// retired version of its key (no MERGE), and that every created element is
// marked.
func TestCreated(t *testing.T) {
	for _, m := range Build(sample()).Merges {
		got := m.Created()
		if !strings.Contains(got, "kg_new: $gen}") {
			t.Errorf("%s: %q does not mark what it creates", m.What, got)
		}
		if !strings.Contains(got, "CREATE (") || strings.Contains(got, "MERGE (") || strings.Contains(got, "SET ") {
			t.Errorf("%s: %q merges, or sets after creating", m.What, got)
		}
	}
	tests := []struct {
		name, what, want string
	}{
		{"a node with its properties, returning its element id", "documents", "UNWIND $rows AS row\n" +
			"CREATE (x:Document {id: row.id, path: row.path, title: row.title, kind: row.kind, date: row.date, " +
			"hash: row.hash, size: row.size, kg_new: $gen})\nRETURN collect(row.id) AS keys, collect(elementId(x)) AS elements"},
		{"an entity with its type's label", "Book entities", "UNWIND $rows AS row\nCREATE (x:Entity:Book {id: row.id, " +
			"type: row.type, name: row.name, aliases: row.aliases, roles: row.roles, merges: row.merges, " +
			"typing_types: row.typing_types, typing_rules: row.typing_rules, typing_mentions: row.typing_mentions, " +
			"typing_decided: row.typing_decided, kg_new: $gen})\nRETURN collect(row.id) AS keys, collect(elementId(x)) AS elements"},
		{"a node with the link from its owner, found by element id", "name variants", "UNWIND $rows AS row\n" +
			"MATCH (o) WHERE elementId(o) = row.kg_owner\n" +
			"CREATE (o)-[:HAS_VARIANT]->(x:Variant {key: row.key, entity: row.entity, name: row.name, position: row.position, kg_new: $gen})\n" +
			"RETURN collect(row.key) AS keys, collect(elementId(x)) AS elements"},
		{"a relationship between nodes found by element id", "documents using each variant", "UNWIND $rows AS row\n" +
			"MATCH (a) WHERE elementId(a) = row.kg_start\nMATCH (b) WHERE elementId(b) = row.kg_end\n" +
			"CREATE (a)-[x:USED_IN {count: row.count, kg_new: $gen}]->(b)"},
		{"a fact of its predicate", "KILLED relations", "UNWIND $rows AS row\n" +
			"MATCH (a) WHERE elementId(a) = row.kg_start\nMATCH (b) WHERE elementId(b) = row.kg_end\n" +
			"CREATE (a)-[x:KILLED {sources: row.sources, detail: row.detail, " +
			"confidence: row.confidence, evidence_documents: row.evidence_documents, evidence_texts: row.evidence_texts, " +
			"evidence_starts: row.evidence_starts, evidence_ends: row.evidence_ends, kg_new: $gen}]->(b)"},
		{"a relationship without properties", "what each conflict is about", "UNWIND $rows AS row\n" +
			"MATCH (a) WHERE elementId(a) = row.kg_start\nMATCH (b) WHERE elementId(b) = row.kg_end\n" +
			"CREATE (a)-[x:ABOUT {kg_new: $gen}]->(b)"},
	}
	p := Build(sample())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range p.Merges {
				if m.What == tt.what {
					if got := m.Created(); got != tt.want {
						t.Errorf("Created:\ngot  %s\nwant %s", got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no merge %q", tt.what)
		})
	}
}

// TestShapes checks that the shapes name every field of the rows Build
// makes, as an end (first) or a property, in row order, so that created and
// imported elements have the properties the merges set.
func TestShapes(t *testing.T) {
	for _, m := range Build(sample()).Merges {
		if len(m.Rows) == 0 {
			continue
		}
		sh := shapeOf(m.Kind)
		var want []string
		for _, p := range m.Rows[0] {
			want = append(want, p.Key)
		}
		got := append([]string(nil), sh.props...)
		if sh.label == "" {
			got = append([]string{sh.from.field, sh.to.field}, got...)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: shape has %q, rows have %q", m.What, got, want)
		}
	}
}

// merged is every key a whole plan of g merges, by kind.
func merged(g *graph.Graph) map[string][]string {
	out := map[string][]string{}
	for _, m := range Build(g).Merges {
		if len(m.Keys) > 0 {
			out[m.Kind] = append(out[m.Kind], m.Keys...)
		}
	}
	return out
}

func TestBatches(t *testing.T) {
	rows := func(n int) []Row {
		out := make([]Row, n)
		for i := range out {
			out[i] = Row{{"i", int64(i)}}
		}
		return out
	}
	tests := []struct {
		name string
		rows int
		size int
		want []int // batch lengths
	}{
		{"no rows, no batches", 0, 3, nil},
		{"fewer than a batch", 2, 3, []int{2}},
		{"exactly one batch", 3, 3, []int{3}},
		{"a remainder", 7, 3, []int{3, 3, 1}},
		{"one row per batch", 3, 1, []int{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Merge{Rows: rows(tt.rows)}
			var got []int
			next := int64(0)
			for _, b := range m.Batches(tt.size) {
				got = append(got, len(b))
				for _, r := range b { // consecutive, none lost or repeated
					if r[0].Value != next {
						t.Fatalf("row %v where row %d was due", r, next)
					}
					next++
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("batch lengths %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBatchParams(t *testing.T) {
	b := Batch{{{"id", "a"}, {"title", nil}}, {{"id", "b"}, {"title", "B"}}}
	want := map[string]any{"rows": []map[string]any{{"id": "a", "title": nil}, {"id": "b", "title": "B"}}}
	if got := b.Params(); !reflect.DeepEqual(got, want) {
		t.Errorf("Params = %#v, want %#v", got, want)
	}
	if got := (Merge{Body: "RETURN row"}).Cypher(); got != "UNWIND $rows AS row\nRETURN row" {
		t.Errorf("Cypher = %q", got)
	}
}

// TestStatementsUseClosedSets checks that every type and predicate has its
// statement and that anything else is refused.
func TestStatementsUseClosedSets(t *testing.T) {
	for _, typ := range graph.EntityTypes {
		if !strings.Contains(mergeEntities(typ), "SET e:"+typ+",") {
			t.Errorf("mergeEntities(%q) does not set its label", typ)
		}
	}
	for _, p := range graph.Predicates {
		if !strings.Contains(mergeFacts(p), "[r:"+p+"]") {
			t.Errorf("mergeFacts(%q) does not merge its type", p)
		}
	}
	for name, build := range map[string]func(string) string{"mergeEntities": mergeEntities, "mergeFacts": mergeFacts} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s accepted a name outside the closed sets", name)
				}
			}()
			build("Admin]->(x) DETACH DELETE x //")
		}()
	}
}

// TestBatchesBytes checks that a batch stops before its values pass
// MaxBatchBytes, whatever its number of rows, and that a row larger than
// that is a batch of its own.
func TestBatchesBytes(t *testing.T) {
	text := func(n int) Row { return Row{{"text", strings.Repeat("x", n)}} }
	tests := []struct {
		name string
		rows []Row
		want []int // batch lengths
	}{
		{"small rows fill a batch by count", []Row{text(10), text(10), text(10)}, []int{2, 1}},
		{"two halves and a bit do not fit", []Row{text(MaxBatchBytes / 2), text(MaxBatchBytes / 2), text(1)}, []int{2, 1}},
		{"rows over half the bound go one by one", []Row{text(MaxBatchBytes/2 + 1), text(MaxBatchBytes/2 + 1)}, []int{1, 1}},
		{"a row over the bound is a batch of its own", []Row{text(1), text(MaxBatchBytes + 1), text(1)}, []int{1, 1, 1}},
		{"lists count their elements", []Row{{{"l", make([]string, MaxBatchBytes/8)}}, text(1)}, []int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			n := 0
			for _, b := range (Merge{Rows: tt.rows}).Batches(2) {
				got = append(got, len(b))
				n += len(b)
			}
			if !reflect.DeepEqual(got, tt.want) || n != len(tt.rows) {
				t.Errorf("batch lengths %v, want %v", got, tt.want)
			}
		})
	}
}

func TestByEnd(t *testing.T) {
	rel := Merge{Kind: kindMentions, Keys: []string{"a|d2", "b|d1", "c|d2", "d|d1"}, Rows: []Row{
		{{"entity", "a"}, {"document", "d2"}}, {{"entity", "b"}, {"document", "d1"}},
		{{"entity", "c"}, {"document", "d2"}}, {{"entity", "d"}, {"document", "d1"}},
	}}
	got := rel.ByEnd()
	if want := []string{"b|d1", "d|d1", "a|d2", "c|d2"}; !reflect.DeepEqual(got.Keys, want) {
		t.Errorf("keys %q, want %q", got.Keys, want)
	}
	for i, r := range got.Rows {
		if r[0].Value.(string) != got.Keys[i][:1] {
			t.Errorf("row %d %v does not go with key %q", i, r, got.Keys[i])
		}
	}
	if rel.Keys[0] != "a|d2" {
		t.Errorf("ByEnd changed the merge it was called on")
	}
	nodes := Merge{Kind: kindDocuments, Keys: []string{"b", "a"}, Rows: []Row{{{"id", "b"}}, {{"id", "a"}}}}
	if got := nodes.ByEnd(); !reflect.DeepEqual(got.Keys, nodes.Keys) {
		t.Errorf("nodes reordered: %q", got.Keys)
	}
}

// TestEnds checks the nodes each kind's created rows link, the phase it
// is created in, and that a phase's statements link only nodes of earlier
// phases.
func TestEnds(t *testing.T) {
	tests := []struct {
		name, what string
		phase      int
		label      string
		ends       []End
	}{
		{"a node alone", "documents", 0, "Document", nil},
		{"an entity", "Person entities", 0, "Entity", nil},
		{"a node linked to its owner", "name variants", 1, "Variant", []End{{"Entity", "entity", "kg_owner"}}},
		{"a claim linked to its conflict", "claims", 1, "Claim", []End{{"Conflict", "conflict", "kg_owner"}}},
		{"a relationship", "documents using each variant", 2, "",
			[]End{{"Variant", "key", "kg_start"}, {"Document", "document", "kg_end"}}},
		{"a fact", "PLAYS relations", 2, "", []End{{"Entity", "from", "kg_start"}, {"Entity", "to", "kg_end"}}},
	}
	phases := map[string]int{}
	p := Build(sample())
	for _, m := range p.Merges {
		if label, _ := m.Node(); label != "" {
			phases[label] = m.Phase()
		}
	}
	for _, m := range p.Merges {
		for _, e := range m.Ends() {
			if phases[e.Label] >= m.Phase() {
				t.Errorf("%s (phase %d) links %s nodes of phase %d", m.What, m.Phase(), e.Label, phases[e.Label])
			}
			if !strings.Contains(m.Created(), "row."+e.Param) {
				t.Errorf("%s: %q does not read %s", m.What, m.Created(), e.Param)
			}
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range p.Merges {
				if m.What != tt.what {
					continue
				}
				label, _ := m.Node()
				if m.Phase() != tt.phase || label != tt.label || !reflect.DeepEqual(m.Ends(), tt.ends) {
					t.Errorf("phase %d, node %q, ends %v; want %d, %q, %v", m.Phase(), label, m.Ends(), tt.phase, tt.label, tt.ends)
				}
				return
			}
			t.Fatalf("no merge %q", tt.what)
		})
	}
}

// TestEndBatches checks that relationships of one end node stay in one
// batch past the size, and that nodes split as Batches does.
func TestEndBatches(t *testing.T) {
	mention := func(entity, doc string) Row { return Row{{"entity", entity}, {"document", doc}, {"count", int64(1)}} }
	tests := []struct {
		name string
		m    Merge
		size int
		want []int
	}{
		{"cut where the end changes", Merge{Kind: kindMentions, Rows: []Row{
			mention("a", "d1"), mention("b", "d1"), mention("c", "d1"), mention("a", "d2"), mention("b", "d3")}},
			2, []int{3, 2}},
		{"one end per batch at size 1", Merge{Kind: kindMentions, Rows: []Row{
			mention("a", "d1"), mention("b", "d2"), mention("c", "d2")}}, 1, []int{1, 2}},
		{"nodes by size alone", Merge{Kind: kindDocuments, Rows: []Row{{{"id", "a"}}, {{"id", "a"}}, {{"id", "a"}}}},
			2, []int{2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, b := range tt.m.EndBatches(tt.size) {
				got = append(got, len(b))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("batch lengths %v, want %v", got, tt.want)
			}
		})
	}
}

// TestKeyLookup checks the statement that finds nodes by key.
func TestKeyLookup(t *testing.T) {
	want := "UNWIND $keys AS k MATCH (x:Variant {key: k}) RETURN k AS key, elementId(x) AS element"
	if got := KeyLookup("Variant"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
