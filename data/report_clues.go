package data

import (
	"fmt"
	"strings"
	"time"
)

// This file is rule 23 of the dating of undated reports (README "Years
// the clues of a report place"): a report that never writes its year
// still says when it was written to a reader who knows the people it
// names. Each clue admits some days of writing:
//
//   - the terms of the office-holders it titles (offices.go: "le
//     président kirghiz Sadyr Japarov" is written after 2021-01-28);
//   - the ages it gives them (offices_ages.go: "M. Nawrocki, 42 ans," is
//     written in the year of days Karol Nawrocki was 42);
//   - a count of years from the day of writing beside the year it counts
//     to (report_clues_ago.go: "in 2014, ten years ago");
//   - the Nth anniversary of a year its sentence writes
//     (report_clues_anniversary.go: "der 80. Jahrestag … im Jahr 1939");
//   - its dates written with their weekday ("Sunday, 6 October"): it is
//     written within officeReach days of a year in which that day is that
//     weekday.
//
// The report was written on a day every clue admits, and not after
// today. A year-less date of the report is then placed in a year when
// exactly one year puts it where a date of a report written in that
// window can lie: a dateline on a day of the window itself; a date its
// sentence announces on or after the window's first day and at most
// officeReach days after its last; any other on or before the window's
// last day and at most officeReach days before its first (the reach of
// rule 17). A window that no day holds (two clues that contradict) or
// a date that fits two years places nothing. The page itself stays
// undated: the year comes from the clues, not from its text, so
// dateArticle does not trust it (the reason opens with clueYearReason),
// but its year-less dates, the corpus passes and the timeline get it.
//
// Rule 17 (placeByOffice) runs first and keeps its weekday-dates, which
// date the page: terms and a weekday written with its day are the
// stronger evidence.

// clueYearReason opens the reason of a year-less date placed by the
// clues of its report; dateArticle does not trust it to date the page.
const clueYearReason = "the report's clues leave one year: "

// yearAsIfWritten reports whether a mention placed for reason has a
// year dateArticle trusts as if it were written (rules 17 to 21), so
// that it dates the page.
func yearAsIfWritten(reason string) bool {
	return strings.HasPrefix(reason, weekdayYearReason) || strings.HasPrefix(reason, datelineYearReason) || strings.HasPrefix(reason, datelineBeforeReason) ||
		strings.HasPrefix(reason, inaugurationReason) || strings.HasPrefix(reason, anniversaryReason)
}

// reportClues is when a report was written, as its clues say: the days
// of ranges, and what said so.
type reportClues struct {
	ranges []dayRange
	who    []string
	// said reports whether any clue was read: from then on, no ranges
	// means no day (clues that contradict), not "nothing said".
	said bool
	// bounded reports whether a clue other than a weekday said anything:
	// a weekday alone fits a year in seven, every seven years.
	bounded bool
}

// narrow intersects the clues with one more clue, the days of ranges.
func (c *reportClues) narrow(ranges []dayRange, why string) {
	if !c.said {
		c.ranges, c.said = ranges, true
	} else {
		c.ranges = intersectRanges(c.ranges, ranges)
	}
	c.who = append(c.who, why)
}

// span returns the first and last day of the clues' window.
func (c *reportClues) span() (time.Time, time.Time) {
	from, to := c.ranges[0].from, c.ranges[0].to
	for _, r := range c.ranges[1:] {
		if r.from.Before(from) {
			from = r.from
		}
		if r.to.After(to) {
			to = r.to
		}
	}
	return from, to
}

// weekdayRanges returns the days a report that writes the day of the
// month p with its weekday wd may be written on: within officeReach days
// of each year in years in which that day is that weekday.
func weekdayRanges(p partialDate, wd time.Weekday, first, last int) []dayRange {
	var out []dayRange
	for y := first; y <= last; y++ {
		d := time.Date(y, p.month, p.day, 0, 0, 0, 0, time.UTC)
		if d.Day() != p.day || d.Weekday() != wd {
			continue
		}
		out = append(out, dayRange{d.AddDate(0, 0, -officeReach), d.AddDate(0, 0, officeReach)})
	}
	return out
}

// clues returns the clues of article a's year (see this file's comment).
func (r *dateReader) clues(a *Article) reportClues {
	var c reportClues
	if r.offices != nil {
		// Most reports title no one and give no age: they need no
		// scan of their names.
		aged := mayTellAge(a.Text)
		if aged || titlesFor(a.Language).mentioned(r.text.lowerOf(a.Text)) {
			if r.officeScan == nil {
				r.officeScan = r.offices.scanner()
			}
			w, ages := r.offices.windowAndAges(a, r.officeScan, aged)
			if len(w.ranges) > 0 {
				c.narrow(w.ranges, strings.Join(w.who, " and "))
				c.bounded = true
			}
			for _, age := range ages {
				c.narrow([]dayRange{age.days}, age.who)
				c.bounded = true
			}
		}
	}
	counts, said := yearsFromNow(a, r.meanings)
	for k := range counts {
		c.narrow(counts[k], said[k])
		c.bounded = true
	}
	jubilees, told := r.yearsOfAnniversaries(a)
	for k := range jubilees {
		c.narrow(jubilees[k], told[k])
		c.bounded = true
	}
	if !c.bounded {
		return c
	}
	// No report is written after the day it is read.
	c.ranges = intersectRanges(c.ranges, []dayRange{{bornBefore, today()}})
	if len(c.ranges) == 0 {
		return c
	}
	first, last := c.span()
	for i, m := range a.Mentions {
		w := r.meanings[i]
		if m.Kind != MentionExplicit || !w.weekdayWithDay() || w.solar || cityWeekday(a.Language, m.Text) {
			continue
		}
		c.narrow(weekdayRanges(w.from, w.weekdays[0], first.Year()-1, last.Year()+1), fmt.Sprintf("%q is that weekday", m.Text))
		if len(c.ranges) == 0 {
			return c
		}
	}
	return c
}

// placeByClues places the year-less dates of an undated report that
// every rule before left open by the clues of the report's year (see
// this file's comment).
func (r *dateReader) placeByClues(a *Article) {
	open := false
	for i, m := range a.Mentions {
		if m.Resolved() && yearAsIfWritten(m.Reason) {
			// The page will be dated by its text (rules 17–21): its
			// year-less dates are placed from that day, more
			// narrowly than the clues could.
			return
		}
		if !m.Resolved() && clueDate(r.meanings[i], m) {
			open = true
		}
	}
	if !open {
		return
	}
	c := r.clues(a)
	if !c.bounded || len(c.ranges) == 0 {
		return
	}
	who := strings.Join(c.who, "; ")
	for i := range a.Mentions {
		m, w := &a.Mentions[i], r.meanings[i]
		if m.Resolved() || !clueDate(w, *m) {
			continue
		}
		y := c.yearOf(w, *m)
		if y == 0 {
			continue
		}
		placed := w
		placed.from.year = y
		if w.hasTo {
			placed.to.year = y
			if w.to.month < w.from.month {
				placed.to.year++
			}
		}
		if s := placed.span(); !s.Start.IsZero() {
			m.SetSpan(s, r.shareReason(fmt.Sprintf("%s%d: %s", clueYearReason, y, who)))
		}
	}
}

// clueDate reports whether mention m, meaning w, is a date the clues may
// place: a day of a month or a month written without its year.
func clueDate(w dateWords, m DateMention) bool {
	return m.Kind == MentionExplicit && w.kind == MentionExplicit && w.from.month != 0 && w.from.year == 0 &&
		!w.solar && !w.hijriOpen && !w.relYear && !w.eve && w.written == 0 && w.nWeekdays <= 1 &&
		(!w.hasTo || w.to.year == 0 && w.to.month != 0)
}

// yearOf returns the one year in which the date w of mention m lies where
// a date of a report written in the clues' window can (see this file's
// comment), 0 when none or several do.
func (c *reportClues) yearOf(w dateWords, m DateMention) int {
	fit := 0
	first, last := c.span()
	for y := first.Year() - 1; y <= last.Year()+1; y++ {
		p := w.from
		p.year = y
		d := p.toDate()
		if d.IsZero() {
			continue
		}
		if w.nWeekdays == 1 && (d.Precision != Day || d.Start().Weekday() != w.weekdays[0]) {
			continue
		}
		from, to := d.Start(), d.End().AddDate(0, 0, -1)
		for _, r := range c.ranges {
			lo, hi := r.from, r.to
			switch {
			case m.Stamp != StampNone:
			case m.Announced:
				hi = hi.AddDate(0, 0, officeReach)
			default:
				lo = lo.AddDate(0, 0, -officeReach)
			}
			if !to.Before(lo) && !from.After(hi) {
				if fit != 0 && fit != y {
					return 0
				}
				fit = y
				break
			}
		}
	}
	return fit
}
