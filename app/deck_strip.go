package app

import (
	"image/color"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// This file paints a slide's timeline strip, a charts.Scene with the
// current event marked, once for both places a slide is shown: the
// presentation window (stripObjects, Fyne canvas objects) and the exported
// deck (stripOnSurface, a PDF page or a PNG picture). Only the drawing
// primitives differ.

// stripCanvas is what a strip is painted on, in the strip's own
// coordinates (its top-left at 0, 0).
type stripCanvas interface {
	rect(c color.NRGBA, x, y, w, h float64)
	// bar draws a range mark; the window rounds the ends the view does
	// not cut.
	bar(c color.NRGBA, x, y, w, h float64, cutStart, cutEnd bool)
	line(c color.NRGBA, x0, y0, x1, y1, width float64)
	circle(c color.NRGBA, cx, cy, r float64)
	// text draws a label in the box the layout gave it.
	text(s string, c color.NRGBA, bold bool, box charts.Rect)
	// centredText draws a label centred on x, its top at y.
	centredText(s string, c color.NRGBA, bold bool, x, y float64)
}

// stripPainter paints a scene on a stripCanvas.
type stripPainter struct {
	cv       stripCanvas
	unit     float64 // the slide's unit, for rules and ticks
	fontSize float64
	markSize float64 // the scene's mark size, which its labels are placed beside
	// hairline is the thinnest rule: a pixel in the window, half a point
	// on a page; strokes are multiples of it.
	hairline float64
}

func (p *stripPainter) paint(s *charts.Scene, current *data.Event) {
	cv := p.cv
	w := s.Width
	lh := 1.3 * p.fontSize
	for k, lane := range s.Lanes {
		if k%2 == 0 { // every other lane banded, so lanes read as rows
			cv.rect(slideLaneBand, 0, lane.Y0, w, lane.Y1-lane.Y0)
		}
		top := lane.Y0 + (s.LaneHeader-lh)/2
		cv.text(lane.Title, slideMuted, false, charts.Rect{X: s.PlotX0, Y: top, W: s.PlotX1 - s.PlotX0, H: lh})
	}
	p.currentBand(s, current)
	axisY := s.AxisY
	cv.line(slideRule, 0, axisY, w, axisY, p.hairline)
	for _, t := range s.Ticks {
		tickLength := 0.3 * p.unit
		if t.Major {
			tickLength = 0.6 * p.unit
		}
		cv.line(slideRule, t.X, axisY, t.X, axisY+tickLength, p.hairline)
		if t.Label != "" {
			cv.centredText(t.Label, slideMuted, t.Major, t.X, axisY+tickLength)
		}
	}
	for _, b := range s.Breaks {
		// A gap in the axis with two slanted strokes: time was left out here.
		cv.rect(slideBackground, b.X0, axisY-0.3*p.unit, b.X1-b.X0, 0.6*p.unit)
		for _, x := range []float64{b.X0, b.X1} {
			cv.line(slideMuted, x-0.2*p.unit, axisY+0.4*p.unit, x+0.2*p.unit, axisY-0.4*p.unit, 1.5*p.hairline)
		}
	}
	for _, a := range s.Articles {
		// Articles are context, not news: thin and faint.
		cv.rect(slideArticle, a.X0, a.Y-s.ArticleHeight/4, max(a.X1-a.X0, 2*p.hairline), s.ArticleHeight/2)
	}
	for _, cl := range s.Clusters {
		// A cluster that holds the current event is the current mark.
		c := slideMuted
		if cl.Selected {
			c = slideAccent
		}
		cv.circle(c, cl.X, cl.Y, 0.6*p.markSize)
		cv.text(cl.Label, c, cl.Selected, cl.Box)
	}
	for m := range s.MarksSelectedLast() {
		c := slideMuted
		if m.Selected {
			c = slideAccent
		}
		p.mark(m, c)
	}
}

// currentBand marks the current event's time across the whole strip, a
// line for a day and a faint band for a longer span, so the audience finds
// it even when the event is merged into a cluster.
func (p *stripPainter) currentBand(s *charts.Scene, e *data.Event) {
	if s.Scale == nil || e == nil || e.Span.Start.IsZero() {
		return
	}
	x0, x1 := s.Scale.X(e.Span.From()), s.Scale.X(e.Span.To())
	if x1-x0 < 0.5*p.unit {
		x := (x0 + x1) / 2
		p.cv.line(slideAccent, x, 0, x, s.AxisY, max(p.hairline, 0.1*p.unit))
		return
	}
	band := slideAccent
	band.A = 0x30
	p.cv.rect(band, x0, 0, x1-x0, s.AxisY)
}

// mark draws an event the way its precision demands: a dot for a day, a
// bar for a span of days, a bracket for a month or a year (which must never
// look like a particular day).
func (p *stripPainter) mark(m charts.Mark, c color.NRGBA) {
	cv := p.cv
	if m.Dimmed {
		c.A = 0x60
	}
	// size is a point's radius or half a bar's height; the current event is
	// a little larger, by less than the gap the layout leaves to its label.
	size := p.markSize / 2
	if m.Selected || m.Highlighted {
		size *= 1.3
	}
	x0, x1, y := m.X0, m.X1, m.Y
	stroke := max(p.hairline, size/4)
	switch m.Kind {
	case charts.PointMark:
		cv.circle(c, x0, y, size)
	case charts.RangeMark:
		cv.bar(c, x0, y-size, max(x1-x0, size), 2*size, m.CutStart, m.CutEnd)
	default: // MonthMark, YearMark
		cv.line(c, x0, y, x1, y, stroke)
		// A side the view cuts gets no end stroke: the edge is not where the date ends.
		if !m.CutStart {
			cv.line(c, x0, y-size, x0, y+size, stroke)
		}
		if !m.CutEnd {
			cv.line(c, x1, y-size, x1, y+size, stroke)
		}
	}
	// A cut side gets a small chevron just outside the plot edge, pointing
	// away from the plot: the mark goes on beyond the view.
	for _, cut := range []struct {
		on  bool
		x   float64
		dir float64
	}{{m.CutStart, x0, -1}, {m.CutEnd, x1, 1}} {
		if !cut.on {
			continue
		}
		v := charts.ContinuationChevron(cut.x, y, size, cut.dir)
		for i := range 2 {
			cv.line(c, v[i].X, v[i].Y, v[i+1].X, v[i+1].Y, stroke)
		}
	}
	if m.Label != "" {
		if m.LabelInside {
			// The label lies over a bar cut by the view: a ground keeps it legible.
			b := m.LabelBox
			cv.rect(slideBackground, b.X-2, b.Y, b.W+4, b.H)
		}
		cv.text(m.Label, c, m.Selected, m.LabelBox)
	}
}

// surfaceStrip paints a strip on a slide surface (PDF page or picture),
// its top-left at (dx, dy) on the page.
type surfaceStrip struct {
	s        *slidePainter
	dx, dy   float64
	fontSize float64
}

func (p *surfaceStrip) rect(c color.NRGBA, x, y, w, h float64) {
	p.s.rect(c, x+p.dx, y+p.dy, w, h)
}

func (p *surfaceStrip) bar(c color.NRGBA, x, y, w, h float64, _, _ bool) { p.rect(c, x, y, w, h) }

func (p *surfaceStrip) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	p.s.line(c, x0+p.dx, y0+p.dy, x1+p.dx, y1+p.dy, width)
}

func (p *surfaceStrip) circle(c color.NRGBA, cx, cy, r float64) {
	p.s.circle(c, cx+p.dx, cy+p.dy, r)
}

func (p *surfaceStrip) style(c color.NRGBA, bold bool) textStyle {
	st := textStyle{size: p.fontSize, color: c}
	if bold {
		st.style = faceBold
	}
	return st
}

func (p *surfaceStrip) text(s string, c color.NRGBA, bold bool, box charts.Rect) {
	st := p.style(c, bold)
	top := box.Y + (box.H-st.lineHeight())/2
	p.s.text.line(s, box.X+p.dx, top+p.dy, box.W, st, false)
}

func (p *surfaceStrip) centredText(s string, c color.NRGBA, bold bool, x, y float64) {
	// Measured in the regular face, as the layout measured tick labels.
	tw := float64(p.s.text.measure(faceRegular, p.fontSize)(s))
	p.text(s, c, bold, charts.Rect{X: x - tw/2, Y: y, W: tw + p.fontSize, H: 1.3 * p.fontSize})
}
