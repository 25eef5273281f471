// Package seeds holds the corpus that ships with Caravan — five articles
// copied byte for byte — and the curated files every corpus is read with:
// the event catalogue (catalogue.toml) and the name lists (names.toml).
// They are embedded, so the binary needs no files beside it.
package seeds

import "embed"

// FS holds the shipped articles and the curated files.
//
//go:embed *.txt *.toml
var FS embed.FS
