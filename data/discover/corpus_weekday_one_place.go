package discover

import (
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// This file is rule 13's second answer for the weekday of a report with no
// date at all: one place in common, when the corpus holds one day only.
//
// Rule 13 (corpus_weekdays.go) asks two names in common, because one name
// alone is what every Sunday vote of a country, every attack in a city
// shares: "On Sunday, Kazakhs were asked in a referendum" names Kazakhstan
// only, and the folder's report of that referendum (dated to the day by
// its own date line) names Kazakhstan and Uzbekistan's observers. A
// careful reader still places it when the folder leaves no other reading:
// one report, of the very kind the sentence names first, of an event in
// the same country or city, and no other day of that weekday with a report
// of an akin kind that shares any name with the sentence, itself or
// through a related one. So:
//
//   - the one name in common is a place the sentence (or, for a vote, its
//     paragraph) names itself, written by the report itself, and a place
//     that is a country or lies in one: "Central Asia" is a region of
//     five countries' elections, and a leader travels (Tokayev
//     congratulating Mirziyoyev on Uzbekistan's election is no Kazakh
//     election);
//   - the report names the kind the sentence names first, and it is a kind
//     that happens somewhere, not one between sides: in a final, talks, a
//     clash, a ceasefire or an exchange a country is a side ("Argentina beat
//     France on Sunday" is no Sunday of France's final of 2018 against
//     Croatia); nor what is said or decided any day in any capital: an
//     announcement, a decision, a result, an appointment ("Turkey's
//     parliament approved Sweden's membership on Thursday evening" is no
//     Thursday of the Turkish central bank's rate decision);
//   - neither names a place, of its own, that the other does not (itself
//     or through a related name) while the other names one it does not:
//     protests in Tbilisi and Yerevan are not those in Tbilisi and Baku;
//   - no other day of the weekday has a report of an akin kind that shares
//     a name with the sentence, its own or related (a report of Kazakhstan's
//     2022 referendum naming only Astana is a rival of 2024's);
//   - the look-alike checks of the corpus pass (another guest, another
//     city, a differing refinement) hold, as for every source;
//   - the day fits the days of a month the report writes without a year in
//     the weekday's paragraph, and its dateline: within a week of each (a
//     report is written on one day). "WASHINGTON, 8 Dic. … liberada este
//     jueves por Rusia en un canje de prisioneros" is no Thursday of
//     August, whatever prisoner exchange of Russia's the folder holds on
//     one; "Астана, 20 наурыз … дүйсенбі күні 19 наурызда өткен … сайлау"
//     no Monday of June.
//
// What stays possible is what rule 13 already accepts, more often: a
// folder whose only report of that kind in that country on that weekday
// is of another year than the undated one (see "Known gaps").

// onePlaceDay returns the day of weekday wd on which the one report of
// best (the days of the weekday with a report of the probe's event)
// tells of the probe's event in a place the probe names, under the
// guards of this file's comment, and the place.
func (s *Scanner) onePlaceDay(a *data.Article, w data.OpenWeekday, probe *Candidate, places []string, best map[day]report, idx *corpusDays) (day, report, string, bool) {
	wd := w.Weekday
	if len(best) != 1 {
		return 0, report{}, "", false
	}
	var d day
	var e report
	for d, e = range best { // the one day, and its report
	}
	if e.strength < 2 || betweenSides(probe.Kind()) || saidAnyDay(probe.Kind()) {
		return 0, report{}, "", false
	}
	place := ""
	for _, id := range places {
		if _, ok := slices.BinarySearch(e.set.names, id); ok && s.x.located(id) {
			place = id
			break
		}
	}
	if place == "" || s.x.placeOnEachSide(places, e.set.names) {
		return 0, report{}, "", false
	}
	// Rule 13 looks for the related names only when the own ones find
	// nothing; a rival of one place in common is any day found either way.
	for pass := range 3 {
		for _, id := range s.x.namesFor(names(probe), pass) {
			for _, other := range idx.byName[id] {
				if other == d || weekdayOf(other) != wd {
					continue
				}
				if r := idx.sourceOf(s.x, dayName{other, id}, probe, pass < 2, strongestFirst); r.found() && !weekLong(r.span) {
					return 0, report{}, "", false
				}
			}
		}
	}
	if !fitsYearlessDays(a, a.Mentions[w.Mention].Paragraph, d) {
		return 0, report{}, "", false
	}
	return d, e, place, true
}

// fitsYearlessDays reports whether day d lies within a week of each day
// of a month that article a writes without a year in paragraph para, or
// as its dateline, in the year of d or one next to it.
func fitsYearlessDays(a *data.Article, para int, d day) bool {
	for _, y := range data.YearlessDates(a) {
		if !y.Dateline && a.Mentions[y.Mention].Paragraph != para {
			continue
		}
		year := d.date().Year
		near := false
		for _, yr := range []int{year - 1, year, year + 1} {
			from, _ := daysOf(data.Span{Start: data.DayDate(yr, y.Month, y.Day)})
			if gap := from - d; gap >= -undatedWeek && gap <= undatedWeek {
				near = true
			}
		}
		if !near {
			return false
		}
	}
	return true
}

// located reports whether place id is a country or lies in one: a city or
// a province of a country, or a country that cities, provinces or people
// of the shipped lists belong to (not a region of several, as "Central
// Asia", nor a place of no known country).
func (x *Extractor) located(id string) bool {
	return x.country[id] != "" || len(x.members[id]) > 0
}

// betweenSides reports whether an event of kind k is between sides whose
// names are often countries: a diplomatic occasion, a contest, a clash, a
// ceasefire, a prisoner exchange. A country it names is a side, not where
// it took place.
func betweenSides(k Kind) bool {
	switch k {
	case Contest, Clash, Ceasefire, Exchange:
		return true
	}
	return occasion(k)
}

// placeOnEachSide reports whether the probe's places and a report's names
// each hold a located place (see located) that the other has neither
// itself nor through a related name: two events, in two pairs of places.
func (x *Extractor) placeOnEachSide(places, names []string) bool {
	own := slices.ContainsFunc(places, func(id string) bool { return x.located(id) && !x.relatedToAny(id, names) })
	theirs := slices.ContainsFunc(names, func(id string) bool { return x.located(id) && !x.relatedToAny(id, places) })
	return own && theirs
}

// saidAnyDay reports whether an event of kind k is something said or
// decided, which a government, a bank or a commission does any day: an
// announcement, a decision, a result, an appointment. One place in
// common says nothing of which day such an event is.
func saidAnyDay(k Kind) bool {
	switch k {
	case Announcement, Decision, Result, Appointment:
		return true
	}
	return false
}
