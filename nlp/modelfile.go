package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/kgbuild/kg/internal/binread"
)

// The tagger's and the entity classifier's tables are kept in a file of
// their own once built (see KeepModelsIn): building them from prose's
// assets means unzipping them, decoding gob maps of maps and splitting
// every key into its feature and value, about 0.4 s of processor time,
// a tenth of a re-ingest of one edited document, whose one parse needs
// the models. Read from the file, the tables are made directly.

// modelFileMagic opens a model file: its layout and version.
const modelFileMagic = "kg-models-1\n"

var (
	modelDirMu sync.Mutex
	modelDir   string // where the model file is kept; "" for nowhere
	// modelKey names the models the file holds: prose's version as the
	// binary was built with it; "" (no file) when it cannot be told.
	modelKey = proseVersion()
)

// KeepModelsIn keeps the models' tables in dir, so that the next process
// that needs them reads them instead of building them from prose's
// assets. Only the first call of a process counts, and only before the
// models are built.
func KeepModelsIn(dir string) {
	modelDirMu.Lock()
	defer modelDirMu.Unlock()
	if modelDir == "" {
		modelDir = dir
	}
}

// proseVersion is prose's module version and sum in the binary's build
// information, or "" when the binary has none (a test binary).
func proseVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, d := range bi.Deps {
		if d.Path != "github.com/jdkato/prose/v2" {
			continue
		}
		if d.Replace != nil {
			d = d.Replace
		}
		if d.Sum == "" {
			return "" // a local copy may change without its version
		}
		return d.Version + " " + d.Sum
	}
	return ""
}

// modelFile is the path of the model file for key in dir.
func modelFile(dir, key string) string {
	sum := binread.Checksum([]byte(modelFileMagic + key))
	return filepath.Join(dir, fmt.Sprintf("models-%08x.bin", sum))
}

// loadModels builds the tagger and the classifier: from the model file
// when there is a sound one, else from prose's assets, then writing the
// file for the next process.
func loadModels() (*perceptron, *maxent, error) {
	modelDirMu.Lock()
	dir := modelDir
	modelDirMu.Unlock()
	if dir != "" && modelKey != "" {
		if data, err := os.ReadFile(modelFile(dir, modelKey)); err == nil {
			if pos, ner, err := decodeModels(data, modelKey); err == nil {
				return pos, ner, nil
			}
		}
	}
	var pos *perceptron
	var ner *maxent
	var posErr, nerErr error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); pos, posErr = loadPerceptron() }()
	go func() { defer wg.Done(); ner, nerErr = loadMaxent() }()
	wg.Wait()
	if err := errors.Join(posErr, nerErr); err != nil {
		return nil, nil, err
	}
	if dir != "" && modelKey != "" {
		writeModelFile(modelFile(dir, modelKey), encodeModels(pos, ner, modelKey))
	}
	return pos, ner, nil
}

// writeModelFile writes data to path through a temporary file, and
// removes the model files of other versions; a failure only costs the
// next process the build.
func writeModelFile(path string, data []byte) {
	// Named as the parse cache names its temporary files, which it removes
	// once their process is gone.
	tmp, err := os.CreateTemp(filepath.Dir(path), fmt.Sprintf(".tmp-%d-models-*", os.Getpid()))
	if err != nil {
		return
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		return
	}
	old, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "models-*.bin"))
	for _, o := range old {
		if o != path {
			os.Remove(o)
		}
	}
}

// encodeModels lays out the model file: the magic, the key, the tagger
// (classes, words with one tag, each feature's table), the classifier
// (labels, each feature's table, a row as its nonzero weights), and a
// checksum of all before it. Strings and counts are uvarints, weights
// their bits.
func encodeModels(pos *perceptron, ner *maxent, key string) []byte {
	w := modelWriter{b: make([]byte, 0, 8<<20)}
	w.b = append(w.b, modelFileMagic...)
	w.str(key)
	w.strs(pos.classes)
	w.uint(len(pos.tagMap))
	for word, tag := range pos.tagMap {
		w.str(word)
		w.str(tag)
	}
	for _, t := range pos.tables {
		w.uint(len(t))
		for value, row := range t {
			w.str(value)
			w.uint(len(row))
			for _, cw := range row {
				w.uint(cw.class)
				w.float(cw.w)
			}
		}
	}
	w.strs(ner.labels)
	for _, t := range ner.tables {
		w.uint(len(t))
		for value, row := range t {
			w.str(value)
			n := 0
			for _, v := range row {
				if math.Float64bits(v) != 0 {
					n++
				}
			}
			w.uint(n)
			for li, v := range row {
				if math.Float64bits(v) != 0 {
					w.uint(li)
					w.float(v)
				}
			}
		}
	}
	return binread.Seal(w.b)
}

type modelWriter struct{ b []byte }

func (w *modelWriter) uint(n int) { w.b = binary.AppendUvarint(w.b, uint64(n)) }
func (w *modelWriter) str(s string) {
	w.uint(len(s))
	w.b = append(w.b, s...)
}
func (w *modelWriter) float(v float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v))
}
func (w *modelWriter) strs(ss []string) {
	w.uint(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}

// errModelFile is returned for a model file that cannot be used.
var errModelFile = errors.New("model file damaged or of other models")

// decodeModels reads what encodeModels wrote for key. The strings are
// slices of one copy of the file's text.
func decodeModels(data []byte, key string) (*perceptron, *maxent, error) {
	br, ok := binread.Open(data, modelFileMagic)
	if !ok {
		return nil, nil, errModelFile
	}
	r := modelReader{br}
	if r.Str() != key {
		return nil, nil, errModelFile
	}
	pos := &perceptron{classes: r.strs(), tagMap: map[string]string{}}
	for range r.Count() {
		word := r.Str()
		pos.tagMap[word] = r.Str()
	}
	for f := range pos.tables {
		nv := r.Count()
		pos.tables[f] = make(map[string][]classWeight, nv)
		for range nv {
			value := r.Str()
			row := make([]classWeight, r.Count())
			for i := range row {
				row[i] = classWeight{class: r.index(len(pos.classes)), w: r.Float64()}
			}
			pos.tables[f][value] = row
		}
	}
	ner := &maxent{labels: r.strs()}
	for f := range ner.tables {
		nv := r.Count()
		ner.tables[f] = make(wtable, nv)
		rows := make([]float64, nv*len(ner.labels)) // one array for the table's rows
		for k := range nv {
			value := r.Str()
			row := rows[k*len(ner.labels) : (k+1)*len(ner.labels) : (k+1)*len(ner.labels)]
			for range r.Count() {
				li := r.index(len(row))
				row[li] = r.Float64()
			}
			ner.tables[f][value] = row
		}
	}
	if r.Bad() || r.Len() != 0 {
		return nil, nil, errModelFile
	}
	pos.index()
	ner.index()
	return pos, ner, nil
}

// modelReader reads a model file's fields; Bad once the data runs short
// or says what cannot be.
type modelReader struct{ *binread.Reader }

// index reads an index below n.
func (r modelReader) index(n int) int {
	i := r.Uint()
	if i >= uint64(n) {
		r.Fail()
		return 0
	}
	return int(i)
}

func (r modelReader) strs() []string {
	out := make([]string, r.Count())
	for i := range out {
		out[i] = r.Str()
	}
	return out
}
