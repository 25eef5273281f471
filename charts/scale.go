package charts

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"time"
)

// TimeScale maps instants to x positions and back. It is a chain of linear
// segments that meet end to end, so it is continuous, strictly increasing
// and invertible: Time(X(t)) == t up to float rounding. Segments over
// compressed empty stretches (breaks) are drawn a fixed few pixels wide;
// the other segments may have different scales, because every stretch with
// events is given at least a legible width.
type TimeScale struct {
	segs []segment
}

// segment maps [t0, t1) seconds since the Unix epoch onto [x0, x1).
type segment struct {
	t0, t1     float64
	x0, x1     float64
	compressed bool
}

func (g segment) slope() float64 { return (g.x1 - g.x0) / (g.t1 - g.t0) }

const secondsPerDay = 86400.0

// seconds turns t into seconds since the Unix epoch as a float, which keeps
// sub-microsecond precision for any date Caravan meets.
func seconds(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

// instant is the inverse of seconds, in UTC.
func instant(s float64) time.Time {
	whole := math.Floor(s)
	return time.Unix(int64(whole), int64(math.Round((s-whole)*1e9))).UTC()
}

// X returns the x position of t. Instants before or after the scale's
// domain are extrapolated with the slope of the nearest uncompressed
// segment, so panning beyond the ends behaves.
func (s *TimeScale) X(t time.Time) float64 {
	if len(s.segs) == 0 {
		return 0
	}
	return s.xOf(seconds(t))
}

func (s *TimeScale) xOf(sec float64) float64 {
	i := sort.Search(len(s.segs), func(i int) bool { return s.segs[i].t1 > sec })
	if i == len(s.segs) {
		last := s.segs[len(s.segs)-1]
		return last.x1 + (sec-last.t1)*s.edgeSlope(len(s.segs)-1)
	}
	g := s.segs[i]
	if sec < g.t0 { // only possible before the first segment
		return g.x0 + (sec-g.t0)*s.edgeSlope(0)
	}
	return g.x0 + (sec-g.t0)*g.slope()
}

// Time returns the instant at x, the inverse of X.
func (s *TimeScale) Time(x float64) time.Time {
	if len(s.segs) == 0 {
		return time.Time{}
	}
	return instant(s.secondsAt(x))
}

func (s *TimeScale) secondsAt(x float64) float64 {
	i := sort.Search(len(s.segs), func(i int) bool { return s.segs[i].x1 > x })
	if i == len(s.segs) {
		last := s.segs[len(s.segs)-1]
		return last.t1 + (x-last.x1)/s.edgeSlope(len(s.segs)-1)
	}
	g := s.segs[i]
	if x < g.x0 {
		return g.t0 + (x-g.x0)/s.edgeSlope(0)
	}
	return g.t0 + (x-g.x0)/g.slope()
}

// edgeSlope is the slope used to extrapolate past segment i at an end of
// the scale: that of the nearest uncompressed segment.
func (s *TimeScale) edgeSlope(i int) float64 {
	step := 1
	if i > 0 {
		step = -1
	}
	for j := i; j >= 0 && j < len(s.segs); j += step {
		if !s.segs[j].compressed {
			return s.segs[j].slope()
		}
	}
	return s.segs[i].slope()
}

// Domain returns the first and last instants the scale lays out.
func (s *TimeScale) Domain() (from, to time.Time) {
	if len(s.segs) == 0 {
		return time.Time{}, time.Time{}
	}
	return instant(s.segs[0].t0), instant(s.segs[len(s.segs)-1].t1)
}

// Extent returns the x positions of the domain's ends.
func (s *TimeScale) Extent() (x0, x1 float64) {
	if len(s.segs) == 0 {
		return 0, 0
	}
	return s.segs[0].x0, s.segs[len(s.segs)-1].x1
}

// Zoom returns the range to lay out to zoom by factor (>1 zooms in) while
// keeping the instant under x in place.
func (s *TimeScale) Zoom(x, factor float64) (from, to time.Time) {
	if factor <= 0 {
		factor = 1
	}
	x0, x1 := s.Extent()
	return s.Time(x - (x-x0)/factor), s.Time(x + (x1-x)/factor)
}

// Pan returns the range to lay out to move the picture dx pixels to the
// right (earlier instants come into view when dx > 0).
func (s *TimeScale) Pan(dx float64) (from, to time.Time) {
	x0, x1 := s.Extent()
	return s.Time(x0 - dx), s.Time(x1 - dx)
}

// interval is a stretch of time in seconds since the Unix epoch, [from, to).
type interval struct{ from, to float64 }

func (v interval) length() float64 { return v.to - v.from }

// Gap detection tuning. A stretch without events or articles is compressed
// when it is longer than gapShare of the time still laid out linearly and
// longer than minGapDays, until the linear remainder is short enough to get
// at least targetPixelsPerDay; these numbers keep the seed corpus's three
// storylines (months apart, with background going back decades) legible at
// 1600 px while leaving a dense month of news uncompressed.
const (
	gapShare           = 0.1
	minGapDays         = 14
	targetPixelsPerDay = 6
	// longItemDays: items longer than this (year spans, multi-month
	// stretches) occupy only their two ends, so the inside of
	// "1989–2019" can be compressed while its bar still crosses the break.
	longItemDays = 62
	// itemPadDays keeps marks off the edge of a break.
	itemPadDays = 2
	// breakWidth is the width in pixels of a fully visible compressed gap.
	breakWidth = 18
	// minSpanShare is the least share of the plot width a stretch with
	// events between two breaks is given; sparseSpanShare that of a
	// stretch that only holds the end of a long span.
	minSpanShare    = 0.08
	sparseSpanShare = 0.03
)

// occupiedStretches pads and merges the items' intervals; long items count
// by their two ends only. dense is the same for the short items alone: the
// stretches where something actually happens, rather than where a long
// span starts or ends.
func occupiedStretches(items []interval) (occupied, dense []interval) {
	pad := itemPadDays * secondsPerDay
	var all, short []interval
	for _, it := range items {
		if it.length() > longItemDays*secondsPerDay {
			all = append(all, interval{it.from - pad, it.from + pad}, interval{it.to - pad, it.to + pad})
			continue
		}
		v := interval{it.from - pad, it.to + pad}
		all = append(all, v)
		short = append(short, v)
	}
	return mergeIntervals(all), mergeIntervals(short)
}

// mergeIntervals sorts the intervals and joins those that touch.
func mergeIntervals(vs []interval) []interval {
	slices.SortFunc(vs, func(a, b interval) int { return cmp.Compare(a.from, b.from) })
	var merged []interval
	for _, v := range vs {
		if n := len(merged); n > 0 && v.from <= merged[n-1].to {
			merged[n-1].to = max(merged[n-1].to, v.to)
			continue
		}
		merged = append(merged, v)
	}
	return merged
}

// overlapsAny reports whether v shares time with any of the sorted,
// disjoint intervals.
func overlapsAny(v interval, sorted []interval) bool {
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i].to > v.from })
	return i < len(sorted) && sorted[i].from < v.to
}

// findGaps returns the stretches between occupied ones that are worth
// compressing at the given plot width, in time order.
func findGaps(occupied []interval, widthPx float64) []interval {
	if len(occupied) < 2 {
		return nil
	}
	var gaps []interval
	for i := 1; i < len(occupied); i++ {
		gaps = append(gaps, interval{occupied[i-1].to, occupied[i].from})
	}
	slices.SortFunc(gaps, func(a, b interval) int {
		switch {
		case a.length() > b.length():
			return -1
		case a.length() < b.length():
			return 1
		}
		return 0
	})
	remaining := occupied[len(occupied)-1].to - occupied[0].from
	enough := widthPx / targetPixelsPerDay * secondsPerDay
	var chosen []interval
	for _, g := range gaps {
		if remaining <= enough || g.length() < minGapDays*secondsPerDay || g.length() < gapShare*remaining {
			break
		}
		chosen = append(chosen, g)
		remaining -= g.length()
	}
	slices.SortFunc(chosen, func(a, b interval) int {
		if a.from < b.from {
			return -1
		}
		return 1
	})
	return chosen
}

// newTimeScale lays the view [from, to) onto [x0, x1), compressing the
// parts of gaps that fall inside the view. Linear stretches that hold no
// dense interval (only the end of a long span) get a smaller minimum width.
func newTimeScale(view interval, x0, x1 float64, gaps, dense []interval) *TimeScale {
	var spans []span
	cursor := view.from
	for _, g := range gaps {
		c := interval{max(g.from, view.from), min(g.to, view.to)}
		if c.length() <= 0 {
			continue
		}
		if c.from > cursor {
			spans = append(spans, linearSpan(interval{cursor, c.from}, dense))
		}
		// A partly visible gap shrinks with the part in view, so panning
		// across a break moves smoothly.
		spans = append(spans, span{interval: c, compressed: true, fixed: breakWidth * c.length() / g.length()})
		cursor = c.to
	}
	if cursor < view.to {
		spans = append(spans, linearSpan(interval{cursor, view.to}, dense))
	}

	// Compressing must never widen a gap: when a gap would be drawn wider
	// than even the flattest linear stretch would draw it (deep zoom, or a
	// view that is all gap), it is laid out linearly. Each round only turns
	// compressed spans into linear ones, so it settles.
	widths := allocate(spans, x1-x0)
	for changed := true; changed; {
		changed = false
		for i := range spans {
			if spans[i].compressed && spans[i].length()*widths.minSlope < spans[i].fixed {
				spans[i].compressed = false
				changed = true
			}
		}
		if changed {
			widths = allocate(spans, x1-x0)
		}
	}

	s := &TimeScale{}
	x := x0
	for i, sp := range spans {
		w := widths.w[i]
		// Neighbouring linear spans with the same slope (a gap turned back
		// into a linear stretch) become one segment.
		if n := len(s.segs); n > 0 && !sp.compressed && !s.segs[n-1].compressed &&
			math.Abs(s.segs[n-1].slope()-w/sp.length()) <= 1e-9*w/sp.length() {
			s.segs[n-1].t1, s.segs[n-1].x1 = sp.to, x+w
		} else {
			s.segs = append(s.segs, segment{t0: sp.from, t1: sp.to, x0: x, x1: x + w, compressed: sp.compressed})
		}
		x += w
	}
	if n := len(s.segs); n > 0 {
		s.segs[n-1].x1 = x1 // no rounding drift at the right end
	}
	return s
}

// span is a piece of the view to give a width to: a linear stretch, or a
// compressed gap with its fixed width.
type span struct {
	interval
	compressed bool
	fixed      float64
	sparse     bool // linear, but only the end of a long span is in it
}

func linearSpan(v interval, dense []interval) span {
	return span{interval: v, sparse: !overlapsAny(v, dense)}
}

// allocation is the width of every span, and the flattest scale (pixels
// per second) among the linear ones; zero when there are none.
type allocation struct {
	w        []float64
	minSlope float64
}

// allocate gives compressed spans their fixed width and shares the rest
// among linear spans in proportion to their length, except that none gets
// less than minSpanShare of the plot (water filling): short stretches full
// of events stay legible, long ones keep one common scale.
func allocate(spans []span, width float64) allocation {
	a := allocation{w: make([]float64, len(spans))}
	avail := width
	var linear []int
	for i, sp := range spans {
		if sp.compressed {
			a.w[i] = sp.fixed
			avail -= sp.fixed
			continue
		}
		linear = append(linear, i)
	}
	if len(linear) == 0 {
		return a
	}
	avail = max(avail, 1)
	minW := make([]float64, len(spans))
	for _, i := range linear {
		share := minSpanShare
		if spans[i].sparse {
			share = sparseSpanShare
		}
		minW[i] = min(share*width, avail/float64(len(linear)))
	}
	floored := make([]bool, len(spans))
	k := 0.0
	for grew := true; grew; {
		grew = false
		rest, total := avail, 0.0
		for _, i := range linear {
			if floored[i] {
				rest -= minW[i]
			} else {
				total += spans[i].length()
			}
		}
		if total == 0 {
			break
		}
		k = rest / total
		for _, i := range linear {
			if !floored[i] && spans[i].length()*k < minW[i] {
				floored[i] = true
				grew = true
			}
		}
	}
	a.minSlope = math.Inf(1)
	for _, i := range linear {
		if floored[i] {
			a.w[i] = minW[i]
		} else {
			a.w[i] = spans[i].length() * k
		}
		a.minSlope = min(a.minSlope, a.w[i]/spans[i].length())
	}
	return a
}
