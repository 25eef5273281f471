// Package seeds holds the corpus that ships with Caravan — five articles
// copied byte for byte — and its own curated files: its project
// (caravan-project.toml), whose decisions declare the seeds' storylines and
// events with the terms that link them, and the names these articles cite
// beyond the names every corpus gets (names.toml, layered over package
// data/knowledge). Like any corpus folder's, they are the seeds' alone: no
// other folder is read with them. They are embedded, so the binary needs
// no files beside it.
package seeds

import "embed"

// FS holds the shipped articles and their curated files.
//
//go:embed *.txt *.toml
var FS embed.FS
