package charts

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golang/freetype/truetype"
)

// arabicFont parses the Noto Sans Arabic that the app bundles.
func arabicFont(t testing.TB) *truetype.Font { return bundledFont(t, "NotoSansArabic-Regular.ttf") }

// cjkFont parses the Noto Sans CJK SC subset that the app bundles.
func cjkFont(t testing.TB) *truetype.Font { return bundledFont(t, "NotoSansCJKsc-Subset.ttf") }

// bundledFont parses a font of app/fonts.
func bundledFont(t testing.TB, name string) *truetype.Font {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "app", "fonts", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFont(b)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// rsvg renders an SVG file to PNG with rsvg-convert, with the given extra
// environment, and decodes it.
func rsvg(t *testing.T, svg string, env ...string) image.Image {
	t.Helper()
	bin, err := exec.LookPath("rsvg-convert")
	if err != nil {
		t.Fatal("rsvg-convert is not installed; `make deps` installs librsvg2-bin (Makefile APT_PACKAGES)")
	}
	out := svg + ".png"
	cmd := exec.Command(bin, "-o", out, svg)
	cmd.Env = append(os.Environ(), env...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rsvg-convert: %v: %s", err, msg)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// rsvgWithAndWithoutFonts renders svg with rsvg-convert as the machine is
// and with fontconfig shown an empty folder, so that no font at all is
// visible to it.
func rsvgWithAndWithoutFonts(t *testing.T, svgBytes []byte) (normal, bare image.Image) {
	t.Helper()
	dir := t.TempDir()
	svg := filepath.Join(dir, "chart.svg")
	if err := os.WriteFile(svg, svgBytes, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "nofonts")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "fonts.conf")
	if err := os.WriteFile(conf, []byte(`<?xml version="1.0"?><fontconfig><dir>`+empty+`</dir><cachedir>`+empty+`</cachedir></fontconfig>`), 0o644); err != nil {
		t.Fatal(err)
	}
	return rsvg(t, svg), rsvg(t, svg, "FONTCONFIG_FILE="+conf, "FONTCONFIG_PATH="+dir)
}

// sameImages reports how many pixels differ between a and b, and how many
// of a's are dark (text).
func sameImages(t *testing.T, a, b image.Image) (differ, ink int) {
	t.Helper()
	if a.Bounds() != b.Bounds() {
		t.Fatalf("sizes differ: %v and %v", a.Bounds(), b.Bounds())
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				differ++
			}
			if r1>>8 < 0x60 && g1>>8 < 0x60 && b1>>8 < 0x60 {
				ink++ // dark pixels: text
			}
		}
	}
	return differ, ink
}

// TestSVGRendersWithoutFonts renders the SVG of a corpus with Arabic,
// Cyrillic and XML specials twice with rsvg-convert: as the machine is,
// and with fontconfig shown an empty folder, so that no font at all is
// visible. The two pictures must be the same (the file brings its
// glyphs), with text drawn (not blank), and the words must be in the file
// for search.
func TestSVGRendersWithoutFonts(t *testing.T) {
	c := awkward()
	arabic := arabicFont(t)
	latin, err := fontOrDefault(nil)
	if err != nil {
		t.Fatal(err)
	}
	scene := Layout(c, Options{Width: 1200, Height: 800, Measure: NewTypeface(latin, arabic, nil).Measure, AllScripts: true})
	var buf bytes.Buffer
	o := ImageOptions{Format: FormatSVG, Width: 1200, Height: 800, Title: "Kazakhstan & China", Legend: true, ArabicFont: arabic}
	if err := RenderTimeline(scene, o, &buf); err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(svgTexts(t, buf.Bytes()), "\n")
	for _, want := range []string{"Kazakhstan & China", "زيارة شي جين بينغ إلى كازاخستان", "Саммит в Сиане", nastyTitle} {
		if !strings.Contains(texts, want) {
			t.Errorf("%q is not in the SVG's texts:\n%s", want, texts)
		}
	}
	if bytes.Contains(buf.Bytes(), []byte("<text")) {
		t.Error("the SVG still has <text> elements, which depend on the viewer's fonts")
	}

	normal, bare := rsvgWithAndWithoutFonts(t, buf.Bytes())
	differ, ink := sameImages(t, normal, bare)
	if differ > 0 {
		t.Errorf("%d pixels differ without fonts", differ)
	}
	if ink < 2000 {
		t.Errorf("only %d dark pixels: the text did not render", ink)
	}
}
