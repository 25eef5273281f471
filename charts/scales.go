package charts

import (
	"math"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Scales gives the time scale Layout would give a corpus under some
// options for any view, without laying the scene out. A view that keeps a
// date under the pointer while zooming or panning is found by trying
// several views (the compressed breaks are re-allocated for every view):
// each try used to be a whole layout — lanes, marks, articles — of which
// only the scale was read, and one next-event step at 10,000 articles
// laid the timeline out a dozen times. What does not depend on the view
// (the stretches the items take, the breaks between them) is found once.
type Scales struct {
	o               Options
	occupied, dense []interval
	gaps            []interval
	plotX0, plotX1  float64
}

// NewScales prepares the scales of c under o; o's From and To are ignored.
func NewScales(c *data.Corpus, o Options) *Scales {
	if c == nil {
		c = &data.Corpus{}
	}
	s := &Scales{o: o, plotX0: sidePadding, plotX1: math.Max(o.Width-sidePadding, sidePadding+1)}
	s.occupied, s.dense = occupiedStretches(itemIntervals(visibleEvents(c, o), c.Articles))
	if !o.Linear {
		s.gaps = findGaps(s.occupied, s.plotX1-s.plotX0)
	}
	return s
}

// For is the scale of the view from–to (both zero: everything), the one
// Layout gives with those From and To.
func (s *Scales) For(from, to time.Time) *TimeScale {
	o := s.o
	o.From, o.To = from, to
	return newTimeScale(viewInterval(o, s.occupied), s.plotX0, s.plotX1, s.gaps, s.dense)
}
