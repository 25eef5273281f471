package app

import (
	"bytes"
	"context"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// pdfPagePattern matches the dictionary of one page object (/Type /Page),
// not the page tree (/Type /Pages). app/pdfdoc writes object dictionaries
// uncompressed, so counting them counts the pages.
var pdfPagePattern = regexp.MustCompile(`/Type\s*/Page([^s]|$)`)

// pdfMediaBoxPattern matches a page size: /MediaBox [0 0 width height].
var pdfMediaBoxPattern = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]`)

// pdfPages counts the pages of the PDF at path, and checks that every page
// size given is landscape 16:9.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("%s does not start like a PDF: %q", path, b[:min(len(b), 8)])
	}
	boxes := pdfMediaBoxPattern.FindAllSubmatch(b, -1)
	if len(boxes) == 0 {
		t.Errorf("%s gives no page size", path)
	}
	for _, box := range boxes {
		w, _ := strconv.ParseFloat(string(box[1]), 64)
		h, _ := strconv.ParseFloat(string(box[2]), 64)
		if h == 0 || math.Abs(w/h-16.0/9) > 0.01 {
			t.Errorf("%s has a %s × %s pt page, want landscape 16:9", path, box[1], box[2])
		}
	}
	return len(pdfPagePattern.FindAll(b, -1))
}

// renderWithPoppler renders every page of the PDF at 20 dpi with pdftoppm,
// as a reader's viewer would, and returns how many pages it drew; it fails
// the test when poppler is not installed (make test installs it).
func renderWithPoppler(t *testing.T, pdf string) int {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Fatal("pdftoppm not installed (make deps installs poppler-utils)")
	}
	dir := t.TempDir()
	out, err := exec.Command("pdftoppm", "-png", "-r", "20", pdf, filepath.Join(dir, "p")).CombinedOutput()
	if err != nil || len(out) > 0 { // poppler prints "Syntax Error" lines for damaged files
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	pages, err := filepath.Glob(filepath.Join(dir, "p-*.png"))
	if err != nil {
		t.Fatal(err)
	}
	return len(pages)
}

// smallDeck is the test corpus's deck at a small size, quick to render.
func smallDeck(t *testing.T) *deck {
	t.Helper()
	test.NewTempApp(t)
	c := testCorpus()
	d := newDeck(c, c.Events)
	d.size = fyne.NewSize(640, 360)
	return d
}

func TestDeckPDFHasOnePagePerEvent(t *testing.T) {
	for _, storyline := range []string{"", "unrest", "trip"} {
		t.Run("storyline="+storyline, func(t *testing.T) {
			d := smallDeck(t)
			d.events = presentationEvents(d.corpus, storyline)
			var progress []int
			d.progress = func(done, total int) { progress = append(progress, done) }
			path := filepath.Join(t.TempDir(), "deck.pdf")
			if err := d.writePDF(context.Background(), path, writeFileAtomic); err != nil {
				t.Fatal(err)
			}
			if got := pdfPages(t, path); got != len(d.events) {
				t.Errorf("%d pages, want %d", got, len(d.events))
			}
			if len(progress) != len(d.events) {
				t.Errorf("progress reported %v for %d slides", progress, len(d.events))
			}
			if got := renderWithPoppler(t, path); got != len(d.events) {
				t.Errorf("pdftoppm rendered %d pages, want %d", got, len(d.events))
			}
		})
	}
}

func TestDeckFolderHasOnePNGPerEvent(t *testing.T) {
	d := smallDeck(t)
	dir := filepath.Join(t.TempDir(), "slides") // does not exist yet
	if err := d.writeFolder(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	names := dirNames(t, dir)
	want := []string{"slide-01.png", "slide-02.png", "slide-03.png", "slide-04.png", "slide-05.png"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("folder holds %q, want %q", names, want)
	}
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 360 {
			t.Errorf("%s is %v, want 640×360", name, b.Size())
		}
	}
}

func TestDeckCancelledLeavesNoFile(t *testing.T) {
	d := smallDeck(t)
	ctx, cancel := context.WithCancel(context.Background())
	d.progress = func(done, total int) { cancel() } // cancel after the first slide
	dir := t.TempDir()
	err := d.writePDF(ctx, filepath.Join(dir, "deck.pdf"), writeFileAtomic)
	if err == nil {
		t.Fatal("no error after cancelling")
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("cancelled export left %q", names)
	}
}

func TestDeckUnwritablePlace(t *testing.T) {
	d := smallDeck(t)
	dir := t.TempDir()
	blocker := filepath.Join(dir, "notes.txt") // a file where a folder should be
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(blocker, "deck.pdf")
	if err := d.writePDF(context.Background(), pdf, writeFileAtomic); err == nil || !strings.Contains(err.Error(), pdf) {
		t.Errorf("PDF under a file: error %v, want one naming %s", err, pdf)
	}
	folder := filepath.Join(blocker, "slides")
	if err := d.writeFolder(context.Background(), folder); err == nil || !strings.Contains(err.Error(), folder) {
		t.Errorf("folder under a file: error %v, want one naming %s", err, folder)
	}
}

func TestSlideFileNamesSortInOrder(t *testing.T) {
	tests := []struct {
		i, n int
		want string
	}{
		{0, 5, "slide-01.png"},
		{9, 11, "slide-10.png"},
		{0, 120, "slide-001.png"},
		{119, 120, "slide-120.png"},
	}
	for _, tt := range tests {
		if got := slideFileName(tt.i, tt.n); got != tt.want {
			t.Errorf("slideFileName(%d, %d) = %q, want %q", tt.i, tt.n, got, tt.want)
		}
	}
}

func BenchmarkSlideRender1920x1080(b *testing.B) {
	test.NewTempApp(b)
	c := testCorpus()
	d := newDeck(c, c.Events)
	for b.Loop() {
		if _, err := d.slideImage(2); err != nil { // three excerpts, Arabic among them
			b.Fatal(err)
		}
	}
}
