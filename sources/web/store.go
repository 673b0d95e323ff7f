package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// store keeps fetched pages in a folder: for each address, its bytes
// (KEY.body) and what the server said of them (KEY.json), the entry naming
// the hash of the bytes so that a damaged or mismatched entry is ignored.
type store struct{ dir string }

// entry is what is kept of one page besides its bytes.
type entry struct {
	URL          string    `json:"url"`
	FinalURL     string    `json:"final_url"`
	ContentType  string    `json:"content_type"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
	SHA256       string    `json:"sha256"`
}

// newStore opens the store in dir, which is made when the first page is
// kept; "" keeps nothing.
func newStore(dir string) *store {
	if dir == "" {
		return nil
	}
	return &store{dir}
}

// key is the file name stem of an address's entry.
func key(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:16])
}

// get returns the kept entry and bytes of url, or nil when there is none
// or it does not check out.
func (s *store) get(url string) (*entry, []byte) {
	if s == nil {
		return nil, nil
	}
	meta, err := os.ReadFile(filepath.Join(s.dir, key(url)+".json"))
	if err != nil {
		return nil, nil
	}
	var e entry
	if json.Unmarshal(meta, &e) != nil || e.URL != url {
		return nil, nil
	}
	body, err := os.ReadFile(filepath.Join(s.dir, key(url)+".body"))
	if err != nil {
		return nil, nil
	}
	if sum := sha256.Sum256(body); hex.EncodeToString(sum[:]) != e.SHA256 {
		return nil, nil
	}
	return &e, body
}

// put keeps a page, each file written through a temporary file and a
// rename so that a reader never sees half of one.
func (s *store) put(e entry, body []byte) error {
	if s == nil {
		return nil
	}
	sum := sha256.Sum256(body)
	e.SHA256 = hex.EncodeToString(sum[:])
	meta, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("keep page: %w", err)
	}
	k := key(e.URL)
	if err := s.write(k+".body", body); err != nil {
		return err
	}
	return s.write(k+".json", meta)
}

func (s *store) write(name string, data []byte) error {
	tmp, err := os.CreateTemp(s.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("keep page: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("keep page: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("keep page: %w", err)
	}
	return os.Rename(tmp.Name(), filepath.Join(s.dir, name))
}
