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
// characters: shaped Arabic drawn in visual order.
type actualTexter interface {
	beginActualText(s string)
	endActualText()
}

// pdfSurface draws on the current page of an fpdf document.
type pdfSurface struct {
	doc *fpdf.Fpdf
	// font and size last set, so that measuring a line's pieces does not
	// set the same font again and again.
	family string
	size   float64
	cjk    bool // the CJK font is registered
}

func (s *pdfSurface) alpha(c color.NRGBA, blend string) {
	s.doc.SetAlpha(float64(c.A)/255, blend)
}

func (s *pdfSurface) rect(c color.NRGBA, x, y, w, h float64) {
	s.alpha(c, "Normal")
	s.doc.SetFillColor(int(c.R), int(c.G), int(c.B))
	s.doc.Rect(x, y, w, h, "F")
}

func (s *pdfSurface) highlight(c color.NRGBA, x, y, w, h float64) {
	s.alpha(c, "Multiply")
	s.doc.SetFillColor(int(c.R), int(c.G), int(c.B))
	s.doc.Rect(x, y, w, h, "F")
	s.doc.SetAlpha(1, "Normal")
}

func (s *pdfSurface) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	s.alpha(c, "Normal")
	s.doc.SetDrawColor(int(c.R), int(c.G), int(c.B))
	s.doc.SetLineWidth(width)
	s.doc.Line(x0, y0, x1, y1)
}

func (s *pdfSurface) circle(c color.NRGBA, cx, cy, r float64) {
	s.alpha(c, "Normal")
	s.doc.SetFillColor(int(c.R), int(c.G), int(c.B))
	s.doc.Circle(cx, cy, r, "F")
}

func (s *pdfSurface) setFont(f slideFace, size float64) {
	family := pdfFamilies[f].key
	if s.family == family && s.size == size {
		return
	}
	if f == faceCJK && !s.cjk {
		// Registered on first use: a deck with no Chinese, Japanese or
		// Korean text embeds no CJK font, and fpdf parses the 2.8 MB file
		// only for decks that need it.
		s.doc.AddUTF8FontFromBytes(family, "", slideFontBytes()[faceCJK])
		s.cjk = true
	}
	s.doc.SetFont(family, "", size)
	s.family, s.size = family, size
}

func (s *pdfSurface) textWidth(text string, f slideFace, size float64) float64 {
	s.setFont(f, size)
	return s.doc.GetStringWidth(text)
}

func (s *pdfSurface) text(text string, f slideFace, size, x, y float64, c color.NRGBA) {
	s.setFont(f, size)
	s.alpha(c, "Normal")
	s.doc.SetTextColor(int(c.R), int(c.G), int(c.B))
	s.doc.Text(x, y, text)
}

// beginActualText opens a marked-content span whose /ActualText is s, as
// UTF-16 with a byte order mark: readers copy and extract s instead of the
// glyphs' presentation forms.
func (s *pdfSurface) beginActualText(text string) {
	var b strings.Builder
	b.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(text)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">>> BDC\n")
	s.doc.RawWriteStr(b.String())
}

func (s *pdfSurface) endActualText() { s.doc.RawWriteStr("EMC\n") }
