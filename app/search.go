package app

import (
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// searchHits is what a query found: the events and articles to keep bright,
// and the passages to list.
type searchHits struct {
	Events   map[string]bool
	Articles map[string]bool
	Passages []data.Excerpt
}

// corpusSearch answers the search box's queries over one corpus.
type corpusSearch interface {
	search(query string) searchHits
}

// newCorpusSearch returns the search used by the window.
func newCorpusSearch(c *data.Corpus) corpusSearch {
	return titleSearch{corpus: c}
}

// titleSearch finds the events whose titles contain the query, ignoring
// case, with the passages that support them. It stands in until the data
// package's multilingual index is available.
type titleSearch struct{ corpus *data.Corpus }

func (s titleSearch) search(query string) searchHits {
	hits := searchHits{Events: map[string]bool{}, Articles: map[string]bool{}}
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" || s.corpus == nil {
		return hits
	}
	for _, e := range s.corpus.Events {
		if !strings.Contains(strings.ToLower(e.Title), q) {
			continue
		}
		hits.Events[e.ID] = true
		for _, x := range e.Excerpts {
			hits.Articles[x.Article] = true
			hits.Passages = append(hits.Passages, x)
		}
	}
	return hits
}
