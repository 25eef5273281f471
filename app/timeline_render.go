package app

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// Sizes on the timeline, in pixels. The marks themselves are sized from the
// scene (MarkSize, ArticleHeight), so they match the layout's hit testing.
const (
	diamondScale    = 1.35 // a diamond's diagonal, relative to MarkSize: it reads as big as a bar
	bracketOver     = 4    // how far a bracket stands above and below a bar
	bracketSerif    = 4    // how far a bracket's ends turn inwards
	selectionRing   = 8    // how far the selection ring stands off a mark
	tooltipPad      = 6
	tooltipOffset   = 14 // from the pointer
	focusRingWidth  = 2
	minVisibleWidth = 3 // a range or article narrower than this is drawn this wide
)

// pool hands out canvas objects of one kind and takes them all back at the
// start of each repaint, so panning and zooming do not allocate a new object
// per mark per frame.
type pool[T any] struct {
	items []*T
	used  int
}

func (p *pool[T]) get() *T {
	if p.used == len(p.items) {
		p.items = append(p.items, new(T))
	}
	item := p.items[p.used]
	p.used++
	return item
}

func (p *pool[T]) reset() { p.used = 0 }

// timelineRenderer paints a charts.Scene with Fyne canvas objects. The scene
// is repainted only when the layout changed; hovering and focus redraw the
// overlay alone.
type timelineRenderer struct {
	t *Timeline

	rects   pool[canvas.Rectangle]
	lines   pool[canvas.Line]
	circles pool[canvas.Circle]
	polys   pool[canvas.Polygon]
	texts   pool[canvas.Text]
	rasters pool[canvas.Raster]

	painted     *charts.Scene // the scene the base objects show
	paintedSeen paintInputs   // what else they depend on
	laidOut     fyne.Size     // the size of the last Layout
	paints      int           // how many times the scene was painted, for tests
	refreshes   int           // how many times the widget was refreshed, for tests
	base        []fyne.CanvasObject
	objects     []fyne.CanvasObject

	// The overlay is kept apart from the pools: it changes on every mouse
	// move and must not force a repaint of the scene.
	tipBox   *canvas.Rectangle
	tipTexts []*canvas.Text
	focus    *canvas.Rectangle
	empty    *canvas.Text
}

// paintInputs are the things besides the scene that change how it looks.
// Theme changes are seen through the colours they produce.
type paintInputs struct {
	focused bool
	fg, bg  color.Color
}

func newTimelineRenderer(t *Timeline) *timelineRenderer {
	r := &timelineRenderer{t: t,
		tipBox: canvas.NewRectangle(color.Transparent),
		focus:  canvas.NewRectangle(color.Transparent),
		empty:  canvas.NewText("", color.Black),
	}
	r.Refresh()
	return r
}

func (r *timelineRenderer) Destroy()                     {}
func (r *timelineRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Layout repaints for a new size only: the driver lays a widget out again
// whenever one of its objects' minimum size changes, and a repaint at the
// same size would only ask for another frame.
func (r *timelineRenderer) Layout(size fyne.Size) {
	if size != r.laidOut {
		r.laidOut = size
		r.Refresh()
	}
}

// Refresh repaints the scene if it changed, then the overlay.
func (r *timelineRenderer) Refresh() {
	r.refreshes++
	t := r.t
	s := t.Scene()
	p := r.palette()
	seen := paintInputs{focused: t.focused, fg: p.fg, bg: p.bg}
	if s != r.painted || seen != r.paintedSeen {
		r.paintScene(s, p)
		r.painted, r.paintedSeen = s, seen
	}
	r.objects = append(r.objects[:0], r.base...)
	r.objects = r.paintOverlay(r.objects, s, p)
	canvas.Refresh(t)
}

// palette holds the theme colours of one repaint.
type palette struct {
	fg, bg, muted, primary, focus, highlight, shadow color.Color
}

func (r *timelineRenderer) palette() palette {
	t := r.t
	return palette{
		fg:        themeColor(theme.ColorNameForeground, t),
		bg:        themeColor(theme.ColorNameBackground, t),
		muted:     themeColor(theme.ColorNamePlaceHolder, t),
		primary:   themeColor(theme.ColorNamePrimary, t),
		focus:     themeColor(theme.ColorNameFocus, t),
		highlight: themeColor(theme.ColorNameWarning, t),
		shadow:    themeColor(theme.ColorNameShadow, t),
	}
}

// paintScene rebuilds the base objects, back to front: lanes, axis and
// ticks, breaks, articles, event marks, selection rings, labels, clusters.
func (r *timelineRenderer) paintScene(s *charts.Scene, p palette) {
	r.rects.reset()
	r.lines.reset()
	r.circles.reset()
	r.polys.reset()
	r.texts.reset()
	r.rasters.reset()
	r.base = r.base[:0]
	r.paints++

	textSize := r.t.labelTextSize()
	r.paintLanes(s, p, textSize)
	r.paintAxis(s, p, textSize)
	r.paintBreaks(s, p)
	for _, b := range s.ArticleBins {
		r.paintArticleBin(s, b, p)
	}
	for _, b := range s.ArticleBins {
		if b.Label != "" {
			// Over the bars, on a ground: a count stands beside its bar.
			lb := b.LabelBox
			r.rect(lb.X-1, lb.Y+2, lb.W+2, lb.H-4, withAlpha(p.bg, 0.85), nil, 0)
			r.text(b.Label, lb.X, lb.Y, p.fg, textSize, fyne.TextStyle{})
		}
	}
	for _, a := range s.Articles {
		r.paintArticle(s, a, p)
	}
	for _, m := range s.Marks {
		r.paintMark(s, m, p)
	}
	for _, m := range s.Marks {
		r.paintLabel(m, p, textSize)
	}
	for _, c := range s.Clusters {
		r.paintCluster(s, c, p, textSize)
	}
}

func (r *timelineRenderer) add(o fyne.CanvasObject) { r.base = append(r.base, o) }

func (r *timelineRenderer) rect(x, y, w, h float64, fill, stroke color.Color, strokeWidth float32) *canvas.Rectangle {
	rc := r.rects.get()
	*rc = canvas.Rectangle{FillColor: fill, StrokeColor: stroke, StrokeWidth: strokeWidth}
	rc.Move(fyne.NewPos(float32(x), float32(y)))
	rc.Resize(fyne.NewSize(float32(w), float32(h)))
	r.add(rc)
	return rc
}

func (r *timelineRenderer) line(x0, y0, x1, y1 float64, c color.Color, width float32) {
	l := r.lines.get()
	*l = canvas.Line{StrokeColor: c, StrokeWidth: width,
		Position1: fyne.NewPos(float32(x0), float32(y0)), Position2: fyne.NewPos(float32(x1), float32(y1))}
	r.add(l)
}

func (r *timelineRenderer) circle(cx, cy, radius float64, fill, stroke color.Color, strokeWidth float32) {
	c := r.circles.get()
	*c = canvas.Circle{FillColor: fill, StrokeColor: stroke, StrokeWidth: strokeWidth,
		Position1: fyne.NewPos(float32(cx-radius), float32(cy-radius)),
		Position2: fyne.NewPos(float32(cx+radius), float32(cy+radius))}
	r.add(c)
}

// polygon draws a regular polygon of the given sides centred on (cx, cy).
func (r *timelineRenderer) polygon(cx, cy, size float64, sides uint, angle float32, fill, stroke color.Color, strokeWidth float32) {
	pg := r.polys.get()
	*pg = canvas.Polygon{FillColor: fill, StrokeColor: stroke, StrokeWidth: strokeWidth, Sides: sides, Angle: angle}
	pg.Move(fyne.NewPos(float32(cx-size/2), float32(cy-size/2)))
	pg.Resize(fyne.NewSize(float32(size), float32(size)))
	r.add(pg)
}

func (r *timelineRenderer) text(s string, x, y float64, c color.Color, size float32, style fyne.TextStyle) *canvas.Text {
	tx := r.texts.get()
	*tx = canvas.Text{Text: s, Color: c, TextSize: size, TextStyle: style}
	tx.Move(fyne.NewPos(float32(x), float32(y)))
	r.add(tx)
	return tx
}

// hatch fills a rectangle with diagonal stripes: the mark of a date known
// only to the month (one direction) or the year (both directions).
func (r *timelineRenderer) hatch(x, y, w, h float64, c color.Color, cross bool) {
	rs := r.rasters.get()
	pattern := hatchPattern{c: c, cross: cross, scale: r.t.scale()}
	*rs = canvas.Raster{Generator: func(w, h int) image.Image { return pattern.sized(w, h) }}
	rs.Move(fyne.NewPos(float32(x), float32(y)))
	rs.Resize(fyne.NewSize(float32(w), float32(h)))
	canvas.Refresh(rs) // the GL driver caches a raster's texture per object
	r.add(rs)
}

// seam draws a dotted vertical line one point wide: a dot of 3 points
// every 8.
func (r *timelineRenderer) seam(x, y, h float64, c color.Color) {
	rs := r.rasters.get()
	pattern := hatchPattern{c: c, seam: true, scale: r.t.scale()}
	*rs = canvas.Raster{Generator: func(w, h int) image.Image { return pattern.sized(w, h) }}
	rs.Move(fyne.NewPos(float32(x), float32(y)))
	rs.Resize(fyne.NewSize(1, float32(h)))
	canvas.Refresh(rs)
	r.add(rs)
}

// scale is the canvas scale, so hatching keeps its spacing on HiDPI screens.
func (t *Timeline) scale() float32 {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		return c.Scale()
	}
	return 1
}

func (r *timelineRenderer) paintLanes(s *charts.Scene, p palette, textSize float32) {
	for i, l := range s.Lanes {
		c := laneColor(s, i, p.bg)
		alpha := 0.05
		if i%2 == 1 {
			alpha = 0.09
		}
		r.rect(0, l.Y0, s.Width, l.Y1-l.Y0, withAlpha(c, alpha), nil, 0)
		style := fyne.TextStyle{Bold: true}
		h := float64(fyne.MeasureText(l.Title, textSize, style).Height)
		r.text(l.Title, s.PlotX0, l.Y0+(s.LaneHeader-h)/2, c, textSize, style)
	}
}

func (r *timelineRenderer) paintAxis(s *charts.Scene, p palette, textSize float32) {
	if s.Width <= 0 {
		return
	}
	top := lanesTop(s)
	r.line(0, s.AxisY, s.Width, s.AxisY, withAlpha(p.fg, 0.6), 1)
	for _, tk := range s.Ticks {
		tickLen := 4.0
		if tk.Major {
			// Only the coarser boundaries (years among months, months
			// among days) get a grid line: more would fight the marks.
			tickLen = 7
			r.line(tk.X, top, tk.X, s.AxisY, withAlpha(p.fg, 0.12), 1)
		}
		r.line(tk.X, s.AxisY, tk.X, s.AxisY+tickLen, withAlpha(p.fg, 0.6), 1)
		if tk.Label != "" {
			r.text(tk.Label, tk.LabelBox.X, tk.LabelBox.Y, p.fg, textSize, fyne.TextStyle{Bold: tk.Major})
		}
	}
}

// lanesTop is where grid lines and break seams start: the top of the first
// lane, or the axis when there are no lanes.
func lanesTop(s *charts.Scene) float64 {
	if len(s.Lanes) > 0 {
		return s.Lanes[0].Y0
	}
	return s.AxisY
}

// paintBreaks cuts the axis at each compressed stretch with the usual pair
// of slanted strokes and draws a dotted seam up through the lanes, so a
// compressed gap is never read as a stretch of linear time. The seam is one
// raster, not a line per dot: the GL driver draws each object with a call
// of its own, and the dots of a few breaks were most of the timeline's 400
// objects at 10,000 articles.
func (r *timelineRenderer) paintBreaks(s *charts.Scene, p palette) {
	top := lanesTop(s)
	for _, b := range s.Breaks {
		cx := (b.X0 + b.X1) / 2
		if h := s.AxisY - 6 - top; h > 0 {
			r.seam(cx-0.5, top, h, withAlpha(p.fg, 0.25))
		}
		r.rect(cx-4, s.AxisY-2, 8, 4, p.bg, nil, 0)
		r.line(cx-6, s.AxisY+6, cx-2, s.AxisY-6, p.fg, 1.5)
		r.line(cx+2, s.AxisY+6, cx+6, s.AxisY-6, p.fg, 1.5)
	}
}

// markColor is the lane colour, faded when the mark is dimmed.
func markColor(s *charts.Scene, m charts.Mark, bg color.Color) color.Color {
	c := laneColor(s, m.Lane, bg)
	switch {
	case m.Dimmed:
		return withAlpha(c, 0.25)
	case m.Evidence.Weak:
		return withAlpha(c, weakAlpha) // timeline_evidence.go
	}
	return c
}

func (r *timelineRenderer) paintMark(s *charts.Scene, m charts.Mark, p palette) {
	c := markColor(s, m, p.bg)
	x0, x1 := m.X0, math.Max(m.X1, m.X0)
	switch m.Kind {
	case charts.PointMark:
		r.polygon(x0, m.Y, s.MarkSize*diamondScale, 4, 0, c, p.bg, 1) // a regular polygon starts at the top: a diamond
	case charts.RangeMark:
		w := math.Max(minVisibleWidth, x1-x0)
		bar := r.rect(x0, m.Y-s.MarkSize/2, w, s.MarkSize, c, nil, 0)
		roundEnds(bar, float32(s.MarkSize/2), m.CutStart, m.CutEnd)
	case charts.MonthMark, charts.YearMark:
		r.paintBracket(x0, math.Max(x0+minVisibleWidth, x1), m.Y, s.MarkSize+2*bracketOver, c, m.Kind == charts.YearMark, m.CutStart, m.CutEnd)
	}
	r.paintEvidence(s, m, p) // legend_marks.go
	if m.CutStart {
		r.paintContinues(x0, m.Y, s.MarkSize, c, -1)
	}
	if m.CutEnd {
		r.paintContinues(x1, m.Y, s.MarkSize, c, 1)
	}
	r.paintRings(s, x0, x1, m.Y, m.Selected, m.Highlighted, p)
	r.paintStar(s, m, p)      // timeline_evidence.go
	r.paintCancelled(s, m, p) // timeline_evidence.go
}

// roundEnds rounds a bar's ends, except an end the view cuts: that end is
// only the plot edge, and a rounded cap there would say the span stops.
func roundEnds(bar *canvas.Rectangle, radius float32, cutStart, cutEnd bool) {
	if !cutStart && !cutEnd {
		bar.CornerRadius = radius
		return
	}
	// A zero corner radius falls back to CornerRadius, so that stays zero
	// and only the uncut end's corners are set.
	if !cutStart {
		bar.TopLeftCornerRadius, bar.BottomLeftCornerRadius = radius, radius
	}
	if !cutEnd {
		bar.TopRightCornerRadius, bar.BottomRightCornerRadius = radius, radius
	}
}

// paintContinues draws a small chevron just outside the plot edge at x,
// pointing away from the plot (dir -1 left, +1 right): the mark is cut by
// the view and goes on beyond it.
func (r *timelineRenderer) paintContinues(x, y, height float64, c color.Color, dir float64) {
	v := charts.ContinuationChevron(x, y, height/2, dir)
	r.line(v[0].X, v[0].Y, v[1].X, v[1].Y, c, 2)
	r.line(v[1].X, v[1].Y, v[2].X, v[2].Y, c, 2)
}

// paintRings outlines a selected mark in the focus colour (plain
// foreground when the timeline has no keyboard focus) and a highlighted one
// in the warning colour.
func (r *timelineRenderer) paintRings(s *charts.Scene, x0, x1, y float64, selected, highlighted bool, p palette) {
	if highlighted {
		r.ring(x0, x1, y, s.MarkSize, p.highlight, 2.5)
	}
	if selected {
		ring := p.fg
		if r.t.focused {
			ring = p.focus
		}
		r.ring(x0, x1, y, s.MarkSize, ring, 2)
	}
}

// paintBracket draws "[ ]" around a hatched span: the date is somewhere in
// it, not at its start.
// A side the view cuts gets no bracket: the plot edge is not where the date
// ends.
func (r *timelineRenderer) paintBracket(x0, x1, y, height float64, c color.Color, year, cutStart, cutEnd bool) {
	top, bottom := y-height/2, y+height/2
	r.hatch(x0, top, x1-x0, height, withAlpha(c, 0.55), year)
	serif := math.Min(bracketSerif, (x1-x0)/2)
	for _, e := range []struct {
		x, in float64
		cut   bool
	}{{x0, serif, cutStart}, {x1, -serif, cutEnd}} {
		if e.cut {
			continue
		}
		r.line(e.x, top, e.x, bottom, c, 2)
		r.line(e.x, top, e.x+e.in, top, c, 2)
		r.line(e.x, bottom, e.x+e.in, bottom, c, 2)
	}
}

// ring outlines a mark of the given height from x0 to x1 at y: a circle
// round a point, a rounded box round a span.
func (r *timelineRenderer) ring(x0, x1, y, height float64, c color.Color, width float32) {
	if x1-x0 < 2 {
		r.circle(x0, y, height/2+selectionRing/2+1, color.Transparent, c, width)
		return
	}
	h := height + 2*bracketOver + selectionRing
	box := r.rect(x0-selectionRing/2, y-h/2, x1-x0+selectionRing, h, color.Transparent, c, width)
	box.CornerRadius = 4
}

func (r *timelineRenderer) paintLabel(m charts.Mark, p palette, textSize float32) {
	if m.Label == "" {
		return
	}
	c := p.fg
	if m.Dimmed {
		c = withAlpha(p.fg, 0.35)
	}
	if m.LabelInside {
		// The label lies over a bar cut by the view: a ground keeps it legible over hatching.
		b := m.LabelBox
		r.rect(b.X-2, b.Y, b.W+4, b.H, withAlpha(p.bg, 0.9), nil, 0)
	}
	r.text(m.Label, m.LabelBox.X, m.LabelBox.Y, c, textSize, fyne.TextStyle{Bold: m.Selected || m.Highlighted})
}

// paintArticle draws an article as a triangle in its language's colour; an
// article dated only to a month or year is a hollow triangle over a thin
// bar as wide as its span.
func (r *timelineRenderer) paintArticle(s *charts.Scene, a charts.ArticleMark, p palette) {
	c := languageColor(a.Article.Language)
	size := s.ArticleHeight + 2
	mid := (a.X0 + a.X1) / 2
	if a.Article.Date.Precision == data.Day || a.X1-a.X0 < size {
		r.polygon(mid, a.Y, size, 3, 0, c, color.Transparent, 0)
	} else {
		half := s.ArticleHeight / 2
		r.rect(a.X0, a.Y-1, a.X1-a.X0, 2, withAlpha(c, 0.6), nil, 0)
		r.line(a.X0, a.Y-half, a.X0, a.Y+half, c, 1.5)
		r.line(a.X1, a.Y-half, a.X1, a.Y+half, c, 1.5)
		r.polygon(mid, a.Y, size, 3, 0, p.bg, c, 1.5)
	}
	if a.Selected {
		r.circle(mid, a.Y, size/2+selectionRing/2, color.Transparent, p.focus, 2)
	}
}

// paintArticleBin draws one bar of the articles' density band, the
// articles dated only to a month or year lighter on top.
func (r *timelineRenderer) paintArticleBin(s *charts.Scene, b charts.ArticleBin, p palette) {
	bottom := s.ArticlesY1 - 1
	exact := b.Height * float64(len(b.Articles)-b.Coarse) / float64(len(b.Articles))
	w := math.Max(1, b.X1-b.X0-1) // a hairline between bars
	r.rect(b.X0, bottom-b.Height, w, b.Height-exact, withAlpha(p.primary, 0.4), nil, 0)
	r.rect(b.X0, bottom-exact, w, exact, withAlpha(p.primary, 0.85), nil, 0)
}

// paintCluster draws a cluster as a disc with its count over a thin line as
// long as its events' span.
func (r *timelineRenderer) paintCluster(s *charts.Scene, c charts.Cluster, p palette, textSize float32) {
	col := laneColor(s, c.Lane, p.bg)
	if c.X1 > c.X0 {
		r.rect(c.X0, c.Y-1, c.X1-c.X0, 2, withAlpha(col, 0.6), nil, 0)
	}
	count := fmt.Sprint(len(c.Events))
	style := fyne.TextStyle{Bold: true}
	size := fyne.MeasureText(count, textSize, style)
	radius := math.Max(s.MarkSize*0.9, float64(size.Width)/2+4)
	r.circle(c.X, c.Y, radius, col, p.bg, 1.5)
	r.text(count, c.X-float64(size.Width)/2, c.Y-float64(size.Height)/2, color.White, textSize, style)
	r.paintRings(s, c.X, c.X, c.Y, c.Selected, c.Highlighted, p)
	if c.Label != "" {
		r.text(c.Label, c.Box.X, c.Box.Y, p.fg, textSize, fyne.TextStyle{Italic: true})
	}
}

// paintOverlay adds the hover tooltip, the focus ring and the empty-state
// note after the scene.
func (r *timelineRenderer) paintOverlay(out []fyne.CanvasObject, s *charts.Scene, p palette) []fyne.CanvasObject {
	t := r.t
	size := t.Size()
	if len(s.Marks)+len(s.Clusters)+len(s.Articles)+len(s.ArticleBins) == 0 {
		r.empty.Text = "No events to show"
		if t.corpus == nil {
			r.empty.Text = "No corpus loaded"
		}
		r.empty.Color = p.muted
		r.empty.TextSize = theme.SizeForWidget(theme.SizeNameSubHeadingText, t)
		ms := r.empty.MinSize()
		r.empty.Move(fyne.NewPos((size.Width-ms.Width)/2, (size.Height-ms.Height)/2))
		out = append(out, r.empty)
	}
	if t.hovering {
		if tip := hoverTarget(s, t.hover); tip != nil {
			out = r.paintTooltip(out, tip, p)
		}
	}
	if t.focused {
		r.focus.FillColor = color.Transparent
		r.focus.StrokeColor = p.focus
		r.focus.StrokeWidth = focusRingWidth
		r.focus.Move(fyne.NewPos(focusRingWidth/2, focusRingWidth/2))
		r.focus.Resize(size.SubtractWidthHeight(focusRingWidth, focusRingWidth))
		out = append(out, r.focus)
	}
	return out
}

// tooltip is what hovering shows: a bold title and lines under it.
type tooltip struct {
	Title string
	Lines []string
}

// hoverTarget describes what lies under pos, or returns nil.
func hoverTarget(s *charts.Scene, pos fyne.Position) *tooltip {
	switch o := hoverObject(s, pos).(type) {
	case *charts.Cluster:
		return clusterTooltip(o)
	case *data.Event:
		return eventTooltip(s, o)
	case *data.Article:
		return articleTooltip(o)
	case *charts.ArticleBin:
		return &tooltip{Title: plural(len(o.Articles), "article") + " — click to list them", Lines: []string{binText(o)}}
	}
	return nil
}

// clusterTooltip lists a cluster's first events.
func clusterTooltip(c *charts.Cluster) *tooltip {
	const shown = 5
	tip := &tooltip{Title: plural(len(c.Events), "event") + " — click to zoom in"}
	for i, e := range c.Events {
		if i == shown {
			tip.Lines = append(tip.Lines, fmt.Sprintf("… and %d more", len(c.Events)-shown))
			break
		}
		tip.Lines = append(tip.Lines, spanText(e.Span)+"  "+e.Title)
	}
	return tip
}

func (r *timelineRenderer) paintTooltip(out []fyne.CanvasObject, tip *tooltip, p palette) []fyne.CanvasObject {
	t := r.t
	textSize := theme.SizeForWidget(theme.SizeNameText, t)
	lines := append([]string{tip.Title}, tip.Lines...)
	for len(r.tipTexts) < len(lines) {
		r.tipTexts = append(r.tipTexts, canvas.NewText("", color.Black))
	}
	var w, h float32
	for i, line := range lines {
		tx := r.tipTexts[i]
		tx.Text, tx.Color, tx.TextSize = strings.TrimSpace(line), p.fg, textSize
		tx.TextStyle = fyne.TextStyle{Bold: i == 0}
		ms := tx.MinSize()
		w = max(w, ms.Width)
		h += ms.Height
	}
	box := fyne.NewSize(w+2*tooltipPad, h+2*tooltipPad)
	pos := tooltipPosition(t.hover, box, t.Size())
	r.tipBox.FillColor = themeColor(theme.ColorNameOverlayBackground, t)
	r.tipBox.StrokeColor = p.shadow
	r.tipBox.StrokeWidth = 1
	r.tipBox.CornerRadius = 4
	r.tipBox.Move(pos)
	r.tipBox.Resize(box)
	out = append(out, r.tipBox)
	y := pos.Y + tooltipPad
	for _, tx := range r.tipTexts[:len(lines)] {
		tx.Move(fyne.NewPos(pos.X+tooltipPad, y))
		y += tx.MinSize().Height
		out = append(out, tx)
	}
	return out
}

// tooltipPosition puts a box of the given size below and right of the
// pointer, flipped to the other side when it would leave the widget.
func tooltipPosition(pointer fyne.Position, box, area fyne.Size) fyne.Position {
	x, y := pointer.X+tooltipOffset, pointer.Y+tooltipOffset
	if x+box.Width > area.Width {
		x = pointer.X - tooltipOffset - box.Width
	}
	if y+box.Height > area.Height {
		y = pointer.Y - tooltipOffset - box.Height
	}
	return fyne.NewPos(max(0, x), max(0, y))
}

// hatchPattern is an image of diagonal stripes computed per pixel, so a
// hatched span needs no buffer; or, for a break's seam, of dots down a
// column.
type hatchPattern struct {
	c     color.Color
	cross bool
	seam  bool
	scale float32
	w, h  int
}

func (h hatchPattern) sized(w, ht int) image.Image {
	h.w, h.h = w, ht
	return h
}

func (h hatchPattern) ColorModel() color.Model { return color.NRGBAModel }
func (h hatchPattern) Bounds() image.Rectangle { return image.Rect(0, 0, h.w, h.h) }

// At is a stripe every few pixels along one diagonal, and along both when
// the pattern is crossed; a seam is coloured on the first 3 points of
// every 8.
func (h hatchPattern) At(x, y int) color.Color {
	if h.seam {
		scale := max(h.scale, 1)
		if float32(y)/scale-8*float32(int(float32(y)/scale/8)) < 3 {
			return h.c
		}
		return color.Transparent
	}
	spacing := int(math.Max(3, float64(6*h.scale)))
	if (x+y)%spacing == 0 || (h.cross && (x-y+h.h*spacing)%spacing == 0) {
		return h.c
	}
	return color.Transparent
}

// binText is the stretch of time a bin of the density band covers, to the
// day.
func binText(b *charts.ArticleBin) string {
	return spanText(data.Span{Start: data.DateOf(b.From), End: data.DateOf(b.To.Add(-time.Nanosecond))})
}
