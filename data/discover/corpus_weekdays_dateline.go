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
// A dateline the report's own words have placed already (rule 23's
// clues: "Ulan-Bator (dpa), 3. September – … der 80. Jahrestag … im Jahr
// 1939" is 3 September 2019) counts in its year only: the Tuesday of a
// look-alike signing in 2025 (u11_de's "am Dienstag", put on 2 September
// 2025 by a report of the Power of Siberia 2 memorandum) lies six years
// after it.
func outsideDatelineWeek(a *data.Article, d day) bool {
	if from, ok := placedDatelineDay(a); ok {
		gap := from - d
		return gap < 0 || gap > datelineWeekdayReach
	}
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

// placedDatelineDay returns the day of undated article a's dateline (its
// published stamp) when a rule of its own text has placed it to the day.
func placedDatelineDay(a *data.Article) (day, bool) {
	if !a.Date.IsZero() {
		return 0, false
	}
	for _, m := range a.Mentions {
		if m.Stamp != data.StampPublished || m.Kind != data.MentionExplicit || !m.Resolved() {
			continue
		}
		s := m.Span.Span()
		if s.Start.Precision < data.Day || !s.End.IsZero() && s.End != s.Start {
			return 0, false
		}
		from, _ := daysOf(s)
		return from, true
	}
	return 0, false
}
