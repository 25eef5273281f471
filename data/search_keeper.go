package data

import (
	"io"
)

// SearchKeeper keeps a corpus's search index, encoded, from one opening of
// the corpus to the next: the cache of computed results is one (package
// store), set on a corpus it loaded or kept (Corpus.SearchKeeper). The
// index of 100,000 articles takes 18–20 CPU-seconds to build and a
// fraction of that to read back.
type SearchKeeper interface {
	// KeptSearchIndex returns the index kept for the corpus, encoded, or
	// nil when none is kept.
	KeptSearchIndex() ([]byte, error)
	// KeepSearchIndex keeps an encoded index for the corpus: encode
	// writes it to w, in pieces (the index of 100,000 articles is a
	// quarter of a gigabyte, which is never held a second time).
	KeepSearchIndex(encode func(w io.Writer) error) error
}
