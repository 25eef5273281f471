package app

import (
	"math"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// Timeline is the interactive timeline: lanes of events and a row of
// articles laid out by charts.Layout and painted from the resulting Scene,
// the same Scene the exported images are drawn from.
//
// Mouse: the wheel zooms around the pointer, dragging pans, hovering shows
// a tooltip, clicking selects an event or an article or zooms into a
// cluster. Keys: Left/Right (Tab, Shift+Tab) step through the events in
// time, Shift+Left/Right and Page Up/Down pan, + and − zoom, Home fits all,
// Enter opens the selected event's first passage, Esc clears the selection.
type Timeline struct {
	widget.BaseWidget

	// OnEventSelected is called when an event is selected, or with nil when
	// the selection is cleared.
	OnEventSelected func(*data.Event)
	// OnArticleSelected is called when an article mark is clicked.
	OnArticleSelected func(*data.Article)
	// OnArticlesSelected is called with a bar of the articles' density
	// band when it is clicked: what it covers and its articles.
	OnArticlesSelected func(title string, articles []*data.Article)
	// OnOpenExcerpt is called when Enter is pressed on a selected event.
	OnOpenExcerpt func(*data.Event)
	// OnViewChanged is called after every zoom, pan or fit with the range
	// now visible.
	OnViewChanged func(timeRange)
	// OnEscape is called when Esc is pressed with nothing selected.
	OnEscape func()
	// OnInput, when set, is told of each key, click and scroll first thing,
	// named; the window times how long each takes to reach the screen.
	OnInput func(what string)
	// OnHover, when set, is told of the event the pointer came to rest
	// on (nil when it left it): a click may follow.
	OnHover func(e *data.Event)

	corpus  *data.Corpus
	order   []*data.Event // the corpus's events by time, for stepping
	view    timeRange     // the requested range; zero fits all
	linear  bool
	visible func(*data.Event) bool
	dimmed  func(*data.Event) bool
	// hideUnsupported leaves out the events no passage supports
	// (View → Hide unsupported events); starred and status are the
	// analyst's stars and word on announced events, for the marks' cues.
	hideUnsupported bool
	starred         func(*data.Event) bool
	status          func(*data.Event) string

	selected        string
	selectedArticle string
	highlighted     map[string]bool

	scene     *charts.Scene
	sceneSize fyne.Size
	widths    labelWidths
	stale     bool           // the scene no longer matches the state
	scales    *charts.Scales // of the corpus, filter, scale kind and width (scalesKey)
	scalesKey scalesKey
	moving    int  // >0 while Select moves the view: see viewChanged
	moved     bool // the view moved meanwhile

	hover      fyne.Position
	hovering   bool
	hoverObj   any // what was under the pointer at the last repaint (hoverObject)
	focused    bool
	shiftDown  bool
	dragAnchor time.Time // the instant grabbed when the drag started
}

var (
	_ fyne.Widget        = (*Timeline)(nil)
	_ fyne.Focusable     = (*Timeline)(nil)
	_ fyne.Tabbable      = (*Timeline)(nil)
	_ fyne.Tappable      = (*Timeline)(nil)
	_ fyne.Draggable     = (*Timeline)(nil)
	_ fyne.Scrollable    = (*Timeline)(nil)
	_ desktop.Hoverable  = (*Timeline)(nil)
	_ desktop.Keyable    = (*Timeline)(nil)
	_ desktop.Cursorable = (*Timeline)(nil)
)

// Interaction steps.
const (
	keyZoomFactor  = 1.5  // one + or − press
	keyPanFraction = 0.1  // one Shift+arrow press, as a share of the width
	pagePanFactor  = 0.8  // one Page Up/Down press
	clusterPadding = 0.25 // room left around a cluster zoomed into, as a share of its span
	anchorTolerant = 0.25 // pixels: how far the anchored instant may drift
)

// NewTimeline returns an empty timeline; SetCorpus fills it.
func NewTimeline() *Timeline {
	t := &Timeline{stale: true}
	t.ExtendBaseWidget(t)
	return t
}

// SetCorpus shows a corpus, fitted, with nothing selected.
func (t *Timeline) SetCorpus(c *data.Corpus) {
	t.corpus, t.scales = c, nil
	t.order = nil
	if c != nil {
		t.order = slices.Clone(c.Events)
		slices.SortStableFunc(t.order, compareEventsInTime)
	}
	t.view = timeRange{}
	t.selected, t.selectedArticle, t.highlighted = "", "", nil
	t.invalidate()
	t.notifyView()
}

// compareEventsInTime orders events by start, then end, then id: the order
// the arrow keys step through.
func compareEventsInTime(a, b *data.Event) int {
	if c := a.Span.From().Compare(b.Span.From()); c != 0 {
		return c
	}
	if c := a.Span.To().Compare(b.Span.To()); c != 0 {
		return c
	}
	if a.ID < b.ID {
		return -1
	}
	if a.ID > b.ID {
		return 1
	}
	return 0
}

// SetFilter says which events are shown (visible) and which are shown
// faintly (dimmed); nil means all and none.
func (t *Timeline) SetFilter(visible, dimmed func(*data.Event) bool) {
	t.visible, t.dimmed, t.scales = visible, dimmed, nil
	t.invalidate()
}

// SetHideUnsupported leaves out (true) or shows the events that no passage
// of the corpus supports. A selected event that is now hidden is
// deselected, so that nothing unseen stays selected.
func (t *Timeline) SetHideUnsupported(hide bool) {
	if t.hideUnsupported == hide {
		return
	}
	t.hideUnsupported = hide
	if e := t.Selected(); e != nil && !t.shown(e) {
		t.Select("")
	}
	t.invalidate()
}

// HideUnsupported reports whether unsupported events are left out.
func (t *Timeline) HideUnsupported() bool { return t.hideUnsupported }

// SetCuration says which events the analyst starred and what they said of
// announced ones ("confirmed", "cancelled" or ""); nil means none.
func (t *Timeline) SetCuration(starred func(*data.Event) bool, status func(*data.Event) string) {
	t.starred, t.status = starred, status
	t.invalidate()
}

// shown reports whether the event is on the timeline: the filter keeps it
// and it is not an unsupported event being hidden.
func (t *Timeline) shown(e *data.Event) bool {
	if t.hideUnsupported && e.Unsupported() {
		return false
	}
	return t.visible == nil || t.visible(e)
}

// SetLinear switches between a plain linear time scale and one where empty
// stretches are compressed.
func (t *Timeline) SetLinear(linear bool) {
	if t.linear == linear {
		return
	}
	t.linear = linear
	t.invalidate()
	t.notifyView()
}

// Linear reports whether the time scale is plain linear.
func (t *Timeline) Linear() bool { return t.linear }

// Selected returns the selected event, or nil.
func (t *Timeline) Selected() *data.Event {
	if t.corpus == nil || t.selected == "" {
		return nil
	}
	return t.corpus.Event(t.selected)
}

// SelectedArticle returns the selected article, or nil.
func (t *Timeline) SelectedArticle() *data.Article {
	if t.corpus == nil || t.selectedArticle == "" {
		return nil
	}
	return t.corpus.Article(t.selectedArticle)
}

// Highlighted reports whether the event is highlighted as supported by the
// selected article.
func (t *Timeline) Highlighted(id string) bool { return t.highlighted[id] }

// Scene returns the layout as currently painted, laying it out first when
// the state or the size changed.
func (t *Timeline) Scene() *charts.Scene {
	size := t.Size()
	if t.scene == nil || t.stale || size != t.sceneSize {
		t.scene = charts.Layout(t.corpus, t.options(size))
		t.sceneSize, t.stale = size, false
	}
	return t.scene
}

// scalesKey is what charts.Scales depend on besides the corpus and the
// filter, whose changes drop them.
type scalesKey struct {
	width           float32
	linear, hideOut bool
}

// scalesFor returns the corpus's scales at a width, made once for every
// view laid out until the corpus, the filter or the kind of scale changes.
func (t *Timeline) scalesFor(o charts.Options, width float32) *charts.Scales {
	key := scalesKey{width: width, linear: t.linear, hideOut: t.hideUnsupported}
	if t.scales == nil || key != t.scalesKey {
		o.Scales = nil
		t.scales, t.scalesKey = charts.NewScales(t.corpus, o), key
	}
	return t.scales
}

// options are the layout options for the current state.
func (t *Timeline) options(size fyne.Size) charts.Options {
	o := charts.Options{
		Width: float64(size.Width), Height: float64(size.Height),
		From: t.view.From, To: t.view.To, Linear: t.linear,
		Visible: t.visible, Dimmed: t.dimmed,
		HideUnsupported: t.hideUnsupported, Starred: t.starred, Status: t.status,
		Selected: t.selected, Highlighted: t.highlighted, SelectedArticle: t.selectedArticle,
		FontSize: float64(t.labelTextSize()),
		Measure:  t.widths.measure,
	}
	o.Scales = t.scalesFor(o, size.Width)
	return o
}

// labelTextSize is the size of the labels on the timeline.
func (t *Timeline) labelTextSize() float32 {
	return theme.SizeForWidget(theme.SizeNameCaptionText, t)
}

// invalidate marks the scene out of date and repaints.
func (t *Timeline) invalidate() {
	t.stale = true
	t.Refresh()
}

// VisibleRange is the time range the timeline now shows: the requested one,
// or the whole corpus when fitted.
func (t *Timeline) VisibleRange() timeRange {
	s := t.Scene()
	return sceneRange(s)
}

// sceneRange is the time from the left edge of a scene's plot to its right
// edge: what Options.From and To ask for.
func sceneRange(s *charts.Scene) timeRange {
	if s == nil || s.Scale == nil || s.Width <= 0 {
		return timeRange{}
	}
	return timeRange{From: s.Scale.Time(s.PlotX0), To: s.Scale.Time(s.PlotX1)}
}

func (t *Timeline) notifyView() {
	if t.OnViewChanged != nil {
		t.OnViewChanged(t.VisibleRange())
	}
}

// SetView shows the range r; the zero range fits all.
func (t *Timeline) SetView(r timeRange) {
	t.view = r
	t.invalidate()
	t.notifyView()
}

// FitAll shows the whole corpus.
func (t *Timeline) FitAll() { t.SetView(timeRange{}) }

// ZoomAt zooms by factor (>1 in, <1 out) keeping the instant at x in place.
// The new range is taken from the scale in pixels, so what the analyst sees
// around the pointer grows evenly even where empty stretches are
// compressed.
func (t *Timeline) ZoomAt(x float32, factor float64) {
	s := t.Scene()
	if s.Width <= 0 {
		return
	}
	anchor := s.Scale.Time(float64(x))
	from, to := s.Scale.Zoom(float64(x), factor)
	// zoomAround by 1 only clamps the span to the zoom limits.
	t.setViewAnchored(zoomAround(timeRange{From: from, To: to}, anchor, 1), anchor, float64(x))
}

// Zoom zooms by factor around the selected event when it is in view, so
// the keys zoom into what the analyst is looking at, else around the
// middle of the timeline.
func (t *Timeline) Zoom(factor float64) {
	s := t.Scene()
	x := (s.PlotX0 + s.PlotX1) / 2
	if e := t.Selected(); e != nil {
		if ex := s.Scale.X(e.Span.From()); ex >= s.PlotX0 && ex <= s.PlotX1 {
			x = ex
		}
	}
	t.ZoomAt(float32(x), factor)
}

// Pan moves the view by dx pixels: positive moves the content right, to
// show earlier times.
func (t *Timeline) Pan(dx float32) {
	s := t.Scene()
	if s.Width <= 0 {
		return
	}
	mid := (s.PlotX0 + s.PlotX1) / 2
	t.panAnchored(s, float64(dx), s.Scale.Time(mid), mid+float64(dx))
}

// panAnchored moves the picture dx pixels and then makes sure the anchor
// ends up at x.
func (t *Timeline) panAnchored(s *charts.Scene, dx float64, anchor time.Time, x float64) {
	from, to := s.Scale.Pan(dx)
	t.setViewAnchored(timeRange{From: from, To: to}, anchor, x)
}

// setViewAnchored shows r, shifted so that anchor lies at x. With a linear
// scale r is already right. With compressed empty stretches the scale's
// pieces are re-allocated for every view, so the anchor drifts; the shift
// that puts it back is found by the secant method, bracketed once the
// drift changes sign, from a first guess made with the scale's local
// pixels-per-time at the anchor.
//
// The drift of each shift tried is read from the scale alone
// (charts.Scales), not from a whole layout: a next-event step at 10,000
// articles laid the scene out a dozen times.
func (t *Timeline) setViewAnchored(r timeRange, anchor time.Time, x float64) {
	scales := t.options(t.Size()).Scales
	drift := func(shift time.Duration) float64 {
		v := r.shift(shift)
		return scales.For(v.From, v.To).X(anchor) - x
	}
	best, bestDrift := time.Duration(0), drift(0)
	if math.Abs(bestDrift) > anchorTolerant {
		scale := scales.For(r.From, r.To)
		xa := scale.X(anchor)
		perPixel := scale.Time(xa + 1).Sub(scale.Time(xa))
		best, _ = solveAnchorShift(drift, perPixel, bestDrift)
	}
	t.view, t.stale = r.shift(best), true
	t.viewChanged()
}

// viewChanged repaints and tells OnViewChanged of a new view, or, while a
// step moves the view several times (Select), leaves both to its end.
func (t *Timeline) viewChanged() {
	if t.moving > 0 {
		t.moved = true
		return
	}
	t.Refresh()
	t.notifyView()
}

// Select selects the event with the id ("" clears), brings it into view and
// tells OnEventSelected.
func (t *Timeline) Select(id string) {
	t.selected, t.selectedArticle, t.highlighted = id, "", nil
	e := t.Selected()
	if e == nil {
		t.selected = ""
	}
	// Painted once, after the view has moved to the event: each paint
	// builds the scene's objects again.
	t.stale = true
	if e != nil {
		t.moving++
		t.bringIntoView(e)
		t.moving--
	}
	t.Refresh()
	if t.moved {
		t.moved = false
		t.notifyView()
	}
	if t.OnEventSelected != nil {
		t.OnEventSelected(e)
	}
}

// SelectArticle selects an article and highlights every event it supports.
func (t *Timeline) SelectArticle(a *data.Article) {
	t.selected, t.selectedArticle, t.highlighted = "", "", nil
	if a != nil {
		t.selectedArticle = a.ID
		t.highlighted = map[string]bool{}
		for _, l := range a.Links {
			t.highlighted[l.Event] = true
		}
	}
	t.invalidate()
	if t.OnArticleSelected != nil {
		t.OnArticleSelected(a)
	}
}

// ClearSelection clears the selected event or article.
func (t *Timeline) ClearSelection() {
	if t.selectedArticle != "" {
		t.SelectArticle(nil)
		return
	}
	t.Select("")
}

// bringIntoView pans an event that lies outside the view to the middle, and
// zooms in while it is merged into a cluster, so the selection is visible.
func (t *Timeline) bringIntoView(e *data.Event) {
	s := t.Scene()
	if s.Width <= 0 {
		return
	}
	from, to := s.Scale.X(e.Span.From()), s.Scale.X(e.Span.To())
	if to < s.PlotX0 || from > s.PlotX1 {
		mid := (s.PlotX0 + s.PlotX1) / 2
		t.panAnchored(s, mid-from, e.Span.From(), mid)
	}
	for range 6 {
		if !inCluster(t.Scene(), e) {
			return
		}
		s := t.Scene()
		t.setViewAnchored(zoomAround(sceneRange(s), e.Span.From(), 2), e.Span.From(), s.Scale.X(e.Span.From()))
	}
}

// inCluster reports whether the event is drawn merged into a cluster.
func inCluster(s *charts.Scene, e *data.Event) bool {
	for _, c := range s.Clusters {
		if slices.Contains(c.Events, e) {
			return true
		}
	}
	return false
}

// step selects the next (dir > 0) or previous event in time among those
// shown.
func (t *Timeline) step(dir int) {
	if e := t.adjacent(dir); e != nil {
		t.Select(e.ID)
	}
}

// adjacent is the event step(dir) would select, or nil.
func (t *Timeline) adjacent(dir int) *data.Event {
	return adjacentEvent(t.order, t.selected, dir, t.shown)
}

// adjacentEvent returns the event after (dir > 0) or before the one with id
// current in events (ordered by time), skipping those keep rejects. With no
// current event it returns the first or the last.
func adjacentEvent(events []*data.Event, current string, dir int, keep func(*data.Event) bool) *data.Event {
	at := -1
	if dir < 0 {
		at = len(events)
	}
	if current != "" {
		if i := slices.IndexFunc(events, func(e *data.Event) bool { return e.ID == current }); i >= 0 {
			at = i
		}
	}
	for i := at + sign(dir); i >= 0 && i < len(events); i += sign(dir) {
		if keep == nil || keep(events[i]) {
			return events[i]
		}
	}
	return nil
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// zoomToCluster shows the cluster's events with some room around them,
// or the stretch of time it stands for (a bucket of a dense lane).
func (t *Timeline) zoomToCluster(c *charts.Cluster) {
	if len(c.Events) == 0 {
		return
	}
	if !c.From.IsZero() && c.To.After(c.From) {
		pad := time.Duration(float64(c.To.Sub(c.From)) * clusterPadding)
		t.SetView(timeRange{From: c.From.Add(-pad), To: c.To.Add(pad)})
		return
	}
	r := timeRange{From: c.Events[0].Span.From(), To: c.Events[0].Span.To()}
	for _, e := range c.Events[1:] {
		r.From, r.To = data.Earlier(r.From, e.Span.From()), data.Later(r.To, e.Span.To())
	}
	pad := time.Duration(float64(r.Duration()) * clusterPadding)
	pad = max(pad, minViewSpan)
	t.SetView(timeRange{From: r.From.Add(-pad), To: r.To.Add(pad)})
}

// Scrolled zooms around the pointer.
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	if ev.Scrolled.DY == 0 {
		return
	}
	t.input("scroll zoom")
	t.ZoomAt(ev.Position.X, zoomFactorForScroll(ev.Scrolled.DY))
}

// Dragged pans, keeping the instant grabbed under the pointer.
func (t *Timeline) Dragged(ev *fyne.DragEvent) {
	s := t.Scene()
	if s.Width <= 0 {
		return
	}
	from := ev.Position.X - ev.Dragged.DX
	if t.dragAnchor.IsZero() {
		t.dragAnchor = s.Scale.Time(float64(from))
	}
	t.panAnchored(s, float64(ev.Dragged.DX), t.dragAnchor, float64(ev.Position.X))
}

// DragEnd lets go of the grabbed instant.
func (t *Timeline) DragEnd() { t.dragAnchor = time.Time{} }

// Tapped selects what is under the pointer: a cluster zooms in, an event is
// selected, an article is selected with the events it supports; empty
// space clears the selection.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	t.input("click on the timeline")
	t.requestFocus()
	s := t.Scene()
	x, y := float64(ev.Position.X), float64(ev.Position.Y)
	if c := s.ClusterAt(x, y); c != nil {
		t.zoomToCluster(c)
		return
	}
	if e := s.EventAt(x, y); e != nil {
		t.Select(e.ID)
		return
	}
	if a := s.ArticleAt(x, y); a != nil {
		t.SelectArticle(a)
		return
	}
	if b := s.ArticleBinAt(x, y); b != nil {
		if t.OnArticlesSelected != nil {
			t.OnArticlesSelected("Articles of "+binText(b), b.Articles)
		}
		return
	}
	t.ClearSelection()
}

// requestFocus takes the keyboard: Fyne's desktop driver leaves focusing
// on click to the widget.
func (t *Timeline) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil && c.Focused() != t {
		c.Focus(t)
	}
}

// MouseIn starts the hover tooltip.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved shows the tooltip of what is under the pointer. The window
// is repainted only when that changes: every repaint redraws the whole
// window (Fyne has no partial repaint), and a pointer crossing the
// timeline sends up to 60 moves a second. The tip stays where the pointer
// met its mark.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	under := hoverObject(t.Scene(), ev.Position)
	if t.hovering && under == t.hoverObj {
		return
	}
	t.hover, t.hovering, t.hoverObj = ev.Position, true, under
	t.Refresh()
	if t.OnHover != nil {
		e, _ := under.(*data.Event)
		t.OnHover(e)
	}
}

// MouseOut hides the hover tooltip.
func (t *Timeline) MouseOut() {
	had := t.hovering && t.hoverObj != nil
	t.hovering, t.hoverObj = false, nil
	if had {
		t.Refresh()
	}
}

// hoverObject is what lies under pos (the cluster, event, article or bar
// hoverTarget describes), or nil.
func hoverObject(s *charts.Scene, pos fyne.Position) any {
	x, y := float64(pos.X), float64(pos.Y)
	if c := s.ClusterAt(x, y); c != nil {
		return c
	}
	if e := s.EventAt(x, y); e != nil {
		return e
	}
	if a := s.ArticleAt(x, y); a != nil {
		return a
	}
	if b := s.ArticleBinAt(x, y); b != nil {
		return b
	}
	return nil
}

// Cursor shows a hand over something clickable.
func (t *Timeline) Cursor() desktop.Cursor {
	if t.hovering && hoverTarget(t.Scene(), t.hover) != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// FocusGained shows the focus ring.
func (t *Timeline) FocusGained() {
	t.focused = true
	t.Refresh()
}

// FocusLost hides the focus ring.
func (t *Timeline) FocusLost() {
	t.focused, t.shiftDown = false, false
	t.Refresh()
}

// Focused reports whether the timeline has the keyboard focus.
func (t *Timeline) Focused() bool { return t.focused }

// AcceptsTab lets Tab step through the events rather than leave the widget.
func (t *Timeline) AcceptsTab() bool { return true }

// KeyDown tracks Shift, which turns the arrows from stepping into panning.
func (t *Timeline) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shiftDown = true
	}
}

// KeyUp tracks Shift.
func (t *Timeline) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shiftDown = false
	}
}

// TypedKey handles the navigation keys.
func (t *Timeline) TypedKey(ev *fyne.KeyEvent) {
	t.input("key " + string(ev.Name))
	width := t.Size().Width
	switch ev.Name {
	case fyne.KeyRight:
		if t.shiftDown {
			t.Pan(-width * keyPanFraction)
		} else {
			t.step(+1)
		}
	case fyne.KeyLeft:
		if t.shiftDown {
			t.Pan(width * keyPanFraction)
		} else {
			t.step(-1)
		}
	case fyne.KeyTab:
		if t.shiftDown {
			t.step(-1)
		} else {
			t.step(+1)
		}
	case fyne.KeyPageDown:
		t.Pan(-width * pagePanFactor)
	case fyne.KeyPageUp:
		t.Pan(width * pagePanFactor)
	case fyne.KeyHome:
		t.FitAll()
	case fyne.KeyReturn, fyne.KeyEnter:
		if e := t.Selected(); e != nil && t.OnOpenExcerpt != nil {
			t.OnOpenExcerpt(e)
		}
	case fyne.KeyEscape:
		if t.selected != "" || t.selectedArticle != "" {
			t.ClearSelection()
		} else if t.OnEscape != nil {
			t.OnEscape()
		}
	}
}

// TypedRune zooms with + and − (= and the keypad's signs too).
func (t *Timeline) TypedRune(r rune) {
	t.input("key " + string(r))
	switch r {
	case '+', '=':
		t.Zoom(keyZoomFactor)
	case '-', '−', '_':
		t.Zoom(1 / keyZoomFactor)
	}
}

// input tells OnInput of an input.
func (t *Timeline) input(what string) {
	if t.OnInput != nil {
		t.OnInput(what)
	}
}

// MinSize leaves room for a few lanes.
func (t *Timeline) MinSize() fyne.Size { return fyne.NewSize(400, 240) }

// CreateRenderer returns the painter of the scene.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	return newTimelineRenderer(t)
}
