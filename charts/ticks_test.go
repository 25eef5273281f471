package charts

import (
	"fmt"
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
