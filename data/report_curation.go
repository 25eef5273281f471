package data

import (
	"io"
	"slices"
	"strings"
)

// Curation is what an analyst added to an event or an article in a
// project (package data/project): notes, a star, tags, and which fields
// the analyst set rather than Caravan computed.
type Curation struct {
	Notes   []string `json:"notes"`
	Starred bool     `json:"starred"`
	Tags    []string `json:"tags"`
	// Set names the fields the analyst set: "title", "summary", "date",
	// "storyline", "place", "actors", "status", "links", "created",
	// "merged", "split" on events; "date", "mark" on articles.
	Set      []string `json:"analyst_set"`
	Status   string   `json:"status,omitempty"`  // events: "confirmed" or "cancelled"
	Mark     string   `json:"mark,omitempty"`    // articles: "duplicate" or "irrelevant"
	Earliest Date     `json:"earliest,omitzero"` // events: an uncertain date lies
	Latest   Date     `json:"latest,omitzero"`   // between these
	Merged   []string `json:"merged,omitempty"`  // events merged into this one
}

// Curations looks up the curation of events and articles by id; either
// function may return nil for "nothing curated".
type Curations struct {
	Event   func(id string) *Curation
	Article func(id string) *Curation
}

// curatedArticle is an article record with its curation, flattened into
// one JSON object.
type curatedArticle struct {
	ArticleRecord
	Curation
}

// curatedEvent is an event record with its curation, flattened into one
// JSON object.
type curatedEvent struct {
	EventRecord
	Curation
}

// WriteCuratedArticles writes the articles like WriteArticles; every
// article also carries its curation (in CSV, as the last columns). XLSX is
// WriteArticles' own.
func WriteCuratedArticles(w io.Writer, c *Corpus, format string, cur Curations) error {
	switch format {
	case "json", "":
		recs := ArticleRecords(c)
		out := make([]curatedArticle, len(recs))
		for i, r := range recs {
			out[i] = curatedArticle{ArticleRecord: r, Curation: lookupCuration(cur.Article, r.ID)}
		}
		return writeJSONObject(w, jsonList("articles", out), jsonList("problems", c.Problems))
	case "csv":
		return writeCSV(w, withCuration(articleCSVTable(ArticleRecords(c), c.Problems), cur.Article))
	}
	return WriteArticles(w, c, format)
}

// WriteCuratedEvents writes the events like WriteEvents; every event also
// carries its curation (in CSV, as the last columns of each of its rows).
// XLSX and TimelineJS are WriteEvents' own.
func WriteCuratedEvents(w io.Writer, c *Corpus, format string, cur Curations) error {
	switch format {
	case "json", "":
		recs := EventRecords(c)
		out := make([]curatedEvent, len(recs))
		for i, r := range recs {
			out[i] = curatedEvent{EventRecord: r, Curation: lookupCuration(cur.Event, r.ID)}
		}
		return writeJSONObject(w, jsonList("events", out))
	case "csv":
		return writeCSV(w, withCuration(eventExcerptTable(EventRecords(c), newReportNames(c)), cur.Event))
	}
	return WriteEvents(w, c, format)
}

// lookupCuration returns a copy of the curation with empty lists, not
// null, so that readers of the JSON need not test for both.
func lookupCuration(f func(string) *Curation, id string) Curation {
	var c Curation
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

// curationColumns are the columns withCuration adds.
var curationColumns = []string{"starred", "tags", "notes", "analyst_set"}

// withCuration adds the curation columns to a table whose rows begin with
// an id: starred, tags, notes and analyst_set. Rows without an id (files
// not loaded) get empty cells.
func withCuration(t reportTable, lookup func(string) *Curation) reportTable {
	t.header = append(slices.Clone(t.header), curationColumns...)
	if t.widths != nil {
		t.widths = append(slices.Clone(t.widths), 8, 20, 40, 24)
	}
	rows := t.rows
	t.rows = func(yield func([]reportCell) bool) {
		for row := range rows {
			row = row[:len(row):len(row)] // the producer may reuse its slice
			if len(row) == 0 || row[0].kind != cellText || row[0].text == "" {
				row = append(row, textCell(""), textCell(""), textCell(""), textCell(""))
			} else {
				c := lookupCuration(lookup, row[0].text)
				row = append(row, boolCell(c.Starred), textCell(strings.Join(c.Tags, "; ")),
					textCell(strings.Join(c.Notes, " | ")), textCell(strings.Join(c.Set, " ")))
			}
			if !yield(row) {
				return
			}
		}
	}
	return t
}
