package app

import (
	"bytes"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// ink counts the pixels of a grey picture (PGM, as pdftoppm -gray writes
// it) darker than mid-grey.
func ink(t *testing.T, pgm []byte) int {
	t.Helper()
	// P5\n<w> <h>\n255\n then the pixels.
	fields := 0
	i := 0
	for ; i < len(pgm) && fields < 4; i++ {
		if pgm[i] == '\n' || pgm[i] == ' ' {
			fields++
		}
	}
	n := 0
	for _, p := range pgm[i:] {
		if p < 128 {
			n++
		}
	}
	return n
}

// boldSample is Chinese and Arabic text the bundle has no bold face for.
var boldSample = []struct {
	face, bold slideFace
	text       string
}{
	{faceCJK, faceCJKBold, "上合组织撒马尔罕峰会举行"},
	{faceArabic, faceArabicBold, "ﺯﻳﺎﺭﺓ ﺍﻟﺮﺋﻴﺲ"},
}

// Chinese and Arabic in a bold line are drawn emboldened on a PDF page,
// as poppler renders it: more ink than the regular face, the same width.
func TestDeckPDFEmboldensCJKAndArabic(t *testing.T) {
	pdftoppm := requireTool(t, "pdftoppm")
	for _, tc := range boldSample {
		var inks [2]int
		for k, f := range []slideFace{tc.face, tc.bold} {
			var buf bytes.Buffer
			surf := newDeckPDF(&buf)
			surf.newPage()
			surf.text(tc.text, f, 40, 20, 100, color.NRGBA{A: 0xff})
			if f == tc.bold && surf.textWidth(tc.text, f, 40) != surf.textWidth(tc.text, tc.face, 40) {
				t.Errorf("%s: emboldening changes the width", tc.text)
			}
			if err := surf.doc.Close(); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "bold.pdf")
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(pdftoppm, "-gray", "-r", "72", "-singlefile", path).Output()
			if err != nil {
				t.Fatalf("pdftoppm: %v", err)
			}
			inks[k] = ink(t, out)
		}
		if inks[0] == 0 || float64(inks[1]) < 1.15*float64(inks[0]) {
			t.Errorf("%s: %d dark pixels in the bold line, %d in the regular one", tc.text, inks[1], inks[0])
		}
	}
}

// The PNG slides embolden the same text the same way.
func TestSlidePictureEmboldensCJKAndArabic(t *testing.T) {
	rf, err := newRasterFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range boldSample {
		var inks [2]int
		for k, f := range []slideFace{tc.face, tc.bold} {
			surf, _, _ := newRasterSurface(960, 540, rf)
			surf.text(tc.text, f, 40, 20, 100, color.NRGBA{A: 0xff})
			for i := 0; i < len(surf.img.Pix); i += 4 {
				if surf.img.Pix[i] < 128 {
					inks[k]++
				}
			}
		}
		if inks[0] == 0 || float64(inks[1]) < 1.15*float64(inks[0]) {
			t.Errorf("%s: %d dark pixels in the bold line, %d in the regular one", tc.text, inks[1], inks[0])
		}
	}
}
