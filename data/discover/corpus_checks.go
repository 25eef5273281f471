package discover

import (
	"hash/maphash"
	"slices"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// This file holds the checks that keep the corpus-year pass
// (corpus_year.go) from taking the year of a look-alike: another report
// of the same kind, with a name in common, on the same day of the same
// month, but of another event.
//
//   - Other guests (otherGuests): a host receives many visitors. Talks of
//     Tokayev with Xi are not Putin's visit to Xi, whatever the day.
//   - Other cities (otherCities): the same leaders at another summit.
//   - The day the sentence tells of (probeDays): a dateline over "the vote
//     held on Saturday" is a report of the Saturday before it; a year in
//     which the corpus's vote is on no such Saturday is not its year.
//   - One writing day (fitOneReport): the year-less dates of one report
//     are written near the day it was written. When the corpus gives them
//     years that no writing day fits, one of them is a look-alike's, and
//     none is placed.

// otherGuests reports whether probe and a source that names the people
// and places of who tell of two occasions with different guests: each
// names a guest (a person from none of the countries of the places it
// names) whom the other names neither himself nor through someone of his
// country. "Tokayev held talks with Xi in Xi'an" and "Putin, received by
// Xi in Beijing" share Xi and China, but Tokayev and Putin are two
// visits. A source that names only the host, or the same guest, can be
// the same visit.
func (x *Extractor) otherGuests(probe *Candidate, who parties) bool {
	if len(who.people) == 0 {
		return false
	}
	probeHosts := x.hostCountries(probe.Places())
	sourceHosts := x.hostCountries(who.places)
	return x.unmetGuest(probe.People(), probeHosts, who.people) && x.unmetGuest(who.people, sourceHosts, probe.People())
}

// hostCountries returns the countries where places say the occasion is:
// those of the cities they name, or when they name no city, the
// countries. A country named beside a city is as often a guest's ("the
// Russian president … in Harbin").
func (x *Extractor) hostCountries(places []string) []string {
	var cities, countries []string
	for _, id := range places {
		if c := x.country[id]; c != "" {
			cities = append(cities, c)
		} else {
			countries = append(countries, id)
		}
	}
	if len(cities) > 0 {
		return cities
	}
	return countries
}

// countryOf returns the country of a city or person id, or id itself.
func (x *Extractor) countryOf(id string) string {
	if c := x.country[id]; c != "" {
		return c
	}
	return id
}

// unmetGuest reports whether one of people is a guest (of no country of
// hosts) whom others do not name, nor anyone of his country.
func (x *Extractor) unmetGuest(people, hosts, others []string) bool {
	for _, p := range people {
		home := x.countryOf(p)
		if slices.Contains(hosts, home) {
			continue
		}
		if !slices.ContainsFunc(others, func(o string) bool { return o == p || x.countryOf(o) == home }) {
			return true
		}
	}
	return false
}

// parties is what the pass keeps of a source's sides, for
// otherOccasion: the people it names itself and its places, sorted, once
// each, and the place named only in its dateline (where the report was
// filed from).
type parties struct {
	people, places []string
	dateline       string
	// online: an occasion of the calendar held in no city (the SCO's
	// summit of 4 July 2023), which no sentence that names a city tells
	// of (corpus_calendar.go).
	online bool
}

// otherOccasion reports whether probe and a source of kind ek whose
// parties are who tell of two occasions: of other guests (see
// otherGuests) or hosts (otherHosts; src is the source's report, or nil),
// or in other cities (see otherCities).
func (x *Extractor) otherOccasion(probe *Candidate, ek Kind, who parties, src *data.Article) bool {
	return diplomatic(probe.Kind()) && diplomatic(ek) && (x.otherGuests(probe, who) || x.otherHosts(probe, who, src)) || x.otherCities(probe, who)
}

// otherCities reports whether probe and a source whose parties are who
// each name a city (or province) but none in common, the cities they were
// filed from aside: the SCO summit in Astana is not the SCO summit in New
// Delhi a year before, nor the talks in Xi'an those in Beijing.
func (x *Extractor) otherCities(probe *Candidate, who parties) bool {
	if who.online {
		return slices.ContainsFunc(probe.Places(), func(id string) bool { return x.isCity(id, x.filedFrom(probe)) })
	}
	mine := false
	for _, id := range probe.Places() {
		if x.isCity(id, x.filedFrom(probe)) {
			if _, ok := slices.BinarySearch(who.places, id); ok {
				return false
			}
			mine = true
		}
	}
	return mine && slices.ContainsFunc(who.places, func(id string) bool { return x.isCity(id, who.dateline) }) ||
		x.cityInAnotherCountry(probe, who)
}

// cityInAnotherCountry reports whether the probe names a city (its
// dateline aside) and the source names no city but countries, none of
// them the city's: the SCO summit in Astana is not the one "hosted by India"
// a year before, whose report names Astana only as the next summit's
// city, in another paragraph. A source that names no place can be the
// same occasion, as can one that names the city's country ("the summit in
// Kazakhstan").
func (x *Extractor) cityInAnotherCountry(probe *Candidate, who parties) bool {
	var homes []string
	for _, id := range probe.Places() {
		if x.isCity(id, x.filedFrom(probe)) {
			homes = append(homes, x.country[id])
		}
	}
	if len(homes) == 0 {
		return false
	}
	named := false
	for _, id := range who.places {
		if id == who.dateline {
			continue
		}
		if x.country[id] != "" || slices.Contains(homes, id) {
			return false
		}
		named = true
	}
	return named
}

// isCity reports whether place id belongs to a country (a city or a
// province) and is not the dateline's place.
func (x *Extractor) isCity(id, dateline string) bool {
	return id != dateline && x.country[id] != ""
}

// partiesVerdict reports whether a probe's match with sources of kind ek
// depends on who and where they tell of (see otherOccasion): occasions
// (a visit, talks, a meeting, a summit, a signing) told by both, and a
// probe that names people or a city in its own sentence.
func (x *Extractor) partiesVerdict(probe *Candidate, ek Kind) bool {
	if !occasion(probe.Kind()) || !occasion(ek) || probe.Context {
		return false
	}
	if diplomatic(probe.Kind()) && diplomatic(ek) && len(probe.People()) > 0 {
		return true
	}
	return slices.ContainsFunc(probe.Places(), func(id string) bool { return x.isCity(id, x.filedFrom(probe)) })
}

// partiesOf returns c's parties, with setHash (the hash of c's set of
// names) changed by them: sources are grouped by who and where they tell
// of as well as by their names (h is scratch).
func partiesOf(c *Candidate, setHash uint64, h *maphash.Hash) (parties, uint64) {
	people, places := sortedSet(c.People()), sortedSet(c.Places())
	h.Reset()
	h.WriteByte(2)
	for _, id := range people {
		h.WriteString(id)
		h.WriteByte(0)
	}
	h.WriteByte(3)
	h.WriteString(c.Dateline())
	// The places are names of the set: its hash has them already.
	return parties{people: people, places: places, dateline: c.Dateline()}, setHash ^ h.Sum64()
}

// sortedSet returns a copy of ids sorted, once each (nil when empty).
func sortedSet(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// probeDays are the days on which the corpus is asked about a year-less
// date: the date itself, or, for a page's dateline whose sentence dates
// its event by a weekday or a relative word ("ТБИЛИСИ, 27 окт — … на
// выборах, прошедших в субботу"), the day that word names when the page
// is written on the date, in each year the date may be of.
type probeDays struct {
	a *data.Article
	y data.YearlessDate
	// rel are the mentions of the sentence that count from the dateline.
	rel []int
	// yearOf is the year of the dateline each day asked about stands for
	// (the Saturday before 2 January is of the year before).
	yearOf map[day]int
}

// probeDaysOf returns the days on which year-less date y of article a,
// whose sentence is probe, is asked about.
func probeDaysOf(a *data.Article, y data.YearlessDate, probe *Candidate) *probeDays {
	p := &probeDays{a: a, y: y}
	if a.Mentions[y.Mention].Stamp != data.StampPublished {
		// A date in the story is not the day its sentence counts from:
		// "on Saturday, he said the vote of 27 October …".
		return p
	}
	for i, m := range a.Mentions {
		if i != y.Mention && (m.Kind == data.MentionWeekday || m.Kind == data.MentionRelative) &&
			m.Start >= int(probe.Start) && m.End <= int(probe.End) {
			p.rel = append(p.rel, i)
		}
	}
	return p
}

// days returns the days, under name id, that may have sources of the
// probe's event: for the date itself, the days of that day of the month
// with sources (see corpusDays.byMonthDay); for a dateline counted from,
// the days its words name in each year that has sources within a week of
// that day of the month.
func (p *probeDays) days(idx *corpusDays, md monthDay, id string) []day {
	if len(p.rel) == 0 {
		return idx.byMonthDay[monthDayName{md, id}]
	}
	var years []int
	for _, near := range weekAround(md) {
		for _, d := range idx.byMonthDay[monthDayName{near, id}] {
			if y := d.date().Year; !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
	}
	slices.Sort(years)
	if p.yearOf == nil {
		p.yearOf = map[day]int{}
	}
	var out []day
	for _, year := range years {
		at := p.y.In(year)
		if at.Start.IsZero() || at.Start.Precision != data.Day {
			continue
		}
		for _, i := range p.rel {
			named, ok := data.DayOfMentionAt(p.a, i, at.Start)
			if !ok {
				continue
			}
			d, _ := daysOf(data.Span{Start: named})
			if !slices.Contains(out, d) {
				out = append(out, d)
				p.yearOf[d] = year
			}
		}
	}
	return out
}

// year returns the year of the date that day d, one of days', stands
// for, or 0.
func (p *probeDays) year(d day) int {
	if len(p.rel) == 0 {
		return yearOfDay(d, p.y.Month, p.y.Day)
	}
	return p.yearOf[d]
}

// weekAround returns the days of a month within a week of md, in a leap
// year and in another (the days a weekday or "позавчера" may name).
func weekAround(md monthDay) []monthDay { return monthDaysAround(md, -7, 7) }

// monthDaysAround returns the days of a month from `from` to `to` days
// after md (negative: before), in a leap year and in another (1 March
// looks back to 29 February).
func monthDaysAround(md monthDay, from, to int) []monthDay {
	var out []monthDay
	for _, year := range []int{2023, 2024} {
		t := time.Date(year, md.month, md.day, 0, 0, 0, 0, time.UTC)
		if t.Month() != md.month {
			continue // 29 February of 2023
		}
		for k := from; k <= to; k++ {
			u := t.AddDate(0, 0, k)
			if near := (monthDay{u.Month(), u.Day()}); !slices.Contains(out, near) {
				out = append(out, near)
			}
		}
	}
	return out
}

// oneReportSpan is how far apart the year-less dates of one report may
// lie when the corpus puts them in different years: a date written
// without its year is near the day it is written (the writer leaves the
// year out because the reader knows it), so two such dates in two years
// are the turn of a year ("on 28 December", "on 3 January"), not a year
// apart.
const oneReportSpan = 183 // days

// fromTheCorpus is what the reason of a year the corpus gave says, after
// the year ("2024 from the corpus: e05_zh reports …").
const fromTheCorpus = " from the corpus: "

// isCorpusYear reports whether a mention's reason says the corpus (or the
// shipped calendar, corpus_calendar.go) gave its year.
func isCorpusYear(reason string) bool {
	return strings.Contains(reason, fromTheCorpus) || strings.Contains(reason, fromTheCalendar)
}

// fitOneReport reports whether the years the corpus gives the year-less
// dates of article a fit one writing day, with those it gave in earlier
// rounds: all in one year, or all within oneReportSpan of each other. A
// report of Tokayev's talks in Xi'an "17 May" that announces the summit
// there "on 18-19 May" is of one May: when the corpus puts the talks in
// 2024 and the summit in 2023, one of the two years is a look-alike's,
// and which one is not known.
func fitOneReport(a *data.Article, years []data.CorpusYear) bool {
	spans := make([]data.Span, 0, len(years))
	for _, cy := range years {
		if s := cy.Date.In(cy.Year); !s.Start.IsZero() {
			// "25 декабря прошлого года" in 2024 says the report was
			// written in 2025: it stands for that year, all of it.
			if shift := cy.Date.WritingYearShift(); shift != 0 {
				s = data.Span{Start: data.YearDate(cy.Year - shift)}
			}
			spans = append(spans, s)
		}
	}
	for i, m := range a.Mentions {
		if m.Kind == data.MentionExplicit && m.Resolved() && isCorpusYear(m.Reason) {
			s := m.Span.Span()
			if shift := data.MentionWritingYearShift(a, i); shift != 0 {
				s = data.Span{Start: data.YearDate(s.Start.Year - shift)}
			}
			spans = append(spans, s)
		}
	}
	var first, last time.Time
	oneYear := true
	for i, s := range spans {
		if s.Start.Year != spans[0].Start.Year {
			oneYear = false
		}
		if from := s.From(); i == 0 || from.Before(first) {
			first = from
		}
		if to := s.Last().Start(); i == 0 || to.After(last) {
			last = to
		}
	}
	return oneYear || last.Sub(first) <= oneReportSpan*24*time.Hour
}
