//go:build unix

package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// goodArticle is a plain article every hostile folder also holds, to show
// that the rest still loads.
const goodArticle = " date 2022-01-11 De Kazachse president heeft dinsdag in Astana een nieuwe regering benoemd, meldde het staatspersbureau.\n"

// loadWithin loads the folder dir through src, failing the test when the
// load has not finished before the deadline: a hang is a failure, not a
// test that never ends.
func loadWithin(t *testing.T, src Source, deadline time.Duration) *data.Corpus {
	t.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	type result struct {
		c   *data.Corpus
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := src.Load(ctx, cur, nil)
		done <- result{c, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("Load: %v", r.err)
		}
		return r.c
	case <-ctx.Done():
		t.Fatalf("the load did not finish within %v: it hangs", deadline)
		return nil
	}
}

// hostileFolder makes a folder with good.txt and whatever setup adds.
func hostileFolder(t *testing.T, setup func(t *testing.T, dir string)) string {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), goodArticle)
	setup(t, dir)
	return dir
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

func TestHostileFolders(t *testing.T) {
	outside := t.TempDir()
	write(t, filepath.Join(outside, "secret.txt"), "root:x:0:0:root:/root:/bin/bash is not an article, and lies outside the corpus.\n")
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		// wantProblems maps a listed path to a part of its reason.
		wantProblems map[string]string
		wantArticles []string // IDs besides good
	}{
		{"FIFO named like an article", func(t *testing.T, dir string) {
			if err := syscall.Mkfifo(filepath.Join(dir, "a.txt"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, map[string]string{"a.txt": "named pipe"}, nil},
		{"link to the terminal", func(t *testing.T, dir string) { symlink(t, "/dev/stdin", filepath.Join(dir, "stdin.txt")) },
			map[string]string{"stdin.txt": "outside the corpus folder"}, nil},
		{"link to an endless device", func(t *testing.T, dir string) { symlink(t, "/dev/zero", filepath.Join(dir, "zero.txt")) },
			map[string]string{"zero.txt": "outside the corpus folder"}, nil},
		{"link out of the folder, absolute", func(t *testing.T, dir string) {
			symlink(t, filepath.Join(outside, "secret.txt"), filepath.Join(dir, "x.txt"))
		}, map[string]string{"x.txt": "outside the corpus folder"}, nil},
		{"link out of the folder, relative", func(t *testing.T, dir string) {
			rel, err := filepath.Rel(filepath.Join(dir, "sub"), filepath.Join(outside, "secret.txt"))
			if err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(dir, "sub", "z.txt"), goodArticle)
			symlink(t, rel, filepath.Join(dir, "sub", "y.txt"))
		}, map[string]string{"sub/y.txt": "out of the corpus folder"}, []string{"z"}},
		{"link into a linked folder that leaves", func(t *testing.T, dir string) {
			symlink(t, outside, filepath.Join(dir, "away"))
			symlink(t, "away/secret.txt", filepath.Join(dir, "z.txt"))
		}, map[string]string{"away": "outside the corpus folder", "z.txt": "outside the corpus folder"}, nil},
		{"link inside the folder is followed", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "texts", "real.txt"), "De president van Kazachstan sprak woensdag in Almaty over de onrust van de afgelopen week.\n")
			symlink(t, "texts/real.txt", filepath.Join(dir, "alias.txt"))
		}, nil, []string{"alias", "real"}},
		{"linked folder inside is named, read where it lies", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "texts", "real.txt"), "De president van Kazachstan sprak woensdag in Almaty over de onrust van de afgelopen week.\n")
			symlink(t, "texts", filepath.Join(dir, "mirror"))
		}, map[string]string{"mirror": "link to the folder texts"}, []string{"real"}},
		{"link loop", func(t *testing.T, dir string) {
			symlink(t, "loop2.txt", filepath.Join(dir, "loop1.txt"))
			symlink(t, "loop1.txt", filepath.Join(dir, "loop2.txt"))
		}, map[string]string{"loop1.txt": "loop", "loop2.txt": "loop"}, nil},
		{"broken link", func(t *testing.T, dir string) { symlink(t, "gone.txt", filepath.Join(dir, "broken.txt")) },
			map[string]string{"broken.txt": "broken link"}, nil},
		{"file over the size limit", func(t *testing.T, dir string) {
			f, err := os.Create(filepath.Join(dir, "huge.txt"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := f.Truncate(65 << 20); err != nil { // sparse: costs no disk
				t.Fatal(err)
			}
		}, map[string]string{"huge.txt": "too large"}, nil},
		{"name that is not UTF-8", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "bad\xffname.txt"), goodArticle)
		}, map[string]string{`bad\xffname.txt`: "not valid UTF-8"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := hostileFolder(t, tt.setup)
			folder, err := NewFolder(dir)
			if err != nil {
				t.Fatal(err)
			}
			c := loadWithin(t, folder, time.Minute)
			got := map[string]string{}
			for _, p := range c.Problems {
				got[p.File] = p.Error
			}
			for file, part := range tt.wantProblems {
				if !strings.Contains(got[file], part) {
					t.Errorf("problem for %q = %q, want one saying %q (all: %q)", file, got[file], part, c.Problems)
				}
			}
			if len(got) != len(tt.wantProblems) {
				t.Errorf("problems %q, want only %d", c.Problems, len(tt.wantProblems))
			}
			want := append([]string{"good"}, tt.wantArticles...)
			var ids []string
			for _, a := range c.Articles {
				ids = append(ids, a.ID)
			}
			if strings.Join(ids, " ") != strings.Join(sorted(want), " ") {
				t.Errorf("articles %q, want %q", ids, sorted(want))
			}
		})
	}
}
