package data

// ArticleOf returns the article a passage of this corpus quotes, as this
// corpus has it: the analyst's copy when a project changed the article
// (Copies), else the article the passage carries, else the corpus's
// article of its id (nil when there is none).
//
// Passages name the computed article so that the curated states of a
// project share every event's passage list with the computed corpus and
// with each other: re-dating an article or changing its links copies the
// article, never the tens of thousands of passages that may quote it.
func (c *Corpus) ArticleOf(x Excerpt) *Article {
	if x.ArticleRef == nil {
		return c.Article(x.Article)
	}
	if cp := c.Copies[x.ArticleRef]; cp != nil {
		return cp
	}
	return x.ArticleRef
}
