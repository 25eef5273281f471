package data

// This file reads the agency datelines written month first, as English
// agencies write them: "ANKARA, Aug 1 (Reuters) -", "WASHINGTON, June 7
// –". Without them an undated English report's dateline was no stamp, and
// the corpus could not give it the year of the event its sentence tells
// of (see PlaceCorpusYears).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// agencyBracketBytes bounds the agency's name in brackets after a
// dateline's date ("(Reuters)", "(dpa)", "(Kabar)").
const agencyBracketBytes = 24

// monthFirstDateline reports whether a date written month first opens an
// agency dateline: "ANKARA, Aug 1 (Reuters) -", "WASHINGTON, June 7 –":
// a capitalised month name, and after the date an agency in brackets, a
// dash or the end of its line (not "On Thursday, Aug 1, the ministers …", whose date
// goes on into the sentence).
func monthFirstDateline(words, after string) bool {
	first, _, _ := strings.Cut(words, " ")
	first = strings.TrimSuffix(first, ".")
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) {
		return false
	}
	var buf [64]byte
	if !lexiconFor("").get(normaliseDateWord(buf[:0], first)).has(roleMonth) {
		return false
	}
	after = strings.TrimSpace(after)
	if rest, ok := strings.CutPrefix(after, "("); ok {
		// An agency ("(Reuters)", "(AP)"), not an aside ("(a Thursday)");
		// one written in lower case ("(dpa)", "(wire)") when a dash
		// closes the dateline after it.
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsUpper(r) {
			return true
		}
		if end := strings.IndexByte(rest, ')'); end > 0 && end <= agencyBracketBytes {
			closing := strings.TrimSpace(rest[end+1:])
			return closing != "" && strings.ContainsRune("-–—", []rune(closing)[0])
		}
		return false
	}
	if strings.HasSuffix(words, ".") {
		// Trend's "BAKU, Azerbaijan, September 16. National Security
		// Advisor …": a full stop closes the date, and the lead opens
		// with a capital.
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
			return true
		}
	}
	return after == "" || strings.ContainsRune("-–—", []rune(after)[0])
}
