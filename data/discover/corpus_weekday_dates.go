package discover

import (
	"github.com/caravan-analytics/caravan/data"
)

// This file places a year-less date written with its weekday
// ("الأربعاء ٨ شباط", "mercredi 14 septembre", "domenica 18 maggio") in an
// undated report when no report of the corpus tells of that very day but
// one tells of the same story a few days before or after it. The weekday
// is evidence of its own: a day of a month falls on a given weekday once
// in six, five or eleven years, so among the years in which the corpus
// reports the story near that day, at most one usually fits. Rule 2
// (corpus_year.go) asks for a report of the same day; this one asks, only
// when rule 2 found none, for a report within weekdayDateWindow days:
//
//   - of the kind the sentence names first, with two of its names (or
//     names related to them), under the look-alike checks of every source
//     (another guest, another city, a refinement that differs);
//   - in one year only: reports near the same day of the month in two
//     years that both put the weekday on it leave the date open;
//   - and the years the corpus gives one report fit one writing day
//     (fitOneReport), as for rule 2.
//
// "Wednesday 8 February" beside the reports of the earthquake of Monday 6
// February 2023 in Turkey and Syria is 8 February 2023 (8 February was a
// Wednesday in 2023, not in 2022 or 2024).

// weekdayDateWindow is how many days from a year-less date written with
// its weekday a report of the same story may lie.
const weekdayDateWindow = 14

// weekdayDateYear returns the one year in which year-less date y, written
// with its weekday, falls within weekdayDateWindow days of a report of the
// corpus (idx) that tells of the event of one of probes (see this file's
// comment), with that report and the probe it matched; year 0 when none
// does, -1 when two years do.
func (s *Scanner) weekdayDateYear(y data.YearlessDate, probes []Candidate, idx *corpusDays) (int, report, *Candidate) {
	if _, ok := y.Weekday(); !ok {
		return 0, report{}, nil
	}
	year, src, via := 0, report{}, (*Candidate)(nil)
	for k := range probes {
		probe := &probes[k]
		// The probe's own names only: a weekday's years are few, but a
		// related name (a country's every city) would ask too many days.
		for pass := range 2 {
			for _, id := range s.x.namesFor(names(probe), pass) {
				for _, d := range idx.byName[id] {
					yy := d.date().Year
					for _, cand := range [3]int{yy - 1, yy, yy + 1} {
						sp := y.In(cand)
						if sp.Start.IsZero() || cand == year {
							continue
						}
						if at, _ := daysOf(sp); d < at-weekdayDateWindow || d > at+weekdayDateWindow {
							continue
						}
						e := idx.sourceOf(s.x, dayName{d, id}, probe, true, strongestFirst)
						if !e.found() || e.strength < 2 || s.x.countShared(probe, e.set.names) < 2 {
							continue
						}
						if year != 0 {
							return -1, report{}, nil
						}
						year, src, via = cand, e, probe
					}
				}
			}
		}
	}
	return year, src, via
}

// nearReason says, for a reason, which report near a date written with
// its weekday gave its year.
func (x *Extractor) nearReason(year int, e report, probe *Candidate) string {
	return x.yearReason(year, e, probe) + ", near the day and weekday written"
}
