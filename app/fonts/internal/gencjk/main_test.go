package main

import (
	"bytes"
	"image"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// debianCJK is where Debian's fonts-noto-cjk (installed by `make deps`)
// puts the collection the subset is made from.
const debianCJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

var committed = filepath.Join("..", "..", "NotoSansCJKsc-Subset.ttf")

// The committed subset must be what the generator makes from the packaged
// font with fonts.go's go:generate arguments (the flags' defaults): a
// change to the generator or to the character set needs `go generate`.
func TestCommittedSubsetIsGenerated(t *testing.T) {
	src, err := os.ReadFile(debianCJK)
	if err != nil {
		t.Fatalf("%v: install fonts-noto-cjk (make deps does)", err)
	}
	want, err := Subset(src, "Noto Sans CJK SC", Runes(true, true, true))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s (%d bytes) is not what gencjk makes (%d bytes): run go generate ./app/fonts", committed, len(got), len(want))
	}
}

// The subset parses with golang/freetype (the images' rasteriser) and has
// a glyph for every character of the set, with the source's advance.
func TestSubsetCoversItsCharacters(t *testing.T) {
	b, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	f, err := truetype.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	runes := Runes(true, true, true)
	missing := 0
	for _, r := range runes {
		if f.Index(r) == 0 {
			missing++
		}
	}
	// U+3040, U+3097–3098 and U+30FF-less gaps of the kana blocks are unassigned.
	if missing > 5 {
		t.Errorf("%d of %d characters have no glyph", missing, len(runes))
	}
	for _, r := range []rune{'中', '国', '峰', '撒', 'あ', 'カ', '한', '愛', '，', '。', 'Ａ'} {
		if f.Index(r) == 0 {
			t.Errorf("no glyph for %q", r)
		}
	}
	if f.Index('A') != 0 || f.Index('ب') != 0 {
		t.Error("Latin or Arabic letters in the CJK subset: they belong to the other fonts")
	}
	const upem = 1000
	if adv := f.HMetric(upem, f.Index('中')).AdvanceWidth; adv != upem {
		t.Errorf("advance of 中 = %d, want a full em (%d)", adv, upem)
	}
}

// A converted outline draws what the CFF one draws: rasterised at 64
// pixels per em, the two glyphs' coverage differs by under a quarter of a
// pixel anywhere and by under 2% of the ink in total (measured: 0.1–0.16
// and 0–1.3%; integer font units and the one-unit tolerance of the curves
// move an edge by at most 0.06 pixel at this size).
func TestOutlinesMatchTheSource(t *testing.T) {
	src, err := os.ReadFile(debianCJK)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := findFamily(src, "Noto Sans CJK SC")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	tf, err := sfnt.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	const ppem = 64
	for _, r := range []rune{'中', '鹰', '。', 'ぁ', '힝', '響', 'Ｇ'} {
		want, wantInk := raster(t, sf, r, ppem)
		got, _ := raster(t, tf, r, ppem)
		diff, worst := 0.0, 0.0
		for i := range want.Pix {
			d := math.Abs(float64(want.Pix[i])-float64(got.Pix[i])) / 255
			diff += d
			worst = max(worst, d)
		}
		if diff > 0.02*wantInk || worst > 0.25 {
			t.Errorf("%q: coverage differs by %.1f pixels of %.0f (worst pixel %.2f)", r, diff, wantInk, worst)
		}
	}
}

// raster draws r's outline from f, ppem pixels to the em, and returns the
// coverage and its total in pixels.
func raster(t *testing.T, f *sfnt.Font, r rune, ppem int) (*image.Alpha, float64) {
	t.Helper()
	var buf sfnt.Buffer
	x, err := f.GlyphIndex(&buf, r)
	if err != nil || x == 0 {
		t.Fatalf("%q: no glyph (%v)", r, err)
	}
	segs, err := f.LoadGlyph(&buf, x, fixed.I(ppem), nil)
	if err != nil {
		t.Fatal(err)
	}
	z := vector.NewRasterizer(ppem*3/2, ppem*3/2)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return float32(p.X) / 64, float32(p.Y)/64 + float32(ppem)
	}
	for _, s := range segs {
		a := s.Args
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			z.MoveTo(pt(a[0]))
		case sfnt.SegmentOpLineTo:
			z.LineTo(pt(a[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(a[0])
			x2, y2 := pt(a[1])
			z.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(a[0])
			x2, y2 := pt(a[1])
			x3, y3 := pt(a[2])
			z.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	z.ClosePath()
	dst := image.NewAlpha(z.Bounds())
	z.Draw(dst, dst.Bounds(), image.Opaque, image.Point{})
	ink := 0.0
	for _, v := range dst.Pix {
		ink += float64(v) / 255
	}
	return dst, ink
}

// cubicToQuads keeps every piece within tolerance of the cubic.
func TestCubicToQuads(t *testing.T) {
	p0, c1, c2, p3 := fpt{0, 0}, fpt{0, 600}, fpt{900, 600}, fpt{900, 0}
	qs := cubicToQuads(p0, c1, c2, p3)
	if len(qs) < 4 {
		t.Fatalf("a deep curve in %d quadratic(s): too few to follow it", len(qs)/2)
	}
	start := p0
	n := len(qs) / 2
	for i := range n {
		ctrl, end := qs[2*i], qs[2*i+1]
		for _, u := range []float64{0.1, 0.5, 0.9} {
			tt := (float64(i) + u) / float64(n)
			if d := quadAt(start, ctrl, end, u).dist(cubicAt(p0, c1, c2, p3, tt)); d > tolerance {
				t.Errorf("piece %d at %.1f strays %.2f units", i, u, d)
			}
		}
		start = end
	}
	if got := cubicToQuads(fpt{0, 0}, fpt{100, 0}, fpt{200, 0}, fpt{300, 0}); len(got) != 2 {
		t.Errorf("a straight cubic took %d quadratics, want 1", len(got)/2)
	}
}
