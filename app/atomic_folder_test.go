package app

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles creates files with the given contents under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tempsIn lists the export temporaries (".NAME.digits.tmp") in dir.
func tempsIn(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, name := range dirNames(t, dir) {
		if strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp") {
			out = append(out, name)
		}
	}
	return out
}

func TestInterruptedSlideFolderKeepsTheEarlierDeck(t *testing.T) {
	d := smallDeck(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "slides")
	earlier := map[string]string{"slide-01.png": "old 1", "slide-02.png": "old 2", "notes.txt": "mine"}
	writeFiles(t, dir, earlier)

	ctx, cancel := context.WithCancel(context.Background())
	d.progress = func(done, _ int) {
		if done == 2 {
			cancel() // two new slides are written, three are not
		}
	}
	if err := d.writeFolder(ctx, dir); err == nil {
		t.Fatal("no error after cancelling")
	}
	for name, body := range earlier {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != body {
			t.Errorf("%s after the interrupted export: %q, %v; want %q", name, b, err, body)
		}
	}
	if got := dirNames(t, dir); len(got) != len(earlier) {
		t.Errorf("the folder holds %q: old and new slides mixed", got)
	}
	if temps := tempsIn(t, parent); len(temps) != 0 {
		t.Errorf("the interrupted export left %q", temps)
	}
}

func TestSlideFolderSwapCarriesOtherFilesOver(t *testing.T) {
	d := smallDeck(t)
	d.events = d.events[:2]
	parent := t.TempDir()
	dir := filepath.Join(parent, "slides")
	writeFiles(t, dir, map[string]string{
		"slide-01.png": "old", "slide-07.png": "old", "notes.txt": "mine", "sub/keep.txt": "mine too",
	})
	if err := os.Symlink("notes.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := d.writeFolder(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	if got, want := dirNames(t, dir), []string{"link.txt", "notes.txt", "slide-01.png", "slide-02.png", "sub"}; !slices.Equal(got, want) {
		t.Errorf("the folder holds %q, want %q", got, want)
	}
	for name, want := range map[string]string{"notes.txt": "mine", "sub/keep.txt": "mine too", "link.txt": "mine"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != want {
			t.Errorf("%s: %q, %v; want %q", name, b, err, want)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "slide-01.png")); string(b) == "old" {
		t.Error("slide-01.png was not replaced")
	}
	if temps := tempsIn(t, parent); len(temps) != 0 {
		t.Errorf("the export left %q", temps)
	}
}

func TestExportsCleanUpStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		".deck.pdf.123456.tmp":           "left by a killed export",
		".slides.4242.tmp/slide-01.png":  "half a deck",
		".slides.777.tmp/slide-01.png":   "the earlier deck, set aside",
		".slides.777.tmp/notes.txt":      "a person's file the swap did not carry",
		".deck.pdf.notes.tmp":            "not a name of ours: kept",
		".other.pdf.99.tmp":              "another file's temporary: kept",
		"slides/slide-01.png":            "current",
		".deck.pdf.555.tmp.keep-because": "not a temporary",
	})
	// A temporary that a running export holds is not stale.
	held := filepath.Join(dir, ".deck.pdf.31337.tmp")
	writeFiles(t, dir, map[string]string{filepath.Base(held): "being written"})
	f, err := os.Open(held)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := lockTemp(f); err != nil {
		t.Fatal(err)
	}

	if err := writeFileAtomic(filepath.Join(dir, "deck.pdf"), writeString("new")); err != nil {
		t.Fatal(err)
	}
	d := smallDeck(t)
	d.events = d.events[:1]
	if err := d.writeFolder(context.Background(), filepath.Join(dir, "slides")); err != nil {
		t.Fatal(err)
	}
	got := tempsIn(t, dir)
	want := []string{".deck.pdf.31337.tmp", ".deck.pdf.notes.tmp", ".other.pdf.99.tmp", ".slides.777.tmp"}
	if !slices.Equal(got, want) {
		t.Errorf("temporaries after two exports: %q, want %q", got, want)
	}
	// The set-aside folder keeps only the file that exists nowhere else.
	if got := dirNames(t, filepath.Join(dir, ".slides.777.tmp")); !slices.Equal(got, []string{"notes.txt"}) {
		t.Errorf("the abandoned folder holds %q, want only notes.txt", got)
	}
}

func TestTempNames(t *testing.T) {
	for _, tc := range []struct {
		name, base string
		want       bool
	}{
		{".deck.pdf.123.tmp", "deck.pdf", true},
		{".deck.pdf.tmp", "deck.pdf", false},
		{".deck.pdf.12a.tmp", "deck.pdf", false},
		{".deck.pdf.123.tmp", "deck", false},
		{"deck.pdf.123.tmp", "deck.pdf", false},
	} {
		if got := isTempName(tc.name, tc.base); got != tc.want {
			t.Errorf("isTempName(%q, %q) = %v", tc.name, tc.base, got)
		}
	}
}
