package data

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/caravan-analytics/caravan/data/knowledge"
)

// This file reads the shipped calendar (data/knowledge/calendar/*.toml):
// occasions held on known days — summits of international organisations,
// national elections and referendums — which are world knowledge as the
// terms of office are. "The SCO summit in Astana on 3–4 July" has one
// year, 2024; "the presidential election in Kazakhstan on 20 November",
// 2022. Discovery uses the calendar as a dating source only (see
// discover's corpus_calendar.go): an occasion stands for a report of the
// folder dated to its day, and is never drawn as an event.

// OccasionKind is what a calendar occasion is.
type OccasionKind string

// The kinds of occasion the calendar holds.
const (
	OccasionSummit     OccasionKind = "summit"
	OccasionElection   OccasionKind = "election"
	OccasionReferendum OccasionKind = "referendum"
)

// Occasion is one entry of the calendar: a summit of an organisation
// held in a city, or a national vote of a country, on a day or a span of
// days.
type Occasion struct {
	Kind OccasionKind
	// Of is the organisation (summit) or the country (election,
	// referendum) that holds it: a name id.
	Of string
	// Place is the city where a summit is held (a name id); "" for an
	// online summit and for votes.
	Place string
	// What is an election's kind: "presidential", "parliamentary" or
	// "runoff"; "" for the others.
	What string
	// Span is the first day and, for an occasion of several days, the
	// last, both to the day.
	Span Span
	Note string
	// File and Line say where the entry is written, for messages.
	File string
	Line int
}

// The kinds of election an occasion's What may say.
var electionWhats = []string{"presidential", "parliamentary", "runoff"}

// calendarKeys are the keys an [[occasion]] table may hold.
var calendarKeys = []string{"kind", "of", "place", "what", "from", "to", "note"}

// CalendarName is what a calendar file's ids must be: a summit is of an
// organisation and in a city (a place with a country), a vote of a
// country.
type CalendarName struct {
	Kind      NameKind
	Country   string // the country of a city or person
	IsCountry bool
}

// ParseCalendar reads a calendar file: [[occasion]] tables (the format is
// in the README, "The curated file formats"). lookup says what each name
// id the file may use is (the shipped names): an id it does not know, or
// of the wrong kind (a summit of a country, an election of an
// organisation or a region, a summit in a country rather than a city),
// is an error.
// Errors are *CuratedError and read "file:line: message".
func ParseCalendar(file string, b []byte, lookup func(id string) (CalendarName, bool)) ([]Occasion, error) {
	doc, err := decodeCurated(file, b, "occasion")
	if err != nil {
		return nil, err
	}
	tables, err := doc.tables("occasion")
	if err != nil {
		return nil, err
	}
	out := make([]Occasion, 0, len(tables))
	for _, t := range tables {
		o, err := parseOccasion(t, lookup)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// parseOccasion reads one [[occasion]] table.
func parseOccasion(t *tomlTable, lookup func(string) (CalendarName, bool)) (Occasion, error) {
	for _, key := range t.keys() {
		if !slices.Contains(calendarKeys, key) {
			return Occasion{}, t.errorf(key, "unknown occasion key %q (want %s)", key, strings.Join(calendarKeys, ", "))
		}
	}
	o := Occasion{File: t.file, Line: t.header}
	var kind string
	for _, f := range []struct {
		key      string
		required bool
		dst      *string
	}{
		{"kind", true, &kind},
		{"of", true, &o.Of},
		{"place", false, &o.Place},
		{"what", false, &o.What},
		{"note", false, &o.Note},
	} {
		var err error
		if *f.dst, err = t.text(f.key, f.required); err != nil {
			return Occasion{}, err
		}
	}
	o.Kind = OccasionKind(kind)
	// What each kind is of, and where.
	wantOf, ofIsCountry := Organisation, false
	switch o.Kind {
	case OccasionSummit:
		if o.What != "" {
			return Occasion{}, t.errorf("what", "what %q: only an election says what it elects", o.What)
		}
	case OccasionElection:
		wantOf, ofIsCountry = Place, true
		if !slices.Contains(electionWhats, o.What) {
			return Occasion{}, t.errorf("what", "election: what %q is none of %s", o.What, quotedList(electionWhats))
		}
	case OccasionReferendum:
		wantOf, ofIsCountry = Place, true
		if o.What != "" {
			return Occasion{}, t.errorf("what", "what %q: only an election says what it elects", o.What)
		}
	default:
		return Occasion{}, t.errorf("kind", "unknown occasion kind %q (want summit, election or referendum)", kind)
	}
	if n, ok := lookup(o.Of); !ok {
		return Occasion{}, t.errorf("of", "of %q is in no shipped name list", o.Of)
	} else if n.Kind != wantOf || ofIsCountry != n.IsCountry {
		want := "a summit is of an organisation"
		if ofIsCountry {
			want = "a vote (election, referendum) is of a country"
		}
		return Occasion{}, t.errorf("of", "of %q: %s", o.Of, want)
	}
	if o.Place != "" {
		if o.Kind != OccasionSummit {
			return Occasion{}, t.errorf("place", "place %q: a %s is held in its country, give no place", o.Place, kind)
		}
		if n, ok := lookup(o.Place); !ok {
			return Occasion{}, t.errorf("place", "place %q is in no shipped name list", o.Place)
		} else if n.Kind != Place || n.Country == "" || n.Country == o.Place {
			return Occasion{}, t.errorf("place", "place %q: a summit's place is a city (a place with a country)", o.Place)
		}
	}
	var err error
	if o.Span, err = occasionSpan(t); err != nil {
		return Occasion{}, err
	}
	return o, nil
}

// occasionSpan reads from and to, both days; to may be left out and is
// not before from.
func occasionSpan(t *tomlTable) (Span, error) {
	var span Span
	for _, f := range []struct {
		key string
		dst *Date
	}{{"from", &span.Start}, {"to", &span.End}} {
		s, err := t.text(f.key, f.key == "from")
		if err != nil {
			return Span{}, err
		}
		if *f.dst, err = ParseDate(s); err != nil {
			return Span{}, &CuratedError{File: t.file, Line: t.line(f.key), Msg: err.Error(), Err: err}
		}
		if s != "" && f.dst.Precision != Day {
			return Span{}, t.errorf(f.key, "%s %q: an occasion's days are written YYYY-MM-DD", f.key, s)
		}
	}
	if !span.End.IsZero() && span.End.Start().Before(span.Start.Start()) {
		return Span{}, t.errorf("to", "to %s is before from %s", span.End, span.Start)
	}
	if span.End == span.Start {
		span.End = Date{}
	}
	return span, nil
}

// ShippedCalendar returns the occasions of the shipped calendar files, in
// file name and file order, checked against the shipped names. It parses
// them once per run.
var ShippedCalendar = sync.OnceValues(func() ([]Occasion, error) {
	return readCalendar(knowledge.FS)
})

// readCalendar reads the calendar files of fsys (package knowledge's
// layout) against the shipped names.
func readCalendar(fsys fs.FS) ([]Occasion, error) {
	files, err := fs.Glob(fsys, knowledge.CalendarGlob)
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var out []Occasion
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		os, err := ParseShippedCalendar(f, b)
		if err != nil {
			return nil, err
		}
		out = append(out, os...)
	}
	return out, nil
}

// ParseShippedCalendar is ParseCalendar against the names that ship with
// Caravan.
func ParseShippedCalendar(file string, b []byte) ([]Occasion, error) {
	shipped, err := readShipped()
	if err != nil {
		return nil, err
	}
	// A name's kind is the same in every file (layering checks it); a
	// city's country may be given in one file only; the countries are
	// the generated list's.
	byID := map[string]CalendarName{}
	for _, f := range shipped {
		for _, n := range f.names {
			c := byID[n.ID]
			c.Kind = n.Kind
			if n.Country != "" {
				c.Country = n.Country
			}
			c.IsCountry = c.IsCountry || f.file == knowledge.Generated
			byID[n.ID] = c
		}
	}
	return ParseCalendar(file, b, func(id string) (CalendarName, bool) {
		n, ok := byID[id]
		return n, ok
	})
}

// Describe says the occasion in English for a reason, with the names
// display gives its ids: "SCO summit in Astana, 3–4 July 2024",
// "Kazakhstan presidential election, 20 November 2022".
func (o Occasion) Describe(display func(id string) string) string {
	var what string
	switch o.Kind {
	case OccasionSummit:
		what = display(o.Of) + " summit"
		if o.Place != "" {
			what += " in " + display(o.Place)
		}
	case OccasionElection:
		what = display(o.Of) + " " + o.What + " election"
		if o.What == "runoff" {
			what = display(o.Of) + " election runoff"
		}
	default:
		what = display(o.Of) + " " + string(o.Kind)
	}
	return what + ", " + daysText(o.Span)
}

// daysText writes a span of days as a reader does: "20 November 2022",
// "3–4 July 2024", "30 November – 1 December 2023".
func daysText(s Span) string {
	from := s.Start.Start()
	if s.End.IsZero() {
		return from.Format("2 January 2006")
	}
	to := s.End.Start()
	switch {
	case from.Year() != to.Year():
		return from.Format("2 January 2006") + " – " + to.Format("2 January 2006")
	case from.Month() != to.Month():
		return from.Format("2 January") + " – " + to.Format("2 January 2006")
	}
	return fmt.Sprintf("%d–%s", from.Day(), to.Format("2 January 2006"))
}

// Days returns the occasion's first day and the day after its last, as
// times.
func (o Occasion) Days() (from, to time.Time) {
	from = o.Span.Start.Start()
	to = from.AddDate(0, 0, 1)
	if !o.Span.End.IsZero() {
		to = o.Span.End.Start().AddDate(0, 0, 1)
	}
	return from, to
}
