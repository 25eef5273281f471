package charts

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

func utc(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// layoutCase is a corpus and options to lay out; the invariants below hold
// for every one of them.
type layoutCase struct {
	name string
	c    *data.Corpus
	o    Options
}

func layoutCases() []layoutCase {
	seedLike := threeStorylines()
	one := &data.Corpus{Events: []*data.Event{ev("only", "", "The only event", day(2022, 9, 16), data.Date{})}}
	monthOnly := &data.Corpus{Events: []*data.Event{ev("m", "", "Sometime in September", data.MonthDate(2022, 9), data.Date{})}}
	many := manyEvents(1000)
	return []layoutCase{
		{"seed-like fit all", seedLike, Options{Width: 1600, Height: 1000}},
		{"seed-like linear", seedLike, Options{Width: 1600, Height: 1000, Linear: true}},
		{"seed-like narrow", seedLike, Options{Width: 640, Height: 480}},
		{"seed-like zoom Sep 2022", seedLike, Options{Width: 1600, Height: 1000, From: utc(2022, 9, 1), To: utc(2022, 10, 1)}},
		{"seed-like zoom a week inside a month span", seedLike, Options{Width: 1600, Height: 1000, From: utc(2022, 9, 12), To: utc(2022, 9, 17)}},
		{"seed-like zoom three days", seedLike, Options{Width: 1600, Height: 1000, From: utc(2022, 9, 13), To: utc(2022, 9, 16)}},
		{"seed-like zoom across a break", seedLike, Options{Width: 1600, Height: 1000, From: utc(2022, 1, 5), To: utc(2022, 9, 20)}},
		{"seed-like zoom inside a gap", seedLike, Options{Width: 1600, Height: 1000, From: utc(2021, 3, 1), To: utc(2021, 4, 1)}},
		{"seed-like ten years", seedLike, Options{Width: 1600, Height: 1000, From: utc(2014, 1, 1), To: utc(2024, 1, 1)}},
		{"seed-like 4K", seedLike, Options{Width: 3840, Height: 2160, FontSize: 28}},
		{"one event", one, Options{Width: 1600, Height: 1000}},
		{"one month event", monthOnly, Options{Width: 1600, Height: 1000}},
		{"empty corpus", &data.Corpus{}, Options{Width: 1600, Height: 1000}},
		{"nil corpus", nil, Options{Width: 800, Height: 600}},
		{"1000 events", many, Options{Width: 1600, Height: 1000}},
		{"1000 events short", many, Options{Width: 1600, Height: 300}},
		{"1000 events zoom a month", many, Options{Width: 1600, Height: 1000, From: utc(2021, 6, 1), To: utc(2021, 7, 1)}},
		{"1000 events linear narrow", many, Options{Width: 500, Height: 400, Linear: true}},
	}
}

func TestScaleIsMonotonicAndInvertible(t *testing.T) {
	for _, tc := range layoutCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkScale(t, Layout(tc.c, tc.o))
		})
	}
}

// checkScale checks that the scale is increasing and invertible, beyond its ends too.
func checkScale(t *testing.T, s *Scene) {
	t.Helper()
	from, to := s.Scale.Domain()
	if !to.After(from) {
		t.Fatalf("domain %v – %v is empty", from, to)
	}
	x0, x1 := s.Scale.Extent()
	if math.Abs(x0-s.PlotX0) > 1e-6 || math.Abs(x1-s.PlotX1) > 1e-6 {
		t.Errorf("extent %v–%v, want the plot %v–%v", x0, x1, s.PlotX0, s.PlotX1)
	}
	// Sample beyond both ends too: the window pans there.
	span := to.Sub(from)
	prevX := math.Inf(-1)
	for i := -50; i <= 1050; i++ {
		tm := from.Add(time.Duration(float64(span) * float64(i) / 1000))
		x := s.Scale.X(tm)
		if !(x > prevX) {
			t.Fatalf("X(%v) = %v, not after the previous %v", tm, x, prevX)
		}
		prevX = x
		back := s.Scale.Time(x)
		if d := back.Sub(tm); d > time.Millisecond || d < -time.Millisecond {
			t.Fatalf("Time(X(%v)) = %v, off by %v", tm, back, d)
		}
		if back.Location() != time.UTC {
			t.Fatalf("Time returned %v, not UTC", back.Location())
		}
	}
}

// breakCovering returns the break that covers [from, to], or nil.
func breakCovering(s *Scene, from, to time.Time) *Break {
	for i, b := range s.Breaks {
		if !b.From.After(from) && !b.To.Before(to) {
			return &s.Breaks[i]
		}
	}
	return nil
}

func TestFitAllCompressesTheGapsBetweenStorylines(t *testing.T) {
	s := Layout(threeStorylines(), Options{Width: 1600, Height: 1000})
	for _, gap := range []struct{ from, to time.Time }{
		{utc(2022, 2, 15), utc(2022, 8, 15)},  // between the unrest and the SCO summit
		{utc(2022, 10, 15), utc(2023, 4, 15)}, // between the SCO and the C5 summits
		{utc(1990, 1, 1), utc(2018, 12, 31)},  // inside the 1989–2019 year span
	} {
		b := breakCovering(s, gap.from, gap.to)
		if b == nil {
			t.Errorf("no break covers %s – %s; breaks: %+v", gap.from.Format(time.DateOnly), gap.to.Format(time.DateOnly), s.Breaks)
			continue
		}
		if w := b.X1 - b.X0; w > breakWidth+1e-9 {
			t.Errorf("break %v is %v px wide, want at most %v", b, w, breakWidth)
		}
	}
	// Nothing that happens is inside a break, and each storyline gets room.
	for _, st := range []string{"unrest", "sco", "c5"} {
		var x0, x1 = math.Inf(1), math.Inf(-1)
		for _, e := range s.corpus.Events {
			if e.Storyline != st {
				continue
			}
			for _, b := range s.Breaks {
				if e.Span.From().Before(b.To) && b.From.Before(e.Span.To()) {
					t.Errorf("event %s (%v) lies in the break %v – %v", e.ID, e.Span, b.From, b.To)
				}
			}
			x0, x1 = math.Min(x0, s.Scale.X(e.Span.From())), math.Max(x1, s.Scale.X(e.Span.To()))
		}
		if x1-x0 < 30 {
			t.Errorf("storyline %s takes %.1f px at 1600 px: not legible", st, x1-x0)
		}
	}

	// With this much room every event is drawn alone with its whole title.
	if len(s.Clusters) != 0 {
		t.Errorf("clusters at 1600×1000: %+v", s.Clusters)
	}
	for _, m := range s.Marks {
		if m.Label != m.Event.Title {
			t.Errorf("event %s labelled %q, want its title %q", m.Event.ID, m.Label, m.Event.Title)
		}
	}

	linear := Layout(threeStorylines(), Options{Width: 1600, Height: 1000, Linear: true})
	if len(linear.Breaks) != 0 {
		t.Errorf("linear layout has breaks: %+v", linear.Breaks)
	}
	// Linear means one scale: equal times, equal widths.
	a := linear.Scale.X(utc(2000, 1, 1)) - linear.Scale.X(utc(1999, 1, 1))
	b := linear.Scale.X(utc(2023, 1, 1)) - linear.Scale.X(utc(2022, 1, 1))
	if math.Abs(a-b) > 0.1 {
		t.Errorf("linear: 1999 is %.2f px, 2022 is %.2f px", a, b)
	}
}

func TestZoomKeepsBreaksUnlessLinear(t *testing.T) {
	c := threeStorylines()
	zoom := Options{Width: 1600, Height: 1000, From: utc(2022, 1, 1), To: utc(2022, 10, 1)}
	s := Layout(c, zoom)
	if breakCovering(s, utc(2022, 3, 1), utc(2022, 8, 1)) == nil {
		t.Errorf("zoomed view lost the Feb–Aug 2022 break: %+v", s.Breaks)
	}
	if from, to := s.Scale.Domain(); !from.Equal(zoom.From) || !to.Equal(zoom.To) {
		t.Errorf("zoomed domain %v – %v, want %v – %v", from, to, zoom.From, zoom.To)
	}
	zoom.Linear = true
	if s := Layout(c, zoom); len(s.Breaks) != 0 {
		t.Errorf("linear zoom has breaks: %+v", s.Breaks)
	}
	// Deep inside a gap there is nothing to compress against.
	inside := Layout(c, Options{Width: 1600, Height: 1000, From: utc(2022, 4, 1), To: utc(2022, 5, 1)})
	if len(inside.Breaks) != 0 {
		t.Errorf("a view inside a gap has breaks: %+v", inside.Breaks)
	}
}

// aligned reports whether t is the first instant of a unit.
func aligned(t time.Time, u TickUnit) bool {
	if t.Location() != time.UTC || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		return false
	}
	switch u {
	case UnitDay:
		return true
	case UnitWeek:
		return t.Weekday() == time.Monday
	case UnitMonth:
		return t.Day() == 1
	case UnitQuarter:
		return t.Day() == 1 && (t.Month()-1)%3 == 0
	case UnitYear:
		return t.Day() == 1 && t.Month() == time.January
	}
	return false
}

func TestTicksAreAlignedAndLabelsDoNotOverlap(t *testing.T) {
	for _, tc := range layoutCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkTicks(t, Layout(tc.c, tc.o))
		})
	}
}

// checkTicks checks that every tick is at a calendar boundary, outside breaks, with labels apart and on the canvas.
func checkTicks(t *testing.T, s *Scene) {
	t.Helper()
	if len(s.Ticks) == 0 {
		t.Fatal("no ticks")
	}
	labelled := 0
	var prev *Tick
	for i := range s.Ticks {
		tk := &s.Ticks[i]
		if !aligned(tk.Time, tk.Unit) {
			t.Errorf("tick %v is not at the start of a %v", tk.Time, tk.Unit)
		}
		if math.Abs(tk.X-s.Scale.X(tk.Time)) > 1e-6 {
			t.Errorf("tick %v at x %v, scale says %v", tk.Time, tk.X, s.Scale.X(tk.Time))
		}
		for _, b := range s.Breaks {
			if tk.X > b.X0+1e-6 && tk.X < b.X1-1e-6 {
				t.Errorf("tick %v inside the break %v", tk.Time, b)
			}
		}
		if tk.Label == "" {
			continue
		}
		labelled++
		if tk.LabelBox.X < 0 || tk.LabelBox.X+tk.LabelBox.W > s.Width+1e-6 {
			t.Errorf("tick label %q at %v leaves the canvas", tk.Label, tk.LabelBox)
		}
		if prev != nil && prev.LabelBox.X+prev.LabelBox.W+tickGap > tk.LabelBox.X+1e-6 {
			t.Errorf("tick labels %q %v and %q %v overlap", prev.Label, prev.LabelBox, tk.Label, tk.LabelBox)
		}
		prev = tk
	}
	if labelled < 2 {
		t.Errorf("only %d labelled ticks", labelled)
	}
}

func TestTickUnitFollowsZoom(t *testing.T) {
	c := threeStorylines()
	tests := []struct {
		from, to time.Time
		want     TickUnit
	}{
		{utc(2022, 9, 10), utc(2022, 9, 20), UnitDay},
		{utc(2022, 7, 1), utc(2022, 10, 1), UnitWeek},
		{utc(2021, 1, 1), utc(2023, 1, 1), UnitMonth},
		{utc(2015, 1, 1), utc(2023, 1, 1), UnitQuarter},
		{utc(1900, 1, 1), utc(2023, 1, 1), UnitYear},
	}
	for _, tc := range tests {
		s := Layout(c, Options{Width: 1600, Height: 1000, From: tc.from, To: tc.to, Linear: true})
		counts := map[TickUnit]int{}
		for _, tk := range s.Ticks {
			counts[tk.Unit]++
		}
		best := UnitDay
		for u, n := range counts {
			if n > counts[best] {
				best = u
			}
		}
		if best != tc.want {
			t.Errorf("%v – %v: ticks mostly %v (%v), want %v", tc.from.Format(time.DateOnly), tc.to.Format(time.DateOnly), best, counts, tc.want)
		}
	}
}

// labelBoxes returns every drawn label of marks and clusters.
func labelBoxes(s *Scene) (boxes []Rect, names []string) {
	for _, m := range s.Marks {
		if m.Label != "" {
			boxes, names = append(boxes, m.LabelBox), append(names, m.Event.ID+": "+m.Label)
		}
	}
	for _, c := range s.Clusters {
		if c.Label != "" {
			boxes, names = append(boxes, c.Box), append(names, "cluster: "+c.Label)
		}
	}
	return boxes, names
}

func TestLabelsNeverOverlapAndEveryEventIsShown(t *testing.T) {
	for _, tc := range layoutCases() {
		t.Run(tc.name, func(t *testing.T) {
			checkLabels(t, Layout(tc.c, tc.o), tc.c)
		})
	}
}

// checkLabels checks that no two labels overlap or leave the canvas, and that every event in view is drawn once, alone or in a cluster.
func checkLabels(t *testing.T, s *Scene, c *data.Corpus) {
	t.Helper()
	boxes, names := labelBoxes(s)
	for i := range boxes {
		if boxes[i].X < 0 || boxes[i].X+boxes[i].W > s.Width+1e-6 {
			t.Errorf("label %q at %v leaves the canvas", names[i], boxes[i])
		}
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].Overlaps(boxes[j]) {
				t.Errorf("labels %q %v and %q %v overlap", names[i], boxes[i], names[j], boxes[j])
			}
		}
	}
	// Every event in view is drawn exactly once, alone or in a cluster.
	if c == nil {
		return
	}
	from, to := s.Scale.Domain()
	seen := map[string]int{}
	for _, m := range s.Marks {
		seen[m.Event.ID]++
	}
	for _, c := range s.Clusters {
		if len(c.Events) < 2 {
			t.Errorf("cluster of %d events", len(c.Events))
		}
		for _, e := range c.Events {
			seen[e.ID]++
		}
	}
	for _, e := range c.Events {
		inView := e.Span.To().After(from) && e.Span.From().Before(to)
		if want := map[bool]int{true: 1}[inView]; seen[e.ID] != want {
			t.Errorf("event %s drawn %d times, want %d", e.ID, seen[e.ID], want)
		}
	}
}

func TestCrowdedLabelsShortenThenCluster(t *testing.T) {
	// Five events on the same day in a lane with two rows: two get rows,
	// the rest can only be merged.
	c := &data.Corpus{Storylines: []data.Storyline{{ID: "s", Title: "S"}}}
	for i := range 5 {
		c.Events = append(c.Events, ev(fmt.Sprint("e", i), "s", fmt.Sprintf("Event %d on the same day", i), day(2022, 9, 16), data.Date{}))
	}
	c.Events = append(c.Events, ev("later", "s", "A later event", day(2022, 9, 30), data.Date{}))
	s := Layout(c, Options{Width: 800, Height: 130, From: utc(2022, 9, 1), To: utc(2022, 10, 1)})
	if s.Lanes[0].Rows != 2 {
		t.Fatalf("lane has %d rows; the test wants 2", s.Lanes[0].Rows)
	}
	if len(s.Clusters) != 1 {
		t.Fatalf("got %d clusters, want 1: marks %+v", len(s.Clusters), s.Marks)
	}
	cl := s.Clusters[0]
	if len(cl.Events) != 4 || cl.Label != "4 events" {
		t.Errorf("cluster has %d events labelled %q, want 4 and %q", len(cl.Events), cl.Label, "4 events")
	}

	// Two close events in one row: the first label is cut with an
	// ellipsis, keeping enough of it to read.
	c2 := &data.Corpus{Events: []*data.Event{
		ev("a", "", "A rather long title that cannot fit", day(2022, 9, 10), data.Date{}),
		ev("b", "", "Next", day(2022, 9, 16), data.Date{}),
	}}
	s2 := Layout(c2, Options{Width: 800, Height: 90, From: utc(2022, 9, 1), To: utc(2022, 10, 1)})
	if s2.Lanes[0].Rows != 1 {
		t.Fatalf("lane has %d rows; the test wants 1", s2.Lanes[0].Rows)
	}
	if len(s2.Marks) != 2 {
		t.Fatalf("got %d marks, want 2 (clusters %+v)", len(s2.Marks), s2.Clusters)
	}
	if l := s2.Marks[0].Label; l == "" || l == c2.Events[0].Title || []rune(l)[len([]rune(l))-1] != '…' {
		t.Errorf("first label %q: want it shortened with an ellipsis", l)
	}

	// Zooming in on the cluster splits it.
	zoomed := Layout(c, Options{Width: 800, Height: 260, From: utc(2022, 9, 16), To: utc(2022, 9, 17)})
	if len(zoomed.Clusters) != 0 {
		t.Errorf("with room for every row there are still clusters: %+v", zoomed.Clusters)
	}
}

func TestClustersSplitWhenZoomedIn(t *testing.T) {
	c := manyEvents(1000)
	s := Layout(c, Options{Width: 1600, Height: 1000})
	if len(s.Clusters) == 0 {
		t.Fatal("1000 events at 1600 px formed no cluster; the test needs one")
	}
	cl := s.Clusters[len(s.Clusters)/2]
	from, to := cl.Events[0].Span.From(), cl.Events[0].Span.To()
	for _, e := range cl.Events {
		from, to = data.Earlier(from, e.Span.From()), data.Later(to, e.Span.To())
	}
	zoomed := Layout(c, Options{Width: 1600, Height: 1000, From: from.AddDate(0, 0, -1), To: to.AddDate(0, 0, 1)})
	alone := map[string]bool{}
	for _, m := range zoomed.Marks {
		alone[m.Event.ID] = true
	}
	for _, e := range cl.Events {
		if !alone[e.ID] {
			t.Errorf("zoomed to %v – %v, event %s is still merged", from, to, e.ID)
		}
	}
}

func TestMarkKindFollowsPrecision(t *testing.T) {
	tests := []struct {
		name       string
		span       data.Span
		kind       MarkKind
		from, to   time.Time // the instants X0 and X1 must stand for
		wantPoint  bool
		pointOnDay time.Time
	}{
		{"single day", data.Span{Start: day(2022, 9, 16)}, PointMark, utc(2022, 9, 16), utc(2022, 9, 17), true, utc(2022, 9, 16)},
		{"day range", data.Span{Start: day(2022, 9, 15), End: day(2022, 9, 16)}, RangeMark, utc(2022, 9, 15), utc(2022, 9, 17), false, time.Time{}},
		{"month", data.Span{Start: data.MonthDate(2022, 9)}, MonthMark, utc(2022, 9, 1), utc(2022, 10, 1), false, time.Time{}},
		{"month range", data.Span{Start: data.MonthDate(2022, 9), End: data.MonthDate(2022, 11)}, MonthMark, utc(2022, 9, 1), utc(2022, 12, 1), false, time.Time{}},
		{"day to month", data.Span{Start: day(2022, 9, 3), End: data.MonthDate(2022, 10)}, MonthMark, utc(2022, 9, 3), utc(2022, 11, 1), false, time.Time{}},
		{"year", data.Span{Start: data.YearDate(2019)}, YearMark, utc(2019, 1, 1), utc(2020, 1, 1), false, time.Time{}},
		{"years", data.Span{Start: data.YearDate(1989), End: data.YearDate(2019)}, YearMark, utc(1989, 1, 1), utc(2020, 1, 1), false, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &data.Corpus{Events: []*data.Event{{ID: "e", Title: "E", Span: tc.span}}}
			for _, linear := range []bool{true, false} {
				s := Layout(c, Options{Width: 1200, Height: 400, Linear: linear})
				if len(s.Marks) != 1 {
					t.Fatalf("linear=%v: %d marks", linear, len(s.Marks))
				}
				m := s.Marks[0]
				if m.Kind != tc.kind {
					t.Errorf("linear=%v: kind %v, want %v", linear, m.Kind, tc.kind)
				}
				if tc.wantPoint {
					lo, hi := s.Scale.X(tc.from), s.Scale.X(tc.to)
					if m.X0 != m.X1 || m.X0 <= lo || m.X0 >= hi {
						t.Errorf("linear=%v: point at %v–%v, want one x inside the day %v–%v", linear, m.X0, m.X1, lo, hi)
					}
					continue
				}
				if math.Abs(m.X0-s.Scale.X(tc.from)) > 1e-6 || math.Abs(m.X1-s.Scale.X(tc.to)) > 1e-6 {
					t.Errorf("linear=%v: mark %v–%v, want %v–%v (%v – %v)", linear, m.X0, m.X1, s.Scale.X(tc.from), s.Scale.X(tc.to), tc.from, tc.to)
				}
				if m.X1-m.X0 < 1 {
					t.Errorf("linear=%v: a %v span drawn %v px wide", linear, tc.kind, m.X1-m.X0)
				}
			}
		})
	}
}

// TestMarksSayWhereTheViewCutsThem checks that CutStart and CutEnd are set
// exactly when an event's span begins before or ends after the view, so no
// painter draws a bracket at a plot edge that is not the event's own end.
func TestMarksSayWhereTheViewCutsThem(t *testing.T) {
	month := data.Span{Start: data.MonthDate(2022, 9)}                // 1 Sep – 1 Oct
	days := data.Span{Start: day(2022, 9, 15), End: day(2022, 9, 20)} // 15 – 21 Sep
	year := data.Span{Start: data.YearDate(2022)}
	tests := []struct {
		name               string
		span               data.Span
		from, to           time.Time // zero: fit all
		wantStart, wantEnd bool
	}{
		{"month, fit all", month, time.Time{}, time.Time{}, false, false},
		{"days, fit all", days, time.Time{}, time.Time{}, false, false},
		{"year, fit all", year, time.Time{}, time.Time{}, false, false},
		{"month inside the view", month, utc(2022, 8, 1), utc(2022, 11, 1), false, false},
		{"month exactly the view", month, utc(2022, 9, 1), utc(2022, 10, 1), false, false},
		{"month cut on both sides", month, utc(2022, 9, 12), utc(2022, 9, 17), true, true},
		{"month cut at its start", month, utc(2022, 9, 12), utc(2022, 10, 10), true, false},
		{"month cut at its end", month, utc(2022, 8, 20), utc(2022, 9, 17), false, true},
		{"year cut at its end", year, utc(2021, 11, 1), utc(2022, 3, 1), false, true},
		{"days cut at their start", days, utc(2022, 9, 17), utc(2022, 9, 30), true, false},
		{"days cut at their end", days, utc(2022, 9, 1), utc(2022, 9, 18), false, true},
		{"days cut on both sides", days, utc(2022, 9, 16), utc(2022, 9, 18), true, true},
		{"days ending where the view ends", days, utc(2022, 9, 10), utc(2022, 9, 21), false, false},
		{"a day is never cut", data.Span{Start: day(2022, 9, 16)}, utc(2022, 9, 16).Add(12 * time.Hour), utc(2022, 9, 20), false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &data.Corpus{Events: []*data.Event{
				{ID: "e", Title: "E", Span: tc.span},
				// A second event far away keeps fit-all from being the event alone.
				{ID: "other", Title: "Other", Span: data.Span{Start: day(2023, 3, 1)}},
			}}
			for _, linear := range []bool{true, false} {
				s := Layout(c, Options{Width: 1200, Height: 400, Linear: linear, From: tc.from, To: tc.to})
				var m *Mark
				for i := range s.Marks {
					if s.Marks[i].Event.ID == "e" {
						m = &s.Marks[i]
					}
				}
				if m == nil {
					t.Fatalf("linear=%v: no mark for the event", linear)
				}
				if m.CutStart != tc.wantStart || m.CutEnd != tc.wantEnd {
					t.Errorf("linear=%v: cut start %v end %v, want %v %v", linear, m.CutStart, m.CutEnd, tc.wantStart, tc.wantEnd)
				}
				if m.CutStart && m.X0 != s.PlotX0 || m.CutEnd && m.X1 != s.PlotX1 {
					t.Errorf("linear=%v: a cut mark %v–%v does not reach the plot edge %v–%v", linear, m.X0, m.X1, s.PlotX0, s.PlotX1)
				}
			}
		})
	}
}

func TestLanes(t *testing.T) {
	c := threeStorylines()
	// Zoomed to September 2022, the unrest lane has nothing in view but
	// keeps its place; the storyline without events has no lane; the event
	// of an unknown storyline goes to "Other", last.
	s := Layout(c, Options{Width: 1600, Height: 1000, From: utc(2022, 9, 1), To: utc(2022, 10, 1)})
	var ids []string
	for _, l := range s.Lanes {
		ids = append(ids, l.ID)
	}
	want := []string{"unrest", "sco", "c5", "background", OtherLane}
	if fmt.Sprint(ids) != fmt.Sprint(want) {
		t.Errorf("lanes %q, want %q", ids, want)
	}
	for i := 1; i < len(s.Lanes); i++ {
		if s.Lanes[i].Y0 < s.Lanes[i-1].Y1 {
			t.Errorf("lane %d overlaps lane %d", i, i-1)
		}
	}
	if last := s.Lanes[len(s.Lanes)-1]; last.Y1 > s.ArticlesY0 || s.ArticlesY1 > s.AxisY {
		t.Errorf("lanes end at %v, articles %v–%v, axis %v: out of order", last.Y1, s.ArticlesY0, s.ArticlesY1, s.AxisY)
	}
	for _, m := range s.Marks {
		l := s.Lanes[m.Lane]
		if m.Y < l.Y0+s.LaneHeader || m.Y > l.Y1 {
			t.Errorf("mark %s at y %v outside its lane %v–%v", m.Event.ID, m.Y, l.Y0, l.Y1)
		}
		if want := m.Event.Storyline; l.ID != want && !(l.ID == OtherLane && want == "nowhere") {
			t.Errorf("mark %s in lane %q, storyline %q", m.Event.ID, l.ID, want)
		}
	}
}

func TestOptionsFlagsAndFilter(t *testing.T) {
	c := threeStorylines()
	o := Options{
		Width: 1600, Height: 1000,
		Selected:        "csto",
		Highlighted:     map[string]bool{"xi-astana": true},
		Dimmed:          func(e *data.Event) bool { return e.Storyline == "background" },
		Visible:         func(e *data.Event) bool { return e.ID != "shoot" },
		SelectedArticle: "a3",
	}
	s := Layout(c, o)
	for _, m := range s.Marks {
		if m.Event.ID == "shoot" {
			t.Error("a hidden event is drawn")
		}
		if got, want := m.Selected, m.Event.ID == "csto"; got != want {
			t.Errorf("%s: Selected %v", m.Event.ID, got)
		}
		if got, want := m.Highlighted, m.Event.ID == "xi-astana"; got != want {
			t.Errorf("%s: Highlighted %v", m.Event.ID, got)
		}
		if got, want := m.Dimmed, m.Event.Storyline == "background"; got != want {
			t.Errorf("%s: Dimmed %v", m.Event.ID, got)
		}
	}
	selected := 0
	for _, a := range s.Articles {
		if a.Selected {
			selected++
			if a.Article.ID != "a3" {
				t.Errorf("article %s selected", a.Article.ID)
			}
		}
	}
	if selected != 1 {
		t.Errorf("%d selected articles, want 1", selected)
	}
}

func TestArticleMarks(t *testing.T) {
	s := Layout(threeStorylines(), Options{Width: 1600, Height: 1000})
	if len(s.Articles) != 5 {
		t.Fatalf("%d article marks, want the 5 dated articles", len(s.Articles))
	}
	for _, a := range s.Articles {
		d := a.Article.Date
		if math.Abs(a.X0-s.Scale.X(d.Start())) > 1e-6 || math.Abs(a.X1-s.Scale.X(d.End())) > 1e-6 {
			t.Errorf("article %s (%v) at %v–%v, want its whole %v", a.Article.ID, d, a.X0, a.X1, d.Precision)
		}
		if a.Y < s.ArticlesY0 || a.Y > s.ArticlesY1 {
			t.Errorf("article %s at y %v, outside the articles row %v–%v", a.Article.ID, a.Y, s.ArticlesY0, s.ArticlesY1)
		}
	}
	// A month is wider than a day in the same stretch.
	byID := map[string]ArticleMark{}
	for _, a := range s.Articles {
		byID[a.Article.ID] = a
	}
	if month, dayMark := byID["a0"], byID["a1"]; month.X1-month.X0 < 10*(dayMark.X1-dayMark.X0) {
		t.Errorf("September 2022 is %v px, 13 September %v px", month.X1-month.X0, dayMark.X1-dayMark.X0)
	}
}

func TestHitTesting(t *testing.T) {
	s := Layout(threeStorylines(), Options{Width: 1600, Height: 1000})
	for _, m := range s.Marks {
		x := (m.X0 + m.X1) / 2
		if got := s.EventAt(x, m.Y); got != m.Event {
			t.Errorf("EventAt(mark %s) = %v", m.Event.ID, got)
		}
		if m.Label != "" {
			b := m.LabelBox
			if got := s.EventAt(b.X+b.W/2, b.Y+b.H/2); got != m.Event {
				t.Errorf("EventAt(label of %s) = %v", m.Event.ID, got)
			}
		}
	}
	if got := s.EventAt(s.Width/2, s.AxisY+30); got != nil {
		t.Errorf("EventAt(below the axis) = %s", got.ID)
	}
	for _, a := range s.Articles {
		if got := s.ArticleAt((a.X0+a.X1)/2, a.Y); got != a.Article {
			t.Errorf("ArticleAt(article %s) = %v", a.Article.ID, got)
		}
	}
	if got := s.ArticleAt(s.Width/2, 5); got != nil {
		t.Errorf("ArticleAt(top) = %s", got.ID)
	}

	crowded := Layout(manyEvents(1000), Options{Width: 1600, Height: 1000})
	for i := range crowded.Clusters {
		cl := &crowded.Clusters[i]
		if got := crowded.ClusterAt(cl.X, cl.Y); got == nil || got.Events[0] != cl.Events[0] {
			t.Fatalf("ClusterAt(cluster %d) = %v", i, got)
		}
	}
	if got := crowded.ClusterAt(5, crowded.AxisY+20); got != nil {
		t.Errorf("ClusterAt(below the axis) = %v", got)
	}
}

func TestOneAndZeroEvents(t *testing.T) {
	for _, c := range []*data.Corpus{
		{Events: []*data.Event{ev("e", "", "One", day(2022, 9, 16), data.Date{})}},
		{Articles: []*data.Article{art("a", "nl", day(2022, 9, 16))}},
		{},
	} {
		s := Layout(c, Options{Width: 800, Height: 400})
		from, to := s.Scale.Domain()
		if !to.After(from) {
			t.Errorf("%d events, %d articles: empty domain %v – %v", len(c.Events), len(c.Articles), from, to)
		}
		if len(s.Marks) != len(c.Events) || len(s.Articles) != len(c.Articles) {
			t.Errorf("%d marks and %d articles drawn of %d and %d", len(s.Marks), len(s.Articles), len(c.Events), len(c.Articles))
		}
	}
}

// fuzzCorpus turns bytes into events, four bytes each: a day within 1980–
// 2035, a kind of span (day, days, month, months, year, years), a length,
// and a storyline (the fourth is unknown to the corpus).
func fuzzCorpus(b []byte) *data.Corpus {
	c := &data.Corpus{Storylines: []data.Storyline{{ID: "a", Title: "A"}, {ID: "b", Title: "B"}, {ID: "c", Title: "C"}}}
	base := utc(1980, 1, 1)
	for i := 0; i+3 < len(b); i += 4 {
		start := data.DateOf(base.AddDate(0, 0, (int(b[i])<<8|int(b[i+1]))%20000))
		length := int(b[i+2]>>3) + 1
		var span data.Span
		switch b[i+2] % 6 {
		case 0:
			span = data.Span{Start: start}
		case 1:
			span = data.Span{Start: start, End: data.DateOf(start.Start().AddDate(0, 0, length))}
		case 2:
			span = data.Span{Start: data.MonthDate(start.Year, start.Month)}
		case 3:
			end := start.Start().AddDate(0, length, 0)
			span = data.Span{Start: data.MonthDate(start.Year, start.Month), End: data.MonthDate(end.Year(), end.Month())}
		case 4:
			span = data.Span{Start: data.YearDate(start.Year)}
		default:
			span = data.Span{Start: data.YearDate(start.Year), End: data.YearDate(start.Year + length)}
		}
		story := []string{"a", "b", "c", "unknown"}[b[i+3]%4]
		c.Events = append(c.Events, &data.Event{ID: fmt.Sprint("e", i/4), Storyline: story, Span: span,
			Title: strings.Repeat("Word ", int(b[i+3]>>2)%9+1)})
	}
	return c
}

// FuzzLayout checks the layout's promises on corpora and canvases of every
// shape: an invertible scale, aligned ticks with apart labels, labels that
// never overlap, every event drawn once (also when lanes that do not fit
// are merged: FitLanes on odd heights).
func FuzzLayout(f *testing.F) {
	for _, seed := range []struct {
		events        []byte
		width, height uint16
		linear        bool
	}{
		{[]byte{0x77, 0x10, 0, 0, 0x77, 0x12, 1, 1, 0x77, 0x40, 2, 2}, 1600, 1000, false},
		{[]byte{0x10, 0, 5, 3, 0x77, 0x10, 0, 0, 0x7a, 0x00, 0, 1, 0x7c, 0x00, 3, 2}, 1600, 1000, false},
		{[]byte{0x77, 0x10, 0, 0, 0x77, 0x10, 0, 4, 0x77, 0x10, 0, 8, 0x77, 0x10, 0, 12, 0x77, 0x10, 0, 16}, 300, 120, false},
		{[]byte{0x77, 0x10, 0, 0}, 200, 100, true},
		{nil, 800, 600, false},
	} {
		f.Add(seed.events, seed.width, seed.height, seed.linear)
	}
	f.Fuzz(func(t *testing.T, events []byte, width, height uint16, linear bool) {
		c := fuzzCorpus(events)
		s := Layout(c, Options{Width: float64(200 + width%3000), Height: float64(100 + height%2000), Linear: linear, FitLanes: height%2 == 1})
		checkScale(t, s)
		checkTicks(t, s)
		checkLabels(t, s, c)
	})
}

// A lane crowded with long labels is not a wall of stubs: every label
// drawn keeps at least the legible share of its title, and what cannot is
// clustered or drawn bare.
func TestCrowdedLaneKeepsNoLabelStubs(t *testing.T) {
	c := &data.Corpus{Storylines: []data.Storyline{{ID: "s", Title: "S"}}}
	for i := range 40 {
		c.Events = append(c.Events, ev(fmt.Sprint("e", i), "s",
			fmt.Sprintf("Mentioned: a long sentence quoted from article number %d of the corpus", i), day(2022, 1, 1+i*7/2), data.Date{}))
	}
	s := Layout(c, Options{Width: 900, Height: 260, From: utc(2022, 1, 1), To: utc(2022, 6, 1)})
	m := measurer{size: s.FontSize}
	labelled := 0
	for _, mk := range s.Marks {
		if mk.Label == "" || mk.Label == mk.Event.Title {
			continue
		}
		labelled++
		full := m.width(mk.Event.Title)
		if keep := math.Min(full, math.Max(m.minLabelWidth(), math.Min(0.4*full, 16*m.size))); m.width(mk.Label) < keep-0.5 {
			t.Errorf("label %q keeps %.0f px of %.0f: a stub", mk.Label, m.width(mk.Label), full)
		}
	}
	if len(s.Clusters) == 0 {
		t.Error("40 crowded events made no cluster")
	}
}
