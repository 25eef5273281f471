package data

// FindDates is a stub.
func FindDates(a *Article) {}

// DateArticle is a stub.
func DateArticle(a *Article, candidates []Link, events map[string]*Event) {}
