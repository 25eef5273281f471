package app

import (
	"fmt"
	"image/color"

	"github.com/caravan-analytics/caravan/app/pdfdoc"
)

// slideFace is one of the deck's typefaces.
type slideFace int

const (
	faceRegular slideFace = iota
	faceBold
	faceItalic
	faceArabic
	faceCJK
	// slideFaces is the number of fonts.
	slideFaces
)

// The bundled Arabic and CJK fonts have no bold face. Their text in a bold
// line (a title, a storyline, the current event's label) is drawn
// emboldened: the regular glyphs thickened by boldStrength of an em, as a
// PDF stroke around each glyph and as overprinting in a picture. The
// advances stay the regular face's.
const (
	faceArabicBold = slideFaces + iota
	faceCJKBold
)

// boldStrength is how much synthetic bold thickens a stem, in ems. Drawn
// at 40 px, Noto Sans Bold carries 1.61 times the ink of Regular; 0.04 em
// gives Chinese 1.40 times and Arabic 1.46 times (more closes the
// counters of dense hanzi at caption sizes).
const boldStrength = 0.04

// fontOf is the font face f is drawn with, and whether it is emboldened.
func fontOf(f slideFace) (slideFace, bool) {
	switch f {
	case faceArabicBold:
		return faceArabic, true
	case faceCJKBold:
		return faceCJK, true
	}
	return f, false
}

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

// pdfSurface draws on the current page of a deck document (app/pdfdoc),
// which writes each page out when the next begins: a deck's memory does
// not grow with its slides. The document writes a state operator (colour,
// opacity, line width and cap, font) only when its value changes, and a
// disc is one short stroke (circle): the strip's marks are most of a
// page's content.
type pdfSurface struct {
	doc   *pdfdoc.Document
	fonts [slideFaces]*pdfdoc.Font // registered on first use
	// extractLTR says that extractors will read this page left to right
	// (see slideRecording): Arabic lines are marked for that reading.
	extractLTR bool
}

// newPage starts a page; the one before is written out.
func (s *pdfSurface) newPage() { s.doc.BeginPage() }

func (s *pdfSurface) setFill(c color.NRGBA) { s.doc.SetFillColor(c.R, c.G, c.B) }

func (s *pdfSurface) rect(c color.NRGBA, x, y, w, h float64) {
	s.doc.SetAlpha(c.A, "Normal")
	s.setFill(c)
	s.doc.FillRect(x, y, w, h)
}

func (s *pdfSurface) highlight(c color.NRGBA, x, y, w, h float64) {
	s.doc.SetAlpha(c.A, "Multiply")
	s.setFill(c)
	s.doc.FillRect(x, y, w, h)
}

// setPen sets the stroke: colour, width and line cap.
func (s *pdfSurface) setPen(c color.NRGBA, width float64, lineCap pdfdoc.LineCap) {
	s.doc.SetAlpha(c.A, "Normal")
	s.doc.SetStrokeColor(c.R, c.G, c.B)
	s.doc.SetLineWidth(width)
	s.doc.SetLineCap(lineCap)
}

func (s *pdfSurface) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	s.setPen(c, width, pdfdoc.ButtCap)
	s.doc.Line(x0, y0, x1, y1)
}

// circle draws a disc as a stroke of no length with round caps, as wide
// as the disc: PDF paints that as a filled circle (ISO 32000-1 §8.5.3.2,
// degenerate subpaths), in about 30 bytes against 270 for four Bézier
// arcs.
func (s *pdfSurface) circle(c color.NRGBA, cx, cy, r float64) {
	s.setPen(c, 2*r, pdfdoc.RoundCap)
	s.doc.Line(cx, cy, cx, cy)
}

// font is face f, registered with the document on first use: a deck with
// no Chinese, Japanese or Korean text measures and embeds no CJK font
// (and a font registered but never drawn is not written).
func (s *pdfSurface) font(f slideFace) *pdfdoc.Font {
	if s.fonts[f] == nil {
		parsed, err := slideTrueType()
		var font *pdfdoc.Font
		if err == nil {
			font, err = s.doc.AddFont(pdfFontNames[f], slideFontBytes()[f], parsed[f])
		}
		if err != nil { // the bundled fonts parse (tested)
			panic(fmt.Sprintf("registering the deck's fonts: %v", err))
		}
		s.fonts[f] = font
	}
	return s.fonts[f]
}

func (s *pdfSurface) textWidth(text string, f slideFace, size float64) float64 {
	font, _ := fontOf(f)
	return s.font(font).StringWidth(text, size)
}

func (s *pdfSurface) text(text string, f slideFace, size, x, y float64, c color.NRGBA) {
	s.doc.SetAlpha(c.A, "Normal")
	s.setFill(c)
	if font, bold := fontOf(f); bold {
		s.doc.BoldText(s.font(font), size, x, y, text, boldStrength*size)
	} else {
		s.doc.Text(s.font(f), size, x, y, text)
	}
}

// beginActualText opens a marked-content span whose /ActualText is the
// line's characters in the order the page's extractors turn into logical
// order (actualTextFor): readers copy and extract them instead of the
// glyphs' presentation forms.
func (s *pdfSurface) beginActualText(line string) {
	s.doc.BeginActualText(actualTextFor(line, s.extractLTR))
}

func (s *pdfSurface) endActualText() { s.doc.EndActualText() }
