// Package textnorm folds text so that spellings an analyst would call the
// same compare equal (Normalize: case, diacritics, Arabic letter forms and
// digits, typographic quotes and dashes, invisible characters, white
// space), and maps folded text back to exact spans of the original
// (NormalizeWithOffsets, SourceEnd, OffsetMap). Search and name matching
// both read text through it.
//
// It is a package of its own because it knows nothing of articles:
// package data imports it (names, links, search) and it imports only
// data/internal/utf8bytes.
package textnorm
