package app

import (
	"sort"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// binUnit is the width of the overview strip's bars.
type binUnit int

const (
	binWeek binUnit = iota
	binMonth
)

// weeklyUpTo is the longest corpus span counted per week; beyond it weekly
// bars get thinner than a few pixels, so the strip counts per month.
const weeklyUpTo = 183 * 24 * time.Hour

// binUnitFor picks weeks for short corpora and months for long ones.
func binUnitFor(r timeRange) binUnit {
	if r.Duration() <= weeklyUpTo {
		return binWeek
	}
	return binMonth
}

// String names the unit for labels: "week" or "month".
func (u binUnit) String() string {
	if u == binWeek {
		return "week"
	}
	return "month"
}

// binStart returns the start of the bin holding t: the Monday of its ISO
// week, or the first of its month, in UTC.
func binStart(t time.Time, u binUnit) time.Time {
	t = t.UTC()
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if u == binMonth {
		return day.AddDate(0, 0, 1-day.Day())
	}
	back := (int(day.Weekday()) + 6) % 7 // days since Monday
	return day.AddDate(0, 0, -back)
}

// binNext returns the start of the bin after the one starting at s.
func binNext(s time.Time, u binUnit) time.Time {
	if u == binMonth {
		return s.AddDate(0, 1, 0)
	}
	return s.AddDate(0, 0, 7)
}

// countBin is one bar of the overview strip.
type countBin struct {
	timeRange
	All      float64 // every dated article overlapping the bin
	Exact    float64 // matching articles dated within the bin
	Spread   float64 // matching articles dated more coarsely than the bin, shared out by overlap
	Matching float64 // Exact + Spread
}

// articleSpan is the time covered by the dated articles, or the zero range
// when none is dated.
func articleSpan(articles []*data.Article) timeRange {
	var r timeRange
	for _, a := range articles {
		if a.Date.IsZero() {
			continue
		}
		if r.From.IsZero() || a.Date.Start().Before(r.From) {
			r.From = a.Date.Start()
		}
		r.To = data.Later(r.To, a.Date.End())
	}
	return r
}

// countArticles counts articles per bin over r, aligned to whole bins.
// An article known only to a coarser precision than the bin (a month among
// weeks, a year among months) is not pinned to one bar: its count is shared
// among the bars it overlaps, in proportion to the overlap, and drawn apart
// from the exactly placed ones. matching may be nil (all match). Undated
// articles are not counted; the second result says how many there were.
func countArticles(articles []*data.Article, r timeRange, u binUnit, matching func(*data.Article) bool) ([]countBin, int) {
	if r.Duration() <= 0 {
		return nil, 0
	}
	var bins []countBin
	for s := binStart(r.From, u); s.Before(r.To); s = binNext(s, u) {
		bins = append(bins, countBin{timeRange: timeRange{From: s, To: binNext(s, u)}})
	}
	undated := 0
	for _, a := range articles {
		if a.Date.IsZero() {
			undated++
			continue
		}
		from, to := a.Date.Start(), a.Date.End()
		match := matching == nil || matching(a)
		// The bins are in time order: only those from the first one that
		// ends after the article starts can overlap it (a search's
		// recount at 10,000 articles tried every bar for every article).
		first := sort.Search(len(bins), func(i int) bool { return bins[i].To.After(from) })
		for i := first; i < len(bins) && bins[i].From.Before(to); i++ {
			b := &bins[i]
			overlap := data.Earlier(to, b.To).Sub(data.Later(from, b.From))
			if overlap <= 0 {
				continue
			}
			share := float64(overlap) / float64(to.Sub(from))
			b.All += share
			if !match {
				continue
			}
			if !from.Before(b.From) && !to.After(b.To) {
				b.Exact += share
			} else {
				b.Spread += share
			}
			b.Matching += share
		}
	}
	return bins, undated
}
