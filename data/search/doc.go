// Package search finds passages and events of a corpus by the words an
// analyst types: names, words, phrases in quotes, prefixes with *, in any
// language and script, folded the way textnorm folds them. An Index is
// built once from a corpus (NewIndex, or OpenIndex, which reads back the
// index the cache kept through data.SearchKeeper), never changes after,
// and answers from several goroutines at once: Search gives every hit,
// Find the hits counted and read a page at a time (Hits.Page), with their
// exact spans in the articles' texts.
//
// It is a package of its own because it only reads the model of package
// data (Corpus, Article, Paragraph, Event, Name, Match and the texts read
// on demand) and nothing in data needs it: the corpus keeps its index
// through the SearchKeeper interface alone.
package search
