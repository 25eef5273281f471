package data

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

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

// yearOfHappening reports whether the bare number at token i is the year
// of the happening a noun next to it names (see dateLanguage.yearNouns):
// "the 2019 election", "the 2022 referendum", "die Wahl 2021",
// "Bundestagswahl 2021", "2024 seçimleri"; "the 2000 soldiers" is a
// count.
func (s *dateScanner) yearOfHappening(i int) bool {
	if len(s.lex.yearNounStems) > 0 {
		// "2024 seçimleri": a stem with an ending, right after the year.
		if t := s.tok(i); int(t.end) < len(s.text) && s.text[t.end] == ' ' {
			next := s.wordAfter(i)
			for _, stem := range s.lex.yearNounStems {
				if len(next) > len(stem) && strings.HasPrefix(next, stem) {
					return true
				}
			}
		}
	}
	if len(s.lex.yearNouns) == 0 {
		return false
	}
	if len(s.lex.yearNounOf) > 0 {
		// "las elecciones de 2019": the noun, "of", the year.
		before := strings.TrimRightFunc(s.text[:s.tok(i).start], unicode.IsSpace)
		of := lastWordStart(before)
		var buf [16]byte
		if !s.lex.yearNounOf[string(normaliseDateWord(buf[:0], before[of:]))] {
			return false
		}
		noun := strings.TrimRightFunc(before[:of], unicode.IsSpace)
		if noun == before[:of] { // no space between: "d'2019"
			return false
		}
		var nbuf [64]byte
		return s.lex.yearNouns[string(normaliseDateWord(nbuf[:0], noun[lastWordStart(noun):]))]
	}
	if !s.lex.yearNounsAfter {
		return s.lex.yearNouns[s.wordAfter(i)]
	}
	// The noun right before the year, with only a space between.
	if t := s.tok(i); t.start == 0 || s.text[t.start-1] != ' ' {
		return false
	}
	noun := s.wordBefore(i)
	if s.lex.yearNouns[noun] {
		return true
	}
	for _, e := range s.lex.yearNounEndings {
		if len(noun) > len(e)+2 && strings.HasSuffix(noun, e) {
			return true
		}
	}
	return false
}

// lastWordStart returns where the last word of text starts (len(text)
// when it ends with no word).
func lastWordStart(text string) int {
	i := len(text)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !isWord(r) {
			break
		}
		i -= size
	}
	return i
}
