package data

// findDates reads an article's dates as Build does (see dateReader.find),
// with a reader of its own, for tests that read articles one at a time.
func findDates(a *Article) {
	var r dateReader
	r.find(a)
}

// dateAlone dates one article the way Build does — its dates read with
// dateReader.find, then dateArticle — with a reader of its own, for tests
// that date articles one at a time.
func dateAlone(a *Article, candidates []Link, events map[string]*Event) {
	var r dateReader
	r.find(a)
	dateArticle(a, candidates, events, &r, r.future)
}
