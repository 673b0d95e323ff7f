package neo4j

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kgbuild/kg/graph"
	"github.com/kgbuild/kg/graph/cypherplan"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Import is a graph written as the files of `neo4j-admin database import
// full` (see WriteImport): the bulk path for a first load too large to wait
// for Replace's transactions. The tool builds the database's store files
// directly, offline, without transactions.
type Import struct {
	// Dir is the folder that holds the files.
	Dir string
	// Nodes and Relationships are the paths of the files, for the tool's
	// --nodes and --relationships.
	Nodes, Relationships []string
	// NodeCount and RelationshipCount are how many the files hold.
	NodeCount, RelationshipCount int
	// Multiline says that some value spans lines, which the tool reads
	// only with --multiline-fields=true (and then more slowly).
	Multiline bool
	// Longest is the length in bytes of the longest field: the tool's
	// read buffer must hold it (an entity's list of merges can weigh
	// megabytes).
	Longest int
}

// importReadBuffer is the tool's default --read-buffer-size (4 MiB), which
// must hold the longest value of the files; Args asks for more when a value
// needs it.
const importReadBuffer = 4 << 20

// ImportArrayDelimiter separates the elements of list properties in
// import files, as the tool's --array-delimiter: U+001F (cypherplan.Sep),
// which no text holds, where the tool's default ';' occurs in sentences.
const ImportArrayDelimiter = "U+001F"

// importGeneration is the generation an imported graph is stored as: that
// of a first write into an empty database, whose elements it marks kg_new.
const importGeneration = 1

// Marks of an import not yet finished (see finishImport): the tool cannot
// write an empty list, nor a list of one empty string (both are an empty
// field, which it leaves unset), so such a property is left unset and its
// name listed in kg_empty or kg_blank of its element; kg_import on the
// lock node says that some may be left.
const (
	markEmpty  = "kg_empty"
	markBlank  = "kg_blank"
	markImport = "kg_import"
)

// WriteImport writes g into dir (made if missing) as the node and
// relationship files of `neo4j-admin database import full`, after the
// checks Replace makes. The files hold the nodes, labels, properties and
// relationships a first Replace of g writes, the lock node with the
// generation it stores (1), and its kg_new marks. What the tool cannot
// write (the schema, empty lists) the first Open of the imported database
// adds (see finishImport). Args gives the tool's arguments.
func WriteImport(dir string, g *graph.Graph) (Import, error) {
	if err := validate(g); err != nil {
		return Import{}, fmt.Errorf("neo4j import files: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Import{}, fmt.Errorf("neo4j import files: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Import{}, fmt.Errorf("neo4j import files: %w", err)
	}
	im := Import{Dir: abs}
	lock := cypherplan.ImportTable{File: "kglock.csv",
		Columns: []string{"id:ID(KgLock)", ":LABEL", "generation:long", markImport + ":boolean"},
		Rows:    [][]any{{lockNodeID, []string{"KgLock"}, int64(importGeneration), true}}}
	for _, t := range append(cypherplan.ImportTables(g, importGeneration), lock) {
		path := filepath.Join(abs, t.File)
		multiline, longest, err := writeTable(path, t)
		im.Multiline = im.Multiline || multiline
		im.Longest = max(im.Longest, longest)
		if err != nil {
			return Import{}, fmt.Errorf("neo4j import files: write %s: %w", path, err)
		}
		if t.Relationships {
			im.Relationships = append(im.Relationships, path)
			im.RelationshipCount += len(t.Rows)
		} else {
			im.Nodes = append(im.Nodes, path)
			im.NodeCount += len(t.Rows)
		}
	}
	return im, nil
}

// Args returns the arguments of neo4j-admin that import the files into
// database, which they replace (--overwrite-destination): the server must
// be stopped, or the database.
func (im Import) Args(database string) []string {
	args := []string{"database", "import", "full", database, "--overwrite-destination",
		"--array-delimiter=" + ImportArrayDelimiter}
	if im.Multiline {
		args = append(args, "--multiline-fields=true")
	}
	if need := im.Longest + 64<<10; need > importReadBuffer {
		args = append(args, fmt.Sprintf("--read-buffer-size=%dm", (need+1<<20-1)>>20))
	}
	for _, f := range im.Nodes {
		args = append(args, "--nodes="+f)
	}
	for _, f := range im.Relationships {
		args = append(args, "--relationships="+f)
	}
	return args
}

// writeTable writes one table as CSV: every string quoted (an empty field
// is an unset property, "" an empty string), lists joined by cypherplan.Sep.
// A table with list columns gets the two mark columns. It reports whether
// a value spans lines, and the length of the longest field.
func writeTable(path string, t cypherplan.ImportTable) (multiline bool, longest int, err error) {
	f, err := os.Create(path)
	if err != nil {
		return false, 0, err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	lists := map[int]string{} // column index → property name, for the marks
	for i, c := range t.Columns {
		if name, typ, _ := strings.Cut(c, ":"); strings.HasSuffix(typ, "[]") && name != "" {
			lists[i] = name
		}
	}
	cols := t.Columns
	if len(lists) > 0 {
		cols = append(cols[:len(cols):len(cols)], markEmpty+":string[]", markBlank+":string[]")
	}
	w.WriteString(strings.Join(cols, ",") + "\n")
	for n, row := range t.Rows {
		var empty, blank []string
		for i, v := range row {
			field, kind, err := importField(v)
			if err != nil {
				return false, 0, fmt.Errorf("row %d (%v), %s: %w", n+1, row[0], t.Columns[i], err)
			}
			multiline = multiline || strings.ContainsAny(field, "\r\n")
			longest = max(longest, len(field))
			switch kind {
			case listEmpty:
				empty = append(empty, lists[i])
			case listBlank:
				blank = append(blank, lists[i])
			}
			if i > 0 {
				w.WriteByte(',')
			}
			w.WriteString(field)
		}
		if len(lists) > 0 {
			w.WriteString("," + quoteList(empty) + "," + quoteList(blank))
		}
		w.WriteByte('\n')
	}
	return multiline, longest, w.Flush()
}

// What importField found in a list the tool cannot write: an empty list,
// or a list of one empty string.
const (
	listFine = iota
	listEmpty
	listBlank
)

// importField encodes one value as a CSV field of the import tool.
func importField(v any) (string, int, error) {
	switch x := v.(type) {
	case nil:
		return "", listFine, nil
	case string:
		return quote(x), listFine, nil
	case []string:
		for _, s := range x {
			if strings.Contains(s, cypherplan.Sep) {
				return "", 0, fmt.Errorf("%q holds U+001F, which separates list elements in import files", s)
			}
		}
		switch {
		case len(x) == 0:
			return "", listEmpty, nil
		case len(x) == 1 && x[0] == "":
			return "", listBlank, nil
		}
		return quote(strings.Join(x, cypherplan.Sep)), listFine, nil
	case int64:
		return strconv.FormatInt(x, 10), listFine, nil
	case []int64:
		return joined(x, func(n int64) string { return strconv.FormatInt(n, 10) })
	case []bool:
		return joined(x, strconv.FormatBool)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "", 0, fmt.Errorf("%v is not a number the import tool reads", x)
		}
		return strconv.FormatFloat(x, 'g', -1, 64), listFine, nil
	case bool:
		return strconv.FormatBool(x), listFine, nil
	}
	return "", 0, fmt.Errorf("a value of type %T", v)
}

func joined[T any](xs []T, format func(T) string) (string, int, error) {
	if len(xs) == 0 {
		return "", listEmpty, nil
	}
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = format(x)
	}
	return strings.Join(parts, cypherplan.Sep), listFine, nil
}

func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func quoteList(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return quote(strings.Join(names, cypherplan.Sep))
}

// Statements that finish an import: one sets the lists the files could not
// hold on nodes, one on relationships, each in transactions of $batch
// elements of one scan; then the lock node loses its mark.
const (
	readImportMark = `MATCH (l:KgLock {id: $id}) RETURN l.kg_import = true AS pending`
	clearImport    = `MATCH (l:KgLock {id: $id}) REMOVE l.kg_import`
	setLists       = ` WHERE x.kg_empty IS NOT NULL OR x.kg_blank IS NOT NULL
CALL (x) {
  FOREACH (k IN coalesce(x.kg_empty, []) | SET x[k] = [])
  FOREACH (k IN coalesce(x.kg_blank, []) | SET x[k] = [''])
  REMOVE x.kg_empty, x.kg_blank
} IN TRANSACTIONS OF $batch ROWS`
)

var finishStatements = []string{"MATCH (x)" + setLists, "MATCH ()-[x]->()" + setLists}

// importWait bounds how long Open waits for another process finishing the
// same import.
const importWait = 30 * time.Minute

// finishImport completes a database that neo4j-admin imported from
// WriteImport's files, when its lock node says it is not yet complete: it
// sets the lists the files could not hold and clears the mark. It runs
// under the writer lease, so that of two processes opening the new
// database the second waits for the first; readers open before they read,
// so none reads an unfinished import. A complete database costs one
// lookup of the lock node.
func (s *Store) finishImport(ctx context.Context) error {
	pending := func() (bool, error) {
		res, err := driver.ExecuteQuery(ctx, s.drv, readImportMark, map[string]any{"id": lockNodeID},
			driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(s.db))
		if err != nil || len(res.Records) == 0 {
			return false, err
		}
		v, _ := res.Records[0].Get("pending")
		return v == true, nil
	}
	if p, err := pending(); err != nil || !p {
		return err
	}
	unlock, err := s.Lock(ctx, "kg (finishing an import)", importWait)
	if err != nil {
		return err
	}
	defer unlock(context.WithoutCancel(ctx))
	if p, err := pending(); err != nil || !p {
		return err
	}
	sess := s.session(ctx, driver.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, stmt := range finishStatements {
		res, err := sess.Run(ctx, stmt, map[string]any{"batch": int64(s.batch)})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return err
		}
	}
	_, err = s.inTx(ctx, func(tx runner) (any, error) {
		return nil, run(ctx, tx, clearImport, map[string]any{"id": lockNodeID})
	})
	return err
}
