package app

import (
	"image/color"
	"strings"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/charts/bidi"
)

// slideRecording draws a slide into a list of operations, to be replayed
// on a PDF page once the whole page's text is known: what a line of
// right-to-left glyphs says it reads as (/ActualText) depends on how text
// extractors will order the page, which poppler decides by counting the
// page's left-to-right letters against its right-to-left ones (see
// charts/bidi's ForLeftToRightExtraction).
type slideRecording struct {
	meter slideSurface // measures text; nothing is drawn on it
	ops   []func(slideSurface)
	// lr is left-to-right letters minus right-to-left ones, as an
	// extractor counts them; marks is how many right-to-left marks the
	// left-to-right reading of the page's Arabic lines adds.
	lr, marks int
	inSpan    bool // glyphs whose /ActualText was counted instead
}

func (r *slideRecording) rect(c color.NRGBA, x, y, w, h float64) {
	r.ops = append(r.ops, func(s slideSurface) { s.rect(c, x, y, w, h) })
}

func (r *slideRecording) highlight(c color.NRGBA, x, y, w, h float64) {
	r.ops = append(r.ops, func(s slideSurface) { s.highlight(c, x, y, w, h) })
}

func (r *slideRecording) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	r.ops = append(r.ops, func(s slideSurface) { s.line(c, x0, y0, x1, y1, width) })
}

func (r *slideRecording) circle(c color.NRGBA, cx, cy, rad float64) {
	r.ops = append(r.ops, func(s slideSurface) { s.circle(c, cx, cy, rad) })
}

func (r *slideRecording) textWidth(s string, f slideFace, size float64) float64 {
	return r.meter.textWidth(s, f, size)
}

func (r *slideRecording) text(text string, f slideFace, size, x, y float64, c color.NRGBA) {
	if !r.inSpan {
		r.count(text)
	}
	r.ops = append(r.ops, func(s slideSurface) { s.text(text, f, size, x, y, c) })
}

func (r *slideRecording) beginActualText(line string) {
	r.count(line)
	r.marks += utf8.RuneCountInString(bidi.ForLeftToRightExtraction(line)) - utf8.RuneCountInString(line)
	r.inSpan = true
	r.ops = append(r.ops, func(s slideSurface) {
		if at, ok := s.(actualTexter); ok {
			at.beginActualText(line)
		}
	})
}

func (r *slideRecording) endActualText() {
	r.inSpan = false
	r.ops = append(r.ops, func(s slideSurface) {
		if at, ok := s.(actualTexter); ok {
			at.endActualText()
		}
	})
}

// count adds text's letters to the page's balance.
func (r *slideRecording) count(text string) {
	for _, c := range text {
		switch {
		case bidi.IsRTLStrong(c):
			r.lr--
		case bidi.IsLTRStrong(c):
			r.lr++
		}
	}
}

// replay draws the slide on a PDF page: a page with more left-to-right
// letters than right-to-left ones, counting the marks its Arabic lines
// would add, marks those lines for a left-to-right reading; any other for
// a right-to-left one (whose marks, left to right, only add to the
// right-to-left side's lead).
func (r *slideRecording) replay(s *pdfSurface) {
	s.extractLTR = r.lr-r.marks >= 0
	for _, op := range r.ops {
		op(s)
	}
}

// actualTextFor is what a line of glyphs in visual order says it reads
// as: its characters in the order the page's extractors turn back into
// logical order.
func actualTextFor(line string, extractLTR bool) string {
	line = strings.TrimSpace(line)
	if extractLTR {
		return bidi.ForLeftToRightExtraction(line)
	}
	return bidi.ForRightToLeftExtraction(line)
}
