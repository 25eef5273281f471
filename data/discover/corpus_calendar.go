package discover

import (
	"fmt"
	"hash/maphash"
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// This file makes the shipped calendar (data.ShippedCalendar: summits of
// international organisations, national elections and referendums, each
// on its days) a dating source of the corpus-year pass. A whole story of a
// folder may be undated — every report of the Turkmen election, of the SCO
// summit, writes "on 12 March", "3–4 July" and never the year — and then
// no report of the folder can give the others a year. The calendar is
// world knowledge, like the terms of office: the SCO summit in Astana on
// 3–4 July was in 2024.
//
// Each occasion is filed in the pass's index (corpusDays) as if a report
// of the folder, dated to the day, told of it: of its kind, naming the
// organisation and the city of a summit, or the country of a vote. So every
// rule that asks the index (a year-less day of a month, rule 2; a weekday
// of a report dated to its month, rule 4; a weekday of an undated report,
// rule 13, with its look-alike guard; a date written with its weekday,
// rule 15; a dateline, rule 16) asks the calendar too, under every guard
// the corpus's reports pass (another city is another occasion, two years
// leave a date open, one report has one writing day). Four more hold for
// the calendar alone:
//
//   - the sentence names the occasion's kind itself (verdict): a calendar
//     holds every summit of an organisation for a decade, so a meeting of
//     its ministers that falls on the day of another year's summit is not
//     that summit, as a report of the folder, of the same story, could be;
//   - a summit is filed under its organisation only, not its city: "the
//     summit in Astana on 3 July" may be of any organisation meeting
//     there, the calendar holds a few;
//   - a summit held online (no place) is not told of by a sentence that
//     names a city, its dateline aside: "the SCO summit in Astana on 4
//     July" is of 2024, not of the online summit of 4 July 2023;
//   - a weekday of an undated report (rule 13) asks the folder's reports
//     first, and the calendar only when none tells of the event on a day
//     of that weekday (see placeUndatedWeekdays): nearly every weekday
//     has a summit of the decade, and as a rival it would leave open the
//     weekdays the folder's own reports place.
//
// A page's dateline whose year the calendar gives dates the page, as a
// year from the corpus does (rule 3): with every report of the eval alone
// in its folder, the 23 pages the calendar dated were all dated right.
//
// The calendar is never drawn: its sources are not candidates of any
// article, so no event is made of them. The folder's reports are filed
// first, so of one day and name the reason names a report of the folder.

// fromTheCalendar is what the reason of a year the calendar gave says,
// after the year ("2024 from the shipped calendar: SCO summit in Astana,
// 3–4 July 2024").
const fromTheCalendar = " from the shipped calendar: "

// calendarOccasions returns the calendar's occasions: the shipped ones
// (a test may put others in their place, see export_test.go).
var calendarOccasions = data.ShippedCalendar

// calendarID opens the id of the article of a calendar source: the
// occasion's file and line. No article of a folder has it, since every
// one has a File.
const calendarID = "calendar:"

// useCalendar makes the occasions x's calendar: the sources fileCalendar
// files. byID names the occasions' ids in their reasons.
func (x *Extractor) useCalendar(occasions []data.Occasion, byID map[string]*data.Name) {
	x.calendar = make([]Candidate, 0, len(occasions))
	for _, o := range occasions {
		var c Candidate
		var places, actors []string
		switch o.Kind {
		case data.OccasionSummit:
			c.Kinds = KindSet(0).With(Summit)
			actors = []string{o.Of}
			if o.Place != "" {
				places = []string{o.Place}
			}
			if region := orgRegion[o.Of]; region != "" {
				places = append(places, region)
			}
			places = append(places, orgMembers[o.Of]...)
		case data.OccasionElection:
			c.Kinds = KindSet(0).With(Election)
			places = []string{o.Of}
			switch o.What {
			case "presidential":
				c.quals = c.quals.with(qPresidential)
			case "parliamentary":
				c.quals = c.quals.with(qParliamentary)
			}
		case data.OccasionReferendum:
			c.Kinds = KindSet(0).With(Referendum)
			places = []string{o.Of}
		default:
			continue
		}
		span, ok := packSpan(o.Span)
		if !ok {
			continue
		}
		c.names = append(append([]string(nil), places...), actors...)
		c.nPlaces, c.nActors = uint16(len(places)), uint16(len(actors))
		c.span = span
		c.from, c.to = daysOf(o.Span)
		about := o.Describe(func(id string) string {
			if n := byID[id]; n != nil && n.Kind == data.Organisation {
				return orgName(n)
			}
			return displayOn(byID, id, o.Span)
		})
		// The article is the occasion's alone: "one report, one writing
		// day" and "not the probe's own report" treat it as another
		// report. It has no date, so it is no report of its own day (see
		// source.ownDay), and its title says what the occasion is.
		c.Article = &data.Article{ID: fmt.Sprintf("%s%s:%d", calendarID, o.File, o.Line), Title: about}
		x.calendar = append(x.calendar, c)
	}
	x.useCalendarVenues()
}

// fileCalendar files x's calendar in idx (see this file's comment). It is
// called once, after the corpus's reports are filed: they come first.
func (idx *corpusDays) fileCalendar(x *Extractor) {
	if idx.leads {
		return
	}
	for k := range x.calendar {
		c := &x.calendar[k]
		sig := sigOf(c)
		sig.calendar = true
		var h maphash.Hash
		h.SetSeed(idx.seed)
		set, setHash := nameSet(c, &h)
		who, setHash := partiesOf(c, setHash, &h)
		who.online = c.Kinds.Has(Summit) && !slices.ContainsFunc(c.Places(), func(id string) bool {
			return id != orgRegion[c.Actors()[0]] && !slices.Contains(orgMembers[c.Actors()[0]], id)
		})
		// A summit under its organisation only (see this file's
		// comment); a vote under its country.
		filed := c.Actors()
		if len(filed) == 0 {
			filed = c.Places()
		} else if region := orgRegion[filed[0]]; region != "" {
			filed = []string{filed[0], region}
		}
		// A summit under its organisation's members too, as a source
		// only a probe that names most of them matches.
		var members []string
		if actors := c.Actors(); len(actors) > 0 {
			members = orgMembers[actors[0]]
		}
		bySig := sig
		bySig.byMembers = true
		for d := c.from; d < c.to && d < c.from+maxSourceDays; d++ {
			t := d.date()
			md := monthDay{t.Month, t.Day}
			for _, id := range filed {
				idx.add(dayName{d, id}, md, sig, set, who, setHash, c)
			}
			for _, id := range members {
				idx.add(dayName{d, id}, md, bySig, set, who, setHash, c)
			}
			idx.filedDay[d], idx.filedMonthD[md] = idx.round+1, idx.round+1
			idx.filedWeekday[t.Start().Weekday()] = idx.round + 1
		}
	}
}

// fromCalendar returns what the calendar source of report e is, in words.
func (x *Extractor) fromCalendar(e report) (string, bool) {
	if a := e.article; a != nil && a.File == "" && strings.HasPrefix(a.ID, calendarID) {
		return a.Title, true
	}
	return "", false
}

// sourceKind says where report e is: in the "corpus" or the "calendar".
func (x *Extractor) sourceKind(e report) string {
	if _, ok := x.fromCalendar(e); ok {
		return "calendar"
	}
	return "corpus"
}

// yearReason says, for a reason, which report (or occasion of the
// calendar) gave a year: "2024 from the corpus: e05_zh reports …", "2024
// from the shipped calendar: SCO summit in Astana, 3–4 July 2024".
func (x *Extractor) yearReason(year int, e report, probe *Candidate) string {
	if about, ok := x.fromCalendar(e); ok {
		return fmt.Sprintf("%d%s%s", year, fromTheCalendar, about)
	}
	return fmt.Sprintf("%d%s%s", year, fromTheCorpus, x.reportOf(e, probe))
}
