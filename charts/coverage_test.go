package charts

import (
	"fmt"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

func TestMonthsOf(t *testing.T) {
	c := &data.Corpus{Articles: []*data.Article{
		art("a", "nl", day(2022, 9, 16)),
		art("b", "de", data.MonthDate(2022, 1)),
		art("c", "ar", data.YearDate(2022)), // never put in a made-up month
		art("d", "ar", data.Date{}),
		art("e", "nl", day(2023, 5, 19)),
	}}
	m, unplaced := monthsOf(c)
	if !m.first.Equal(utc(2022, 1, 1)) || m.n != 17 || unplaced != 2 {
		t.Errorf("months from %v, %d of them, %d unplaced; want Jan 2022, 17, 2", m.first, m.n, unplaced)
	}
	for _, tc := range []struct {
		d    data.Date
		want int
	}{
		{day(2022, 1, 31), 0}, {data.MonthDate(2022, 9), 8}, {day(2023, 5, 1), 16},
		{data.YearDate(2022), -1}, {day(2021, 12, 31), -1}, {day(2023, 6, 1), -1}, {data.Date{}, -1},
	} {
		if got := m.index(tc.d); got != tc.want {
			t.Errorf("index(%v) = %d, want %d", tc.d, got, tc.want)
		}
	}
	if got, want := m.String(), "Jan 2022 – May 2023"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	// The subtitles callers extend say the same months.
	if got, want := CoverageSubtitle(c), "Articles per month by language, Jan 2022 – May 2023 (2 not dated to a month, not shown)"; got != want {
		t.Errorf("CoverageSubtitle = %q, want %q", got, want)
	}
	if got, want := ActorsSubtitle(c), fmt.Sprintf("Mentions per month of the %d most-named people and organisations, Jan 2022 – May 2023", topActors); got != want {
		t.Errorf("ActorsSubtitle = %q, want %q", got, want)
	}
}

func TestMonthTicks(t *testing.T) {
	m := measurer{size: 13}
	tests := []struct {
		first     time.Time
		n         int
		width     float64
		wantEvery int // months between labels
	}{
		{utc(2022, 9, 1), 1, 1000, 1},
		{utc(2022, 1, 1), 17, 1100, 1},
		{utc(2022, 1, 1), 17, 500, 2},
		{utc(2021, 12, 1), 6, 400, 1},
		{utc(2013, 7, 1), 120, 1100, 6},
		{utc(1990, 1, 1), 400, 1100, 24},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d months in %v px", tc.n, tc.width), func(t *testing.T) {
			mo := months{first: tc.first, n: tc.n}
			ticks := mo.xTicks(m, tc.width)
			lo, hi := ticks[0].Value, ticks[0].Value
			prevEnd := -1e9
			var labelled []time.Time
			for _, tk := range ticks {
				lo, hi = min(lo, tk.Value), max(hi, tk.Value)
				if tk.Label == "" {
					continue
				}
				month := mo.month(int(tk.Value))
				labelled = append(labelled, month)
				w := m.width(tk.Label)
				x := tk.Value / float64(tc.n) * tc.width
				if x-w/2 < prevEnd+tickGap-1e-9 {
					t.Errorf("label %q at %v overlaps the one before", tk.Label, x)
				}
				prevEnd = x + w/2
			}
			// go-chart takes the axis range from the ticks: it must be
			// exactly the months, even for one month.
			if lo != 0 || hi != float64(tc.n) {
				t.Errorf("ticks span %v–%v, want 0–%d", lo, hi, tc.n)
			}
			if len(labelled) == 0 {
				t.Fatal("no labels")
			}
			for i, month := range labelled {
				if idx := month.Year()*12 + int(month.Month()) - 1; idx%tc.wantEvery != 0 {
					t.Errorf("label on %v: not aligned to every %d months", month.Format("Jan 2006"), tc.wantEvery)
				}
				if i > 0 && monthsBetween(labelled[i-1], month) != tc.wantEvery {
					t.Errorf("labels on %v and %v: want every %d months", labelled[i-1], month, tc.wantEvery)
				}
			}
		})
	}
}

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()-a.Month())
}

func TestCountTicks(t *testing.T) {
	tests := []struct {
		top  float64
		want string
	}{
		{0, "0 1"},
		{1, "0 1"},
		{3, "0 1 2 3"},
		{8, "0 1 2 3 4 5 6 7 8"},
		{9, "0 2 4 6 8 10"},
		{37, "0 5 10 15 20 25 30 35 40"},
	}
	for _, tc := range tests {
		var got string
		for i, tk := range countTicks(tc.top) {
			if i > 0 {
				got += " "
			}
			got += tk.Label
		}
		if got != tc.want {
			t.Errorf("countTicks(%v) = %q, want %q", tc.top, got, tc.want)
		}
	}
}
