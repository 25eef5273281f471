package data

import (
	"slices"

	"github.com/pelletier/go-toml/v2/unstable"
	"strings"
)

// OtherStoryline is the id of the lane for background events and for the
// events found only in text.
const OtherStoryline = "other"

// ParseCatalogue reads the event catalogue (catalogue.toml): [[storyline]]
// tables with an id and a title, and [[event]] tables with an id, an English
// title, start and end dates cut to their precision ("2022-09-15",
// "2022-09", "2022"), a storyline, a place and actors (name-list ids), a
// summary and [event.terms], the words that identify the event in text by
// language. The format is documented in the README ("The curated file
// formats"); a project declares the same tables as decisions (see
// ProjectFile and seeds/caravan-project.toml).
//
// Errors are *CuratedError and read "file:line: message": a bad date, an
// end before the start, an unknown storyline, a duplicate id, a missing
// title. Whether places and actors exist in the name lists is checked by
// LoadCurated, which reads both files.
func ParseCatalogue(file string, b []byte) (*Catalogue, error) {
	cat, _, err := parseCatalogue(file, b)
	return cat, err
}

// nameRefLine is a place or actor id of an event, and the line it is on.
type nameRefLine struct {
	event, id, role string
	line            int
}

// parseCatalogue is ParseCatalogue with every name id the events use, for
// LoadCurated to check against the name lists.
func parseCatalogue(file string, b []byte) (*Catalogue, []nameRefLine, error) {
	doc, err := decodeCurated(file, b, "storyline", "event")
	if err != nil {
		return nil, nil, err
	}
	storylines, err := doc.tables("storyline")
	if err != nil {
		return nil, nil, err
	}
	events, err := doc.tables("event")
	if err != nil {
		return nil, nil, err
	}
	return catalogueOf(storylines, events, nil)
}

// catalogueOf reads [[storyline]] and [[event]] tables (of a catalogue,
// or declared by a project's decisions) into a catalogue, with the name
// ids the events use. An event's storyline must be one of the tables or
// known (the storylines another file defines); known may be nil.
func catalogueOf(storylines, events []*tomlTable, known map[string]bool) (*Catalogue, []nameRefLine, error) {
	var refs []nameRefLine
	cat := &Catalogue{}
	storylineLine := map[string]int{}
	for _, t := range storylines {
		s, err := parseStoryline(t)
		if err != nil {
			return nil, nil, err
		}
		if line, dup := storylineLine[s.ID]; dup {
			return nil, nil, t.errorf("id", "duplicate storyline id %q (first defined on line %d)", s.ID, line)
		}
		storylineLine[s.ID] = t.line("id")
		cat.Storylines = append(cat.Storylines, s)
	}
	eventLine := map[string]int{}
	for _, t := range events {
		e, err := parseEvent(t)
		if err != nil {
			return nil, nil, err
		}
		if line, dup := eventLine[e.ID]; dup {
			return nil, nil, t.errorf("id", "duplicate event id %q (first defined on line %d)", e.ID, line)
		}
		if _, ok := storylineLine[e.Storyline]; !ok && !known[e.Storyline] {
			return nil, nil, t.errorf("storyline", "event %q: unknown storyline %q (add a [[storyline]] with that id)", e.ID, e.Storyline)
		}
		eventLine[e.ID] = t.line("id")
		cat.Events = append(cat.Events, e)
		if e.Place != "" {
			refs = append(refs, nameRefLine{e.ID, e.Place, "place", t.line("place")})
		}
		for _, a := range e.Actors {
			refs = append(refs, nameRefLine{e.ID, a, "actor", t.line("actors")})
		}
	}
	return cat, refs, nil
}

func parseStoryline(t *tomlTable) (Storyline, error) {
	for _, key := range t.keys() {
		if key != "id" && key != "title" {
			return Storyline{}, t.errorf(key, "unknown storyline key %q (want id, title)", key)
		}
	}
	id, err := t.id()
	if err != nil {
		return Storyline{}, err
	}
	title, err := t.text("title", true)
	if err != nil {
		return Storyline{}, err
	}
	return Storyline{ID: id, Title: title}, nil
}

// eventKeys are the keys an [[event]] table may hold.
var eventKeys = []string{"id", "title", "start", "end", "storyline", "place", "actors", "summary", "terms"}

func parseEvent(t *tomlTable) (*Event, error) {
	for _, key := range t.keys() {
		if !slices.Contains(eventKeys, key) {
			return nil, t.errorf(key, "unknown event key %q (want %s)", key, strings.Join(eventKeys, ", "))
		}
	}
	id, err := t.id()
	if err != nil {
		return nil, err
	}
	e := &Event{ID: id, Source: EventFromCatalogue}
	// Every field is read the same way; the first mistake stops the parse.
	for _, f := range []struct {
		key      string
		required bool
		dst      *string
	}{
		{"title", true, &e.Title},
		{"storyline", true, &e.Storyline},
		{"place", false, &e.Place},
		{"summary", false, &e.Summary},
	} {
		if *f.dst, err = t.text(f.key, f.required); err != nil {
			return nil, err
		}
	}
	if e.Span, err = eventSpan(t); err != nil {
		return nil, err
	}
	if e.Actors, err = t.texts("actors"); err != nil {
		return nil, err
	}
	if e.Terms, err = eventTerms(t); err != nil {
		return nil, err
	}
	return e, nil
}

// eventSpan reads start and end. The end is optional but, when given, may
// not begin before the start.
func eventSpan(t *tomlTable) (Span, error) {
	var span Span
	for _, f := range []struct {
		key string
		dst *Date
	}{{"start", &span.Start}, {"end", &span.End}} {
		s, err := t.text(f.key, f.key == "start")
		if err != nil {
			return Span{}, err
		}
		if *f.dst, err = ParseDate(s); err != nil {
			return Span{}, &CuratedError{File: t.file, Line: t.line(f.key), Msg: err.Error(), Err: err}
		}
	}
	if !span.End.IsZero() && span.End.Start().Before(span.Start.Start()) {
		return Span{}, t.errorf("end", "end %s is before start %s", span.End, span.Start)
	}
	return span, nil
}

// eventTerms reads the [event.terms] table: language code (or "*") → words.
func eventTerms(t *tomlTable) (map[string][]string, error) {
	table, ok := t.values["terms"]
	if !ok {
		return nil, nil
	}
	if table.kind != unstable.Table {
		return nil, t.errorf("terms", "terms must be a table: [event.terms] with one line per language")
	}
	sub := table.table
	terms := make(map[string][]string, len(sub.order))
	for _, lang := range sub.keys() {
		if lang != "*" && !validLanguage.MatchString(lang) {
			return nil, sub.errorf(lang, "terms: %q is not a language code (or \"*\" for every language)", lang)
		}
		words, err := sub.texts(lang)
		if err != nil {
			return nil, err
		}
		terms[lang] = words
	}
	return terms, nil
}
