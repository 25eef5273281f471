package app

import (
	"image/color"
	"io"
	"math"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/app/pdfdoc"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/charts/bidi"
	"github.com/caravan-analytics/caravan/data"
)

// This file draws the deck's slides as PDF pages: the layout of newSlide
// (present_slide.go) in points on a 960 × 540 page, with text as text and
// the timeline strip as vector shapes. No Fyne object is built, so a slide
// costs the same memory whatever came before it.

// newDeckPDF starts a deck document written to w as it is drawn:
// landscape 16:9 pages of 960 × 540 points.
func newDeckPDF(w io.Writer) *pdfSurface {
	return &pdfSurface{doc: pdfdoc.New(w, pdfPageWidth, pdfPageHeight, "Caravan briefing")}
}

// slidePainter draws one slide on a surface.
type slidePainter struct {
	surf slideSurface
	text *slideTypesetter
	m    slideMetrics
}

func (s *slidePainter) rect(c color.NRGBA, x, y, w, h float64) { s.surf.rect(c, x, y, w, h) }

func (s *slidePainter) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	s.surf.line(c, x0, y0, x1, y1, width)
}

func (s *slidePainter) circle(c color.NRGBA, cx, cy, r float64) { s.surf.circle(c, cx, cy, r) }

// drawSlide draws event e, the i-th (0-based) of n, on surf: storyline and
// progress, title, dates and place, summary, up to three key excerpts and
// the timeline strip, where newSlide puts them.
//
// pageW and pageH are the page's size in points: 960 × 540 for a PDF
// page, the picture's shape for a PNG.
//
// text is the export's typesetter; it is pointed at surf.
func drawSlide(surf slideSurface, text *slideTypesetter, pageW, pageH float64, c *data.Corpus, e *data.Event, i, n int, visible func(*data.Event) bool) {
	text.surf = surf
	s := &slidePainter{surf: surf, text: text, m: newSlideMetrics(fyne.NewSize(float32(pageW), float32(pageH)))}
	m := s.m
	W, H := float64(m.size.Width), float64(m.size.Height)
	u, margin := float64(m.unit), float64(m.margin)
	s.rect(slideBackground, 0, 0, W, H)
	width := W - 2*margin
	y := margin

	caption := textStyle{size: float64(m.caption), color: slideMuted}
	if title := storylineTitle(c, e.Storyline); title != "" {
		st := caption
		st.style, st.color = faceBold, slideAccent
		text.line(strings.ToUpper(title), margin, y, width*0.75, st, false)
	}
	text.line(progressMark(i, n), margin, y, width, caption, true)
	y += 2.2 * u

	y += text.block(e.Title, nil, bidi.DetectRTL(e.Title), margin, y, width, 2,
		textStyle{size: float64(m.title), style: faceBold, color: slideForeground, leading: leadingFor(e.Title)}, slideHighlighter)
	y += 0.5 * u

	date := textStyle{size: float64(m.date), style: faceBold, color: slideForeground}
	whenWidth := text.line(formatSpan(e.Span), margin, y, width, date, false)
	date.style, date.color = faceRegular, slideMuted
	text.line(strings.Join(eventDetails(c, e), "  ·  "), margin+whenWidth, y, width-whenWidth, date, false)
	y += 1.3*float64(m.date) + 1.2*u

	if e.Summary != "" {
		y += text.block(e.Summary, nil, bidi.DetectRTL(e.Summary), margin, y, width, 2,
			textStyle{size: float64(m.body), color: slideMuted, leading: leadingFor(e.Summary)}, slideHighlighter)
		y += 0.8 * u
	}

	scene := s.stripScene(c, e, visible, width, H*stripShare, H*maxStripShare)
	stripTop := H - margin - scene.Height
	s.excerpts(c, e, margin, y, width, stripTop-2*u-y)
	s.paintStrip(scene, e, margin, stripTop)
}

// The strip takes a quarter of the slide, as in the presentation window,
// and up to two fifths when its lanes need the room: with many storylines
// a quarter leaves lanes below the axis.
const (
	stripShare    = 0.25
	maxStripShare = 0.4
)

// leadingFor is the line spacing for text: Arabic needs more room for its
// ascenders and dots than Latin's 1.3 em; 1.6 em is what the window's
// paragraph uses.
func leadingFor(text string) float64 {
	if strings.ContainsFunc(text, isRightToLeftLetter) {
		return 1.6
	}
	return 1.3
}

// excerpts quotes the event's key excerpts as addExcerpts does.
func (s *slidePainter) excerpts(c *data.Corpus, e *data.Event, x, top, width, room float64) {
	m := s.m
	u := float64(m.unit)
	excerpts := keyExcerpts(e, maxKeyExcerpts)
	if len(excerpts) == 0 {
		s.text.line("No passage in the corpus supports this event.", x, top, width,
			textStyle{size: float64(m.excerpt), style: faceItalic, color: slideMuted}, false)
		return
	}
	bar := 0.25 * u
	indent := bar + 1.2*u
	textWidth := width - indent
	caption := textStyle{size: float64(m.caption), color: slideMuted}
	y := top
	for k, ex := range excerpts {
		rtl := data.IsRTL(ex.Language)
		q := quoteExcerpt(ex, excerptRuneLimit)
		st := textStyle{size: float64(m.excerpt), color: slideForeground, leading: leadingFor(q.Text)}
		lines := s.text.lineCount(q.Text, rtl, textWidth, st)
		textHeight := float64(lines) * st.lineHeight()
		height := textHeight + 0.3*u + caption.lineHeight()
		if y+height > top+room && k > 0 {
			break // the first excerpt is always shown; the others only when they fit
		}
		barX, textX := x, x+indent
		if rtl {
			barX, textX = x+width-bar, x
		}
		s.rect(slideAccent, barX, y, bar, height)
		s.text.block(q.Text, q.Evidence, rtl, textX, y, textWidth, 0, st, slideHighlighter)
		s.text.line(excerptCaption(c, ex), textX, y+textHeight+0.3*u, textWidth, caption, rtl)
		y += height + 1.2*u
	}
}

// lineCount is how many lines block will take for text.
func (t *slideTypesetter) lineCount(text string, rtl bool, width float64, st textStyle) int {
	return len(bidi.Layout(text, rtl, float32(width), t.measure(st.style, st.size)))
}

// stripScene lays out the timeline strip with e highlighted, height high,
// or taller, up to maxHeight, when its lanes do not fit at their smallest;
// at maxHeight the lanes that still do not fit share one "N more
// storylines" lane (charts.Options.FitLanes).
func (s *slidePainter) stripScene(c *data.Corpus, e *data.Event, visible func(*data.Event) bool, w, h, maxHeight float64) *charts.Scene {
	u := float64(s.m.unit)
	fontSize := 0.7 * u
	measure := s.text.measure(faceRegular, fontSize)
	layout := func(h float64) *charts.Scene {
		return charts.Layout(c, charts.Options{
			Width: w, Height: h, Visible: visible, Selected: e.ID, FontSize: fontSize,
			AllScripts: true, HasGlyphs: slideHasGlyphs, FitLanes: true,
			// Labels are measured at FontSize, the size they are drawn at.
			Measure: func(text string, _ float64) float64 { return float64(measure(text)) },
		})
	}
	scene := layout(h)
	n := len(scene.Lanes)
	if n == 0 {
		return scene
	}
	// Lanes end 4 above the articles row when they fit (charts.Layout).
	over := scene.Lanes[n-1].Y1 - (scene.ArticlesY0 - 4)
	if left := scene.LanesLeftOut; left > 0 {
		// Room for every lane at its smallest, a title line and a row.
		over = float64(left) * (scene.LaneHeader + scene.RowHeight)
	}
	if over > 0.5 {
		scene = layout(min(h+math.Ceil(over), maxHeight))
	}
	return scene
}

// paintStrip draws the strip's scene with e highlighted, as vector shapes,
// its top-left at (x0, y0).
func (s *slidePainter) paintStrip(scene *charts.Scene, e *data.Event, x0, y0 float64) {
	fontSize := scene.FontSize
	p := stripPainter{cv: &surfaceStrip{s: s, dx: x0, dy: y0, fontSize: fontSize},
		unit: float64(s.m.unit), fontSize: fontSize, markSize: scene.MarkSize, hairline: 0.5}
	p.paint(scene, e)
}
