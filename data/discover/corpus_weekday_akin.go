package discover

import (
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// This file is rule 13's answer for an occasion told in a word only akin
// to the corpus's: "On Tuesday, US Leader Joe Biden sat down with the
// presidents of Central Asia's nations in the C5+1 format at the United
// Nations headquarters in New York" tells of talks; the folder's report
// dated to the day tells of "the first C5+1 summit in New York" on 19
// September 2023. Rule 13 asks the kind the sentence names first, because
// a kind only akin with two names is what the same leaders' next meeting
// shares ("the vote on Sunday" may be an election the folder does not
// hold). Talks, a meeting, a summit, a visit, a signing are one occasion
// when they share more: three names (the format, its place, a leader), one
// of them a place the sentence itself names that lies in a country, and
// the folder holds no other day of that weekday with a report that rivals
// it. So:
//
//   - the sentence names an occasion first, and the report names an
//     occasion first (talks told as a summit, not an attack in the same
//     city: "este domingo el régimen … en Moscú" is no Sunday of talks);
//   - they write three names alike (not through a related name: Xi
//     Jinping's state visit to Astana on Tuesday 2 July 2024 names Astana,
//     Kazakhstan and Xi, whose country only the summit of Tuesday 17 June
//     2025 writes), one a located place the sentence names itself (not
//     its dateline);
//   - no other day of that weekday has a report of the same kind with a
//     name in common or one of a kind only akin with two (as rule 13);
//   - the day lies within a week of the days of a month the report writes
//     without a year in the weekday's paragraph, and of its dateline
//     ("MOSCÚ, 25 Jun." is no Sunday of March).
//
// The look-alike checks of every source (another guest, another city, a
// differing refinement) hold, as for rule 13.

// akinNames is how many names an occasion of a kind only akin must share
// with the weekday's sentence.
const akinNames = 3

// akinOccasionDay returns the day of weekday w (of undated article a) on
// which the one report of best tells of the occasion of probe in a kind
// only akin, under the guards of this file's comment, and the report.
// wide are the probe's names and its paragraph's (see dominant).
func (s *Scanner) akinOccasionDay(a *data.Article, w data.OpenWeekday, probe *Candidate, wide []string, best map[day]report) (day, report, bool) {
	if !occasion(probe.Kind()) {
		return 0, report{}, false
	}
	var win day = -1
	for d, e := range best {
		if e.strength == 1 && occasion(e.kinds.First()) && sameNames(wide, e.set.names) >= akinNames && s.x.ownLocatedPlaceIn(probe, e.set.names) {
			if win >= 0 {
				return 0, report{}, false
			}
			win = d
		}
	}
	// (Another day of the weekday with a report that rivals this one
	// left best nil: see weekdayReports.)
	if win < 0 || !fitsYearlessDays(a, a.Mentions[w.Mention].Paragraph, win) {
		return 0, report{}, false
	}
	return win, best[win], true
}

// sameNames is how many distinct ids of wide the sorted names hold
// themselves, not through a related name: a leader and his country are
// what the same place's other occasions share (Xi Jinping's state visit to
// Astana in July 2024 and the Central Asia–China summit there in June
// 2025).
func sameNames(wide, names []string) int {
	n := 0
	for i, id := range wide {
		if _, ok := slices.BinarySearch(names, id); ok && !slices.Contains(wide[:i], id) {
			n++
		}
	}
	return n
}

// ownLocatedPlaceIn reports whether the probe names a place itself, not
// its dateline, that lies in a country (see located) and is one of names.
func (x *Extractor) ownLocatedPlaceIn(probe *Candidate, names []string) bool {
	return slices.ContainsFunc(probe.Places(), func(id string) bool {
		_, ok := slices.BinarySearch(names, id)
		return ok && id != probe.Dateline() && x.located(id)
	})
}
