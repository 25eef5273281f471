package data

import "fmt"

// A day and month written without their year but with their weekday
// ("روز دوشنبه ۸ اردیبهشت", "lundi 3 juin", "Monday, June 3") fall on that
// weekday: the year the tense and the reference choose is kept only when the
// day is that weekday in it. Otherwise the year on the other side of the
// reference is taken when the day is that weekday there: a mourning day
// announced for "Monday 8 Ordibehesht" in a report of 7 Ordibehesht 1404 is
// the next day, not 8 Ordibehesht 1403, a Saturday. When neither fits, the
// date stays unplaced rather than be put on another weekday.

// weekdayWithDay reports whether w is a day and month without their year
// written with one weekday.
func (w dateWords) weekdayWithDay() bool {
	return w.kind == MentionExplicit && w.nWeekdays == 1 && w.from.day != 0 && w.from.month != 0 &&
		w.from.year == 0 && !w.hasTo && !w.relYear && !w.hijriOpen
}

// placeByItsWeekday places w as placeNear places the day without its
// weekday, then checks the weekday (see above).
func (w dateWords) placeByItsWeekday(ref Date, why string, future bool) (Span, string) {
	day := w
	day.nWeekdays = 0
	wd := w.weekdays[0]
	s, reason := day.placeNear(ref, why, future)
	if s.Start.IsZero() || s.Start.Precision != Day || s.Start.Start().Weekday() == wd {
		return s, reason
	}
	if day.written == 0 {
		if other, _ := day.placeNear(ref, why, !future); !other.Start.IsZero() && other.Start.Precision == Day && other.Start.Start().Weekday() == wd {
			return other, fmt.Sprintf("no year written; the %s written with it falls in %d, %s %s", wd, other.Start.Year, sideOf(!future), why)
		}
	}
	return Span{}, fmt.Sprintf("no year written; %s is no %s in %d, the year %s %s", s.Start, wd, s.Start.Year, sideOf(future), why)
}

// sideOf names the side of the reference a date is placed on.
func sideOf(future bool) string {
	if future {
		return "on or after"
	}
	return "on or before"
}
