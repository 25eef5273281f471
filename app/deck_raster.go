package app

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/golang/freetype/truetype"

	"github.com/caravan-analytics/caravan/charts"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// rasterSurface draws a slide into a picture, for the folder of PNG
// slides: the same drawSlide as the PDF pages, scaled from points to
// pixels, with shapes filled by golang.org/x/image/vector and text set
// with the same fonts as the PDF. It builds no Fyne object, so slides cost
// the same time and memory however many come before them.
type rasterSurface struct {
	img *image.RGBA
	k   float64 // pixels per point
	*rasterFonts
	r vector.Rasterizer
}

// rasterFonts are the faces and measures of one export, kept from slide
// to slide: a face caches the glyphs it has drawn.
type rasterFonts struct {
	faces    map[faceSize]font.Face
	measures [slideFaces]func(string, float64) float64
}

// newRasterFonts prepares the deck's faces for drawing.
func newRasterFonts() (*rasterFonts, error) {
	fonts, err := slideTrueType()
	if err != nil {
		return nil, err
	}
	rf := &rasterFonts{faces: map[faceSize]font.Face{}}
	for f, parsed := range fonts {
		rf.measures[f] = charts.TextMeasurer(parsed)
	}
	return rf, nil
}

type faceSize struct {
	face slideFace
	size float64
}

// slideTrueType are the deck's faces parsed for drawing, once.
var slideTrueType = sync.OnceValues(func() ([slideFaces]*truetype.Font, error) {
	var out [slideFaces]*truetype.Font
	for f, b := range slideFontBytes() {
		parsed, err := truetype.Parse(b)
		if err != nil {
			return out, err
		}
		out[f] = parsed
	}
	return out, nil
})

// newRasterSurface returns a surface of w × h pixels painted with the slide
// background, and the page size in points that drawSlide lays out: 540
// points high, as wide as the picture's shape makes it.
func newRasterSurface(w, h int, rf *rasterFonts) (*rasterSurface, float64, float64) {
	s := &rasterSurface{img: image.NewRGBA(image.Rect(0, 0, w, h)), k: float64(h) / pdfPageHeight, rasterFonts: rf}
	draw.Draw(s.img, s.img.Bounds(), image.NewUniform(slideBackground), image.Point{}, draw.Src)
	return s, float64(w) / s.k, pdfPageHeight
}

// fill fills the path that path draws, in pixels, within the box
// [x0, x1] × [y0, y1]: the rasteriser works on the box alone, not the
// whole picture.
func (s *rasterSurface) fill(c color.NRGBA, x0, y0, x1, y1 float64, path func(r *vector.Rasterizer, ox, oy float32)) {
	b := image.Rect(int(math.Floor(x0))-1, int(math.Floor(y0))-1, int(math.Ceil(x1))+1, int(math.Ceil(y1))+1).Intersect(s.img.Bounds())
	if b.Empty() {
		return
	}
	s.r.Reset(b.Dx(), b.Dy())
	s.r.DrawOp = draw.Over
	path(&s.r, float32(b.Min.X), float32(b.Min.Y))
	s.r.Draw(s.img, b, image.NewUniform(c), image.Point{})
}

// rect fills a rectangle snapped to whole pixels: bands, bars and rules
// have straight edges, and a plain draw is many times quicker than the
// rasteriser over a lane's width.
func (s *rasterSurface) rect(c color.NRGBA, x, y, w, h float64) {
	b := image.Rect(int(math.Round(x*s.k)), int(math.Round(y*s.k)), int(math.Round((x+w)*s.k)), int(math.Round((y+h)*s.k)))
	if b.Dx() == 0 && w > 0 {
		b.Max.X++ // a hairline stays visible
	}
	if b.Dy() == 0 && h > 0 {
		b.Max.Y++
	}
	op := draw.Over
	if c.A == 0xff {
		op = draw.Src
	}
	draw.Draw(s.img, b.Intersect(s.img.Bounds()), image.NewUniform(c), image.Point{}, op)
}

// highlight multiplies the rectangle's pixels by c, blended by c's alpha.
func (s *rasterSurface) highlight(c color.NRGBA, x, y, w, h float64) {
	b := image.Rect(int(math.Round(x*s.k)), int(math.Round(y*s.k)), int(math.Round((x+w)*s.k)), int(math.Round((y+h)*s.k))).Intersect(s.img.Bounds())
	a := uint32(c.A)
	for py := b.Min.Y; py < b.Max.Y; py++ {
		row := s.img.Pix[s.img.PixOffset(b.Min.X, py):]
		for px := 0; px < b.Dx(); px++ {
			p := row[4*px : 4*px+3]
			for i, v := range [3]uint32{uint32(c.R), uint32(c.G), uint32(c.B)} {
				old := uint32(p[i])
				p[i] = uint8((old*(255-a) + old*v/255*a) / 255)
			}
		}
	}
}

func (s *rasterSurface) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	x0, y0, x1, y1 = x0*s.k, y0*s.k, x1*s.k, y1*s.k
	half := max(width*s.k, 1) / 2
	dx, dy := x1-x0, y1-y0
	length := math.Hypot(dx, dy)
	if length == 0 {
		return
	}
	nx, ny := -dy/length*half, dx/length*half // half the width, across the line
	s.fill(c, min(x0, x1)-half, min(y0, y1)-half, max(x0, x1)+half, max(y0, y1)+half, func(r *vector.Rasterizer, ox, oy float32) {
		r.MoveTo(float32(x0+nx)-ox, float32(y0+ny)-oy)
		r.LineTo(float32(x1+nx)-ox, float32(y1+ny)-oy)
		r.LineTo(float32(x1-nx)-ox, float32(y1-ny)-oy)
		r.LineTo(float32(x0-nx)-ox, float32(y0-ny)-oy)
		r.ClosePath()
	})
}

func (s *rasterSurface) circle(c color.NRGBA, cx, cy, radius float64) {
	cx, cy, radius = cx*s.k, cy*s.k, radius*s.k
	s.fill(c, cx-radius, cy-radius, cx+radius, cy+radius, func(r *vector.Rasterizer, ox, oy float32) {
		const steps = 48
		for i := range steps + 1 {
			a := 2 * math.Pi * float64(i) / steps
			x, y := float32(cx+radius*math.Cos(a))-ox, float32(cy+radius*math.Sin(a))-oy
			if i == 0 {
				r.MoveTo(x, y)
			} else {
				r.LineTo(x, y)
			}
		}
		r.ClosePath()
	})
}

// face returns the font face for f at size points, in pixels.
func (s *rasterSurface) face(f slideFace, size float64) font.Face {
	key := faceSize{f, size * s.k}
	if fc, ok := s.faces[key]; ok {
		return fc
	}
	fonts, _ := slideTrueType() // parsed in newRasterFonts
	fc := truetype.NewFace(fonts[f], &truetype.Options{Size: size * s.k, DPI: 72, Hinting: font.HintingNone})
	s.faces[key] = fc
	return fc
}

// textWidth measures with the fonts' advance widths and kerning, as the
// drawer places glyphs, without loading a glyph.
func (s *rasterSurface) textWidth(text string, f slideFace, size float64) float64 {
	f, _ = fontOf(f)
	return s.measures[f](text, size*s.k) / s.k
}

// text draws text; an emboldened face is overprinted, shifted right in
// steps of at most half a pixel over boldStrength of an em (the stroke of
// the PDF page reaches as far on each side together).
func (s *rasterSurface) text(text string, f slideFace, size, x, y float64, c color.NRGBA) {
	f, bold := fontOf(f)
	shifts := []float64{0}
	if strength := boldStrength * size * s.k; bold && strength > 0 {
		steps := int(math.Ceil(strength / 0.5))
		for i := 1; i <= steps; i++ {
			shifts = append(shifts, strength*float64(i)/float64(steps))
		}
	}
	face := s.face(f, size)
	for _, dx := range shifts {
		d := font.Drawer{
			Dst: s.img, Src: image.NewUniform(c), Face: face,
			Dot: fixed.Point26_6{X: fixed.Int26_6(math.Round((x*s.k + dx) * 64)), Y: fixed.Int26_6(math.Round(y * s.k * 64))},
		}
		d.DrawString(text)
	}
}
