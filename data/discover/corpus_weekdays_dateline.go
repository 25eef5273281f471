package discover

import "github.com/caravan-analytics/caravan/data"

// A report that lost its year but kept its dateline ("DUSHANBE, Oct 12
// (wire) — … in Sunday's election") was written on that day of some year:
// the weekdays its lead reports lie in the six days before it. A weekday
// the corpus would place on a day of another month of the year ("Sunday"
// on 2 March 2025, the day a report of the same country's parliamentary
// election names) is another event's day, and would drag the dateline to
// it (eval u35_en, October 2020, put in March 2025 and its dateline in
// October 2024). Such a weekday is left open; the dateline's own rules
// (rule 8 of dates-the-corpus-places.md) count it from the dateline.

// datelineWeekdayReach is how many days before a report's dateline a
// weekday its lead reports may lie: the week it was filed in.
const datelineWeekdayReach = 6

// outsideDatelineWeek reports whether article a has a year-less dateline
// and day d does not lie on it or in the six days before it, in d's year
// or the next (a Friday of 30 December under a dateline of 2 January).
func outsideDatelineWeek(a *data.Article, d day) bool {
	for _, y := range data.YearlessDates(a) {
		if !y.Dateline {
			continue
		}
		at := d.date()
		for _, year := range []int{at.Year, at.Year + 1} {
			s := y.In(year)
			if s.Start.IsZero() {
				continue
			}
			from, _ := daysOf(s)
			if gap := from - d; gap >= 0 && gap <= datelineWeekdayReach {
				return false
			}
		}
		return true // a page has one dateline
	}
	return false
}
