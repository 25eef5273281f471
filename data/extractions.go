package data

// ExtractionKeeper keeps, from one load of a folder to the next, what
// event discovery extracted from each article on its own (package
// discover's candidates, encoded: their format is discover's business).
// Extraction depends on the article and the knowledge alone, so a reload
// after a file changed extracts only the articles whose kept extraction
// is missing or of other content. The cache of computed results sets it
// (package store) on a corpus it rebuilds after a change; a first load
// has none, so that it pays nothing for keeping them.
//
// Both methods are called from several goroutines at once.
type ExtractionKeeper interface {
	// Extracted returns what was kept for an article of a's file and
	// content, or nil. With placed, it is the extraction of the article
	// as the corpus left it once it placed some of its dates (the
	// corpus-year pass extracts such an article again): kept for the
	// article in exactly its present state, dates, mentions and all.
	// Without, it is asked once per article.
	Extracted(a *Article, placed bool) []byte
	// KeepExtracted is given the extraction of an article Extracted had
	// none for (placed as there); encoded is the caller's to reuse no
	// more.
	KeepExtracted(a *Article, placed bool, encoded []byte)
}
