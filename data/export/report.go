package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"

	"github.com/caravan-analytics/caravan/data"
)

// ArticleRecord is the command line's view of an article.
type ArticleRecord struct {
	ID                 string    `json:"id"`
	Headline           string    `json:"headline"` // Article.Headline
	File               string    `json:"file"`
	Language           string    `json:"language"`
	Encoding           string    `json:"encoding"`
	Date               data.Date `json:"date"`
	Precision          string    `json:"precision"`
	DateSource         string    `json:"date_source"`
	Reason             string    `json:"reason"`
	Paragraphs         int       `json:"paragraphs"`
	RepeatedParagraphs int       `json:"repeated_paragraphs"`
	DuplicateOf        string    `json:"duplicate_of"`
	Events             []string  `json:"events"`
	Warnings           []string  `json:"warnings"`
}

// EventRecord is the command line's view of an event.
type EventRecord struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Start       data.Date     `json:"start"`
	End         data.Date     `json:"end"`
	Precision   string        `json:"precision"`
	Storyline   string        `json:"storyline"`
	Place       string        `json:"place"`
	Actors      []string      `json:"actors"`
	Summary     string        `json:"summary"`
	Source      string        `json:"source"`
	Unsupported bool          `json:"unsupported"`
	Kind        string        `json:"kind,omitempty"`
	Announced   bool          `json:"announced,omitempty"`
	Strength    data.Strength `json:"strength"`
	// Excerpts are the passages that support the event. Each one's Start
	// and End are always its whole paragraph's true byte span in the
	// article's text, and Evidence its matches' true spans there. Text is
	// the paragraph whole when it is at most MaxQuotedPassageRunes long;
	// a longer one (a file with no paragraph breaks is one paragraph) is
	// quoted as about that many runes around its first evidence, cut at
	// spaces, with "… " at the start and " …" at the end where text was
	// left out — then Text is shorter than End-Start and is not
	// article text[Start:End]: read the whole paragraph from the article.
	Excerpts []data.Excerpt `json:"excerpts"`
}

// ArticleRecords lists the corpus's articles for reports.
func ArticleRecords(c *data.Corpus) []ArticleRecord {
	out := make([]ArticleRecord, 0, len(c.Articles))
	for _, a := range c.Articles {
		r := ArticleRecord{
			ID: a.ID, Headline: a.Headline(), File: a.File, Language: a.Language, Encoding: a.Encoding,
			Date: a.Date, Precision: a.Date.Precision.String(), DateSource: string(a.DateSource),
			Reason: a.DateReason, Paragraphs: len(a.Paragraphs), RepeatedParagraphs: a.RepeatedParagraphs,
			DuplicateOf: a.DuplicateOf, Events: []string{}, Warnings: a.Warnings,
		}
		seen := map[string]bool{}
		for _, l := range a.Links {
			if !seen[l.Event] {
				seen[l.Event] = true
				r.Events = append(r.Events, l.Event)
			}
		}
		if r.Warnings == nil {
			r.Warnings = []string{}
		}
		out = append(out, r)
	}
	return out
}

// EventRecords lists the corpus's events for reports.
func EventRecords(c *data.Corpus) []EventRecord {
	out := make([]EventRecord, 0, len(c.Events))
	for _, e := range c.Events {
		r := EventRecord{
			ID: e.ID, Title: e.Title, Start: e.Span.Start, End: e.Span.End,
			Precision: e.Span.Precision().String(), Storyline: e.Storyline, Place: e.Place,
			Actors: e.Actors, Summary: e.Summary, Source: string(e.Source),
			Unsupported: e.Unsupported(), Excerpts: quotedExcerpts(e.Excerpts),
			Kind: e.Kind, Announced: e.Announced, Strength: e.Strength,
		}
		if r.Actors == nil {
			r.Actors = []string{}
		}
		if r.Excerpts == nil {
			r.Excerpts = []data.Excerpt{}
		}
		out = append(out, r)
	}
	return out
}

// WriteArticles writes the articles and the problems in "json", "csv" or
// "xlsx". CSV has one row per article, then one per file not loaded (only
// file and warnings filled in); XLSX is the whole workbook (see WriteXLSX).
func WriteArticles(w io.Writer, c *data.Corpus, format string) error {
	switch format {
	case "json", "":
		return writeJSONObject(w, jsonList("articles", ArticleRecords(c)), jsonList("problems", c.Problems))
	case "csv":
		return writeCSV(w, articleCSVTable(ArticleRecords(c), c.Problems))
	case "xlsx":
		return WriteXLSX(w, c)
	}
	return fmt.Errorf("unknown format %q: want json, csv or xlsx", format)
}

// WriteEvents writes the events in "json", "csv", "xlsx" or "timelinejs".
// CSV has one row per excerpt (an event without excerpts has one row with
// empty excerpt cells), which is what a spreadsheet filters best; XLSX is
// the whole workbook (see WriteXLSX).
func WriteEvents(w io.Writer, c *data.Corpus, format string) error {
	switch format {
	case "json", "":
		return writeJSONObject(w, jsonList("events", EventRecords(c)))
	case "csv":
		return writeCSV(w, eventExcerptTable(EventRecords(c), newReportNames(c)))
	case "xlsx":
		return WriteXLSX(w, c)
	case "timelinejs":
		return WriteTimelineJS(w, c)
	}
	return fmt.Errorf("unknown format %q: want json, csv, xlsx or timelinejs", format)
}

// namedList is one member of a JSON object whose value is an array.
type namedList struct {
	name  string
	items []any
}

// jsonList names items for writeJSONObject, which writes an empty array,
// not null, when there are none.
func jsonList[T any](name string, items []T) namedList {
	l := namedList{name: name, items: make([]any, len(items))}
	for i := range items {
		l.items[i] = &items[i]
	}
	return l
}

// writeJSONObject writes {"name": [items…], …} indented, a batch of items at
// a time, so that a corpus of thousands of events never sits in memory
// twice: the encoder would otherwise build the whole document in one buffer
// first. Batches are encoded on every core and written in order (100,000
// articles take a second to encode on one).
func writeJSONObject(w io.Writer, lists ...namedList) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{")
	for i, l := range lists {
		if i > 0 {
			bw.WriteString(",")
		}
		fmt.Fprintf(bw, "\n  %q: [", l.name)
		if err := encodeJSONItems(l.items, func(b []byte) { bw.Write(b) }); err != nil {
			return err
		}
		if len(l.items) > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// reflectJSONOnly makes every item go through encoding/json, for the test
// that compares the two.
var reflectJSONOnly = false

// jsonBatch is how many items one goroutine of encodeJSONItems encodes at
// a time.
const jsonBatch = 256

// encodeJSONItems encodes items as writeJSONObject lays them out, each on
// its line after a comma, in batches on every core, and hands the batches
// to write in order. At most two batches per core are held at once.
func encodeJSONItems(items []any, write func([]byte)) error {
	type result struct {
		buf []byte
		err error
	}
	var (
		pending []chan result // in the order of items
		next    int
	)
	start := func() {
		from, to := next, min(next+jsonBatch, len(items))
		next = to
		done := make(chan result, 1)
		pending = append(pending, done)
		go func() {
			var item bytes.Buffer
			enc := json.NewEncoder(&item)
			enc.SetIndent(itemPrefix, "  ")
			enc.SetEscapeHTML(false)
			var w jsonWriter
			for j := from; j < to; j++ {
				if j > 0 {
					w.buf = append(w.buf, ',')
				}
				w.buf = append(w.buf, "\n"+itemPrefix...)
				if r := ownJSON(items[j]); r != nil {
					r.appendJSON(&w)
					continue
				}
				item.Reset()
				if err := enc.Encode(items[j]); err != nil {
					done <- result{err: err}
					return
				}
				// Encode ends each value with a newline; the separators add their own.
				w.buf = append(w.buf, bytes.TrimSuffix(item.Bytes(), []byte("\n"))...)
			}
			done <- result{buf: w.buf}
		}()
	}
	for next < len(items) && len(pending) < 2*runtime.GOMAXPROCS(0) {
		start()
	}
	for len(pending) > 0 {
		r := <-pending[0]
		pending = pending[1:]
		if r.err != nil {
			return r.err // the batches still running end on their own
		}
		write(r.buf)
		if next < len(items) {
			start()
		}
	}
	return nil
}
