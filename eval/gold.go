package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgbuild/kg/graph"
)

// File names of the two gold files inside a gold directory.
const (
	EntitiesFile  = "entities.tsv"
	RelationsFile = "relations.tsv"
)

// Gold is a corpus's gold annotations: the entities a perfect run would
// find and the relations between them. Entities and Relations keep the
// order of the files, which is also the order reports use to break ties.
type Gold struct {
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// GoldEntity is one line of entities.tsv. Optional entities (the '~Type'
// comparison works) are parsed so that a prediction that finds them is
// neither rewarded nor penalised.
type GoldEntity struct {
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Optional bool     `json:"optional,omitempty"`
	Line     int      `json:"line"`
}

// Forms returns the entity's surface forms, canonical name first, as
// written in the gold file.
func (e GoldEntity) Forms() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// GoldRelation is one line of relations.tsv; Subject and Object are
// canonical names of Gold.Entities. Optional relations (the '# ~' borderline
// lines, and any relation touching an optional entity) are neither rewarded
// nor penalised. Detail is the free fourth column (the family word of
// RELATIVE_OF); it is shown in reports but not scored.
type GoldRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Detail    string `json:"detail,omitempty"`
	Optional  bool   `json:"optional,omitempty"`
	Line      int    `json:"line"`
}

// ParseError is a problem at one line of a gold file. LoadGold collects
// them all, so that an annotator fixes a file in one pass.
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message", the form editors jump to.
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// LoadGold reads entities.tsv and relations.tsv from dir. Every problem
// found is reported, each with its file and line; a Gold is returned only
// when there is none.
func LoadGold(dir string) (*Gold, error) {
	ef, err := os.Open(filepath.Join(dir, EntitiesFile))
	if err != nil {
		return nil, fmt.Errorf("load gold %s: %w", dir, err)
	}
	defer ef.Close()
	rf, err := os.Open(filepath.Join(dir, RelationsFile))
	if err != nil {
		return nil, fmt.Errorf("load gold %s: %w", dir, err)
	}
	defer rf.Close()
	g, err := ParseGold(ef, rf)
	if err != nil {
		return nil, fmt.Errorf("load gold %s: %w", dir, err)
	}
	return g, nil
}

// ParseGold reads gold annotations from the contents of entities.tsv and
// relations.tsv. It is LoadGold without the file system, for tests and for
// gold kept elsewhere; errors name the files by their standard names.
func ParseGold(entities, relations io.Reader) (*Gold, error) {
	g := &Gold{}
	var errs []error
	byName := map[string]int{} // folded canonical name -> index
	err := scanLines(entities, func(n int, line string) {
		e, ok, msg := parseEntity(line)
		if msg != "" {
			errs = append(errs, &ParseError{EntitiesFile, n, msg})
			return
		}
		if !ok {
			return
		}
		e.Line = n
		key := Fold(e.Name)
		if i, dup := byName[key]; dup {
			errs = append(errs, &ParseError{EntitiesFile, n,
				fmt.Sprintf("canonical name %q already used at line %d", e.Name, g.Entities[i].Line)})
			return
		}
		byName[key] = len(g.Entities)
		g.Entities = append(g.Entities, e)
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", EntitiesFile, err)
	}
	err = scanLines(relations, func(n int, line string) {
		r, ok, msg := parseRelation(line)
		if msg == "" && ok {
			msg = g.resolve(&r, byName)
		}
		if msg != "" {
			errs = append(errs, &ParseError{RelationsFile, n, msg})
			return
		}
		if !ok {
			return
		}
		r.Line = n
		g.Relations = append(g.Relations, r)
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", RelationsFile, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return g, nil
}

// scanLines calls fn with each line (1-based number, trailing CR and a
// leading byte-order mark removed).
func scanLines(r io.Reader, fn func(n int, line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		fn(n, line)
	}
	return sc.Err()
}

// optionalRecord reports whether line is an optional record: '~' before
// the first field, either as is or commented out ('# ~'). It returns the
// line without those marks.
func optionalRecord(line string) (string, bool) {
	rest := line
	if strings.HasPrefix(rest, "#") {
		rest = strings.TrimLeft(rest[1:], " ")
	}
	if strings.HasPrefix(rest, "~") {
		return strings.TrimLeft(rest[1:], " "), true
	}
	return line, false
}

// splitFields splits a record on tabs, trimming spaces around each field
// and dropping empty trailing fields (entities without aliases end in a
// tab).
func splitFields(line string) []string {
	f := strings.Split(line, "\t")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	for len(f) > 0 && f[len(f)-1] == "" {
		f = f[:len(f)-1]
	}
	return f
}

// parseEntity parses one line of entities.tsv. ok is false for blank and
// comment lines; msg is non-empty when the line is a malformed record.
func parseEntity(line string) (e GoldEntity, ok bool, msg string) {
	if strings.TrimSpace(line) == "" {
		return e, false, ""
	}
	rec, optional := optionalRecord(line)
	if !optional && strings.HasPrefix(line, "#") {
		return e, false, ""
	}
	f := splitFields(rec)
	if len(f) < 2 || len(f) > 3 {
		return e, false, fmt.Sprintf("want 2 or 3 tab-separated fields (type, canonical, aliases), got %d", len(f))
	}
	if !graph.ValidType(f[0]) {
		return e, false, fmt.Sprintf("unknown entity type %q (want one of %s)", f[0], strings.Join(graph.EntityTypes, ", "))
	}
	if f[1] == "" {
		return e, false, "empty canonical name"
	}
	e = GoldEntity{Type: f[0], Name: f[1], Optional: optional}
	if len(f) == 3 {
		for _, a := range strings.Split(f[2], "|") {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	return e, true, ""
}

// parseRelation parses one line of relations.tsv, leaving names
// unresolved. ok and msg are as for parseEntity.
func parseRelation(line string) (r GoldRelation, ok bool, msg string) {
	if strings.TrimSpace(line) == "" {
		return r, false, ""
	}
	rec, optional := optionalRecord(line)
	if !optional && strings.HasPrefix(line, "#") {
		return r, false, ""
	}
	f := splitFields(rec)
	if len(f) < 3 || len(f) > 4 {
		return r, false, fmt.Sprintf("want 3 or 4 tab-separated fields (subject, predicate, object, detail), got %d", len(f))
	}
	if !graph.ValidPredicate(f[1]) {
		return r, false, fmt.Sprintf("unknown predicate %q", f[1])
	}
	if f[0] == "" || f[2] == "" {
		return r, false, "empty subject or object"
	}
	r = GoldRelation{Subject: f[0], Predicate: f[1], Object: f[2], Optional: optional}
	if len(f) == 4 {
		r.Detail = f[3]
	}
	return r, true, ""
}

// signatures gives the subject and object types of each predicate, as
// GOLD-FORMAT.md lists them; a gold relation that breaks its signature is
// an annotation mistake.
var signatures = map[string][2]string{
	"PLAYS":                 {graph.Person, graph.Character},
	"STARS_IN":              {graph.Person, graph.Series},
	"CREATED":               {graph.Person, graph.Series},
	"SHOWRUNNER_OF":         {graph.Person, graph.Series},
	"EXECUTIVE_PRODUCER_OF": {graph.Person, graph.Series},
	"DIRECTED":              {graph.Person, graph.Series},
	"WROTE":                 {graph.Person, graph.Book},
	"PRODUCED_BY":           {graph.Series, graph.Organization},
	"AIRS_ON":               {graph.Series, graph.Organization},
	"BASED_ON":              {graph.Series, graph.Book},
	"SPINOFF_OF":            {graph.Series, graph.Series},
	"APPEARS_IN":            {graph.Character, graph.Series},
	"SET_IN":                {graph.Series, graph.Place},
	"MEMBER_OF":             {graph.Character, graph.Organization},
	"RELATIVE_OF":           {graph.Character, graph.Character},
	"ROMANTIC_PARTNER_OF":   {graph.Character, graph.Character},
	"PARTNER_OF":            {graph.Character, graph.Character},
	"KILLED":                {graph.Character, graph.Character},
}

// resolve finds the entities r names (by folded canonical name) and checks
// the predicate's signature. A relation touching an optional entity becomes
// optional itself. It returns a message when r is wrong.
func (g *Gold) resolve(r *GoldRelation, byName map[string]int) string {
	s, ok := byName[Fold(r.Subject)]
	if !ok {
		return fmt.Sprintf("subject %q is not a canonical name of %s", r.Subject, EntitiesFile)
	}
	o, ok := byName[Fold(r.Object)]
	if !ok {
		return fmt.Sprintf("object %q is not a canonical name of %s", r.Object, EntitiesFile)
	}
	if s == o {
		return fmt.Sprintf("%s relates %q to itself", r.Predicate, r.Subject)
	}
	sig := signatures[r.Predicate]
	if st, ot := g.Entities[s].Type, g.Entities[o].Type; st != sig[0] || ot != sig[1] {
		return fmt.Sprintf("%s wants %s -> %s, got %s %q -> %s %q",
			r.Predicate, sig[0], sig[1], st, r.Subject, ot, r.Object)
	}
	if g.Entities[s].Optional || g.Entities[o].Optional {
		r.Optional = true
	}
	return ""
}
