package sources

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walker finds the files under the folders given: every folder below, in
// name order, except hidden ones (a name starting with a dot, such as .git
// or .kg), and the manifests, which it reads. A symbolic link is followed
// when it points inside one of the paths given (or when the user asked to
// follow every link), so that a corpus cannot pull in /etc/passwd unseen.
type walker struct {
	c      *collector
	roots  []string        // the real paths of everything given
	inDirs map[string]bool // real paths of the folders entered, against link loops
	skip   map[string]bool // real paths of the folders not to read (Loader.Skip)
}

// inside reports whether the real path p is one of the roots or below one.
func (w *walker) inside(p string) bool {
	for _, r := range w.roots {
		if p == r || strings.HasPrefix(p, r+string(filepath.Separator)) || r == string(filepath.Separator) {
			return true
		}
	}
	return false
}

// walk adds the files under root, reporting a folder that holds none.
func (w *walker) walk(root string) {
	if w.dir(root, root) == 0 {
		w.c.probs.Add(root, errors.New("folder holds no documents"))
	}
}

// dir adds the files of folder dir (below root) and of its subfolders,
// returning how many.
func (w *walker) dir(root, dir string) int {
	real := realRoot(dir)
	if w.inDirs[real] || w.skip[real] {
		return 0
	}
	w.inDirs[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.c.probs.Add(dir, describe(err))
		return 0
	}
	w.c.manifest(dir, true)
	n := 0
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || name == ManifestName {
			continue
		}
		p := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			var ok bool
			if isDir, ok = w.link(p); !ok {
				continue
			}
		}
		if isDir {
			n += w.dir(root, p)
			continue
		}
		w.c.addFile(p, relID(root, p), false)
		n++
	}
	return n
}

// link decides on the symbolic link p: whether to follow it, and whether
// it leads to a folder. A link that leads nowhere, or outside the paths
// given without --follow-symlinks, is reported and not followed.
func (w *walker) link(p string) (isDir, follow bool) {
	abs, err := filepath.Abs(p)
	if err != nil {
		w.c.probs.Add(p, err)
		return false, false
	}
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		w.c.probs.Add(p, describe(err))
		return false, false
	}
	if !w.c.loader.FollowSymlinks && !w.inside(target) {
		w.c.probs.Add(p, fmt.Errorf("symbolic link to %s, outside the paths given: not followed (--follow-symlinks follows it)", DisplayPath(target)))
		return false, false
	}
	info, err := os.Stat(target)
	if err != nil {
		w.c.probs.Add(p, describe(err))
		return false, false
	}
	return info.IsDir(), true
}

// relID is the document id of a file found under root: its path below
// root without the extension, with forward slashes ("2024/notes"); a file
// directly in root keeps its name alone, as ids always were.
func relID(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return fileID(p)
	}
	rel = filepath.ToSlash(rel)
	return strings.TrimSuffix(rel, filepath.Ext(rel))
}

// realRoot is the real path of an input, for deciding which links stay
// inside what was given; the path itself when it cannot be resolved.
func realRoot(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		return real
	}
	return p
}
