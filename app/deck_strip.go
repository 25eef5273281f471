package app

import (
	"image/color"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// stripPainter draws a charts.Scene on a slide as vector shapes, the
// way scenePainter (present_strip.go) draws it in the window: lanes, axis,
// ticks, marks and clusters, the current event in the accent colour.
type stripPainter struct {
	s        *slidePainter
	dx, dy   float64 // the strip's top-left on the page
	unit     float64
	fontSize float64
	markSize float64
}

func (p *stripPainter) rect(c color.NRGBA, x, y, w, h float64) {
	p.s.rect(c, x+p.dx, y+p.dy, w, h)
}

func (p *stripPainter) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	p.s.line(c, x0+p.dx, y0+p.dy, x1+p.dx, y1+p.dy, width)
}

func (p *stripPainter) circle(c color.NRGBA, cx, cy, r float64) {
	p.s.circle(c, cx+p.dx, cy+p.dy, r)
}

// text draws a label in the box the layout gave it.
func (p *stripPainter) text(s string, c color.NRGBA, bold bool, box charts.Rect) {
	st := textStyle{size: p.fontSize, color: c}
	if bold {
		st.style = faceBold
	}
	top := box.Y + (box.H-st.lineHeight())/2
	p.s.text.line(s, box.X+p.dx, top+p.dy, box.W, st, false)
}

func (p *stripPainter) paint(s *charts.Scene, current *data.Event) {
	w := s.Width
	lh := 1.3 * p.fontSize
	for k, lane := range s.Lanes {
		if k%2 == 0 { // every other lane banded, so lanes read as rows
			p.rect(slideLaneBand, 0, lane.Y0, w, lane.Y1-lane.Y0)
		}
		top := lane.Y0 + (s.LaneHeader-lh)/2
		p.text(lane.Title, slideMuted, false, charts.Rect{X: s.PlotX0, Y: top, W: s.PlotX1 - s.PlotX0, H: lh})
	}
	p.currentBand(s, current)
	axisY := s.AxisY
	p.line(slideRule, 0, axisY, w, axisY, 0.5)
	for _, t := range s.Ticks {
		tickLength := 0.3 * p.unit
		if t.Major {
			tickLength = 0.6 * p.unit
		}
		p.line(slideRule, t.X, axisY, t.X, axisY+tickLength, 0.5)
		if t.Label != "" {
			tw := float64(p.s.text.measure(faceRegular, p.fontSize)(t.Label))
			p.text(t.Label, slideMuted, t.Major, charts.Rect{X: t.X - tw/2, Y: axisY + tickLength, W: tw + p.fontSize, H: lh})
		}
	}
	for _, b := range s.Breaks {
		// A gap in the axis with two slanted strokes: time was left out here.
		p.rect(slideBackground, b.X0, axisY-0.3*p.unit, b.X1-b.X0, 0.6*p.unit)
		for _, x := range []float64{b.X0, b.X1} {
			p.line(slideMuted, x-0.2*p.unit, axisY+0.4*p.unit, x+0.2*p.unit, axisY-0.4*p.unit, 0.75)
		}
	}
	for _, a := range s.Articles {
		// Articles are context, not news: thin and faint.
		p.rect(slideArticle, a.X0, a.Y-s.ArticleHeight/4, max(a.X1-a.X0, 1), s.ArticleHeight/2)
	}
	for _, cl := range s.Clusters {
		c := slideMuted
		if cl.Selected {
			c = slideAccent
		}
		p.circle(c, cl.X, cl.Y, 0.6*p.markSize)
		p.text(cl.Label, c, cl.Selected, cl.Box)
	}
	for m := range s.MarksSelectedLast() {
		c := slideMuted
		if m.Selected {
			c = slideAccent
		}
		p.mark(m, c)
	}
}

// currentBand marks the current event's time across the whole strip.
func (p *stripPainter) currentBand(s *charts.Scene, e *data.Event) {
	if s.Scale == nil || e == nil || e.Span.Start.IsZero() {
		return
	}
	x0, x1 := s.Scale.X(e.Span.From()), s.Scale.X(e.Span.To())
	if x1-x0 < 0.5*p.unit {
		x := (x0 + x1) / 2
		p.line(slideAccent, x, 0, x, s.AxisY, max(0.5, 0.1*p.unit))
		return
	}
	band := slideAccent
	band.A = 0x30
	p.rect(band, x0, 0, x1-x0, s.AxisY)
}

// mark draws an event the way its precision demands: a dot for a day, a
// bar for a span of days, a bracket for a month or a year.
func (p *stripPainter) mark(m charts.Mark, c color.NRGBA) {
	if m.Dimmed {
		c.A = 0x60
	}
	size := p.markSize / 2
	if m.Selected || m.Highlighted {
		size *= 1.3
	}
	x0, x1, y := m.X0, m.X1, m.Y
	switch m.Kind {
	case charts.PointMark:
		p.circle(c, x0, y, size)
	case charts.RangeMark:
		p.rect(c, x0, y-size, max(x1-x0, size), 2*size)
	default: // MonthMark, YearMark
		stroke := max(0.5, size/4)
		p.line(c, x0, y, x1, y, stroke)
		if !m.CutStart {
			p.line(c, x0, y-size, x0, y+size, stroke)
		}
		if !m.CutEnd {
			p.line(c, x1, y-size, x1, y+size, stroke)
		}
	}
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
			p.line(c, v[i].X, v[i].Y, v[i+1].X, v[i+1].Y, max(0.5, size/4))
		}
	}
	if m.Label != "" {
		if m.LabelInside {
			// The label lies over a bar cut by the view: a ground keeps it legible.
			b := m.LabelBox
			p.rect(slideBackground, b.X-2, b.Y, b.W+4, b.H)
		}
		p.text(m.Label, c, m.Selected, m.LabelBox)
	}
}
