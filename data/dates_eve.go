package data

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads the eve of a date: "накануне 27 ноября", "в канун 27
// ноября", "la veille du 27 novembre", "am Vorabend des 27. November",
// "on the eve of November 27", "27 Kasım arifesinde", "عشية 27 نوفمبر"
// are the 26th, the day before the date written. The eve words belong to
// the mention, so that reading its text again (readMention) gives the
// same day.

// eveWords are the words of "on the eve of" in one language: the phrases
// written before the date, in lower case with the preposition the date
// takes ("la veille du"), and the word stems written after it (Turkish
// "arifesinde", "arifesi").
type eveWords struct {
	before []string
	after  []string
}

// eveLanguages are the eve words by language. Only phrases that mean the
// day before are listed: "в преддверии", "en vísperas de", "aan de
// vooravond van", "در آستانه" are the days before, not the day.
var eveLanguages = map[string]*eveWords{
	"en": {before: []string{"on the eve of", "the eve of"}},
	"fr": {before: []string{"la veille du", "la veille de", "veille du"}},
	"de": {before: []string{"am vorabend des", "am vorabend vom", "vorabend des"}},
	"ru": {before: []string{"накануне", "в канун", "канун"}},
	"uk": {before: []string{"напередодні", "у переддень", "в переддень", "переддень"}},
	"es": {before: []string{"la víspera del", "la víspera de", "víspera del"}},
	"it": {before: []string{"la vigilia del", "la vigilia di", "vigilia del"}},
	"pt": {before: []string{"na véspera do", "na véspera de", "véspera do"}},
	"pl": {before: []string{"w przeddzień", "przeddzień"}},
	"ar": {before: []string{"عشية", "عشية يوم"}},
	"tr": {after: []string{"arifesi"}},
	"az": {after: []string{"ərəfəsi"}},
	"kk": {after: []string{"қарсаңы"}},
	"uz": {after: []string{"arafasi", "арафаси"}},
	"tg": {before: []string{"дар арафаи", "арафаи"}},
}

// eveReach bounds the bytes before a date searched for an eve phrase.
const eveReach = 40

// eveBefore returns where an eve phrase of the lexicon written right
// before byte at of the scanned text starts, if one is.
func (s *dateScanner) eveBefore(at int) (int, bool) {
	if s.lex.eve == nil || len(s.lex.eve.before) == 0 {
		return 0, false
	}
	from := max(0, at-eveReach)
	for from < at && !utf8.RuneStart(s.text[from]) {
		from++ // not in the middle of a letter: ToLower would change the length
	}
	before := strings.TrimRightFunc(s.text[from:at], unicode.IsSpace)
	lower := textnorm.Lower(before)
	if len(lower) != len(before) {
		return 0, false // a case fold that changes lengths: not worth the search
	}
	for _, p := range s.lex.eve.before {
		if !strings.HasSuffix(lower, p) {
			continue
		}
		start := len(before) - len(p)
		if start > 0 {
			r, _ := utf8.DecodeLastRuneInString(before[:start])
			if isWord(r) && !s.lex.arabicPrefixAt(before, start) {
				continue
			}
		}
		return from + start, true
	}
	return 0, false
}

// arabicPrefixAt reports whether an Arabic one-letter prefix ("وعشية")
// is the only letter of its word before byte start of text.
func (l *dateLexicon) arabicPrefixAt(text string, start int) bool {
	if !l.arabic {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:start])
	if !strings.ContainsRune("وبلف", r) {
		return false
	}
	if start == size {
		return true
	}
	r2, _ := utf8.DecodeLastRuneInString(text[:start-size])
	return !isWord(r2)
}

// eveAfter returns where an eve word written right after byte at of the
// scanned text ends ("27 Kasım arifesinde"), if one is.
func (s *dateScanner) eveAfter(at int) (int, bool) {
	if s.lex.eve == nil || len(s.lex.eve.after) == 0 {
		return 0, false
	}
	rest := strings.TrimLeft(s.text[at:], " \u00a0")
	k := strings.IndexFunc(rest, func(r rune) bool { return !isWord(r) })
	if k < 0 {
		k = len(rest)
	}
	word := textnorm.Lower(rest[:k])
	for _, stem := range s.lex.eve.after {
		if strings.HasPrefix(word, stem) {
			return len(s.text) - len(rest) + k, true
		}
	}
	return 0, false
}

// eveOf marks w as the eve of its date when eve words are written next
// to it, moving its day one back; core is the date's first token before
// its lead was added. Only a day of a month is moved, not a Solar or
// Lunar Hijri one. The eve of 1 March without its year is February (its
// last day needs the year); the eve of 1 January is 31 December of the
// year before, which placeNear gives by the month, as it gives the year
// of any December.
func (s *dateScanner) eveOf(w dateWords, core int) dateWords {
	if w.kind != MentionExplicit || w.from.day == 0 || w.from.month == 0 || w.hasTo || w.solar || w.hijri || w.nWeekdays > 0 {
		return w
	}
	from, okBefore := s.eveBefore(int(s.tok(core).start))
	to, okAfter := 0, false
	if !okBefore {
		to, okAfter = s.eveAfter(int(s.tok(w.last).end))
	}
	if !okBefore && !okAfter {
		return w
	}
	d := w.from
	switch {
	case d.day > 1:
		d.day--
	case d.year != 0:
		t := time.Date(d.year, d.month, d.day-1, 0, 0, 0, 0, time.UTC)
		d = partialDate{year: t.Year(), month: t.Month(), day: t.Day()}
	case d.month == time.March:
		d = partialDate{month: time.February}
	case d.month == time.January:
		d = partialDate{month: time.December, day: 31}
		if w.relYear {
			w.yearShift-- // "1 января прошлого года": the year before that
		}
	default:
		d.month--
		d.day = daysIn(2001, d.month) // any year: not February
	}
	w.from, w.eve = d, true
	if okBefore {
		w.eveStart = from
	} else {
		w.eveEnd = to
	}
	return w
}
