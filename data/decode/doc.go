// Package decode turns the bytes of a file into the text Caravan works on
// (Text): UTF-8 in Unicode normal form C with "\n" line ends, read from
// UTF-8, UTF-16 with or without a byte order mark, or one of the legacy
// code pages analysts meet (Windows-1252, Windows-1256, Windows-1251,
// KOI8-R, KOI8-U, IBM866), each guessed only when the result reads as text
// in its script. It names the encoding read (the Encoding constants) and
// says in words what was guessed or repaired; empty, binary and
// undecodable files are errors whose texts people read.
//
// It is a package of its own because it knows nothing of articles: package
// data imports it to read a corpus, and it imports only data/language (whose
// function words tell a code page's right reading from mojibake) and
// data/internal/utf8bytes.
package decode
