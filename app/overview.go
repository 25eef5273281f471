package app

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// Overview is the strip above the timeline: article counts per week or
// month, with the timeline's visible range drawn as a window that can be
// dragged to pan and resized by its edges to zoom. It spans everything the
// timeline can show, on the timeline's kind of scale for the whole corpus:
// with empty decades compressed the news stays wide enough to read, and
// with the linear scale the strip shows the true shape of time.
type Overview struct {
	widget.BaseWidget

	// OnWindowChanged is called while the analyst drags the window.
	OnWindowChanged func(timeRange)
	// OnUndated is called when the analyst clicks the "N undated" note.
	OnUndated func()

	corpus *data.Corpus
	linear bool
	// hideUnsupported lays the strip out without the events no passage
	// supports, as the timeline does when the analyst hides them: their
	// time is neither kept open nor drawn.
	hideUnsupported bool
	matching        func(*data.Article) bool
	unit            binUnit
	bins            []countBin
	undated         int
	counted         int       // counts recounts, so the painter knows the bars changed
	window          timeRange // the timeline's visible range; zero: everything

	scene      *charts.Scene // the whole corpus laid out at the strip's width
	sceneWidth float32

	grip    windowGrip // what the current drag holds
	hoverAt float64    // pointer x, for the resize cursor
	hoverY  float64    // pointer y, for the hand over the undated note
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
	o.scene = nil
	o.recount()
}

// SetLinear lays the strip out on a linear scale, or with empty stretches
// compressed, as the timeline does.
func (o *Overview) SetLinear(linear bool) {
	o.linear = linear
	o.scene = nil
	o.Refresh()
}

// SetHideUnsupported lays the strip out without (true) or with the
// events no passage supports, as the timeline shows them.
func (o *Overview) SetHideUnsupported(hide bool) {
	if o.hideUnsupported == hide {
		return
	}
	o.hideUnsupported = hide
	o.scene = nil
	o.Refresh()
}

// SetMatching sets which articles the search and filters keep; the bars
// show them against the faint count of all articles. nil keeps all.
func (o *Overview) SetMatching(matching func(*data.Article) bool) {
	o.matching = matching
	o.recount()
}

// SetWindow shows r as the visible range; the zero range is everything.
func (o *Overview) SetWindow(r timeRange) {
	if r == o.window {
		return
	}
	o.window = r
	o.Refresh()
}

// Undated is the number of undated articles the note counts.
func (o *Overview) Undated() int { return o.undated }

// Bins returns the bars as counted.
func (o *Overview) Bins() []countBin { return o.bins }

// recount counts the articles per bar over the time they cover.
func (o *Overview) recount() {
	o.bins, o.undated = nil, 0
	if o.corpus != nil {
		span := articleSpan(o.corpus.Articles)
		o.unit = binUnitFor(span)
		o.bins, o.undated = countArticles(o.corpus.Articles, span, o.unit, o.matching)
	}
	o.counted++
	o.Refresh()
}

// layout returns the whole corpus laid out at the strip's width; only its
// scale, ticks and breaks are used.
func (o *Overview) layout() *charts.Scene {
	w := o.Size().Width
	if o.scene == nil || w != o.sceneWidth {
		o.scene = charts.Layout(o.corpus, charts.Options{Width: float64(w), Height: overviewHeight,
			Linear: o.linear, HideUnsupported: o.hideUnsupported, FontSize: float64(theme.SizeForWidget(theme.SizeNameCaptionText, o)), Measure: measureLabel})
		o.sceneWidth = w
	}
	return o.scene
}

// windowX is the window's left and right edge in pixels, kept on the
// strip: the timeline may show beyond the corpus.
func (o *Overview) windowX() (float64, float64) {
	s := o.layout()
	if o.window.IsZero() {
		return s.PlotX0, s.PlotX1
	}
	clamp := func(x float64) float64 { return math.Max(s.PlotX0, math.Min(s.PlotX1, x)) }
	return clamp(s.Scale.X(o.window.From)), clamp(s.Scale.X(o.window.To))
}

// Dragged moves or resizes the window; the grip is chosen where the drag
// started. Moving keeps the span of time shown, not the window's width in
// pixels: on a compressed strip the same width can stand for a week or for
// years, and a pan must not zoom.
func (o *Overview) Dragged(ev *fyne.DragEvent) {
	if o.corpus == nil {
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
	s := o.layout()
	nx0, nx1 := dragWindow(o.grip, x0, x1, float64(ev.Dragged.DX), s.PlotX0, s.PlotX1, overviewMinWidth)
	if o.grip == gripBody {
		o.moveWindowTo(nx0)
		return
	}
	o.setWindow(timeRange{From: s.Scale.Time(nx0), To: s.Scale.Time(nx1)})
}

// DragEnd lets go of the window.
func (o *Overview) DragEnd() { o.grip = gripNone }

// Tapped lists the undated articles when the note is pressed, else
// centres the window on the pressed point.
func (o *Overview) Tapped(ev *fyne.PointEvent) {
	if o.corpus == nil {
		return
	}
	if o.onNote(ev.Position) {
		if o.OnUndated != nil {
			o.OnUndated()
		}
		return
	}
	o.centreWindowAt(float64(ev.Position.X))
}

// notePosition is where the "N undated" note of the given size is drawn:
// at the top right, above the bars' right end.
func (o *Overview) notePosition(size fyne.Size) fyne.Position {
	s := o.layout()
	return fyne.NewPos(o.Size().Width-float32(s.Width-s.PlotX1)-size.Width, 2)
}

// onNote reports whether pos lies on the "N undated" note, with a few
// pixels of tolerance.
func (o *Overview) onNote(pos fyne.Position) bool {
	if o.undated == 0 {
		return false
	}
	text := canvas.NewText(fmt.Sprintf("%d undated", o.undated), color.Black)
	text.TextSize = theme.SizeForWidget(theme.SizeNameCaptionText, o)
	text.TextStyle = fyne.TextStyle{Bold: true}
	size := text.MinSize()
	at := o.notePosition(size)
	const tol = 3
	return pos.X >= at.X-tol && pos.X <= at.X+size.Width+tol && pos.Y >= at.Y-tol && pos.Y <= at.Y+size.Height+tol
}

// centreWindowAt moves the window so its middle instant is the one at x.
func (o *Overview) centreWindowAt(x float64) {
	s := o.layout()
	w := o.shownWindow()
	o.setWindow(clampRange(s, w.shift(s.Scale.Time(x).Sub(w.From.Add(w.Duration()/2)))))
}

// moveWindowTo moves the window's left edge to x, keeping its span.
func (o *Overview) moveWindowTo(x float64) {
	s := o.layout()
	w := o.shownWindow()
	o.setWindow(clampRange(s, w.shift(s.Scale.Time(x).Sub(w.From))))
}

// shownWindow is the window's range, the whole strip when unset.
func (o *Overview) shownWindow() timeRange {
	if o.window.IsZero() {
		s := o.layout()
		return timeRange{From: s.Scale.Time(s.PlotX0), To: s.Scale.Time(s.PlotX1)}
	}
	return o.window
}

// clampRange slides r back inside the strip's time without changing its
// span, unless it is longer than the strip.
func clampRange(s *charts.Scene, r timeRange) timeRange {
	lo, hi := s.Scale.Time(s.PlotX0), s.Scale.Time(s.PlotX1)
	if r.Duration() >= hi.Sub(lo) {
		return timeRange{From: lo, To: hi}
	}
	if r.From.Before(lo) {
		r = r.shift(lo.Sub(r.From))
	}
	if r.To.After(hi) {
		r = r.shift(hi.Sub(r.To))
	}
	return r
}

func (o *Overview) setWindow(r timeRange) {
	o.window = r
	o.Refresh()
	if o.OnWindowChanged != nil {
		o.OnWindowChanged(o.window)
	}
}

// Cursor shows a resize cursor over the window's edges and a hand over
// the undated note.
func (o *Overview) Cursor() desktop.Cursor {
	if o.hoverY >= 0 && o.onNote(fyne.NewPos(float32(o.hoverAt), float32(o.hoverY))) {
		return desktop.PointerCursor
	}
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
func (o *Overview) MouseIn(ev *desktop.MouseEvent) { o.MouseMoved(ev) }

// MouseMoved tracks the pointer for Cursor.
func (o *Overview) MouseMoved(ev *desktop.MouseEvent) {
	o.hoverAt, o.hoverY = float64(ev.Position.X), float64(ev.Position.Y)
}

// MouseOut forgets the pointer.
func (o *Overview) MouseOut() { o.hoverAt, o.hoverY = -1, -1 }

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

// overviewRenderer paints the bars, the axis and the window. It repaints
// only when something it shows changed, and reuses its canvas objects: a
// Layout that rebuilt fresh objects would hand the driver new objects whose
// sizes it has not seen, which makes it lay the strip out again on the next
// frame, which rebuilt them again — an idle window repainting every frame.
type overviewRenderer struct {
	o          *Overview
	background *canvas.Rectangle
	objects    []fyne.CanvasObject
	window     *canvas.Rectangle
	grips      [2]*canvas.Rectangle
	note       *canvas.Text

	rects pool[canvas.Rectangle]
	lines pool[canvas.Line]
	texts pool[canvas.Text]

	painted overviewInputs // what the objects show
	paints  int            // how many times they were rebuilt, for tests
}

// overviewInputs is everything the strip's picture depends on.
type overviewInputs struct {
	size        fyne.Size
	scene       *charts.Scene
	counted     int // Overview.counted when painted
	window      timeRange
	fg, primary color.Color
	ground      color.Color
	textSize    float32
}

func (r *overviewRenderer) Destroy()                     {}
func (r *overviewRenderer) Layout(fyne.Size)             { r.Refresh() }
func (r *overviewRenderer) MinSize() fyne.Size           { return r.o.MinSize() }
func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh repaints when the corpus, the counts, the window, the size or
// the theme changed, and does nothing otherwise.
func (r *overviewRenderer) Refresh() {
	o := r.o
	in := overviewInputs{size: o.Size(), scene: o.layout(), counted: o.counted, window: o.window,
		fg: themeColor(theme.ColorNameForeground, o), primary: themeColor(theme.ColorNamePrimary, o),
		ground: themeColor(theme.ColorNameInputBackground, o), textSize: theme.SizeForWidget(theme.SizeNameCaptionText, o)}
	if in == r.painted && r.objects != nil {
		return
	}
	r.painted = in
	r.paints++
	r.paint(in)
	canvas.Refresh(o)
}

func (r *overviewRenderer) paint(in overviewInputs) {
	o := r.o
	size, s := in.size, in.scene
	fg, primary, textSize := in.fg, in.primary, in.textSize
	r.rects.reset()
	r.lines.reset()
	r.texts.reset()

	r.background.FillColor = in.ground
	r.background.Resize(size)
	r.objects = append(r.objects[:0], r.background)

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
		// Bins are whole weeks or months; the strip ends with the corpus.
		x0 := math.Max(s.PlotX0, s.Scale.X(b.From))
		x1 := math.Min(s.PlotX1, s.Scale.X(b.To))
		if x1-x0 > 3 {
			x0, x1 = x0+1, x1-1 // a gap between wide bars
		}
		x1 = math.Max(x1, x0+1)
		// All articles faintly, then the matching exact ones, then the
		// matching coarse ones lighter on top.
		r.objects = append(r.objects,
			r.bar(x0, x1, barBottom, b.All*scale, withAlpha(fg, 0.15)),
			r.bar(x0, x1, barBottom, b.Exact*scale, primary),
			r.bar(x0, x1, barBottom-b.Exact*scale, b.Spread*scale, withAlpha(primary, 0.45)))
	}
	r.objects = r.axisMarks(r.objects, s, barBottom, fg, textSize)

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
	r.note.Color = primary // it can be clicked: it lists the undated articles
	r.note.TextSize = textSize
	r.note.TextStyle = fyne.TextStyle{Bold: true}
	r.note.Move(o.notePosition(r.note.MinSize()))
	r.objects = append(r.objects, r.window, r.grips[0], r.grips[1], r.note)
}

// bar returns a rectangle standing on bottom, h pixels high.
func (r *overviewRenderer) bar(x0, x1, bottom, h float64, c color.Color) fyne.CanvasObject {
	rect := r.rects.get()
	*rect = canvas.Rectangle{FillColor: c}
	rect.Move(fyne.NewPos(float32(x0), float32(bottom-h)))
	rect.Resize(fyne.NewSize(float32(x1-x0), float32(h)))
	return rect
}

func (r *overviewRenderer) line(c color.Color, width float32, x0, y0, x1, y1 float32) *canvas.Line {
	l := r.lines.get()
	*l = canvas.Line{StrokeColor: c, StrokeWidth: width, Position1: fyne.NewPos(x0, y0), Position2: fyne.NewPos(x1, y1)}
	return l
}

// axisMarks draws the baseline with the layout's labelled ticks, which
// never overlap, and the pair of strokes of each compressed stretch.
func (r *overviewRenderer) axisMarks(out []fyne.CanvasObject, s *charts.Scene, y float64, c color.Color, size float32) []fyne.CanvasObject {
	faint := withAlpha(c, 0.5)
	out = append(out, r.line(faint, 1, float32(s.PlotX0), float32(y), float32(s.PlotX1), float32(y)))
	for _, tk := range s.Ticks {
		if tk.Label == "" {
			continue
		}
		text := r.texts.get()
		*text = canvas.Text{Text: tk.Label, Color: c, TextSize: size, TextStyle: fyne.TextStyle{Bold: tk.Major}}
		text.Move(fyne.NewPos(float32(tk.LabelBox.X), float32(y+1)))
		out = append(out, r.line(faint, 1, float32(tk.X), float32(y), float32(tk.X), float32(y+3)), text)
	}
	for _, b := range s.Breaks {
		cx := float32(b.X0+b.X1) / 2
		for _, dx := range []float32{-3, 1} {
			out = append(out, r.line(c, 1.2, cx+dx, float32(y+4), cx+dx+3, float32(y-4)))
		}
	}
	return out
}
