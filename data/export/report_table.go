package export

import (
	"iter"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// The tables the CSV and XLSX reports write. Each has fixed columns, in a
// fixed order, documented in the README: scripts and spreadsheets refer to
// them by name, so a column is added at the end or not at all.

// cellKind is what a cell holds, so that a spreadsheet can sort and sum it.
type cellKind int

const (
	cellText   cellKind = iota
	cellNumber          // a count or an offset
	cellBool
)

// reportCell is one cell of a report table.
type reportCell struct {
	kind cellKind
	text string
	num  int
	flag bool
	rtl  bool // text in a right-to-left language
}

func textCell(s string) reportCell { return reportCell{kind: cellText, text: s} }
func numCell(n int) reportCell     { return reportCell{kind: cellNumber, num: n} }
func boolCell(b bool) reportCell   { return reportCell{kind: cellBool, flag: b} }

// passageCell is a passage of an article, right to left when its language
// is.
func passageCell(text, language string) reportCell {
	return reportCell{kind: cellText, text: text, rtl: data.IsRTL(language)}
}

// reportTable is a table of a report: its name (the XLSX sheet), its
// column headers, and its rows, produced one at a time so that a large
// corpus is never held twice.
type reportTable struct {
	name   string
	header []string
	widths []float64 // column widths in the XLSX sheet, in characters
	rows   iter.Seq[[]reportCell]
}

// The column headers of every table. They are the documented interface of
// the CSV and XLSX files: tests hold them fixed.
var (
	articleColumns = []string{"id", "file", "language", "encoding", "date", "precision", "date_source", "reason",
		"paragraphs", "repeated_paragraphs", "duplicate_of", "events", "warnings", "headline"}
	eventColumns = []string{"id", "title", "start", "end", "precision", "storyline", "storyline_title",
		"place", "place_name", "actors", "actor_names", "summary", "source", "kind", "announced", "unsupported",
		"weak", "articles", "languages", "excerpts"}
	eventExcerptColumns = []string{"id", "title", "start", "end", "precision", "storyline", "storyline_title",
		"place", "place_name", "actors", "actor_names", "summary", "source", "kind", "announced", "unsupported",
		"excerpt_article", "excerpt_language", "excerpt_paragraph", "excerpt_start", "excerpt_end", "excerpt_text"}
	excerptColumns = []string{"event", "event_title", "article", "language", "paragraph", "start", "end", "text", "evidence"}
	problemColumns = []string{"file", "error"}
)

// reportNames looks up the display names of storylines and name-list ids.
type reportNames struct {
	storylines map[string]string
	names      map[string]string
}

func newReportNames(c *data.Corpus) reportNames {
	n := reportNames{storylines: map[string]string{}, names: map[string]string{}}
	for _, s := range c.Storylines {
		n.storylines[s.ID] = s.Title
	}
	for _, name := range c.Names {
		n.names[name.ID] = name.English
	}
	return n
}

// name is the English name of a name-list id, or the reference as written
// when it is free text.
func (n reportNames) name(ref string) string {
	if s := n.names[ref]; s != "" {
		return s
	}
	return ref
}

func (n reportNames) actorNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = n.name(id)
	}
	return strings.Join(names, "; ")
}

// articleTable has one row per loaded article.
func articleTable(recs []ArticleRecord) reportTable {
	return reportTable{
		name:   "articles",
		header: articleColumns,
		widths: []float64{18, 28, 9, 13, 12, 10, 12, 50, 11, 11, 14, 30, 50, 50},
		rows: func(yield func([]reportCell) bool) {
			for _, r := range recs {
				row := []reportCell{textCell(r.ID), textCell(r.File), textCell(r.Language), textCell(r.Encoding),
					textCell(r.Date.String()), textCell(r.Precision), textCell(r.DateSource), textCell(r.Reason),
					numCell(r.Paragraphs), numCell(r.RepeatedParagraphs), textCell(r.DuplicateOf),
					textCell(strings.Join(r.Events, " ")), textCell(strings.Join(r.Warnings, "; ")), passageCell(r.Headline, r.Language)}
				if !yield(row) {
					return
				}
			}
		},
	}
}

// eventCells are the cells every event row starts with, up to unsupported.
func eventCells(r EventRecord, n reportNames) []reportCell {
	return []reportCell{textCell(r.ID), textCell(r.Title), textCell(r.Start.String()), textCell(r.End.String()),
		textCell(r.Precision), textCell(r.Storyline), textCell(n.storylines[r.Storyline]),
		textCell(r.Place), textCell(n.name(r.Place)), textCell(strings.Join(r.Actors, "; ")),
		textCell(n.actorNames(r.Actors)), textCell(r.Summary), textCell(r.Source), textCell(r.Kind),
		boolCell(r.Announced), boolCell(r.Unsupported)}
}

// eventTable has one row per event, with whether its support is weak and
// how many articles, languages and excerpts support it (counted from the
// excerpts listed).
func eventTable(recs []EventRecord, n reportNames) reportTable {
	return reportTable{
		name:   "events",
		header: eventColumns,
		widths: []float64{24, 40, 12, 12, 10, 18, 30, 14, 20, 20, 30, 50, 10, 12, 11, 12, 8, 9, 10, 9},
		rows: func(yield func([]reportCell) bool) {
			for _, r := range recs {
				articles, languages := map[string]bool{}, map[string]bool{}
				for _, x := range r.Excerpts {
					articles[x.Article] = true
					if x.Language != "" {
						languages[x.Language] = true
					}
				}
				row := append(eventCells(r, n), boolCell(r.Strength.Weak),
					numCell(len(articles)), numCell(len(languages)), numCell(len(r.Excerpts)))
				if !yield(row) {
					return
				}
			}
		},
	}
}

// eventExcerptTable is the events CSV: one row per excerpt with its
// event's cells repeated, or one row with empty excerpt cells for an event
// without excerpts. That is what a spreadsheet filters best.
func eventExcerptTable(recs []EventRecord, n reportNames) reportTable {
	return reportTable{
		name:   "events",
		header: eventExcerptColumns,
		rows: func(yield func([]reportCell) bool) {
			for _, r := range recs {
				event := eventCells(r, n)
				if len(r.Excerpts) == 0 {
					if !yield(append(event, textCell(""), textCell(""), textCell(""), textCell(""), textCell(""), textCell(""))) {
						return
					}
				}
				for _, x := range r.Excerpts {
					row := append(event[:len(event):len(event)], textCell(x.Article), textCell(x.Language),
						numCell(x.Paragraph), numCell(x.Start), numCell(x.End), passageCell(x.Text, x.Language))
					if !yield(row) {
						return
					}
				}
			}
		},
	}
}

// excerptTable has one row per excerpt, naming its event.
func excerptTable(recs []EventRecord) reportTable {
	return reportTable{
		name:   "excerpts",
		header: excerptColumns,
		widths: []float64{24, 40, 18, 9, 10, 10, 10, 80, 40},
		rows: func(yield func([]reportCell) bool) {
			for _, r := range recs {
				for _, x := range r.Excerpts {
					row := []reportCell{textCell(r.ID), textCell(r.Title), textCell(x.Article), textCell(x.Language),
						numCell(x.Paragraph), numCell(x.Start), numCell(x.End), passageCell(x.Text, x.Language),
						textCell(evidenceText(x.Evidence))}
					if !yield(row) {
						return
					}
				}
			}
		},
	}
}

// evidenceText lists the words that matched: "Tokayev (actor); Almaty (place)".
func evidenceText(ev []data.Match) string {
	parts := make([]string, len(ev))
	for i, m := range ev {
		parts[i] = m.Text + " (" + m.Kind + ")"
	}
	return strings.Join(parts, "; ")
}

// problemTable has one row per file that could not be loaded.
func problemTable(problems []data.Problem) reportTable {
	return reportTable{
		name:   "problems",
		header: problemColumns,
		widths: []float64{30, 80},
		rows: func(yield func([]reportCell) bool) {
			for _, p := range problems {
				if !yield([]reportCell{textCell(p.File), textCell(p.Error)}) {
					return
				}
			}
		},
	}
}
