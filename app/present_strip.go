package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// newTimelineStrip draws the corpus's timeline across a slide with e
// highlighted, so the audience sees where the event sits in the story. It
// paints the same charts.Scene as the window's timeline and the exported
// images, simply: lanes, axis, ticks, marks and clusters.
func newTimelineStrip(c *data.Corpus, e *data.Event, visible func(*data.Event) bool, size fyne.Size, m slideMetrics) fyne.CanvasObject {
	fontSize := 0.7 * m.unit
	scene := charts.Layout(c, charts.Options{
		Width: float64(size.Width), Height: float64(size.Height),
		Visible: visible, Selected: e.ID, FontSize: float64(fontSize),
		Measure: measureLabel,
	})
	p := scenePainter{box: container.NewWithoutLayout(), unit: m.unit, fontSize: fontSize, markSize: float32(scene.MarkSize)}
	p.paint(scene, e)
	p.box.Resize(size)
	return p.box
}

// scenePainter turns a Scene into canvas objects.
type scenePainter struct {
	box      *fyne.Container
	unit     float32 // the slide's unit, for rules and ticks
	fontSize float32
	markSize float32 // the scene's mark size, which its labels are placed beside
}

func (p *scenePainter) paint(s *charts.Scene, current *data.Event) {
	w := float32(s.Width)
	for k, lane := range s.Lanes {
		if k%2 == 0 { // every other lane banded, so lanes read as rows
			p.rect(slideLaneBand, 0, float32(lane.Y0), w, float32(lane.Y1-lane.Y0), 0)
		}
		top := float32(lane.Y0) + (float32(s.LaneHeader)-lineHeight(p.fontSize))/2
		p.text(lane.Title, slideMuted, fyne.TextStyle{}, charts.Rect{X: s.PlotX0, Y: float64(top),
			W: s.PlotX1 - s.PlotX0, H: float64(lineHeight(p.fontSize))})
	}
	p.currentBand(s, current)
	axisY := float32(s.AxisY)
	p.line(slideRule, 0, axisY, w, axisY, 1)
	for _, t := range s.Ticks {
		x := float32(t.X)
		tickLength := 0.3 * p.unit
		style := fyne.TextStyle{}
		if t.Major {
			tickLength, style.Bold = 0.6*p.unit, true
		}
		p.line(slideRule, x, axisY, x, axisY+tickLength, 1)
		if t.Label != "" {
			p.centredText(t.Label, slideMuted, style, x, axisY+tickLength)
		}
	}
	for _, b := range s.Breaks {
		// A gap in the axis with two slanted strokes: time was left out here.
		x0, x1 := float32(b.X0), float32(b.X1)
		p.rect(slideBackground, x0, axisY-0.3*p.unit, x1-x0, 0.6*p.unit, 0)
		for _, x := range []float32{x0, x1} {
			p.line(slideMuted, x-0.2*p.unit, axisY+0.4*p.unit, x+0.2*p.unit, axisY-0.4*p.unit, 1.5)
		}
	}
	for _, a := range s.Articles {
		// Articles are context, not news: thin and faint.
		p.rect(slideArticle, float32(a.X0), float32(a.Y-s.ArticleHeight/4), max(float32(a.X1-a.X0), 2), float32(s.ArticleHeight/2), 0)
	}
	for _, cl := range s.Clusters {
		// A cluster that holds the current event is the current mark.
		c, style := slideMuted, fyne.TextStyle{}
		if cl.Selected {
			c, style.Bold = slideAccent, true
		}
		p.circle(c, float32(cl.X), float32(cl.Y), 0.6*p.markSize)
		p.text(cl.Label, c, style, cl.Box)
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
func (p *scenePainter) currentBand(s *charts.Scene, e *data.Event) {
	if s.Scale == nil || e == nil || e.Span.Start.IsZero() {
		return
	}
	x0, x1 := float32(s.Scale.X(e.Span.From())), float32(s.Scale.X(e.Span.To()))
	top, bottom := float32(0), float32(s.AxisY)
	if x1-x0 < 0.5*p.unit {
		x := (x0 + x1) / 2
		p.line(slideAccent, x, top, x, bottom, max(1, 0.1*p.unit))
		return
	}
	band := slideAccent
	band.A = 0x30
	p.rect(band, x0, top, x1-x0, bottom-top, 0)
}

// mark draws an event the way its precision demands: a dot for a day, a bar
// for a span of days, a bracket for a month or a year (which must never
// look like a particular day).
func (p *scenePainter) mark(m charts.Mark, c color.NRGBA) {
	if m.Dimmed {
		c.A = 0x60
	}
	x0, x1, y := float32(m.X0), float32(m.X1), float32(m.Y)
	style := fyne.TextStyle{Bold: m.Selected}
	// size is a point's radius or half a bar's height; the current event is
	// a little larger, by less than the gap the layout leaves to its label.
	size := p.markSize / 2
	if m.Selected || m.Highlighted {
		size *= 1.3
	}
	switch m.Kind {
	case charts.PointMark:
		p.circle(c, x0, y, size)
	case charts.RangeMark:
		bar := p.rect(c, x0, y-size, max(x1-x0, size), 2*size, 0)
		roundEnds(bar, size, m.CutStart, m.CutEnd)
	default: // MonthMark, YearMark
		stroke := max(1, size/4)
		p.line(c, x0, y, x1, y, stroke)
		// A side the view cuts gets no end stroke: the edge is not where the date ends.
		if !m.CutStart {
			p.line(c, x0, y-size, x0, y+size, stroke)
		}
		if !m.CutEnd {
			p.line(c, x1, y-size, x1, y+size, stroke)
		}
	}
	if m.CutStart {
		p.continues(c, x0, y, size, -1)
	}
	if m.CutEnd {
		p.continues(c, x1, y, size, 1)
	}
	if m.Label != "" {
		if m.LabelInside {
			// The label lies over a bar cut by the view: a ground keeps it legible.
			b := m.LabelBox
			p.rect(slideBackground, float32(b.X)-2, float32(b.Y), float32(b.W)+4, float32(b.H), 0)
		}
		p.text(m.Label, c, style, m.LabelBox)
	}
}

func (p *scenePainter) add(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	p.box.Add(o)
}

func (p *scenePainter) rect(c color.Color, x, y, w, h, radius float32) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.CornerRadius = radius
	p.add(r, x, y, w, h)
	return r
}

// continues draws a small chevron just outside the plot edge at x, pointing
// away from the plot (dir -1 left, +1 right): the mark is cut by the view
// and goes on beyond it. size is half the mark's height.
func (p *scenePainter) continues(c color.Color, x, y, size, dir float32) {
	v := charts.ContinuationChevron(float64(x), float64(y), float64(size), float64(dir))
	stroke := max(1, size/4)
	for i := range 2 {
		p.line(c, float32(v[i].X), float32(v[i].Y), float32(v[i+1].X), float32(v[i+1].Y), stroke)
	}
}

func (p *scenePainter) circle(c color.Color, cx, cy, radius float32) {
	p.add(canvas.NewCircle(c), cx-radius, cy-radius, 2*radius, 2*radius)
}

func (p *scenePainter) line(c color.Color, x0, y0, x1, y1, width float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = width
	l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	p.box.Add(l)
}

// text draws a label in the box the layout gave it.
func (p *scenePainter) text(s string, c color.Color, style fyne.TextStyle, box charts.Rect) {
	t := slideText(s, p.fontSize, c, style)
	p.add(t, float32(box.X), float32(box.Y), float32(box.W), float32(box.H))
}

// centredText draws a label centred on x, its top at y.
func (p *scenePainter) centredText(s string, c color.Color, style fyne.TextStyle, x, y float32) {
	t := slideText(s, p.fontSize, c, style)
	w := fyne.MeasureText(s, p.fontSize, style).Width
	p.add(t, x-w/2, y, w, lineHeight(p.fontSize))
}
