package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestCutBandHasNoBracketOnItsCutSide paints a month band alone and looks
// above the hatching, where only the brackets reach: a bracket must stand at
// each end the view does not cut and at no end it does.
func TestCutBandHasNoBracketOnItsCutSide(t *testing.T) {
	const x0, x1, y, r = 10.0, 50.0, 10.0, 5.0
	tests := []struct {
		name             string
		cutStart, cutEnd bool
	}{
		{"whole", false, false},
		{"cut at its start", true, false},
		{"cut at its end", false, true},
		{"cut on both sides", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, year := range []bool{false, true} {
				img := paintAlone(t, 60, 20, func(p *painter) {
					paintBracketedBand(p, x0, x1, y, r, color.RGBA{R: 200, A: 255}, year, tc.cutStart, tc.cutEnd)
				})
				// The row just under the bracket's top serif, above the band.
				row := int(y - r + 1)
				if got := inkNear(img, int(x0), row); got == tc.cutStart {
					t.Errorf("year=%v: ink at the start %v, cut %v", year, got, tc.cutStart)
				}
				if got := inkNear(img, int(x1), row); got == tc.cutEnd {
					t.Errorf("year=%v: ink at the end %v, cut %v", year, got, tc.cutEnd)
				}
			}
		})
	}
}

// paintAlone paints onto a blank PNG canvas and decodes the result.
func paintAlone(t *testing.T, w, h int, paint func(p *painter)) image.Image {
	t.Helper()
	provider, err := rendererFor(FormatPNG)
	if err != nil {
		t.Fatal(err)
	}
	r, err := provider(w, h)
	if err != nil {
		t.Fatal(err)
	}
	setPixelDPI(r)
	paint(&painter{r: r})
	var buf bytes.Buffer
	if err := save(r, &buf); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// inkNear reports whether any pixel within two columns of x on row y
// differs visibly from the canvas's corner, which nothing paints.
func inkNear(img image.Image, x, y int) bool {
	_, bg, _, _ := img.At(0, 0).RGBA()
	for dx := -2; dx <= 2; dx++ {
		// The test colour is pure red: green falls wherever it is painted.
		if _, g, _, _ := img.At(x+dx, y).RGBA(); g+0x2000 < bg {
			return true
		}
	}
	return false
}
