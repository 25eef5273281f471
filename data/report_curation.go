package data

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
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
// article also carries its curation (in CSV, as the last columns).
func WriteCuratedArticles(w io.Writer, c *Corpus, format string, cur Curations) error {
	if format == "csv" {
		return withCurationColumns(w, cur.Article, func(w io.Writer) error { return WriteArticles(w, c, format) })
	}
	if format != "json" && format != "" {
		return fmt.Errorf("unknown format %q: want json or csv", format)
	}
	recs := ArticleRecords(c)
	out := make([]curatedArticle, len(recs))
	for i, r := range recs {
		out[i] = curatedArticle{ArticleRecord: r, Curation: lookupCuration(cur.Article, r.ID)}
	}
	return writeJSONObject(w, jsonList("articles", out), jsonList("problems", c.Problems))
}

// WriteCuratedEvents writes the events like WriteEvents; every event also
// carries its curation (in CSV, as the last columns of each of its rows).
// TimelineJS is WriteEvents' own.
func WriteCuratedEvents(w io.Writer, c *Corpus, format string, cur Curations) error {
	if format == "csv" {
		return withCurationColumns(w, cur.Event, func(w io.Writer) error { return WriteEvents(w, c, format) })
	}
	if format != "json" && format != "" {
		return WriteEvents(w, c, format)
	}
	recs := EventRecords(c)
	out := make([]curatedEvent, len(recs))
	for i, r := range recs {
		out[i] = curatedEvent{EventRecord: r, Curation: lookupCuration(cur.Event, r.ID)}
	}
	return writeJSONObject(w, jsonList("events", out))
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

// withCurationColumns writes what write writes as CSV with four more
// columns, starred, tags, notes and analyst_set, looked up by the row's
// first cell (the id). Rows without an id (files not loaded) get empty
// cells. The plain writer stays the one place that decides the columns
// before them.
func withCurationColumns(w io.Writer, lookup func(string) *Curation, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	r := csv.NewReader(&buf)
	r.FieldsPerRecord = -1
	cw := csv.NewWriter(w)
	for i := 0; ; i++ {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if i == 0 {
			row = append(row, "starred", "tags", "notes", "analyst_set")
		} else {
			var c Curation
			if len(row) > 0 && row[0] != "" {
				c = lookupCuration(lookup, row[0])
			}
			starred := ""
			if c.Starred {
				starred = "yes"
			}
			row = append(row, starred, strings.Join(c.Tags, "; "), strings.Join(c.Notes, " | "), strings.Join(c.Set, " "))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
