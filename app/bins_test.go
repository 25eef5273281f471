package app

import (
	"math"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

func TestBinStart(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		unit binUnit
		want time.Time
	}{
		{"a Friday's week starts on Monday", day(2022, 9, 16).Add(15 * time.Hour), binWeek, day(2022, 9, 12)},
		{"a Monday is its own week", day(2022, 9, 12), binWeek, day(2022, 9, 12)},
		{"a Sunday belongs to the week before", day(2022, 9, 18), binWeek, day(2022, 9, 12)},
		{"a week across a year end", day(2022, 1, 1), binWeek, day(2021, 12, 27)},
		{"month", day(2022, 9, 16), binMonth, day(2022, 9, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := binStart(tt.t, tt.unit); !got.Equal(tt.want) {
				t.Errorf("binStart = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBinUnitFor(t *testing.T) {
	if u := binUnitFor(timeRange{From: day(2022, 9, 1), To: day(2022, 11, 1)}); u != binWeek {
		t.Errorf("two months counted per %v, want week", u)
	}
	if u := binUnitFor(timeRange{From: day(2022, 1, 1), To: day(2023, 6, 1)}); u != binMonth {
		t.Errorf("seventeen months counted per %v, want month", u)
	}
}

func TestCountArticlesNeverPinsACoarseDateToOneBar(t *testing.T) {
	articles := []*data.Article{
		{ID: "a", Date: data.DayDate(2022, time.September, 14)},
		{ID: "b", Date: data.DayDate(2022, time.September, 16)},
		{ID: "c", Date: data.MonthDate(2022, time.September)}, // 30 days over five weeks
		{ID: "d"}, // undated
	}
	r := timeRange{From: day(2022, 9, 1), To: day(2022, 10, 1)}
	bins, undated := countArticles(articles, r, binWeek, func(a *data.Article) bool { return a.ID != "b" })
	if undated != 1 {
		t.Errorf("undated = %d, want 1", undated)
	}
	if len(bins) != 5 || !bins[0].From.Equal(day(2022, 8, 29)) {
		t.Fatalf("bins = %d from %v, want 5 weeks from Mon 29 Aug", len(bins), bins[0].From)
	}
	var all, exact, spread float64
	for _, b := range bins {
		all, exact, spread = all+b.All, exact+b.Exact, spread+b.Spread
		if math.Abs(b.Matching-(b.Exact+b.Spread)) > 1e-9 {
			t.Errorf("bin %v: matching %v ≠ exact %v + spread %v", b.From, b.Matching, b.Exact, b.Spread)
		}
	}
	if math.Abs(all-3) > 1e-9 || math.Abs(exact-1) > 1e-9 || math.Abs(spread-1) > 1e-9 {
		t.Errorf("totals: all %v exact %v spread %v; want 3, 1 (a), 1 (c shared out)", all, exact, spread)
	}
	// The week of 12 September holds a and b; c's share is its 7 days of 30.
	week := bins[2]
	if week.Exact != 1 || math.Abs(week.Spread-7.0/30) > 1e-9 || math.Abs(week.All-2-7.0/30) > 1e-9 {
		t.Errorf("week of 12 Sep = %+v", week)
	}
}

func TestArticleSpan(t *testing.T) {
	c := winCorpus()
	got := articleSpan(c.Articles)
	if !got.From.Equal(day(2022, 1, 7)) || !got.To.Equal(day(2022, 10, 1)) {
		t.Errorf("span = %v – %v, want 7 Jan 2022 to the end of Sep 2022 (a month-dated article)", got.From, got.To)
	}
	if !articleSpan(nil).IsZero() || !articleSpan([]*data.Article{{ID: "undated"}}).IsZero() {
		t.Error("no dated article, no span")
	}
}
