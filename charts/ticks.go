package charts

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"
)

// TickUnit is the calendar unit a tick marks the start of.
type TickUnit int

// The tick units, finest first. Every tick's time is the first instant
// (UTC) of its unit: midnight, a Monday, the 1st of a month, of a quarter,
// or of a year.
const (
	UnitDay TickUnit = iota
	UnitWeek
	UnitMonth
	UnitQuarter
	UnitYear
)

// String names the unit.
func (u TickUnit) String() string {
	return [...]string{"day", "week", "month", "quarter", "year"}[u]
}

// tickStep is a unit and, for years, how many years between ticks.
type tickStep struct {
	unit  TickUnit
	years int
}

// tickSteps are tried finest first; the first whose shortest interval
// leaves room for its labels wins.
var tickSteps = []tickStep{
	{UnitDay, 0}, {UnitWeek, 0}, {UnitMonth, 0}, {UnitQuarter, 0},
	{UnitYear, 1}, {UnitYear, 2}, {UnitYear, 5}, {UnitYear, 10},
	{UnitYear, 20}, {UnitYear, 50}, {UnitYear, 100}, {UnitYear, 200}, {UnitYear, 500},
}

// shortestDays is the shortest length of one step, for spacing.
func (st tickStep) shortestDays() float64 {
	switch st.unit {
	case UnitDay:
		return 1
	case UnitWeek:
		return 7
	case UnitMonth:
		return 28
	case UnitQuarter:
		return 89
	}
	return 365 * float64(st.years)
}

// widestMinorLabel is a sample of the widest label a minor tick gets.
func (st tickStep) widestMinorLabel() string {
	switch st.unit {
	case UnitDay, UnitWeek:
		return "28"
	case UnitMonth:
		return "May"
	case UnitQuarter:
		return "Q4"
	}
	return "2000"
}

// floor returns the start of the unit holding t (t in UTC).
func (st tickStep) floor(t time.Time) time.Time {
	y, m, d := t.Date()
	switch st.unit {
	case UnitDay:
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case UnitWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC)
	case UnitMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case UnitQuarter:
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, time.UTC)
	}
	y -= ((y % st.years) + st.years) % st.years
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
}

// next returns the start of the unit after the one starting at t.
func (st tickStep) next(t time.Time) time.Time {
	switch st.unit {
	case UnitDay:
		return t.AddDate(0, 0, 1)
	case UnitWeek:
		return t.AddDate(0, 0, 7)
	case UnitMonth:
		return t.AddDate(0, 1, 0)
	case UnitQuarter:
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(st.years, 0, 0)
}

// tickGap is the least space between two tick labels, in pixels.
const tickGap = 8

// segmentTicks returns the ticks of one linear segment of the scale, with
// labels not yet checked for overlap. The first tick of the segment gets a
// label with its year, so every stretch between breaks can be read alone.
func segmentTicks(s *TimeScale, g segment, m measurer) []Tick {
	width := g.x1 - g.x0
	if width <= 0 {
		return nil
	}
	pxPerDay := g.slope() * secondsPerDay
	chosen := len(tickSteps) - 1
	for i, st := range tickSteps {
		if st.shortestDays()*pxPerDay >= m.width(st.widestMinorLabel())+tickGap {
			chosen = i
			break
		}
	}
	// A narrow segment may hold fewer than two boundaries of the unit its
	// width calls for (six days in May, one Monday), or two boundaries too
	// close for both labels (a month start beside a Monday), which says
	// nothing of the scale: then finer units are tried, and the unit that
	// labels the most ticks wins, the coarsest among equals.
	var ticks []Tick
	best := -1
	for i := chosen; i >= 0 && best < 2; i-- {
		more := yieldToMonth(labelled(stepTicks(s, g, tickSteps[i])), g, m)
		if n := labelledCount(more, g, m); n > best {
			ticks, best = more, n
		}
	}
	// A range of one day (one event on a day) holds a single boundary of
	// any unit: its end, the next midnight, is the second tick. Only for
	// an axis of one stretch: between breaks, the next stretch's ticks
	// give the reader the scale.
	if best < 2 && len(s.segs) == 1 {
		end := instant(g.t1)
		day := tickStep{unit: UnitDay}
		if day.floor(end).Equal(end) && (len(ticks) == 0 || ticks[len(ticks)-1].Time.Before(end)) {
			t := Tick{X: g.x1, Time: end, Unit: UnitDay, Major: end.Day() == 1}
			t.Label = tickLabel(t, len(ticks) == 0)
			withEnd := append(slices.Clone(ticks), t)
			if labelledCount(withEnd, g, m) > best {
				ticks = withEnd
			}
		}
	}
	return ticks
}

// labelled gives each tick its label, the first the complete one.
func labelled(ticks []Tick) []Tick {
	for k := range ticks {
		ticks[k].Label = tickLabel(ticks[k], k == 0)
	}
	return ticks
}

// yieldToMonth drops the ticks before a segment's first major tick (the
// start of a month, of a year) when the segment's first label, which
// carries the year, would take the major tick's place: a stretch starting
// on Monday 30 December would otherwise read "30 Dec 2019 · 13 · 20",
// leaving the reader to guess that 13 and 20 are in January 2020. The
// major tick then becomes the first and names its month and year.
func yieldToMonth(ticks []Tick, g segment, m measurer) []Tick {
	j := slices.IndexFunc(ticks, func(t Tick) bool { return t.Major })
	if j <= 0 {
		return ticks
	}
	trial := trialLabels(ticks, g, m)
	if trial[0].Label == "" || trial[j].Label != "" {
		return ticks
	}
	return labelled(ticks[j:])
}

// labelledCount is how many of a segment's ticks keep their label when
// labelTicks spaces them out within the segment.
func labelledCount(ticks []Tick, g segment, m measurer) int {
	n := 0
	for _, t := range trialLabels(ticks, g, m) {
		if t.Label != "" {
			n++
		}
	}
	return n
}

// trialLabels returns a copy of a segment's ticks with the labels
// labelTicks keeps when it spaces them out within the segment alone.
func trialLabels(ticks []Tick, g segment, m measurer) []Tick {
	trial := slices.Clone(ticks)
	prio := make([]int, len(trial))
	for i, t := range trial {
		switch {
		case i == 0:
			prio[i] = prioFirst
		case t.Major:
			prio[i] = prioMajor
		default:
			prio[i] = prioMinor
		}
	}
	// Shifted so the segment starts at 0: labels stay within it.
	for i := range trial {
		trial[i].X -= g.x0
	}
	labelTicks(trial, prio, m, 0, g.x1-g.x0)
	for i := range trial {
		trial[i].X += g.x0
	}
	return trial
}

// stepTicks returns the boundaries of step inside the segment; for weeks,
// the month starts too.
func stepTicks(s *TimeScale, g segment, step tickStep) []Tick {
	from, to := instant(g.t0), instant(g.t1)
	var ticks []Tick
	add := func(t time.Time, unit TickUnit, major bool) {
		if t.Before(from) || !t.Before(to) {
			return
		}
		ticks = append(ticks, Tick{X: s.xOf(seconds(t)), Time: t, Unit: unit, Major: major})
	}
	for t := step.floor(from); t.Before(to); t = step.next(t) {
		if step.unit == UnitWeek && t.Day() == 1 {
			continue // a Monday on the 1st is the month's tick, below
		}
		add(t, step.unit, isMajor(step, t))
	}
	if step.unit == UnitWeek {
		// The month starts are ticks too, named, so the reader sees where
		// each month begins — also when the 1st is a Monday, whose week
		// tick would only say "1".
		month := tickStep{unit: UnitMonth}
		for t := month.floor(from); t.Before(to); t = month.next(t) {
			add(t, UnitMonth, true)
		}
		slices.SortFunc(ticks, func(a, b Tick) int { return a.Time.Compare(b.Time) })
	}
	return ticks
}

// isMajor reports whether t, a boundary of step, is also the boundary of a
// coarser unit worth stressing.
func isMajor(st tickStep, t time.Time) bool {
	switch st.unit {
	case UnitDay, UnitWeek:
		return t.Day() == 1
	case UnitMonth, UnitQuarter:
		return t.Month() == time.January
	}
	return t.Year()%(10*st.years) == 0
}

// tickLabel writes a tick's label: short for minor ticks ("7", "Feb",
// "Q2"), with the month or year for major ones ("1 Feb", "1 Jan 2020",
// "Jan 2020"), and complete for the first tick of a segment.
func tickLabel(t Tick, first bool) string {
	tm := t.Time
	mon := tm.Month().String()[:3]
	switch t.Unit {
	case UnitDay, UnitWeek:
		if first || (t.Major && tm.Month() == time.January) {
			return fmt.Sprintf("%d %s %d", tm.Day(), mon, tm.Year())
		}
		if t.Major {
			// The 1st among days names its month: "28 · 29 · 1 Feb · 2"
			// cannot be read as the 29th of February.
			return fmt.Sprintf("%d %s", tm.Day(), mon)
		}
		return strconv.Itoa(tm.Day())
	case UnitMonth:
		if first || tm.Month() == time.January {
			return fmt.Sprintf("%s %d", mon, tm.Year())
		}
		return mon
	case UnitQuarter:
		q := (int(tm.Month())-1)/3 + 1
		if first {
			return fmt.Sprintf("Q%d %d", q, tm.Year())
		}
		if q == 1 {
			return strconv.Itoa(tm.Year())
		}
		return fmt.Sprintf("Q%d", q)
	}
	return strconv.Itoa(tm.Year())
}

// Label priorities: a segment's first label, which carries the year, then
// major ticks, then minor ones.
const (
	prioFirst = iota
	prioMajor
	prioMinor
)

// labelTicks keeps the tick labels that fit, by priority (see prioFirst),
// each only where it does not come within tickGap of a label already kept.
// Labels are centred on their tick and moved inside [0, width]. Ticks whose
// label does not fit stay, unlabelled.
func labelTicks(ticks []Tick, prio []int, m measurer, labelY, width float64) {
	var kept []Rect // sorted by X, non-overlapping
	fits := func(b Rect) bool {
		i := sort.Search(len(kept), func(i int) bool { return kept[i].X >= b.X })
		if i > 0 && kept[i-1].X+kept[i-1].W+tickGap > b.X {
			return false
		}
		if i < len(kept) && b.X+b.W+tickGap > kept[i].X {
			return false
		}
		kept = slices.Insert(kept, i, b)
		return true
	}
	h := m.size * 1.25
	centred := func(t *Tick) []Rect {
		w := m.width(t.Label)
		return []Rect{{X: min(max(t.X-w/2, 0), width-w), Y: labelY, W: w, H: h}}
	}
	// A stretch's first label carries the year: one that does not fit
	// centred (it would touch the label across a break) gets a second
	// chance, after all first labels are placed, starting at its tick,
	// ending there, or starting just after the label before it when that
	// is within a gap of its tick.
	shifted := func(t *Tick) []Rect {
		w := m.width(t.Label)
		at := func(x float64) Rect { return Rect{X: min(max(x, 0), width-w), Y: labelY, W: w, H: h} }
		boxes := []Rect{at(t.X), at(t.X - w)}
		i := sort.Search(len(kept), func(i int) bool { return kept[i].X >= t.X })
		if i > 0 {
			if after := kept[i-1].X + kept[i-1].W + tickGap; after > t.X && after <= t.X+tickGap {
				boxes = append(boxes, at(after))
			}
		}
		return boxes
	}
	labels := make([]string, len(ticks))
	for i := range ticks {
		labels[i] = ticks[i].Label
		ticks[i].Label = ""
	}
	place := func(p int, boxes func(*Tick) []Rect) {
		for i := range ticks {
			t := &ticks[i]
			if prio[i] != p || t.Label != "" || labels[i] == "" {
				continue
			}
			t.Label = labels[i]
			t.Label, t.LabelBox = placeLabel(t.Label, boxes(t), fits)
		}
	}
	place(prioFirst, centred)
	place(prioFirst, shifted)
	// A first label still without room may get it from the label before
	// it, the previous stretch's first, centred on its tick: that one can
	// end at its tick instead. Two stretches as narrow as their labels
	// then read "25 May 2026 · Feb 2027" rather than one of them losing
	// its year.
	for i := range ticks {
		t := &ticks[i]
		if prio[i] != prioFirst || t.Label != "" || labels[i] == "" {
			continue
		}
		j := i - 1
		for j >= 0 && ticks[j].Label == "" {
			j--
		}
		if j < 0 || prio[j] != prioFirst {
			continue
		}
		p := &ticks[j]
		old := p.LabelBox
		kept = slices.DeleteFunc(kept, func(r Rect) bool { return r == old })
		moved := old
		moved.X = max(p.X-old.W, 0)
		if moved.X < old.X && fits(moved) {
			if t.Label, t.LabelBox = placeLabel(labels[i], shifted(t), fits); t.Label != "" {
				p.LabelBox = moved
				continue
			}
			kept = slices.DeleteFunc(kept, func(r Rect) bool { return r == moved })
		}
		fits(old) // back where it was
	}
	place(prioMajor, centred)
	place(prioMinor, centred)
}

// placeLabel returns the label in the first of the boxes that fits (fits
// keeps the box it accepts), or no label.
func placeLabel(label string, boxes []Rect, fits func(Rect) bool) (string, Rect) {
	if label == "" {
		return "", Rect{}
	}
	for _, b := range boxes {
		if fits(b) {
			return label, b
		}
	}
	return "", Rect{}
}
