package app

import (
	"fmt"
	"image/color"
	"strings"
	"unicode/utf16"

	"github.com/go-pdf/fpdf"
)

// slideFace is one of the deck's typefaces.
type slideFace int

const (
	faceRegular slideFace = iota
	faceBold
	faceItalic
	faceArabic
	faceCJK
	// slideFaces is the number of faces.
	slideFaces
)

// slideSurface is what a slide is drawn on, in points of a 960 × 540
// page: a PDF page (pdfSurface) or a picture (rasterSurface). drawSlide
// lays the slide out once for both, so the PNG slides of a folder and the
// PDF pages are the same slides.
type slideSurface interface {
	// rect fills a rectangle; c's alpha is its opacity.
	rect(c color.NRGBA, x, y, w, h float64)
	// highlight marks a rectangle as a highlighter pen does: multiplied
	// over what is there, so the ink shows through.
	highlight(c color.NRGBA, x, y, w, h float64)
	line(c color.NRGBA, x0, y0, x1, y1, width float64)
	circle(c color.NRGBA, cx, cy, r float64)
	// textWidth measures s, a single-font string already shaped.
	textWidth(s string, f slideFace, size float64) float64
	// text draws s with its baseline starting at (x, y).
	text(s string, f slideFace, size, x, y float64, c color.NRGBA)
}

// actualTexter is a surface that can say what a stretch of drawn glyphs
// reads as (a PDF's /ActualText), for text whose glyphs are not its
// characters: shaped Arabic drawn in visual order. line is the line's
// text in logical order.
type actualTexter interface {
	beginActualText(line string)
	endActualText()
}

// pdfSurface draws on the current page of an fpdf document.
//
// fpdf keeps every page's content until the file is written, so the
// surface writes as few operators as it can: it measures text on a second
// document with no page (fpdf writes a font change into the open page even
// when the font is only set to measure), it sets opacity, colours, line
// width and line cap only when they change on the page, and it draws a
// disc in one short stroke (circle).
type pdfSurface struct {
	doc   *fpdf.Fpdf
	meter *fpdf.Fpdf // the same fonts, never a page: measuring writes nothing
	// font and size last set on each document, so that measuring a line's
	// pieces does not set the same font again and again.
	font, meterFont faceSize
	cjk             bool // the CJK font is registered
	// What the page's graphics state holds; valid is false on a new page.
	valid bool
	alphaKey
	fill, stroke color.NRGBA // alpha 0: not set on this page
	width        float64
	cap          string
	// extractLTR says that extractors will read this page left to right
	// (see slideRecording): Arabic lines are marked for that reading.
	extractLTR bool
}

type alphaKey struct {
	alphaValue uint8
	blend      string
}

// newPage starts a page.
func (s *pdfSurface) newPage() {
	s.doc.AddPage()
	s.valid, s.font = false, faceSize{face: -1}
	s.fill, s.stroke, s.width, s.cap = color.NRGBA{}, color.NRGBA{}, -1, ""
}

func (s *pdfSurface) alpha(c color.NRGBA, blend string) {
	k := alphaKey{c.A, blend}
	if s.valid && s.alphaKey == k {
		return
	}
	s.doc.SetAlpha(float64(c.A)/255, blend)
	s.alphaKey = k
	s.valid = true
}

func (s *pdfSurface) setFill(c color.NRGBA) {
	c.A = 0xff
	if s.fill == c {
		return
	}
	s.doc.SetFillColor(int(c.R), int(c.G), int(c.B))
	s.fill = c
}

func (s *pdfSurface) rect(c color.NRGBA, x, y, w, h float64) {
	s.alpha(c, "Normal")
	s.setFill(c)
	s.doc.Rect(x, y, w, h, "F")
}

func (s *pdfSurface) highlight(c color.NRGBA, x, y, w, h float64) {
	s.alpha(c, "Multiply")
	s.setFill(c)
	s.doc.Rect(x, y, w, h, "F")
}

// setPen sets the stroke: colour, width and line cap.
func (s *pdfSurface) setPen(c color.NRGBA, width float64, lineCap string) {
	s.alpha(c, "Normal")
	if c.A = 0xff; s.stroke != c {
		s.doc.SetDrawColor(int(c.R), int(c.G), int(c.B))
		s.stroke = c
	}
	if s.width != width {
		s.doc.SetLineWidth(width)
		s.width = width
	}
	if s.cap != lineCap {
		s.doc.SetLineCapStyle(lineCap)
		s.cap = lineCap
	}
}

func (s *pdfSurface) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	s.setPen(c, width, "butt")
	s.doc.Line(x0, y0, x1, y1)
}

// circle draws a disc as a stroke of no length with round caps, as wide
// as the disc: PDF paints that as a filled circle (ISO 32000-1 §8.5.3.2,
// degenerate subpaths), in about 30 bytes against 270 for four Bézier
// arcs — the strip's marks are most of a page's content, which fpdf keeps
// in memory until the file is written.
func (s *pdfSurface) circle(c color.NRGBA, cx, cy, r float64) {
	s.setPen(c, 2*r, "round")
	s.doc.Line(cx, cy, cx, cy)
}

// register makes sure font f is registered with doc. The CJK font is
// registered on first use: a deck with no Chinese, Japanese or Korean text
// embeds no CJK font, and fpdf parses the 2.8 MB file only for decks that
// need it.
func (s *pdfSurface) register(f slideFace) {
	if f == faceCJK && !s.cjk {
		for _, doc := range []*fpdf.Fpdf{s.doc, s.meter} {
			doc.AddUTF8FontFromBytes(pdfFamilies[f].key, "", slideFontBytes()[faceCJK])
		}
		s.cjk = true
	}
}

func (s *pdfSurface) textWidth(text string, f slideFace, size float64) float64 {
	if k := (faceSize{f, size}); s.meterFont != k {
		s.register(f)
		s.meter.SetFont(pdfFamilies[f].key, "", size)
		s.meterFont = k
	}
	return s.meter.GetStringWidth(text)
}

func (s *pdfSurface) text(text string, f slideFace, size, x, y float64, c color.NRGBA) {
	if k := (faceSize{f, size}); s.font != k {
		s.register(f)
		s.doc.SetFont(pdfFamilies[f].key, "", size)
		s.font = k
	}
	s.alpha(c, "Normal")
	s.doc.SetTextColor(int(c.R), int(c.G), int(c.B))
	s.doc.Text(x, y, text)
}

// beginActualText opens a marked-content span whose /ActualText is the
// line's characters in the order the page's extractors turn into logical
// order (actualTextFor), as UTF-16 with a byte order mark: readers copy
// and extract them instead of the glyphs' presentation forms.
func (s *pdfSurface) beginActualText(line string) {
	var b strings.Builder
	b.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(actualTextFor(line, s.extractLTR))) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">>> BDC\n")
	s.doc.RawWriteStr(b.String())
}

func (s *pdfSurface) endActualText() { s.doc.RawWriteStr("EMC\n") }
