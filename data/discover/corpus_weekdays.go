package discover

import (
	"slices"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// This file places the weekdays of reports that have no date at all
// ("On Sunday, Kazakhs voted in a referendum", in a saved page that lost
// its date and writes no year). Such a weekday may be of any week, so it
// is compared with every day of that weekday on which the corpus reports
// an event, under the rule of the corpus-year pass (a kind that agrees, a
// name in common, no refinement that differs, and the look-alike checks
// of corpus_checks.go: another guest, another city). It is placed only
// when the answer is one:
//
//   - one day of the corpus, in any year, has a report of the event that
//     names the kind the sentence names first and two of its names (for a
//     vote, or its paragraph's; or names related to them: Bishkek and Dushanbe,
//     Kyrgyzstan and Tajikistan; "Bei der Parlamentswahl in Kirgistan …
//     Wie die Behörde am Montag in Bischkek mitteilte, lag die Beteiligung
//     bei der Abstimmung am Sonntag …" names Kirgistan in the sentence
//     before), and no other day of that weekday has a report of the
//     same kind with a name in common, nor one of a kind only akin with
//     two. Two Sunday referendums in Kazakhstan, in 2022 and 2024, leave
//     it open; so does one name alone ("voters in Kazakhstan went to a
//     referendum on Sunday": every Sunday vote of the country has it), and
//     a kind only akin ("the vote on Sunday" may be an election the corpus
//     does not hold);
//   - the weekday is reported, not announced or "next";
//   - the weekdays of one report, so placed, lie within one week, as the
//     days a report looks back to from the day it is written do, and
//     within half a year of the dates the corpus gave the report's
//     year-less days.
//
// The report's own date is not set: a weekday says on which day the event
// took place, not when the page was written (days later, maybe). What is
// left to a guess is what the corpus does not hold: a report of a 2022
// referendum, in a folder whose only dated report of a Sunday referendum
// in the same country is of 2024, is placed in 2024 (see "Known gaps").

// undatedWeek is how many days apart the weekdays one undated report
// looks back to may lie: it was written on one day, and a weekday without
// "last" or "next" is of the week before it.
const undatedWeek = 6

// placeUndatedWeekdays places the open weekdays of undated article a, each
// on the one day of the corpus that fits (see this file's comment). read
// is called before the article's mentions are read.
//
// A weekday the corpus leaves open this way is placed by a figure the
// report shares with reports dated to the day (links; see figureWeekday).
func (s *Scanner) placeUndatedWeekdays(a *data.Article, weekdays []openWeekday, idx *corpusDays, links []figureLink, read func()) bool {
	type find struct {
		w   data.OpenWeekday
		day day
		why string
	}
	var finds []find
	// Within one report, one weekday is one day: the second "Sunday" is
	// the first's (and is not read again). -1: the corpus gave no day.
	decided := map[time.Weekday]int{}
	for _, packed := range weekdays {
		w := packed.open()
		if k, ok := decided[w.Weekday]; ok {
			if k >= 0 {
				finds = append(finds, find{w, finds[k].day, finds[k].why})
			}
			continue
		}
		// Reading the sentence costs: a weekday no new report is of is
		// left (unless a report shares a figure with it).
		if idx.filedWeekday[w.Weekday] <= idx.round && len(links) == 0 {
			continue
		}
		read()
		// Any day of the weekday stands for the probe's date: the rule
		// reads its kind and names, not its day.
		probe, ok := s.describe(a, w.Mention, data.Span{Start: data.DayDate(2000, time.January, 2+int(w.Weekday))})
		if !ok {
			continue
		}
		// For a vote, the names of the sentence's paragraph count with its
		// own: "am Montag in Bischkek … die Abstimmung am Sonntag" is of
		// Kirgistan's parliamentary election the paragraph names. A
		// country votes for one body on one day; an attack, talks or a
		// statement of the same country recur any week ("ليل الجمعة" of
		// Wagner's mutiny is not the Friday of an attack in Moscow the
		// paragraph's capital points to).
		wide := slices.Concat(probe.Places(), probe.Actors())
		places := probe.Places()
		if k := probe.Kind(); k == Election || k == Referendum {
			pp, pa := s.paragraphNames(a, int(probe.Paragraph))
			wide = slices.Concat(wide, pp, pa)
			places = slices.Concat(places, pp)
		}
		// The place the report was filed from is not where its event was
		// ("موسكو - … انهيار سد … أورسك" is no event of Moscow's).
		wide = slices.DeleteFunc(wide, func(id string) bool { return id == probe.Dateline() })
		places = slices.DeleteFunc(slices.Clone(places), func(id string) bool { return id == probe.Dateline() })
		// The folder's reports first; the shipped calendar only when
		// none tells of the event on a day of that weekday
		// (corpus_calendar.go).
		var best map[day]report
		which := folderSources
		for _, which = range [2]sources{folderSources, calendarSources} {
			if best = s.weekdayReports(&probe, w.Weekday, wide, idx, which); best == nil || len(best) > 0 {
				break
			}
		}
		decided[w.Weekday] = -1
		// A reported weekday lies in the week up to the page's own
		// dateline: "TBILISSI, 29 décembre (AFP) - … a prêté serment
		// dimanche" is no Sunday of 1 December (see beforeDateline).
		if d, e, ok := s.x.dominant(wide, best); ok && beforeDateline(a, d) {
			decided[w.Weekday] = len(finds)
			finds = append(finds, find{w, d, "on which " + s.x.reportOf(e, &probe) + ", the only such day of the " + s.x.sourceKind(e)})
		} else if d, why, ok := s.x.figureWeekday(&probe, w.Weekday, links); ok {
			decided[w.Weekday] = len(finds)
			finds = append(finds, find{w, d, why})
		} else if d, e, ok := s.akinOccasionDay(a, w, &probe, wide, best); ok {
			// Three names of one occasion (corpus_weekday_akin.go).
			decided[w.Weekday] = len(finds)
			finds = append(finds, find{w, d, "on which " + s.x.reportOf(e, &probe) + ", the only day of the " + s.x.sourceKind(e) + " with a report of that occasion"})
		} else if d, e, place, ok := s.onePlaceDay(a, w, &probe, places, best, idx, which); ok {
			// One place in common, and no other day (corpus_weekday_one_place.go).
			decided[w.Weekday] = len(finds)
			finds = append(finds, find{w, d, "on which " + s.x.reportOf(e, &probe) + ", the only day of the " + s.x.sourceKind(e) + " with a report of it, in " + place})
		}
	}
	// A weekday beyond the lead is as often of another story: only a
	// figure the report shares with a report dated to the day (rule 14)
	// ties it to that report's story and places it, never names alone
	// ("Участие в нём приняли 51,77% … голосование … началось ранее в
	// воскресенье", in a report's fourth paragraph, beside a report
	// dated 2024-10-07 that writes 51.77% of the referendum of 6
	// October). A weekday the lead decided is left to the lead.
	if len(links) > 0 {
		read()
		for _, w := range data.UndatedWeekdaysBeyondTheLead(a) {
			if _, ok := decided[w.Weekday]; ok {
				continue
			}
			probe, ok := s.describe(a, w.Mention, data.Span{Start: data.DayDate(2000, time.January, 2+int(w.Weekday))})
			if !ok {
				continue
			}
			if d, why, ok := s.x.figureWeekday(&probe, w.Weekday, links); ok {
				decided[w.Weekday] = len(finds)
				finds = append(finds, find{w, d, why})
			}
		}
	}
	if len(finds) == 0 {
		return false
	}
	// One writing day: the weekdays within a week of each other (those
	// placed in earlier rounds too), and near the days the corpus gave the
	// report's year-less dates.
	first, last := finds[0].day, finds[0].day
	for _, f := range finds {
		first, last = min(first, f.day), max(last, f.day)
	}
	for _, m := range a.Mentions {
		if data.PlacedAsUndatedWeekday(m) {
			d, _ := daysOf(m.Span.Span())
			first, last = min(first, d), max(last, d)
		}
	}
	if last-first > undatedWeek {
		return false
	}
	// A year-less dateline says which week the report looks back from
	// (corpus_weekdays_dateline.go).
	if slices.ContainsFunc(finds, func(f find) bool { return outsideDatelineWeek(a, f.day) }) {
		return false
	}
	for _, m := range a.Mentions {
		if m.Kind != data.MentionExplicit || !m.Resolved() || !isCorpusYear(m.Reason) {
			continue
		}
		from, to := daysOf(m.Span.Span())
		if from-last > oneReportSpan || first-to > oneReportSpan {
			return false
		}
	}
	// A weekday read before the one that decided it is that day too.
	for _, packed := range weekdays {
		w := packed.open()
		if k, ok := decided[w.Weekday]; ok && k >= 0 && !slices.ContainsFunc(finds, func(f find) bool { return f.w.Mention == w.Mention }) {
			finds = append(finds, find{w, finds[k].day, finds[k].why})
		}
	}
	placed := false
	for _, f := range finds {
		if data.PlaceUndatedWeekday(a, f.w, f.day.date(), f.why) {
			placed = true
		}
	}
	if placed {
		data.PlaceNearUndatedWeekdays(a)
	}
	return placed
}

// weekdayReports returns the days of weekday wd with a report (of which:
// the folder's, or the calendar's occasions) of the event of probe, and
// the closest report of each; nil when two days rival each other (see
// dominant), which is no answer. wide are the probe's names and its
// paragraph's.
func (s *Scanner) weekdayReports(probe *Candidate, wd time.Weekday, wide []string, idx *corpusDays, which sources) map[day]report {
	best := map[day]report{}
	rivals := 0 // days with a report that dominant counts against another
	for pass := range 3 {
		// The probe's own names first; the names related to them only
		// when those find nothing.
		if pass == 2 && len(best) > 0 {
			break
		}
		for _, id := range s.x.namesFor(names(probe), pass) {
			for _, d := range idx.byName[id] {
				if weekdayOf(d) != wd {
					continue
				}
				e := idx.sourceFrom(s.x, dayName{d, id}, probe, pass < 2, strongestFirst, which)
				r, seen := best[d]
				if !e.found() || seen && e.strength <= r.strength || weekLong(e.span) {
					continue
				}
				if !(seen && s.x.rival(wide, r)) && s.x.rival(wide, e) {
					// Two days that rival each other are no answer:
					// the rest need not be asked.
					if rivals++; rivals == 2 {
						return nil
					}
				}
				best[d] = e
			}
		}
	}
	return best
}

// dominant returns the one day of best (the days of a weekday with a
// report of the probe's event, and the closest report of each) that an
// undated report's weekday is placed on: its report names the kind the
// probe names first and two of the names of wide (the probe's and its
// paragraph's), and no other day has a report
// of the same kind with a name in common, nor one of a kind only akin
// with two names in common. A day better on one count and worse on the
// other is no answer.
func (x *Extractor) dominant(wide []string, best map[day]report) (day, report, bool) {
	var win day = -1
	for d, e := range best {
		if e.strength >= 2 && x.countIDs(wide, e.set.names) >= 2 {
			if win >= 0 {
				return 0, report{}, false
			}
			win = d
		}
	}
	if win < 0 {
		return 0, report{}, false
	}
	for d, e := range best {
		if d != win && x.rival(wide, e) {
			return 0, report{}, false
		}
	}
	return win, best[win], true
}

// rival reports whether report e of a day keeps another day from being
// the answer (see dominant): it names the probe's kind first, or two of
// the names of wide.
func (x *Extractor) rival(wide []string, e report) bool {
	return e.strength >= 2 || x.countIDs(wide, e.set.names) >= 2
}

// countIDs is how many distinct ids of wide one of names is, or is
// related to (see related).
func (x *Extractor) countIDs(wide []string, names []string) int {
	n := 0
	for i, id := range wide {
		if !slices.Contains(wide[:i], id) && x.relatedToAny(id, names) {
			n++
		}
	}
	return n
}

// beforeDateline reports whether day d, a reported weekday of undated
// article a, lies in the week up to the article's year-less dateline
// (its "last Sunday" too, seven days back), in the year of d or one
// next to it; true when the article writes no such dateline. A page
// looks back from the day it is filed: the other days of a month its
// paragraphs write may be announced ("las elecciones generales del 22
// de octubre"), the dateline is not.
func beforeDateline(a *data.Article, d day) bool {
	for _, y := range data.YearlessDates(a) {
		if !y.Dateline {
			continue
		}
		year := d.date().Year
		near := false
		for _, yr := range []int{year - 1, year, year + 1} {
			from, _ := daysOf(data.Span{Start: data.DayDate(yr, y.Month, y.Day)})
			if gap := from - d; gap >= 0 && gap <= lastWeekday {
				near = true
			}
		}
		if !near {
			return false
		}
	}
	return true
}

// weekdayOf returns the weekday of day d (day 0, 1 January 1970, was a
// Thursday).
func weekdayOf(d day) time.Weekday {
	return time.Weekday(((int(d)+4)%7 + 7) % 7)
}

// weekLong reports whether a source's span is a week or longer ("last
// week": 16–22 December): it says nothing of any one of its weekdays. An
// undated Polish report's Tuesday, the Kakhovka dam's, fell in the week of
// an English report of the Azerbaijan Airlines crash that names Russia and
// Moscow, as the Polish paragraph does.
func weekLong(s packedSpan) bool {
	from, to := daysOf(s.Span())
	return to-from >= maxSourceDays
}
