package data

import "time"

// This file reads two forms of a year that need their neighbours: a bare
// year after a word of "of" (Dutch "van", German "von"): "de aardbeving
// van 1939", "das Erdbeben von 1939 und …" (such a number is as often an
// amount, "een boete van 2000 euro", so only a number with no noun after
// it is a year); and a two-digit year in a page stamp with a clock time.

// yearOfAt reports whether the bare number at token i is a year after a
// word of "of" (see dateLanguage.yearOf): that word right before it, and
// after it punctuation, the end, or a word of yearOfNext, not a noun
// ("van 1939 euro", "von 2000 Menschen").
func (s *dateScanner) yearOfAt(i int) bool {
	if len(s.lex.yearOf) == 0 || i == 0 || s.tok(i-1).kind != tokWord {
		return false
	}
	if !s.lex.yearOf[s.wordBefore(i)] {
		return false
	}
	next := s.wordAfter(i)
	return next == "" || s.lex.yearOfNext[next]
}

// shortYearStamp reads a page stamp written with a two-digit year, day
// first ("10-05-25, 08:05", "10.05.25 08:05"): numericDate reads one only
// in a language that writes dates day first and only with a clock time
// after it, where it can be nothing but the page's date; "10-05-25"
// alone may as well be a score or the year first.
func shortYearStamp(day, month, year *dateToken) partialDate {
	return partialDate{year: 2000 + int(year.value), month: time.Month(month.value), day: int(day.value)}
}

// clockAfter returns the index of the last token of a clock time ("08:05",
// ", 08:05") that starts at token j, or -1.
func (s *dateScanner) clockAfter(j int) int {
	if t := s.tok(j); t.kind == tokPunct && t.punct == ',' {
		j++
	}
	h, colon, m := s.tok(j), s.tok(j+1), s.tok(j+2)
	if h.kind == tokNumber && h.digits <= 2 && h.value < 24 && colon.punct == ':' && colon.start == h.end &&
		m.kind == tokNumber && m.digits == 2 && m.value < 60 && m.start == colon.end {
		return j + 2
	}
	return -1
}
