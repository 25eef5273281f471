package charts

import (
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Scene is the laid-out timeline: everything needed to paint it, in pixel
// coordinates of a Width×Height canvas. The window's timeline widget and the
// exported images both paint a Scene, so what the analyst exports is what
// they saw.
type Scene struct {
	Width, Height float64
	Scale         *TimeScale // maps time to x, with compressed breaks unless linear
	Ticks         []Tick     // axis ticks, aligned to calendar units, labels never overlapping
	Breaks        []Break    // compressed empty stretches, to mark on the axis
	Lanes         []Lane     // one per storyline, top to bottom
	Marks         []Mark     // one per visible event that is not merged into a cluster
	Clusters      []Cluster  // events merged because their labels would collide
	Articles      []ArticleMark
	AxisY         float64 // y of the time axis line
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
	FontSize        float64                                 // label font size in pixels, for measuring labels
	Measure         func(text string, size float64) float64 // label width; nil uses an estimate
}

// TimeScale maps instants to x positions and back.
type TimeScale struct {
	// unexported fields: segments with breaks
}

// X returns the x position of t.
func (s *TimeScale) X(t time.Time) float64 { return 0 }

// Time returns the instant at x.
func (s *TimeScale) Time(x float64) time.Time { return time.Time{} }

// Tick is a labelled mark on the axis.
type Tick struct {
	X     float64
	Time  time.Time
	Label string
	Major bool // a coarser unit boundary (e.g. a year among months)
}

// Break is an empty stretch compressed on the axis.
type Break struct {
	X0, X1   float64
	From, To time.Time
}

// Lane is a horizontal band for one storyline.
type Lane struct {
	ID, Title string
	Y0, Y1    float64
}

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

// Mark is one event on the timeline.
type Mark struct {
	Event       *data.Event
	Kind        MarkKind
	Lane        int
	X0, X1, Y   float64 // X0 == X1 for points
	Label       string  // possibly shortened
	LabelBox    Rect
	Selected    bool
	Highlighted bool
	Dimmed      bool
}

// Cluster is a group of events whose labels would collide; zooming in splits it.
type Cluster struct {
	Events []*data.Event
	Lane   int
	X, Y   float64
	Label  string // e.g. "3 events"
	Box    Rect
}

// ArticleMark is an article on its date; its width shows its precision.
type ArticleMark struct {
	Article   *data.Article
	X0, X1, Y float64
	Selected  bool
}

// Layout lays out the corpus's events and articles for the options.
func Layout(c *data.Corpus, o Options) *Scene {
	return &Scene{Width: o.Width, Height: o.Height, Scale: &TimeScale{}}
}

// EventAt returns the event under (x, y), the nearest within a few pixels, or nil.
func (s *Scene) EventAt(x, y float64) *data.Event { return nil }

// ClusterAt returns the cluster under (x, y), or nil.
func (s *Scene) ClusterAt(x, y float64) *Cluster { return nil }

// ArticleAt returns the article mark under (x, y), or nil.
func (s *Scene) ArticleAt(x, y float64) *data.Article { return nil }
