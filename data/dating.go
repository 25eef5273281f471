package data

// DateArticle is being written.
func DateArticle(a *Article, candidates []Link, events map[string]*Event) {}
