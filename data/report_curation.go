package data

import (
	"fmt"
	"io"
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

// WriteCuratedArticles writes the articles like WriteArticles; in JSON
// every article also carries its curation. CSV is WriteArticles' own.
func WriteCuratedArticles(w io.Writer, c *Corpus, format string, cur Curations) error {
	if format == "csv" {
		return WriteArticles(w, c, format)
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

// WriteCuratedEvents writes the events like WriteEvents; in JSON every
// event also carries its curation. CSV and TimelineJS are WriteEvents' own.
func WriteCuratedEvents(w io.Writer, c *Corpus, format string, cur Curations) error {
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
