package data

import (
	"crypto/sha256"
	"slices"

	"github.com/caravan-analytics/caravan/data/filestamp"
)

// ContentSum is the SHA-256 of a file's bytes: what a cached article is
// really keyed by.
type ContentSum [sha256.Size]byte

// Cached is what Build keeps of one file between runs: the article as it
// was read (and, when Analysed, dated and linked), and the fingerprint of
// its body that finds duplicates. The article is the whole Article struct,
// so that whatever it comes to hold is kept too.
type Cached struct {
	Article  *Article
	Body     [sha256.Size]byte
	Sum      ContentSum // of the file's bytes
	Analysed bool       // false for an article that was a duplicate, and so not analysed
}

// ArticleCache keeps, across runs, what was computed from each file of a
// corpus, so that BuildCached reads and analyses only what changed. The
// results depend on the curated knowledge and on Caravan itself, so a
// cache must only answer for the same of both. Lookups come from several
// goroutines at once; Store comes from one.
type ArticleCache interface {
	// Lookup returns what was cached for file when its stamp is the one
	// recorded with it.
	Lookup(file string, stamp filestamp.Stamp) (Cached, bool)
	// LookupSum returns what was cached for file when its content is the
	// same as then: the file was touched, not changed.
	LookupSum(file string, sum ContentSum) (Cached, bool)
	// Store records what was computed for file. The article is a shallow
	// copy of the corpus's: a cache that keeps it must encode it before
	// the corpus is handed to anyone who may change it.
	Store(file string, stamp filestamp.Stamp, c Cached)
}

// cached is what l leaves in the cache: a copy of the article with
// nothing that depends on the other files of the corpus (the unique ID,
// the duplicate mark and its warning; see markDuplicates), so that it can
// be reused whatever else is in the folder.
func (l *loadedArticle) cached() Cached {
	a := *l.Article
	a.ID = fileStem(a.File)
	if a.DuplicateOf != "" {
		a.DuplicateOf = ""
		a.Warnings = slices.Clone(a.Warnings[:len(a.Warnings)-1])
	}
	return Cached{Article: &a, Body: l.body, Sum: l.sum, Analysed: l.analysed || l.DuplicateOf == ""}
}
