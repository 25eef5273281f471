package charts

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Scene is the laid-out timeline: everything needed to paint it, in pixel
// coordinates of a Width×Height canvas. The window's timeline widget and the
// exported images both paint a Scene, so what the analyst exports is what
// they saw.
//
// From top to bottom: one lane per storyline (a title line, then rows of
// marks with their labels), the thin articles row, and the time axis with
// its tick labels below it.
type Scene struct {
	Width, Height float64
	Scale         *TimeScale // maps time to x, with compressed breaks unless linear
	Ticks         []Tick     // axis ticks, aligned to calendar units, labels never overlapping
	Breaks        []Break    // compressed empty stretches, to mark on the axis
	Lanes         []Lane     // one per storyline, top to bottom
	Marks         []Mark     // one per visible event that is not merged into a cluster
	Clusters      []Cluster  // events merged because their labels would collide
	Articles      []ArticleMark
	// ArticleBins is the articles row as a density band, when the articles
	// in view are too many to draw one by one; Articles then holds only the
	// selected article, drawn over the band.
	ArticleBins []ArticleBin
	AxisY       float64 // y of the time axis line

	FontSize       float64 // label font size in pixels the scene was measured with
	RowHeight      float64 // height of one row of marks in a lane
	MarkSize       float64 // diameter of a point mark, height of a bar
	LaneHeader     float64 // height of a lane's title line, at the top of the lane
	PlotX0, PlotX1 float64 // x extent of the time scale

	// ArticlesY0 and ArticlesY1 bound the articles row; ArticleHeight is
	// the height of one article mark.
	ArticlesY0, ArticlesY1, ArticleHeight float64

	// LanesLeftOut is how many storylines with events lost their own lane
	// to FitLanes (left out, or merged into the MoreLanes lane).
	LanesLeftOut int

	corpus *data.Corpus // what was laid out, so an image can lay it out again at its own size
	opts   Options
}

// Options say what to lay out.
type Options struct {
	Width, Height   float64
	From, To        time.Time                // the visible range; zero means fit all
	Linear          bool                     // true: a plain linear scale; false: empty stretches compressed
	Visible         func(e *data.Event) bool // nil shows every event; false hides
	Dimmed          func(e *data.Event) bool // nil dims none
	Selected        string                   // selected event id
	Highlighted     map[string]bool          // events highlighted (e.g. supported by the selected article)
	SelectedArticle string
	// HideUnsupported leaves out the events no passage supports.
	HideUnsupported bool
	// Scales, when set, are NewScales of the same corpus under the same
	// width, Linear, Visible and HideUnsupported, kept by the caller to
	// lay out many views without finding the stretches again.
	Scales *Scales
	// Starred says which events the analyst starred; nil stars none.
	Starred func(e *data.Event) bool
	// Status is the analyst's word on an announced event: "confirmed"
	// (it took place), "cancelled", or "" (nil: none).
	Status   func(e *data.Event) string
	FontSize float64                                 // label font size in pixels, for measuring labels; 0 means 12
	Measure  func(text string, size float64) float64 // label width; nil uses an estimate
	// AllScripts keeps labels in every script, for painters that shape and
	// order text (charts/bidi); false makes them Latin (see latinText).
	AllScripts bool
	// HasGlyphs, with AllScripts, reports whether the fonts the labels
	// will be drawn with have every letter of s (Typeface.HasGlyphs); a
	// label they cannot draw keeps its Latin form. Nil: Latin, Greek,
	// Cyrillic and Arabic letters only.
	HasGlyphs func(s string) bool
	// FitLanes makes the lanes fit the height when each at its smallest
	// would not: lanes with nothing in view are left out, then the least
	// busy share one "N more storylines" lane (fitLanes). For strips of a
	// fixed height, such as a slide's.
	FitLanes bool
}

// Tick is a labelled mark on the axis.
type Tick struct {
	X     float64
	Time  time.Time
	Label string // "" when it would not fit beside its neighbours
	Major bool   // a coarser unit boundary (e.g. a year among months)

	Unit     TickUnit // the calendar unit Time is the start of
	LabelBox Rect     // where the label goes, centred on X and kept on the canvas
}

// Break is an empty stretch compressed on the axis.
type Break struct {
	X0, X1   float64
	From, To time.Time
}

// Lane is a horizontal band for one storyline.
type Lane struct {
	ID, Title string // Title is Latin text, ready for any painter
	Y0, Y1    float64
	Rows      int // rows of marks below the title line
	// Merged are the storylines the MoreLanes lane draws (Options.FitLanes).
	Merged []string
}

// OtherLane is the ID of the lane for events whose storyline is not in the
// corpus's list.
const OtherLane = ""

// MarkKind says how an event is drawn.
type MarkKind int

// How marks are drawn: a day event is a point; a span of days is a bar;
// month and year precision are drawn as bracketed spans, never as a fake day.
const (
	PointMark MarkKind = iota
	RangeMark
	MonthMark
	YearMark
)

// Rect is an axis-aligned rectangle in pixels.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether (x, y) is inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x <= r.X+r.W && y >= r.Y && y <= r.Y+r.H
}

// Overlaps reports whether r and o share any area.
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

// Mark is one event on the timeline.
type Mark struct {
	Event       *data.Event
	Kind        MarkKind
	Lane        int
	X0, X1, Y   float64 // X0 == X1 for points
	Label       string  // possibly shortened; "" when there was no room
	LabelBox    Rect
	LabelInside bool // the label lies over the bar (a span running past the view): paint it on a background
	// CutStart and CutEnd say that a span's start or end lies outside the
	// view, so X0 or X1 is only the plot edge: painters draw no bracket or
	// rounded end there, only a cue that the span continues. Always false
	// for points, which have no extent to cut.
	CutStart, CutEnd bool
	Selected         bool
	Highlighted      bool
	Dimmed           bool
	// Evidence is how well the corpus backs the event: painters draw its
	// cues (struck through, hollow, faded, dotted, starred) over the shape.
	Evidence Evidence

	Row int // row within the lane
}

// Cluster is a group of events whose labels would collide; zooming in splits it.
type Cluster struct {
	Events []*data.Event
	Lane   int
	X, Y   float64
	Label  string // e.g. "3 events"
	Box    Rect

	X0, X1 float64 // the span of its events' marks
	// From and To, when set, are the stretch of time to show to split the
	// cluster: a bucket of a dense lane (see bucketLane) opens onto its own
	// stretch, however long its events last.
	From, To    time.Time
	Row         int
	Selected    bool // it holds the selected event
	Highlighted bool // it holds a highlighted event
}

// ArticleMark is an article on its date; its width shows its precision.
type ArticleMark struct {
	Article   *data.Article
	X0, X1, Y float64
	Selected  bool
}

// Layout geometry, in multiples of the font size unless said otherwise.
const (
	defaultFontSize  = 12
	rowHeightEm      = 1.7
	laneHeaderEm     = 1.5
	labelHeightEm    = 1.25
	markSizeEm       = 0.75
	articleHeightEm  = 0.5
	articleSubRows   = 3
	sidePadding      = 10 // pixels left and right of the plot
	labelGap         = 4  // pixels between a mark and its label, and between labels
	hitTolerance     = 4  // pixels around a mark that still hit it
	minArticleWidth  = 3  // pixels: a day-precision article is still visible
	minBarWidth      = 3  // pixels: a short span is still a bar
	defaultEmptyYear = 2000
)

// Layout lays out the corpus's events and articles for the options.
func Layout(c *data.Corpus, o Options) *Scene {
	if c == nil {
		c = &data.Corpus{}
	}
	fs := o.FontSize
	if fs <= 0 {
		fs = defaultFontSize
	}
	m := measurer{size: fs, fn: o.Measure}
	s := &Scene{
		Width: o.Width, Height: o.Height,
		FontSize:      fs,
		RowHeight:     math.Round(fs * rowHeightEm),
		MarkSize:      math.Round(fs * markSizeEm),
		LaneHeader:    math.Round(fs * laneHeaderEm),
		ArticleHeight: math.Max(3, math.Round(fs*articleHeightEm)),
		PlotX0:        sidePadding,
		PlotX1:        math.Max(o.Width-sidePadding, sidePadding+1),
		corpus:        c,
		opts:          o,
	}
	tickLabelH := math.Round(fs * labelHeightEm)
	s.AxisY = o.Height - tickLabelH - 10
	s.ArticlesY1 = s.AxisY - 3
	s.ArticlesY0 = s.ArticlesY1 - articleSubRows*s.ArticleHeight - 4

	visible := visibleEvents(c, o)
	scales := o.Scales
	if scales == nil {
		scales = NewScales(c, o)
	}
	s.Scale = scales.For(o.From, o.To)
	s.layoutAxis(m)
	s.layoutLanes(c, visible, allScriptsOf(o.AllScripts, o.HasGlyphs))
	s.layoutMarks(visible, o, m)
	s.layoutArticles(c, o, m)
	return s
}

// visibleEvents returns the dated events the options show.
func visibleEvents(c *data.Corpus, o Options) []*data.Event {
	out := make([]*data.Event, 0, len(c.Events))
	for _, e := range c.Events {
		if e.Span.Start.IsZero() || o.Visible != nil && !o.Visible(e) || o.HideUnsupported && e.Unsupported() {
			continue
		}
		out = append(out, e)
	}
	return out
}

// itemIntervals returns the time taken by the events and the dated
// articles.
func itemIntervals(events []*data.Event, articles []*data.Article) []interval {
	out := make([]interval, 0, len(events)+len(articles))
	for _, e := range events {
		out = append(out, interval{seconds(e.Span.From()), seconds(e.Span.To())})
	}
	for _, a := range articles {
		if !a.Date.IsZero() {
			out = append(out, interval{seconds(a.Date.Start()), seconds(a.Date.End())})
		}
	}
	return out
}

// viewInterval is the range to lay out: the options' From–To when given,
// else all that is occupied, else (an empty corpus) one year, so the scale
// always has a non-zero range.
func viewInterval(o Options, occupied []interval) interval {
	switch {
	case !o.From.IsZero() && !o.To.IsZero():
		v := interval{seconds(o.From), seconds(o.To)}
		if v.to <= v.from {
			v.to = v.from + secondsPerDay
		}
		return v
	case len(occupied) > 0:
		return interval{occupied[0].from, occupied[len(occupied)-1].to}
	}
	from := time.Date(defaultEmptyYear, 1, 1, 0, 0, 0, 0, time.UTC)
	return interval{seconds(from), seconds(from.AddDate(1, 0, 0))}
}

// layoutAxis fills in the breaks and the ticks, segment by segment.
func (s *Scene) layoutAxis(m measurer) {
	var prio []int
	for _, g := range s.Scale.segs {
		if g.compressed {
			s.Breaks = append(s.Breaks, Break{X0: g.x0, X1: g.x1, From: instant(g.t0), To: instant(g.t1)})
			continue
		}
		for i, t := range segmentTicks(s.Scale, g, m) {
			s.Ticks = append(s.Ticks, t)
			switch {
			case i == 0:
				prio = append(prio, prioFirst)
			case t.Major:
				prio = append(prio, prioMajor)
			default:
				prio = append(prio, prioMinor)
			}
		}
	}
	labelTicks(s.Ticks, prio, m, s.AxisY+6, s.Width)
}

// layoutLanes makes one lane per storyline that has events in the corpus,
// in the corpus's order, and an "Other" lane last for events of unknown
// storylines; the space above the articles row is shared equally.
func (s *Scene) layoutLanes(c *data.Corpus, visible []*data.Event, sc scripts) {
	has := map[string]bool{}
	for _, e := range c.Events {
		has[e.Storyline] = true
	}
	known := map[string]bool{}
	for _, st := range c.Storylines {
		known[st.ID] = true
		if has[st.ID] {
			title := labelText(st.Title, sc)
			if title == "" {
				title = labelText(st.ID, sc)
			}
			s.Lanes = append(s.Lanes, Lane{ID: st.ID, Title: title})
		}
	}
	for id := range has {
		if !known[id] {
			s.Lanes = append(s.Lanes, Lane{ID: OtherLane, Title: "Other"})
			break
		}
	}
	if len(s.Lanes) == 0 {
		return
	}
	if s.opts.FitLanes {
		s.fitLanes(visible, s.opts.Selected)
	}
	top, bottom := 2.0, s.ArticlesY0-4
	h := math.Max((bottom-top)/float64(len(s.Lanes)), s.LaneHeader+s.RowHeight)
	for i := range s.Lanes {
		l := &s.Lanes[i]
		l.Y0 = top + float64(i)*h
		l.Y1 = l.Y0 + h
		l.Rows = max(1, int((h-s.LaneHeader)/s.RowHeight))
	}
}

// laneIndex returns the lane index of each storyline id.
func (s *Scene) laneIndex() map[string]int {
	idx := make(map[string]int, len(s.Lanes))
	for i, l := range s.Lanes {
		idx[l.ID] = i
		for _, id := range l.Merged {
			idx[id] = i
		}
	}
	return idx
}

// rowY returns the centre y of a row of a lane.
func (s *Scene) rowY(lane, row int) float64 {
	return s.Lanes[lane].Y0 + s.LaneHeader + s.RowHeight*(float64(row)+0.5)
}

// layoutMarks makes a mark for every visible event in view and places the
// labels lane by lane.
func (s *Scene) layoutMarks(events []*data.Event, o Options, m measurer) {
	from, to := s.Scale.Domain()
	lanes := s.laneIndex()
	perLane := make([][]laneItem, len(s.Lanes))
	for _, e := range events {
		t0, t1 := e.Span.From(), e.Span.To()
		if !t1.After(from) || !t0.Before(to) {
			continue
		}
		lane, ok := lanes[e.Storyline]
		if !ok {
			lane = lanes[OtherLane]
		}
		it := laneItem{mark: Mark{
			Event: e, Kind: markKind(e.Span), Lane: lane,
			Selected:    e.ID == o.Selected,
			Highlighted: o.Highlighted[e.ID],
			Dimmed:      o.Dimmed != nil && o.Dimmed(e),
			Evidence:    evidenceFor(e, o),
		}}
		x0, x1 := s.Scale.X(t0), s.Scale.X(t1)
		if it.mark.Kind == PointMark {
			mid := (x0 + x1) / 2
			x0, x1 = mid, mid
		}
		it.mark.X0 = min(max(x0, s.PlotX0), s.PlotX1)
		it.mark.X1 = min(max(x1, s.PlotX0), s.PlotX1)
		it.cut = t0.Before(from) || t1.After(to)
		if it.mark.Kind != PointMark {
			it.mark.CutStart, it.mark.CutEnd = t0.Before(from), t1.After(to)
		}
		r := s.MarkSize / 2
		if it.mark.Kind == PointMark {
			it.g0, it.g1 = it.mark.X0-r, it.mark.X1+r
		} else {
			it.g0, it.g1 = it.mark.X0, math.Max(it.mark.X1, it.mark.X0+minBarWidth)
		}
		it.label = eventLabel(e, allScriptsOf(o.AllScripts, o.HasGlyphs))
		it.labelW = m.width(it.label)
		perLane[lane] = append(perLane[lane], it)
	}
	for lane, items := range perLane {
		s.placeLane(lane, items, m)
	}
}

// markKind says how to draw a span: by its coarser precision, and for days
// by its length.
func markKind(sp data.Span) MarkKind {
	switch sp.Precision() {
	case data.Year:
		return YearMark
	case data.Month:
		return MonthMark
	}
	if sp.To().Sub(sp.From()) > 24*time.Hour {
		return RangeMark
	}
	return PointMark
}

// layoutArticles puts a mark per dated article on the articles row,
// spreading overlapping ones over a few sub-rows; when too many overlap
// all the same, the row becomes a density band (layoutArticleBins).
func (s *Scene) layoutArticles(c *data.Corpus, o Options, m measurer) {
	from, to := s.Scale.Domain()
	var ends [articleSubRows]float64
	for i := range ends {
		ends[i] = math.Inf(-1)
	}
	for _, a := range c.Articles {
		if a.Date.IsZero() || !a.Date.End().After(from) || !a.Date.Start().Before(to) {
			continue
		}
		x0 := min(max(s.Scale.X(a.Date.Start()), s.PlotX0), s.PlotX1)
		x1 := min(max(s.Scale.X(a.Date.End()), s.PlotX0), s.PlotX1)
		s.Articles = append(s.Articles, ArticleMark{Article: a, X0: x0, X1: x1, Selected: a.ID == o.SelectedArticle})
	}
	slices.SortStableFunc(s.Articles, func(a, b ArticleMark) int { return cmp.Compare(a.X0, b.X0) })
	overlapped := 0
	for i := range s.Articles {
		am := &s.Articles[i]
		// The first sub-row that is free here; when none is, the one that
		// frees up first.
		row, free := 0, false
		for r := range ends {
			if ends[r]+1 <= am.X0 {
				row, free = r, true
				break
			}
			if ends[r] < ends[row] {
				row = r
			}
		}
		if !free {
			overlapped++
		}
		ends[row] = math.Max(am.X1, am.X0+minArticleWidth)
		am.Y = s.ArticlesY0 + 2 + s.ArticleHeight*(float64(row)+0.5)
	}
	if articlesDense(overlapped, len(s.Articles)) {
		s.layoutArticleBins(m)
	}
}

// EventAt returns the event under (x, y), the nearest within a few pixels, or nil.
func (s *Scene) EventAt(x, y float64) *data.Event {
	var best *data.Event
	bestD := math.Inf(1)
	for i := range s.Marks {
		mk := &s.Marks[i]
		if math.Abs(y-mk.Y) > s.RowHeight/2 {
			continue
		}
		d := distance(x, mk.X0-s.MarkSize/2, mk.X1+s.MarkSize/2)
		if mk.Label != "" && mk.LabelBox.Contains(x, y) {
			d = math.Min(d, 0.5) // on the label: a hit, but the mark itself wins
		}
		if d <= hitTolerance && d < bestD {
			best, bestD = mk.Event, d
		}
	}
	return best
}

// ClusterAt returns the cluster under (x, y), or nil.
func (s *Scene) ClusterAt(x, y float64) *Cluster {
	for i := range s.Clusters {
		cl := &s.Clusters[i]
		if math.Abs(y-cl.Y) > s.RowHeight/2 {
			continue
		}
		if distance(x, cl.X0-s.MarkSize/2, cl.X1+s.MarkSize/2) <= hitTolerance || cl.Label != "" && cl.Box.Contains(x, y) {
			return cl
		}
	}
	return nil
}

// ArticleAt returns the article mark under (x, y), or nil.
func (s *Scene) ArticleAt(x, y float64) *data.Article {
	var best *data.Article
	bestD := math.Inf(1)
	for i := range s.Articles {
		am := &s.Articles[i]
		if math.Abs(y-am.Y) > s.ArticleHeight/2+1 {
			continue
		}
		d := distance(x, am.X0, math.Max(am.X1, am.X0+minArticleWidth))
		if d <= hitTolerance && d < bestD {
			best, bestD = am.Article, d
		}
	}
	return best
}

// distance is how far x lies outside [x0, x1]; zero inside.
func distance(x, x0, x1 float64) float64 {
	switch {
	case x < x0:
		return x0 - x
	case x > x1:
		return x - x1
	}
	return 0
}

// MarksSelectedLast yields the scene's marks in paint order: every mark in
// order, the selected one last, so that a painter drawing them in turn
// leaves nothing over the selection.
func (s *Scene) MarksSelectedLast() iter.Seq[Mark] {
	return func(yield func(Mark) bool) {
		selected := -1
		for k, m := range s.Marks {
			if m.Selected {
				selected = k
				continue
			}
			if !yield(m) {
				return
			}
		}
		if selected >= 0 {
			yield(s.Marks[selected])
		}
	}
}
