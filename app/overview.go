package app

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// Overview is the strip above the timeline: article counts per week or month
// over the whole corpus, with the timeline's visible range drawn as a window
// that can be dragged to pan and resized by its edges to zoom.
type Overview struct {
	widget.BaseWidget

	// OnWindowChanged is called while the analyst drags the window.
	OnWindowChanged func(timeRange)

	corpus   *data.Corpus
	matching func(*data.Article) bool
	span     timeRange // the whole corpus, aligned to bins
	unit     binUnit
	bins     []countBin
	undated  int
	window   timeRange // the timeline's visible range; zero: everything

	grip    windowGrip // what the current drag holds
	hoverAt float64    // pointer x, for the resize cursor
}

var (
	_ fyne.Widget        = (*Overview)(nil)
	_ fyne.Draggable     = (*Overview)(nil)
	_ fyne.Tappable      = (*Overview)(nil)
	_ desktop.Cursorable = (*Overview)(nil)
	_ desktop.Hoverable  = (*Overview)(nil)
)

// Overview geometry, in pixels.
const (
	overviewHeight   = 64
	overviewPad      = 8  // left and right margin of the bars
	overviewAxis     = 16 // room for the labels under the bars
	overviewGripTol  = 6  // how far from an edge a press still grabs it
	overviewMinWidth = 6  // the narrowest window the edges can make
)

// NewOverview returns an empty strip; SetCorpus fills it.
func NewOverview() *Overview {
	o := &Overview{}
	o.ExtendBaseWidget(o)
	return o
}

// SetCorpus counts the corpus's articles and shows the whole span.
func (o *Overview) SetCorpus(c *data.Corpus) {
	o.corpus = c
	o.window = timeRange{}
	o.recount()
}

// SetMatching sets which articles the search and filters keep; the bars
// show them against the faint count of all articles. nil keeps all.
func (o *Overview) SetMatching(matching func(*data.Article) bool) {
	o.matching = matching
	o.recount()
}

// SetWindow shows r as the visible range; the zero range is everything.
func (o *Overview) SetWindow(r timeRange) {
	o.window = r
	o.Refresh()
}

// Window is the visible range as drawn: the whole span when unset.
func (o *Overview) Window() timeRange {
	if o.window.IsZero() {
		return o.span
	}
	return o.window
}

// Bins returns the bars as counted, for the window's status line and tests.
func (o *Overview) Bins() []countBin { return o.bins }

func (o *Overview) recount() {
	o.span = corpusSpan(o.corpus)
	o.bins, o.undated = nil, 0
	if o.corpus != nil && !o.span.IsZero() {
		o.unit = binUnitFor(o.span)
		o.bins, o.undated = countArticles(o.corpus.Articles, o.span, o.unit, o.matching)
		if len(o.bins) > 0 {
			o.span = timeRange{From: o.bins[0].From, To: o.bins[len(o.bins)-1].To}
		}
	}
	o.Refresh()
}

// xmap maps the corpus span onto the strip's width.
func (o *Overview) xmap() linearMap {
	return linearMap{Range: o.span, X0: overviewPad, X1: math.Max(overviewPad+1, float64(o.Size().Width)-overviewPad)}
}

// windowX is the window's left and right edge in pixels, kept on the
// strip: the timeline may show a little beyond the corpus.
func (o *Overview) windowX() (float64, float64) {
	m, w := o.xmap(), o.Window()
	clamp := func(x float64) float64 { return math.Max(m.X0, math.Min(m.X1, x)) }
	return clamp(m.X(w.From)), clamp(m.X(w.To))
}

// Dragged moves or resizes the window; the grip is chosen where the drag
// started.
func (o *Overview) Dragged(ev *fyne.DragEvent) {
	if o.span.IsZero() {
		return
	}
	x0, x1 := o.windowX()
	if o.grip == gripNone {
		start := float64(ev.Position.X - ev.Dragged.DX)
		o.grip = gripAt(start, x0, x1, overviewGripTol)
		if o.grip == gripNone {
			// A drag that starts outside the window grabs it by the middle,
			// as if the analyst had first clicked there.
			o.centreWindowAt(start)
			x0, x1 = o.windowX()
			o.grip = gripBody
		}
	}
	m := o.xmap()
	x0, x1 = dragWindow(o.grip, x0, x1, float64(ev.Dragged.DX), m.X0, m.X1, overviewMinWidth)
	o.setWindowX(x0, x1)
}

// DragEnd lets go of the window.
func (o *Overview) DragEnd() { o.grip = gripNone }

// Tapped centres the window on the pressed point, keeping its width.
func (o *Overview) Tapped(ev *fyne.PointEvent) {
	if o.span.IsZero() {
		return
	}
	o.centreWindowAt(float64(ev.Position.X))
}

func (o *Overview) centreWindowAt(x float64) {
	x0, x1 := o.windowX()
	w := x1 - x0
	m := o.xmap()
	left := math.Max(m.X0, math.Min(m.X1-w, x-w/2))
	o.setWindowX(left, left+w)
}

func (o *Overview) setWindowX(x0, x1 float64) {
	m := o.xmap()
	o.window = timeRange{From: m.Time(x0), To: m.Time(x1)}
	o.Refresh()
	if o.OnWindowChanged != nil {
		o.OnWindowChanged(o.window)
	}
}

// Cursor shows a resize cursor over the window's edges.
func (o *Overview) Cursor() desktop.Cursor {
	x0, x1 := o.windowX()
	switch gripAt(o.hoverAt, x0, x1, overviewGripTol) {
	case gripLeft, gripRight:
		return desktop.HResizeCursor
	case gripBody:
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// MouseIn tracks the pointer for Cursor.
func (o *Overview) MouseIn(ev *desktop.MouseEvent) { o.hoverAt = float64(ev.Position.X) }

// MouseMoved tracks the pointer for Cursor.
func (o *Overview) MouseMoved(ev *desktop.MouseEvent) { o.hoverAt = float64(ev.Position.X) }

// MouseOut forgets the pointer.
func (o *Overview) MouseOut() { o.hoverAt = -1 }

// MinSize keeps the strip short and as wide as its container makes it.
func (o *Overview) MinSize() fyne.Size { return fyne.NewSize(200, overviewHeight) }

// CreateRenderer returns the strip's painter.
func (o *Overview) CreateRenderer() fyne.WidgetRenderer {
	r := &overviewRenderer{o: o, background: canvas.NewRectangle(color.Transparent),
		window: canvas.NewRectangle(color.Transparent), note: canvas.NewText("", color.Black)}
	r.grips[0], r.grips[1] = canvas.NewRectangle(color.Transparent), canvas.NewRectangle(color.Transparent)
	r.Refresh()
	return r
}

// overviewRenderer rebuilds its bars on every refresh: there are at most a
// few hundred, and the strip only changes when the corpus, the filters or
// the window do.
type overviewRenderer struct {
	o          *Overview
	background *canvas.Rectangle
	bars       []fyne.CanvasObject
	labels     []fyne.CanvasObject
	window     *canvas.Rectangle
	grips      [2]*canvas.Rectangle
	note       *canvas.Text
	objects    []fyne.CanvasObject
}

func (r *overviewRenderer) Destroy()                     {}
func (r *overviewRenderer) Layout(fyne.Size)             { r.Refresh() }
func (r *overviewRenderer) MinSize() fyne.Size           { return r.o.MinSize() }
func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *overviewRenderer) Refresh() {
	o := r.o
	size := o.Size()
	fg := themeColor(theme.ColorNameForeground, o)
	primary := themeColor(theme.ColorNamePrimary, o)
	textSize := theme.SizeForWidget(theme.SizeNameCaptionText, o)

	r.background.FillColor = themeColor(theme.ColorNameInputBackground, o)
	r.background.Resize(size)
	r.bars, r.labels = r.bars[:0], r.labels[:0]

	m := o.xmap()
	barBottom := float64(size.Height) - overviewAxis
	peak := 0.0
	for _, b := range o.bins {
		peak = math.Max(peak, b.All)
	}
	scale := 0.0
	if peak > 0 {
		scale = (barBottom - 4) / peak
	}
	for _, b := range o.bins {
		x0, x1 := m.X(b.From)+1, m.X(b.To)-1
		if x1-x0 < 1 {
			x1 = x0 + 1
		}
		// All articles faintly, then the matching exact ones, then the
		// matching coarse ones lighter on top.
		r.bars = append(r.bars,
			bar(x0, x1, barBottom, b.All*scale, withAlpha(fg, 0.15)),
			bar(x0, x1, barBottom, b.Exact*scale, primary),
			bar(x0, x1, barBottom-b.Exact*scale, b.Spread*scale, withAlpha(primary, 0.45)))
	}
	r.labels = overviewLabels(r.labels, o.bins, m, barBottom, fg, textSize)

	x0, x1 := o.windowX()
	r.window.FillColor = withAlpha(primary, 0.12)
	r.window.StrokeColor = primary
	r.window.StrokeWidth = 1.5
	r.window.Move(fyne.NewPos(float32(x0), 1))
	r.window.Resize(fyne.NewSize(float32(x1-x0), size.Height-2))
	for i, x := range []float64{x0, x1} {
		g := r.grips[i]
		g.FillColor = primary
		g.CornerRadius = 2
		g.Move(fyne.NewPos(float32(x-2), size.Height/2-9))
		g.Resize(fyne.NewSize(4, 18))
	}

	r.note.Text = ""
	if o.undated > 0 {
		r.note.Text = fmt.Sprintf("%d undated", o.undated)
	}
	r.note.Color = fg
	r.note.TextSize = textSize
	r.note.Move(fyne.NewPos(size.Width-overviewPad-r.note.MinSize().Width, 2))

	r.objects = append(r.objects[:0], r.background)
	r.objects = append(r.objects, r.bars...)
	r.objects = append(r.objects, r.labels...)
	r.objects = append(r.objects, r.window, r.grips[0], r.grips[1], r.note)
	canvas.Refresh(o)
}

// bar returns a rectangle standing on bottom, h pixels high.
func bar(x0, x1, bottom, h float64, c color.Color) fyne.CanvasObject {
	rect := canvas.NewRectangle(c)
	rect.Move(fyne.NewPos(float32(x0), float32(bottom-h)))
	rect.Resize(fyne.NewSize(float32(x1-x0), float32(h)))
	return rect
}

// overviewLabels labels the strip's axis: every year, and every month when
// there is room.
func overviewLabels(out []fyne.CanvasObject, bins []countBin, m linearMap, y float64, c color.Color, size float32) []fyne.CanvasObject {
	if len(bins) == 0 {
		return out
	}
	lastX := math.Inf(-1)
	first := bins[0].From
	for t := time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC); t.Before(bins[len(bins)-1].To); t = t.AddDate(0, 1, 0) {
		if t.Before(first) {
			continue
		}
		label := t.Format("Jan")
		if t.Month() == time.January || t.Equal(time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC)) {
			label = t.Format("Jan 2006")
		}
		x := m.X(t)
		text := canvas.NewText(label, c)
		text.TextSize = size
		w := float64(text.MinSize().Width)
		if x < lastX+4 {
			continue
		}
		text.Move(fyne.NewPos(float32(x), float32(y)))
		tick := canvas.NewLine(withAlpha(c, 0.4))
		tick.Position1 = fyne.NewPos(float32(x), float32(y-3))
		tick.Position2 = fyne.NewPos(float32(x), float32(y+3))
		out = append(out, tick, text)
		lastX = x + w
	}
	return out
}
