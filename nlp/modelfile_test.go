package nlp

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestModelFile checks that the models read from the model file are those
// built from prose's assets, that a process keeping them in a folder
// writes the file and the next one reads it, and that a file damaged or
// written for other models is not used.
func TestModelFile(t *testing.T) {
	pos, err := loadPerceptron()
	if err != nil {
		t.Fatal(err)
	}
	ner, err := loadMaxent()
	if err != nil {
		t.Fatal(err)
	}
	data := encodeModels(pos, ner, "v1")
	gotPos, gotNer, err := decodeModels(data, "v1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotPos, pos) {
		t.Error("the tagger read from the model file is not the one built from prose's assets")
	}
	if !reflect.DeepEqual(gotNer, ner) {
		t.Error("the entity classifier read from the model file is not the one built from prose's assets")
	}
	damaged := []struct {
		name string
		data []byte
		key  string
	}{
		{"other models", data, "v2"},
		{"cut short", data[:len(data)-100], "v1"},
		{"a byte changed", func() []byte { b := append([]byte(nil), data...); b[len(b)/2] ^= 4; return b }(), "v1"},
		{"empty", nil, "v1"},
	}
	for _, tt := range damaged {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := decodeModels(tt.data, tt.key); err == nil {
				t.Error("decoded without error")
			}
		})
	}
	t.Run("kept in a folder", func(t *testing.T) {
		dir := t.TempDir()
		oldDir, oldKey := modelDir, modelKey
		modelDir, modelKey = dir, "v1"
		defer func() { modelDir, modelKey = oldDir, oldKey }()
		stale := filepath.Join(dir, "models-00000000.bin")
		if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := loadModels(); err != nil {
			t.Fatal(err)
		}
		written, err := os.ReadFile(modelFile(dir, "v1"))
		if err != nil {
			t.Fatalf("no model file written: %v", err)
		}
		if _, err := os.Stat(stale); err == nil {
			t.Error("the model file of other models is still there")
		}
		wantPos, wantNer, err := decodeModels(written, "v1")
		if err != nil {
			t.Fatalf("the model file written does not decode: %v", err)
		}
		// A tagger's rows are in the order of prose's gob maps, which each
		// build draws anew: the second process must read the first's.
		gotPos, gotNer, err := loadModels()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gotPos, wantPos) || !reflect.DeepEqual(gotNer, wantNer) {
			t.Error("the models loaded from the folder are not those written there")
		}
		if !reflect.DeepEqual(gotNer, ner) {
			t.Error("the entity classifier loaded from the folder is not the one built from prose's assets")
		}
	})
}
