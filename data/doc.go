// Package data is Caravan's domain: articles, their paragraphs and dates,
// the curated event catalogue and name lists, and the links between
// passages and events.
//
// Build reads a folder of articles in one direction: read and decode each
// file (UTF-8, UTF-16 or one of the legacy code pages of data/decode), detect its language
// (package data/language), find and resolve its dates, link its passages to the curated events, then date
// the article. The curated knowledge comes from LoadCurated: the name lists
// that ship with Caravan (package data/knowledge, embedded in the binary)
// with the folder's own names.toml and catalogue.toml over them.
//
// Below this package, imported by it and knowing nothing of articles:
//   - data/language tells a text's language from its letters and frequent
//     words;
//   - data/decode turns a file's bytes into text (UTF-8, UTF-16, legacy
//     code pages);
//   - data/textnorm folds text for search and name matching and maps it
//     back to exact spans;
//   - data/filestamp tells a file unchanged without reading it.
//
// Around this package, and built on it:
//   - data/knowledge holds the shipped name lists (countries, capitals,
//     organisations, heads of state) and nothing else, so that they can be
//     regenerated without touching the rules that read them;
//   - data/store is where a corpus comes from: the folder read afresh, or
//     through a cache of what was computed from each file (BuildCached takes
//     the cache; store implements it);
//   - data/discover finds the events the text reports that no catalogue
//     names, and groups them into storylines;
//   - data/pipeline runs the whole load, Build then discovery, and is what
//     the app and the command line call;
//   - data/project keeps an analyst's decisions about a corpus and
//     replays them over it;
//   - data/search finds passages and events by the words an analyst
//     types; the corpus keeps its index only through SearchKeeper;
//   - data/export writes the reports (JSON, CSV, XLSX, TimelineJS) from
//     the model here;
//   - data/synthetic writes the generated corpora of `caravan generate` and
//     the benchmarks; it imports nothing of Caravan's.
//
// None of the last three is imported by data; search and export read its
// exported model and nothing else.
//
// In many Fyne projects a folder called data holds bundled icons; here it is
// the domain model. Bundled resources live under app/. This package imports
// neither Fyne nor go-chart, so every rule about dates or linking is tested
// without a window.
//
// Offsets: every span (Paragraph, DateMention, Match, Excerpt) is a pair of
// byte offsets into Article.Text, the whole decoded UTF-8 text of the file
// (header included), so Text[Start:End] is always the exact passage.
package data
