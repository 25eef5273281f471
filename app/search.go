package app

import (
	"github.com/caravan-analytics/caravan/data"
)

// searchHits is what a query found: the events and articles to keep bright,
// and the passages to list.
type searchHits struct {
	Events   map[string]bool
	Articles map[string]bool // articles with a passage found, or supporting an event found
	Passages []data.Excerpt  // the passages found, with the words found as evidence
}

// corpusSearch answers the search box's queries over one corpus.
type corpusSearch interface {
	search(query string) searchHits
}

// newCorpusSearch indexes the corpus for the search box. Indexing reads
// every paragraph once; it is done once per corpus, off the UI goroutine
// when the corpus is loaded, and searching is then fast enough to run on
// every keystroke.
func newCorpusSearch(c *data.Corpus) corpusSearch {
	if c == nil {
		return nil
	}
	return indexSearch{index: data.NewSearchIndex(c)}
}

// indexSearch is the data package's multilingual search, which also finds
// a name in the other languages' spellings of the name lists.
type indexSearch struct{ index *data.SearchIndex }

func (s indexSearch) search(query string) searchHits {
	res := s.index.Search(query)
	hits := searchHits{Events: map[string]bool{}, Articles: map[string]bool{}}
	for _, e := range res.Events {
		hits.Events[e.ID] = true
		for _, x := range e.Excerpts {
			hits.Articles[x.Article] = true
		}
	}
	for _, p := range res.Passages {
		hits.Articles[p.Article.ID] = true
		hits.Passages = append(hits.Passages, hitExcerpt(p))
	}
	return hits
}

// hitExcerpt shows a passage found as an excerpt, the words found as its
// evidence, so the excerpt panel highlights them.
func hitExcerpt(p data.PassageHit) data.Excerpt {
	a := p.Article
	par := a.Paragraphs[p.Paragraph]
	return data.Excerpt{Article: a.ID, Paragraph: p.Paragraph, Start: par.Start, End: par.End, Text: par.Text,
		Language: a.Language, Evidence: p.Matches, ArticleRef: a}
}
