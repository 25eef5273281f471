// Package export writes a corpus out for people and for other tools: the
// article and event records of `caravan articles` and `caravan events` as
// JSON, CSV or XLSX (WriteArticles, WriteEvents), the same with an
// analyst's curation when a project has one (WriteCuratedArticles,
// WriteCuratedEvents), and a TimelineJS3 timeline (WriteTimelineJS). Every
// passage is quoted around its evidence at most MaxQuotedPassageRunes long.
//
// It is a package of its own because it only reads: it uses the exported
// model of package data (Corpus, Article, Event, Excerpt, Date, Curations)
// and nothing of data's rules, and nothing in data needs it back. The
// formats' details (spreadsheet limits, formula-proof cells, the records'
// own JSON writer, TimelineJS's HTML) stay out of the package that dates
// and links articles, and can be read whole here.
package export
