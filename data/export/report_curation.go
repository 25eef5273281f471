package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// curatedArticle is an article record with its curation, flattened into
// one JSON object.
type curatedArticle struct {
	ArticleRecord
	data.Curation
}

// curatedEvent is an event record with its curation, flattened into one
// JSON object.
type curatedEvent struct {
	EventRecord
	data.Curation
	// Slide is the event's place on the analyst's deck, 1 for the first
	// slide; left out when the event is not on it or no choice was made.
	Slide int `json:"slide,omitempty"`
}

// WriteCuratedArticles writes the articles like WriteArticles; every
// article also carries its curation (in CSV and XLSX, as the last columns).
func WriteCuratedArticles(w io.Writer, c *data.Corpus, format string, cur data.Curations) error {
	switch format {
	case "csv":
		return writeCSV(w, withCurationColumns(articleCSVTable(ArticleRecords(c), c.Problems), cur.Article))
	case "xlsx":
		return writeXLSX(w, c, cur)
	case "json", "":
	default:
		return fmt.Errorf("unknown format %q: want json, csv or xlsx", format)
	}
	recs := ArticleRecords(c)
	out := make([]curatedArticle, len(recs))
	for i, r := range recs {
		out[i] = curatedArticle{ArticleRecord: r, Curation: lookupCuration(cur.Article, r.ID)}
	}
	return writeJSONObject(w, jsonList("articles", out), jsonList("problems", c.Problems))
}

// WriteCuratedEvents writes the events like WriteEvents; every event also
// carries its curation (in CSV and XLSX, as the last columns of its rows).
// TimelineJS is WriteEvents' own.
func WriteCuratedEvents(w io.Writer, c *data.Corpus, format string, cur data.Curations) error {
	switch format {
	case "csv":
		return writeCSV(w, withCurationColumns(eventExcerptTable(EventRecords(c), newReportNames(c)), cur.Event))
	case "xlsx":
		return writeXLSX(w, c, cur)
	}
	if format != "json" && format != "" {
		return WriteEvents(w, c, format)
	}
	recs := EventRecords(c)
	slide := make(map[string]int, len(cur.Slides))
	for i, id := range cur.Slides {
		slide[id] = i + 1
	}
	out := make([]curatedEvent, len(recs))
	for i, r := range recs {
		out[i] = curatedEvent{EventRecord: r, Curation: lookupCuration(cur.Event, r.ID), Slide: slide[r.ID]}
	}
	if cur.Slides == nil {
		return writeJSONObject(w, jsonList("events", out))
	}
	// The deck in its order, as a list of its own: it may name events the
	// analyst hid since (restoring one brings its slide back).
	return writeJSONObject(w, jsonList("events", out), jsonList("slides", cur.Slides))
}

// lookupCuration returns a copy of the curation with empty lists, not
// null, so that readers of the JSON need not test for both.
func lookupCuration(f func(string) *data.Curation, id string) data.Curation {
	var c data.Curation
	if f != nil {
		if p := f(id); p != nil {
			c = *p
		}
	}
	for _, l := range []*[]string{&c.Notes, &c.Tags, &c.Set} {
		if *l == nil {
			*l = []string{}
		}
	}
	return c
}

// withCurationColumns adds four columns to the table, starred, tags, notes
// and analyst_set, looked up by the row's first cell (the id). Rows
// without an id (files not loaded) get empty cells. The plain table stays
// the one place that decides the columns before them, and the curation is
// text like any other: CSV neutralises notes that would run as formulas.
func withCurationColumns(t reportTable, lookup func(string) *data.Curation) reportTable {
	rows := t.rows
	t.header = append(t.header[:len(t.header):len(t.header)], "starred", "tags", "notes", "analyst_set")
	if t.widths != nil {
		t.widths = append(t.widths[:len(t.widths):len(t.widths)], 8, 20, 40, 20)
	}
	t.rows = func(yield func([]reportCell) bool) {
		for row := range rows {
			var c data.Curation
			if len(row) > 0 && row[0].text != "" {
				c = lookupCuration(lookup, row[0].text)
			}
			starred := ""
			if c.Starred {
				starred = "yes"
			}
			row = append(row[:len(row):len(row)], textCell(starred), textCell(strings.Join(c.Tags, "; ")),
				textCell(strings.Join(c.Notes, " | ")), textCell(strings.Join(c.Set, " ")))
			if !yield(row) {
				return
			}
		}
	}
	return t
}
