package sources

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ManifestName is the optional file in a source folder that gives each
// document's title, kind and date: tab-separated columns file, title, kind,
// date, '#' for comments. It is read, not ingested.
const ManifestName = "manifest.tsv"

type manifestEntry struct{ Title, Kind, Date string }

// readManifest reads the manifest of folder dir, keyed by the path of
// each file it names (dir joined with the name), so that each folder's
// manifest speaks only for its own files.
func readManifest(dir string) (map[string]manifestEntry, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return nil, err
	}
	m := map[string]manifestEntry{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: want file, title, kind[, date] separated by tabs", i+1)
		}
		e := manifestEntry{Title: cols[1], Kind: cols[2]}
		if len(cols) > 3 {
			e.Date = cols[3]
		}
		m[filepath.Join(dir, cols[0])] = e
	}
	return m, nil
}

// apply sets what the manifest says on d; empty columns keep the guess.
func (m manifestEntry) apply(d *Document) {
	if m.Title != "" {
		d.Title = m.Title
	}
	if m.Kind != "" {
		d.Kind = m.Kind
	}
	if m.Date != "" {
		d.Date = m.Date
	}
}
