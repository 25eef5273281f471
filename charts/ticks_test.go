package charts

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// TestWeekTicksNameEveryMonth checks that on a scale of weeks every month
// start is a named tick, also when the 1st is a Monday (1 Aug 2022 and
// 1 May 2023 are), where the week tick would only have said "1".
func TestWeekTicksNameEveryMonth(t *testing.T) {
	c := &data.Corpus{Storylines: []data.Storyline{{ID: "a", Title: "A"}}}
	for i, d := range []time.Time{utc(2022, 6, 1), utc(2023, 6, 20)} {
		c.Events = append(c.Events, &data.Event{ID: fmt.Sprint("e", i), Storyline: "a", Title: "Event", Span: data.Span{Start: data.DateOf(d)}})
	}
	s := Layout(c, Options{Width: 3840, Height: 2160, Linear: true, FontSize: 24})
	named := map[time.Month]bool{}
	weeks := 0
	for _, tk := range s.Ticks {
		if tk.Unit == UnitWeek {
			weeks++
		}
		if tk.Unit == UnitMonth && strings.Contains(tk.Label, tk.Time.Month().String()[:3]) {
			named[tk.Time.Month()] = true
		}
	}
	if weeks == 0 {
		t.Fatalf("the scale chose no week ticks: %v", s.Ticks)
	}
	// Every month but the first, whose start is left of the range.
	for m := time.July; ; m = m%12 + 1 {
		if !named[m] {
			t.Errorf("no tick names %v", m)
		}
		if m == time.June {
			break
		}
	}
}

// TestOneEventRangeHasLabelledTicks checks that a range holding one short
// event still gets an axis a reader can read: two labelled ticks or more.
func TestOneEventRangeHasLabelledTicks(t *testing.T) {
	for _, width := range []float64{206, 320, 800, 3840} {
		for _, span := range []data.Span{
			{Start: data.DayDate(2013, time.November, 27), End: data.DayDate(2013, time.December, 4)},
			{Start: data.DayDate(2022, time.September, 16)},
			{Start: data.MonthDate(2023, time.May)},
			{Start: data.YearDate(2020)},
		} {
			c := &data.Corpus{Storylines: []data.Storyline{{ID: "a", Title: "A"}},
				Events: []*data.Event{{ID: "e", Storyline: "a", Title: "Event", Span: span}}}
			s := Layout(c, Options{Width: width, Height: 300, Linear: true})
			labelled := 0
			for _, tk := range s.Ticks {
				if tk.Label != "" {
					labelled++
				}
			}
			if labelled < 2 {
				t.Errorf("%v px, %v: %d labelled ticks %v", width, span, labelled, s.Ticks)
			}
		}
	}
}

// TestOneDayRangeHasTwoTicks checks a chart of one day (--from and --to the
// same day): the day's start and its end are both labelled.
func TestOneDayRangeHasTwoTicks(t *testing.T) {
	c := &data.Corpus{Storylines: []data.Storyline{{ID: "a", Title: "A"}},
		Events: []*data.Event{{ID: "e", Storyline: "a", Title: "Event", Span: data.Span{Start: data.DayDate(2022, time.September, 15)}}}}
	s := Layout(c, Options{Width: 1280, Height: 600, From: utc(2022, 9, 15), To: utc(2022, 9, 16)})
	var labels []string
	for _, tk := range s.Ticks {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if len(labels) < 2 {
		t.Errorf("labelled ticks %q, want the day's start and end", labels)
	}
	checkTicks(t, s)
}

// TestEveryStretchNamesTheMonthOfItsDays checks the axis of a compressed
// scale stretch by stretch: a day number is only readable when a label
// before it in the same stretch names its month and year. A stretch that
// began on Monday 30 December used to read "30 Dec 2019 · 13 · 20": the
// label of 1 January lost its place to the stretch's first label, and
// nothing said that 13 and 20 were in January 2020.
func TestEveryStretchNamesTheMonthOfItsDays(t *testing.T) {
	for start := utc(2019, 12, 20); start.Before(utc(2020, 1, 12)); start = start.AddDate(0, 0, 1) {
		c := &data.Corpus{Storylines: []data.Storyline{{ID: "a", Title: "A"}}}
		add := func(d time.Time) {
			c.Events = append(c.Events, &data.Event{ID: fmt.Sprint("e", len(c.Events)), Storyline: "a", Title: "Event", Span: data.Span{Start: data.DateOf(d)}})
		}
		add(utc(1989, 6, 4))
		for d := start; d.Before(start.AddDate(0, 0, 40)); d = d.AddDate(0, 0, 5) {
			add(d)
		}
		for _, width := range []float64{700, 1000, 1366, 1920} {
			s := Layout(c, Options{Width: width, Height: 400})
			if len(s.Breaks) == 0 {
				t.Fatalf("%v: no compressed break between 1989 and %v", width, start)
			}
			checkStretchLabels(t, s, fmt.Sprintf("stretch from %s at %v px", start.Format("2 Jan 2006"), width))
		}
	}
}

// checkStretchLabels checks that, within each stretch between breaks, the
// first label and the first of each new year name the year, and every bare day number follows a label that
// names its month and year.
func checkStretchLabels(t *testing.T, s *Scene, what string) {
	t.Helper()
	stretch := func(x float64) int {
		n := 0
		for _, b := range s.Breaks {
			if x >= b.X1 {
				n++
			}
		}
		return n
	}
	named := map[int]time.Time{} // stretch → month last named (its first day)
	for _, tk := range s.Ticks {
		if tk.Label == "" {
			continue
		}
		k := stretch(tk.X)
		month, seen := named[k]
		if _, err := strconv.Atoi(tk.Label); err == nil {
			want := time.Date(tk.Time.Year(), tk.Time.Month(), 1, 0, 0, 0, 0, time.UTC)
			if !seen || !month.Equal(want) {
				t.Errorf("%s: day %q of %s follows no label naming %s", what, tk.Label, tk.Time.Format("Jan 2006"), want.Format("Jan 2006"))
			}
			continue
		}
		if (!seen || month.Year() != tk.Time.Year()) && !strings.Contains(tk.Label, strconv.Itoa(tk.Time.Year())) {
			t.Errorf("%s: label %q, first of the stretch or of a new year, names no year", what, tk.Label)
		}
		if strings.Contains(tk.Label, tk.Time.Month().String()[:3]) {
			named[k] = time.Date(tk.Time.Year(), tk.Time.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
	}
}
