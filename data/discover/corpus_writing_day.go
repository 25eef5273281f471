package discover

import (
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// This file places a page's year-less dateline ("МОСКВА, 2 августа.",
// "PÉKIN, 8 janv (AFP)") when no report of the corpus tells of its very
// day but one tells of the same story in the days just before it. A
// dateline is the day the page was written, and a page reports what
// happened that day or shortly before ("вчера", "mardi", "in der Nacht
// zum Freitag"): its day is never before the event it reports. Rule 2
// (corpus_year.go) asks for a report of the same day; this one asks, only
// when rule 2 and the weekday of a date (corpus_weekday_dates.go) found
// none, for a report of the writingDayWindow days up to the dateline (of
// the stampWindow days, for a report of what it saw on its own day):
//
//   - of the kind the dateline's sentence (or a sentence of its lead)
//     names first, with places or people of two countries in common
//     (itself or through a related name), or a city that is not the
//     dateline's (see sameStory), under the look-alike checks of every
//     source (another guest, another city, a refinement that differs);
//   - told as done, not announced: a day a sibling announces ("sabato
//     prossimo") is no day that happened before the page was written;
//   - in one year only: the story near that day in two years leaves the
//     dateline open;
//   - and the years the corpus gives one report fit one writing day
//     (fitOneReport), as for rule 2; when they do not, a year of this
//     rule yields to the others (placeYearless).
//
// "PÉKIN, 8 janv (AFP) - Les secouristes … fouillaient mercredi les
// décombres … au lendemain du séisme" beside the reports of the
// earthquake in Tibet of 7 January 2025 is of 8 January 2025.

// writingDayWindow is how many days before its dateline the event a
// report tells of may lie: "yesterday", "on Tuesday" of a Thursday's page.
const writingDayWindow = 3

// stampWindow is how many days before its dateline a report of the story
// may lie that tells what it saw on the day it is dated to: the rounds of
// talks a week apart ("ROMA, 19 APR" after the talks in Muscat a report of
// 12 April 2025 tells of that day).
const stampWindow = 7

// writingDayYear returns the one year in which year-less dateline y lies
// within writingDayWindow days after an event of the corpus (indexes), or
// stampWindow days after one its report tells of on its own day, that
// tells of the story of one of probes (see this file's comment),
// with that report and the probe it matched; year 0 when none does, -1
// when two years do.
func (s *Scanner) writingDayYear(y data.YearlessDate, probes []Candidate, indexes []*corpusDays) (int, report, *Candidate) {
	if !y.Dateline {
		return 0, report{}, nil
	}
	before := monthDaysAround(monthDay{y.Month, y.Day}, -stampWindow, 0)
	// A report of a day more than writingDayWindow before the dateline
	// lends its year only when it tells of its own day (stampWindow).
	return s.oneDatelineYear(probes, indexes, before, func(*Candidate) bool { return true },
		func(d day) (int, day) { return writingYear(y, d) },
		func(e report, gap day) bool { return gap > writingDayWindow && !e.ownDay })
}

// oneDatelineYear returns the one year a year-less dateline takes from
// the folder's reports of the days mds (of the corpus, indexes) that tell
// of the story of one of probes, with that report and the probe it
// matched; year 0 when none does, -1 when two years do. Rule 16 and its
// mirror (corpus_writing_day_before.go) share it: asks says which probes
// may ask, yearOf the dateline's year beside a reported day and how many
// days lie between them (0: none fits), refuses a source the rule does not
// take at that gap. The probe's own names only are asked, as for a date's
// weekday: a related name (a country's every city) says less of one story.
func (s *Scanner) oneDatelineYear(probes []Candidate, indexes []*corpusDays, mds []monthDay, asks func(*Candidate) bool, yearOf func(day) (int, day), refuses func(e report, gap day) bool) (int, report, *Candidate) {
	year, src, via := 0, report{}, (*Candidate)(nil)
	for k := range probes {
		probe := &probes[k]
		if !asks(probe) {
			continue
		}
		for pass := range 2 {
			for _, id := range s.x.namesFor(names(probe), pass) {
				for _, ix := range indexes {
					for _, md := range mds {
						for _, d := range ix.byMonthDay[monthDayName{md, id}] {
							wy, gap := yearOf(d)
							if wy == 0 || wy == year {
								continue
							}
							e := ix.sourceOf(s.x, dayName{d, id}, probe, true, strongestFirst)
							if !e.found() || e.announced || e.strength < 2 || refuses(e, gap) || !s.x.sameStory(probe, e.set.names) {
								continue
							}
							if year != 0 {
								return -1, report{}, nil
							}
							year, src, via = wy, e, probe
						}
					}
				}
			}
		}
	}
	return year, src, via
}

// writingProbes returns what a dateline's page tells of: the probes of
// its own sentence (own) and the sentences of its lead (see
// describeLead), or the lead's alone when probes are already the lead's.
func (s *Scanner) writingProbes(a *data.Article, y data.YearlessDate, probes []Candidate, span data.Span, own bool) []Candidate {
	if !own {
		return probes
	}
	return append(probes[:len(probes):len(probes)], s.describeLead(a, y.Mention, span, true)...)
}

// sameStory reports whether probe and a source that names names share
// two sides of one story: places or people of two countries (itself or
// through a related name: "ANKARA, 8 February … in Turkey and Syria" and
// a report of Turkey and Syria), or a city or province, the place the
// probe was filed from aside ("Астана, 25 наурыз … Мәскеудегі сот" and a
// report of Moscow). Ankara and Turkey are one side. An agency or
// organisation in common ("新华社…电" over two reports of one leader) is no
// sign of one story.
func (x *Extractor) sameStory(probe *Candidate, names []string) bool {
	var sides []string
	for k, list := range [2][]string{probe.Places(), probe.People()} {
		for _, id := range list {
			if id == probe.Dateline() || !x.relatedToAny(id, names) {
				continue
			}
			// (A leader has a country too: only places are cities.)
			if _, ok := slices.BinarySearch(names, id); ok && k == 0 && x.isCity(id, probe.Dateline()) {
				return true
			}
			if side := x.countryOf(id); !slices.Contains(sides, side) {
				sides = append(sides, side)
			}
		}
	}
	return len(sides) >= 2
}

// writingYear returns the year of dateline y when day d lies within
// stampWindow days before it (the dateline itself included), and how many
// days before; 0 when it does not: the event of 30 December is of a page
// of 2 January in the next year.
func writingYear(y data.YearlessDate, d day) (int, day) {
	dy := d.date().Year
	for _, cand := range [2]int{dy, dy + 1} {
		sp := y.In(cand)
		if sp.Start.IsZero() {
			continue
		}
		if at, _ := daysOf(sp); d <= at && d >= at-stampWindow {
			return cand, at - d
		}
	}
	return 0, 0
}

// writingDayNote closes the reason of a dateline's year that a report of
// the days before it gave.
const writingDayNote = ", in the days before the dateline"

// writingDayReason says, for a reason, which report of the days before a
// dateline gave its year.
func (x *Extractor) writingDayReason(year int, e report, probe *Candidate) string {
	return x.yearReason(year, e, probe) + writingDayNote
}

// fromWritingDay reports whether the corpus gave cy's year by a report of
// the days before a dateline.
// So did one of the days after it, which its lead announces
// (corpus_writing_day_before.go).
func fromWritingDay(cy data.CorpusYear) bool {
	return strings.HasSuffix(cy.Why, writingDayNote) || strings.HasSuffix(cy.Why, announcedDayNote)
}
