package discover

import (
	"github.com/caravan-analytics/caravan/data"
)

// This file is rule 16's mirror (README "Dates the corpus places"): a page
// is written on or after what it reports, and before what it announces.
// "BAKU, Azerbaijan, September 16. … President Joe Biden is set to hold
// talks with the leaders of five Central Asian states … at what will be
// the first C5+1 summit at presidential level" beside a report of that
// summit in New York on 19 September 2023 is of 16 September 2023. Rule 18
// places such a dateline when its lead writes the announced day with its
// year; this one, only when rules 2 and 16 found nothing, asks the folder
// (and the calendar) for the day:
//
//   - the sentence of the dateline or of its lead announces (a future
//     marker of its language: data.SentenceAnnounces);
//   - a report tells of the event as done (not announced itself), of the
//     kind the sentence names first, with places or people of two
//     countries, or a city that is not the dateline's, in common
//     (sameStory), under the look-alike checks of every source;
//   - on a day within announceWindow days after the dateline's day: a
//     week, as a report of its own day lends its year to a dateline up to
//     a week after it (rule 16). Rule 18 reaches a month, for a day the
//     lead writes itself; here the day is the folder's, and a month let
//     "TASHKENT, May 27 (Caravan Wire) - Russia will build a small nuclear
//     power plant in Uzbekistan, … as Vladimir Putin held talks with
//     Shavkat Mirziyoyev" (a plan of the talks, told as done) take the
//     year of the China–Central Asia summit three weeks later in another
//     year;
//   - in one year only.

// announceWindow is how many days after its dateline the day a page
// announces may lie (see this file's comment).
const announceWindow = stampWindow

// announcedDayNote closes the reason of a dateline's year that a report of
// the days after it gave.
const announcedDayNote = ", in the days after the dateline, which its lead announces"

// announcedDayYear returns the one year in which year-less dateline y of
// article a lies within announceWindow days before an event of the corpus
// (indexes) that one of probes, announcing it, tells of (see this file's
// comment), with that report and the probe; year 0 when none does, -1 when
// two years do.
func (s *Scanner) announcedDayYear(a *data.Article, y data.YearlessDate, probes []Candidate, indexes []*corpusDays) (int, report, *Candidate) {
	if !y.Dateline {
		return 0, report{}, nil
	}
	after := monthDaysAround(monthDay{y.Month, y.Day}, 1, announceWindow)
	announces := func(probe *Candidate) bool {
		return probe.Start >= 0 && int(probe.End) <= len(a.Text) && probe.Start < probe.End && data.SentenceAnnounces(a.Language, a.Text[probe.Start:probe.End])
	}
	return s.oneDatelineYear(probes, indexes, after, announces,
		func(d day) (int, day) { return announcingYear(y, d) },
		func(report, day) bool { return false })
}

// announcingYear returns the year of dateline y when day d lies within
// announceWindow days after it; 0 when it does not: a summit of 3 January
// is announced by a page of 20 December of the year before.
func announcingYear(y data.YearlessDate, d day) (int, day) {
	dy := d.date().Year
	for _, cand := range [2]int{dy, dy - 1} {
		sp := y.In(cand)
		if sp.Start.IsZero() {
			continue
		}
		if at, _ := daysOf(sp); d > at && d <= at+announceWindow {
			return cand, d - at
		}
	}
	return 0, 0
}

// announcedDayReason says, for a reason, which report of the days after a
// dateline gave its year.
func (x *Extractor) announcedDayReason(year int, e report, probe *Candidate) string {
	return x.yearReason(year, e, probe) + announcedDayNote
}
