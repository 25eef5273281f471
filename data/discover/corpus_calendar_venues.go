package discover

import (
	"hash/maphash"
	"slices"
)

// This file lets the shipped calendar say where a report of the folder
// tells of an organisation's summit. An annual summit's editions are told
// apart by their host cities: the CSTO met in Yerevan on 23 November 2022
// and in Minsk on 23 November 2023, on the same day of the month. A report
// of the Minsk summit names Yerevan too, as last year's host or as
// Armenia's government ("a sign of Yerevan's growing estrangement",
// "Yerevan tashkilot … ta'kidlagan"), and files from Minsk, a dateline the
// look-alike checks set aside (corpus_checks.go otherCities). Alone with it
// in a folder, a report of the Yerevan summit that never writes its year
// took 2023 from it: the two seemed to share their city.
//
// The calendar knows the host of each edition. So a report's sentence of
// a meeting, a summit, talks (an occasion) that names an organisation on a
// day the calendar holds that organisation's summit in a city is, for the
// look-alike checks, told in that city: the other cities it names (its
// dateline aside) are not where it happened. A sentence of the Minsk summit
// that names Yerevan is then of another city than a sentence of a summit
// in Yerevan, and gives it no year. It can only move a source to the
// calendar's own city: a probe of that city then matches it, as the
// calendar's entry itself would.

// venueReach is how many days after a summit a report's sentence of the
// organisation is still of it: a page dated the day after ("MINSK, Nov
// 24" of the summit of 23 November) tells of it on its own day.
const venueReach = 2

// calendarVenue is a summit of the calendar held in a city: its days and
// its city.
type calendarVenue struct {
	from, to day // the first day and the day after the last
	city     string
}

// useCalendarVenues files the cities of the calendar's summits by their
// organisations (see useCalendar).
func (x *Extractor) useCalendarVenues() {
	x.venues = map[string][]calendarVenue{}
	for k := range x.calendar {
		c := &x.calendar[k]
		if !c.Kinds.Has(Summit) || len(c.Actors()) == 0 {
			continue
		}
		for _, id := range c.Places() {
			if x.country[id] != "" { // a city, not the region or a member state
				org := c.Actors()[0]
				x.venues[org] = append(x.venues[org], calendarVenue{c.from, c.to, id})
				break
			}
		}
	}
}

// calendarVenueOf returns the city of the calendar's summit of an
// organisation c names, held on day d or up to venueReach days before,
// when c tells of an occasion; "" when there is none.
func (x *Extractor) calendarVenueOf(c *Candidate, d day) string {
	if !occasion(c.Kind()) {
		return ""
	}
	for _, id := range c.Actors() {
		for _, v := range x.venues[id] {
			if v.from <= d && d < v.to+venueReach {
				return v.city
			}
		}
	}
	return ""
}

// venueOn returns the parties of source c on day d: who, told in its
// dateline's city when its sentence says so (see datelineIsVenue), and
// in the city of the calendar's summit of that day (calendarVenueOf).
// setHash is changed with them (h is scratch).
func (x *Extractor) venueOn(c *Candidate, d day, who parties, setHash uint64, h *maphash.Hash) (parties, uint64) {
	if who.dateline != "" && x.datelineIsVenue(c) {
		who.dateline = ""
		h.Reset()
		h.WriteByte(5)
		setHash ^= h.Sum64()
	}
	if city := x.calendarVenueOf(c, d); city != "" {
		return x.atVenue(who, city, setHash, h)
	}
	return who, setHash
}

// atVenue returns who told in city: the cities who names, its dateline
// aside, give way to city, and the dateline is kept only when it is
// another place (a report filed from the host city tells of it there).
// setHash, the hash of the source's names and parties, is changed by
// the city (h is scratch).
func (x *Extractor) atVenue(who parties, city string, setHash uint64, h *maphash.Hash) (parties, uint64) {
	places := make([]string, 0, len(who.places)+1)
	for _, id := range who.places {
		if !x.isCity(id, who.dateline) || id == city {
			places = append(places, id)
		}
	}
	if !slices.Contains(places, city) {
		places = append(places, city)
		slices.Sort(places)
	}
	who.places = places
	if who.dateline == city {
		who.dateline = ""
	}
	h.Reset()
	h.WriteByte(4)
	h.WriteString(city)
	return who, setHash ^ h.Sum64()
}
