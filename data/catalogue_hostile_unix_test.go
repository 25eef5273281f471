//go:build unix

package data_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// TestCuratedFilesInAHostileFolder builds each case in a folder of its
// own and checks that the load neither hangs nor fails: the bad curated
// file is named with its reason, and the shipped names still load.
func TestCuratedFilesInAHostileFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "elsewhere.toml")
	if err := os.WriteFile(outside, []byte("[[storyline]]\nid = \"x\"\ntitle = \"X\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		make  func(dir string) error
		want  string // in the problem; "" for none
		wantC bool   // the catalogue is used
	}{
		{"fifo", func(dir string) error { return syscall.Mkfifo(filepath.Join(dir, "catalogue.toml"), 0o644) }, "not a regular file", false},
		{"folder", func(dir string) error { return os.Mkdir(filepath.Join(dir, "catalogue.toml"), 0o755) }, "not a regular file", false},
		{"link to a device", func(dir string) error { return os.Symlink("/dev/zero", filepath.Join(dir, "catalogue.toml")) }, "outside the folder", false},
		{"link out of the folder", func(dir string) error { return os.Symlink(outside, filepath.Join(dir, "catalogue.toml")) }, "outside the folder", false},
		{"link up and out", func(dir string) error { return os.Symlink("../elsewhere.toml", filepath.Join(dir, "catalogue.toml")) }, "outside the folder", false},
		{"link inside the folder", func(dir string) error {
			if err := os.WriteFile(filepath.Join(dir, "shared.toml"), []byte("[[storyline]]\nid = \"x\"\ntitle = \"X\"\n"), 0o644); err != nil {
				return err
			}
			return os.Symlink("shared.toml", filepath.Join(dir, "catalogue.toml"))
		}, "no [[event]]", true},
		{"huge", func(dir string) error {
			f, err := os.Create(filepath.Join(dir, "names.toml"))
			if err != nil {
				return err
			}
			defer f.Close()
			return f.Truncate(64 << 20)
		}, "more than a curated file can be", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := tc.make(dir); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			type result struct {
				cur data.Curated
				err error
			}
			done := make(chan result, 1)
			go func() {
				cur, err := data.LoadCurated(os.DirFS(dir))
				done <- result{cur, err}
			}()
			var r result
			select {
			case r = <-done:
			case <-ctx.Done():
				t.Fatal("LoadCurated hangs")
			}
			if r.err != nil {
				t.Fatalf("the load failed: %v", r.err)
			}
			if len(r.cur.Names) < 300 {
				t.Errorf("%d names: the shipped ones must load", len(r.cur.Names))
			}
			if (r.cur.Catalogue != nil) != tc.wantC {
				t.Errorf("catalogue used: %v", r.cur.Catalogue != nil)
			}
			var all []string
			for _, p := range r.cur.Problems {
				all = append(all, p.Error)
			}
			if joined := strings.Join(all, "\n"); !strings.Contains(joined, tc.want) {
				t.Errorf("problems %q lack %q", joined, tc.want)
			}
		})
	}
}
