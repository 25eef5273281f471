package data

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file is the small grammar that reads date phrases from the tokens
// of dates_tokens.go. It runs on every paragraph, so it avoids allocations.

// partialDate is a date as written: any of year, month and day may be
// missing (zero).
type partialDate struct {
	year  int
	month time.Month
	day   int
}

// dateWords is what one date phrase means, before it is placed in time.
type dateWords struct {
	kind        MentionKind
	first, last int // token indexes

	// MentionExplicit: from, and to for ranges ("15 إلى 16 سبتمبر").
	from, to partialDate
	hasTo    bool
	// solar: from and to are a Solar Hijri month and day written without
	// a year ("۲۸ اسفند"); placeNear converts them once a year is chosen.
	solar bool

	// MentionWeekday: one weekday, or two for "von Mittwoch bis Freitag";
	// direction is -1 for "last Friday", +1 for "next Friday", 0 otherwise.
	weekdays  [2]time.Weekday
	nWeekdays int
	direction int

	// MentionRelative: shift units from the article's date ("vorig jaar":
	// unitYear, -1). eitherNight: a night word that is last night in a
	// past sentence and tonight in one that announces ("vannacht").
	unit        relUnit
	shift       int
	eitherNight bool

	// relYear: an explicit date whose year is written relative to the
	// article's ("в январе прошлого года", "in June last year", "en enero
	// del año pasado"): yearShift years from it (see relativeYear).
	relYear   bool
	yearShift int
	// relMonth: an explicit day whose month is written relative to the
	// article's ("13 من الشهر الجاري", "bu ayın 13'ünde"): shift months
	// from it (see dayOfRelativeMonth).
	relMonth bool
	// relDay: a weekday written after a relative day ("غداً الخميس"):
	// unit and shift are the relative day's (see weekdayAfterRelativeDay).
	relDay bool
	// fromNow: "in two days", placed only where its sentence announces
	// (see dateScanner.fromNow).
	fromNow bool
	// solarWritten: the date was written in Solar Hijri months (see
	// inSolarYear), with or without its year.
	solarWritten bool
	// hijri: from and to were converted from a Lunar Hijri date; a day
	// is the span of the day either side (see dates_hijri.go).
	hijri bool
	// hijriOpen: from is a Lunar Hijri month and day written without a
	// year ("١٥ رمضان"); placeNear converts them once a year is chosen
	// (see placeHijri).
	hijriOpen bool
	// written: an explicit date without a year whose word beside it says
	// which side of the article it lies on, whatever its sentence's tense:
	// -1 for "mai dernier", "في مايو الماضي", "last May"; +1 for "mai
	// prochain", "next May" (see writtenSide).
	written int
	// eve: the date is the eve of the one written ("накануне 27
	// ноября"), its day already moved back; the eve words start at byte
	// eveStart, or end at eveEnd when written after the date (see
	// dates_eve.go).
	eve              bool
	eveStart, eveEnd int
}

// dateScanner reads the date phrases of texts in one lexicon. It keeps its
// buffers between texts; it is not safe for concurrent use.
type dateScanner struct {
	lex  *dateLexicon
	text string // the text scanned last, which toks index
	toks []dateToken
	buf  []byte
	// future reports whether the text scanned last announces what is to
	// come (see dateLexicon.announces); tense whether it may hold a word
	// of the lexicon's tense (see dateLexicon.mayBeTense).
	future, tense bool
}

// scan calls found for every date phrase in text, in order, with its byte
// span in text.
func (s *dateScanner) scan(text string, found func(w dateWords, start, end int)) {
	s.text = text
	s.toks, s.buf, s.future, s.tense = tokenizeDates(s.lex, text, s.toks[:0], s.buf)
	t := s.toks
	consumed := 0 // tokens before this index belong to an earlier phrase
	for i := 0; i < len(t); i++ {
		if t[i].kind == tokPunct || (t[i].kind == tokWord && t[i].entry == nil) {
			continue
		}
		w, ok := s.parseAt(i, consumed)
		if !ok {
			// A day that does not exist ("31. Februar") takes its month
			// with it, so that "Februar 2022" is not read on its own.
			if w.last > i {
				i, consumed = w.last, w.last+1
			}
			continue
		}
		core := w.first // before its lead: where eve words end (see eveOf)
		w.first = s.extendLead(w, consumed)
		w = s.monthOfRelativeYear(w)
		w = s.dayOfRelativeMonth(w, consumed)
		if w.kind == MentionExplicit && w.from.year == 0 && w.from.month != 0 && !w.relYear && !w.hijriOpen {
			// (A Solar date's relative year is a Solar year: "۱۷ بهمن سال
			// گذشته", placeSolar.)
			w = s.relativeYear(w)
			if !w.relYear && !w.solar {
				w = s.monthYearsAgo(w) // "nell'ottobre di tre anni fa"
			}
			if !w.relYear && !w.solar {
				w = s.writtenSide(w, consumed)
			}
		}
		w = s.eveOf(w, core)
		w = s.weekdayAfterDate(w)
		w = s.weekdayAfterRelativeDay(w)
		start, end := int(t[w.first].start), int(t[w.last].end)
		switch {
		case w.eve && w.eveEnd > 0:
			end = w.eveEnd
		case w.eve:
			start = min(start, w.eveStart)
		}
		found(w, start, end)
		consumed = w.last + 1
		i = w.last
	}
}

// tok returns token i, or an empty token when i is out of range, so the
// grammar can look ahead without bounds checks.
func (s *dateScanner) tok(i int) *dateToken {
	if i < 0 || i >= len(s.toks) {
		return &noToken
	}
	return &s.toks[i]
}

// lead returns the token before token i, or an empty token when there is
// none or an earlier phrase took it.
func (s *dateScanner) lead(i, consumed int) *dateToken {
	if i-1 < consumed {
		return &noToken
	}
	return s.tok(i - 1)
}

// extendLead widens a phrase to the preposition, range word or marker
// written before it ("op 2 januari", "يوم الأربعاء", "في عام 2019").
func (s *dateScanner) extendLead(w dateWords, consumed int) int {
	first := w.first
	const leads = rolePrep | roleRangeFrom | roleYearContext | roleWeekdayMarker
	for n := 0; n < 2 && first-1 >= consumed; n++ {
		prev := s.tok(first - 1)
		if !prev.is(leads) {
			break
		}
		// Only a year word or weekday marker can have a preposition before
		// it: "في عام 2019", "في يوم الجمعة".
		if n == 1 && !s.tok(first).is(roleYearContext|roleWeekdayMarker) {
			break
		}
		first--
	}
	return first
}

// parseAt reads the date phrase that starts at token i, if any.
func (s *dateScanner) parseAt(i, consumed int) (dateWords, bool) {
	t := s.tok(i)
	switch t.kind {
	case tokNumber:
		if w, ok := s.numericDate(i); ok {
			return w, true
		}
		if w, ok := s.cjkDate(i); ok {
			return w, true
		}
		if w, ok := s.yearFirst(i); ok {
			if w.from.day != 0 {
				return s.rangeAfter(w) // "2026 йил 11 июндан 19 июлгача"
			}
			return w, true
		}
		if w, ok := s.hijriDate(i); ok || w.last > i {
			return w, ok // (a day that does not exist takes its month with it)
		}
		w, ok := s.dayFirst(i)
		switch {
		case ok:
			return s.rangeAfter(w)
		case w.last > i:
			return w, false // a day that does not exist
		}
		if w, ok := s.ago(i); ok {
			return w, true
		}
		return s.year(i, consumed)
	case tokWord:
		if t.is(roleHijri) {
			if w, ok := s.hijriDate(i); ok {
				return w, true
			}
		}
		if t.is(roleOrdinalDay) {
			if w, ok := s.arabicOrdinalDay(i); ok {
				return w, true
			}
		}
		if t.is(roleWeekday) {
			if w, ok := s.weekday(i, consumed); ok {
				return w, true
			}
		}
		if t.is(roleMonth | roleMonthHead) {
			w, ok := s.monthFirst(i, consumed)
			switch {
			case ok:
				return s.rangeAfter(w)
			case w.last > i:
				return w, false // a day that does not exist
			}
		}
		return s.relative(i)
	}
	return dateWords{}, false
}

// day reads a day number at token i (with a German ordinal dot, "15."),
// returning the day and the index after it.
func (s *dateScanner) day(i int) (int, int, bool) {
	t := s.tok(i)
	if t.kind != tokNumber || t.digits > 2 || t.value < 1 || t.value > 31 {
		return 0, i, false
	}
	next := i + 1
	if dot := s.tok(next); dot.punct == '.' && dot.start == t.end {
		next++
	}
	return int(t.value), next, true
}

// month reads a month name at token i (one or two words, with the dot of an
// abbreviation), returning the month, its entry and the index after it.
func (s *dateScanner) month(i int) (time.Month, *dateEntry, int, bool) {
	t := s.tok(i)
	// "10月": a month number with the CJK month sign.
	if t.kind == tokNumber && t.value >= 1 && t.value <= 12 && t.digits <= 2 {
		if sign := s.tok(i + 1); sign.is(roleCJKMonth) && sign.start == t.end {
			return time.Month(t.value), sign.entry, i + 2, true
		}
	}
	if t.kind != tokWord || t.entry == nil {
		return 0, nil, i, false
	}
	next := i + 1
	m := t.entry.month
	if t.is(roleMonthHead) {
		tail := s.tok(next)
		if tail.kind != tokWord || tail.entry == nil {
			return 0, nil, i, false
		}
		mm, ok := t.entry.monthTail[tail.entry.word]
		if !ok {
			return 0, nil, i, false
		}
		m, next = mm, next+1
	} else if !t.is(roleMonth) || s.riverOfJanuary(i) || s.monthInName(i) || t.entry.datelineOnly && !s.inDateline(i) || s.monthLookalike(i, s.lex.lookalikesNever) {
		return 0, nil, i, false
	}
	if dot := s.tok(next); t.is(roleMonthAbbrev) && dot.punct == '.' && dot.start == s.tok(next-1).end {
		next++
	}
	return m, t.entry, next, true
}

// yearAt reads a four-digit year at token i with any year word after it
// ("2025 года", "2019 г."), returning the index of the last token.
func (s *dateScanner) yearAt(i, min, max int) (int, int, bool) {
	t := s.tok(i)
	if t.kind != tokNumber || t.digits != 4 || t.ordinal || int(t.value) < min || int(t.value) > max {
		return 0, i, false
	}
	last := i
	// "2024-yil": Uzbek joins the year word with a hyphen.
	if dash, suf := s.tok(i+1), s.tok(i+2); dash.punct == '-' && dash.start == t.end && suf.is(roleYearSuffix) && suf.start == dash.end {
		// "2023-cü il": Azerbaijani writes an ordinal ending, then the
		// year word.
		if word := s.tok(i + 3); word.is(roleYearSuffix) && !suf.is(roleUnit) {
			return int(t.value), i + 3, true
		}
		return int(t.value), i + 2, true
	}
	// "2023'te", "1991'den bu yana": a case ending right after the year,
	// past its apostrophe (one byte, or three for ’).
	if suf := s.tok(i + 1); suf.kind == tokWord && suf.start > t.end && suf.start-t.end <= 3 &&
		(suf.is(roleYearEnding) || suf.is(roleYearSince) && s.tok(i+2).is(roleSinceAfter)) {
		return int(t.value), i + 1, true
	}
	if suf := s.tok(i + 1); suf.is(roleYearSuffix) {
		last = i + 1
		// The dot of the abbreviation "г.", not a full stop after "года".
		if dot := s.tok(i + 2); dot.punct == '.' && dot.start == suf.end && int(suf.end-suf.start) <= len("гг") {
			last = i + 2
		}
	}
	return int(t.value), last, true
}

// The years read in each context: with a month name any plausible year; a
// bare number only in the range news writes about, so that "2000 agents"
// after "in" stays a number in most texts.
const (
	minYear, maxYear         = 1000, 2999
	minBareYear, maxBareYear = 1900, 2100
)

// dayIn reports whether the day of p exists in its month, a Solar Hijri
// one when the month word is ("۳۰ اردیبهشت": Ordibehesht has 31 days,
// February, the second Gregorian month, 29).
func dayIn(month *dateEntry, p partialDate) bool {
	if month.has(roleSolar) {
		return p.day >= 1 && p.day <= solarMonthDays(p.month)
	}
	return dayExists(p)
}

// dayFirst reads "2 januari [2022]", "15. September 2022",
// "15 إلى 16 سبتمبر", "17 июня 2025 года".
func (s *dateScanner) dayFirst(i int) (dateWords, bool) {
	d1, next, ok := s.day(i)
	if !ok {
		return dateWords{}, false
	}
	w := dateWords{kind: MentionExplicit, first: i}
	// A second day joined by a range word: "15 إلى 16 سبتمبر", "15-16 september".
	if join := s.tok(next); join.is(roleRangeTo) || join.punct == '-' {
		second := next + 1
		// "tra il 19 e il 20 settembre": an article before the second day.
		if s.tok(second).is(rolePrep) && s.tok(second+1).kind == tokNumber {
			second++
		}
		if d2, after, ok := s.day(second); ok {
			// "3 y 4 de julio": the join word before the month.
			// "15-17-mart": a hyphen glued to the second day before
			// the month, as after a single day ("15-mart").
			if j := s.tok(after); j.is(roleJoin) || j.punct == '-' && j.start == s.tok(after-1).end {
				if _, _, _, ok := s.month(after + 1); ok {
					after++
				}
			}
			if m, entry, after, ok := s.month(after); ok {
				w.from = partialDate{month: m, day: d1}
				w.to = partialDate{month: m, day: d2}
				w.hasTo = true
				w.last = after - 1
				if !dayIn(entry, w.from) || !dayIn(entry, w.to) || d2 <= d1 {
					return dateWords{last: w.last}, false
				}
				if entry.has(roleSolar) {
					after = s.afterSolarMonthNoun(after)
					w.last = after - 1
					return s.solarYearAfter(w, after)
				}
				return s.yearAfter(w, after)
			}
		}
	}
	// "3 de julio", "3-iyul": a join word or a hyphen before the month.
	if j := s.tok(next); j.is(roleJoin) || j.punct == '-' && j.start == s.tok(next-1).end {
		if _, _, _, ok := s.month(next + 1); ok {
			next++
		}
	}
	m, entry, after, ok := s.month(next)
	if !ok {
		return dateWords{}, false
	}
	w.from = partialDate{month: m, day: d1}
	w.last = after - 1
	if !dayIn(entry, w.from) {
		return dateWords{last: w.last}, false
	}
	if entry.has(roleSolar) {
		after = s.afterSolarMonthNoun(after)
		w.last = after - 1
		return s.solarYearAfter(w, after)
	}
	after = s.secondMonthName(m, after)
	w.last = after - 1
	return s.yearAfter(w, after)
}

// secondMonthName returns the token after month m's second name when one
// follows at token i after a slash ("21 نوفمبر/تشرين الثاني 2022",
// "أغسطس/آب ٢٠٢٣": Arabic news writes the month in both its names), or
// right after it without one ("يونيو حزيران 2021"), else i. The same month
// named twice is one date: read apart, the first name is a second, yearless
// mention that lands in the wrong year.
func (s *dateScanner) secondMonthName(m time.Month, i int) int {
	j := i
	if slash := s.tok(i); slash.punct == '/' {
		j = i + 1
	}
	if m2, _, after, ok := s.month(j); ok && m2 == m {
		return after
	}
	return i
}

// solarYearAfter reads the year of a Solar Hijri date ("۱۵ تیر ۱۴۰۳", "۱۵ تا
// ۱۶ تیر ۱۴۰۳", "آبان ۱۴۰۰") and converts it to the Gregorian calendar (see
// solarWords). Without a year the date is kept as written, solar, for
// placeNear to place by the article's date.
func (s *dateScanner) solarYearAfter(w dateWords, i int) (dateWords, bool) {
	if w.from.day > solarMonthDays(w.from.month) || w.hasTo && w.to.day > solarMonthDays(w.to.month) {
		return dateWords{last: w.last}, false
	}
	y, last, ok := s.yearAt(i, minSolarYear, maxSolarYear)
	if !ok {
		w.solar = true
		return w, true
	}
	w.last = last
	return w.inSolarYear(y), true
}

// inSolarYear returns the Solar Hijri date w in Solar year y, converted to
// the Gregorian calendar: a day or a span of days as written; a month
// alone as the Gregorian months it overlaps ("آبان ۱۴۰۰" is October–
// November 2021), never a finer date than the words give.
func (w dateWords) inSolarYear(y int) dateWords {
	out := w
	out.solar, out.solarWritten = false, true
	if w.from.day == 0 {
		first := solarToGregorian(y, int(w.from.month), 1)
		last := solarToGregorian(y, int(w.from.month), solarMonthDays(w.from.month))
		if w.from.month == 12 && solarToGregorian(y+1, 1, 1) == last {
			// Esfand of a common year has 29 days: its 30th is Farvardin 1.
			last = solarToGregorian(y, 12, 29)
		}
		out.from = partialDate{year: first.year, month: first.month}
		out.to, out.hasTo = partialDate{year: last.year, month: last.month}, true
		if out.from == out.to {
			out.to, out.hasTo = partialDate{}, false
		}
		return out
	}
	out.from = solarToGregorian(y, int(w.from.month), w.from.day)
	if w.hasTo {
		out.to = solarToGregorian(y, int(w.to.month), w.to.day)
	}
	return out
}

// yearAfter reads an optional year (after an optional comma) at token i and
// writes it to every part of w. A day that does not exist in that year
// ("29. Februar 2023") makes the phrase no date: ok is false, and w.last
// still says which tokens it took.
func (s *dateScanner) yearAfter(w dateWords, i int) (dateWords, bool) {
	if t := s.tok(i); t.punct == ',' || t.is(roleJoin) && s.tok(i+1).kind == tokNumber {
		i++
	}
	y, last, ok := s.yearAt(i, minYear, maxYear)
	if !ok {
		return w, true
	}
	w.from.year, w.last = y, last
	if w.hasTo {
		w.to.year = y
	}
	if w.span().Start.IsZero() {
		return dateWords{last: w.last}, false
	}
	return w, true
}

// dayExists reports whether p's day exists in its month in some year: 29
// February does; whether it exists in the article's year is checked once the
// year is known.
func dayExists(p partialDate) bool {
	return p.day >= 1 && p.day <= daysIn(2000, p.month)
}

// monthFirst reads "July 4, 2024", "januari 2020", "in januari", "Mai 2023".
func (s *dateScanner) monthFirst(i, consumed int) (dateWords, bool) {
	m, entry, next, ok := s.month(i)
	if !ok {
		return dateWords{}, false
	}
	w := dateWords{kind: MentionExplicit, first: i, last: next - 1, from: partialDate{month: m}}
	if entry.has(roleSolar) {
		// "آبان ۱۴۰۰": a Solar Hijri month, never read as the Gregorian
		// month of its number; alone only where a month name may stand
		// alone (see below).
		if _, _, ok := s.yearAt(next, minSolarYear, maxSolarYear); ok || !entry.has(roleMonthAbbrev) && !entry.has(roleMonthAmbiguous) {
			return s.solarYearAfter(w, next)
		}
		if s.monthWordAfter(next) { // "مهر ماه": the month of Mehr
			w.last = next
			return s.solarYearAfter(w, next+1)
		}
		return dateWords{}, false
	}
	next = s.secondMonthName(m, next)
	w.last = next - 1
	if d1, after, ok := s.day(next); ok && s.lex.monthFirst {
		w.from.day, w.last = d1, after-1
		if !dayExists(w.from) {
			return dateWords{last: w.last}, false
		}
		if join := s.tok(after); join.is(roleRangeTo) || join.punct == '-' {
			if d2, end, ok := s.day(after + 1); ok && d2 > d1 {
				w.to, w.hasTo, w.last = partialDate{month: m, day: d2}, true, end-1
				if !dayExists(w.to) {
					return dateWords{last: w.last}, false
				}
				after = end
			}
		}
		return s.yearAfter(w, after)
	}
	// "septiembre de 2023", "junho de 2009": the join word between the
	// month and its year, as between the day and the month.
	yearAt := next
	if s.tok(next).is(roleJoin) && s.tok(next+1).kind == tokNumber {
		yearAt++
	}
	if y, last, ok := s.yearAt(yearAt, minYear, maxYear); ok {
		w.from.year, w.last = y, last
		return w, true
	}
	// A month name alone: abbreviations never, ambiguous words only after
	// a preposition ("in May", "في مارس"), or after "last"/"next" when
	// written as a name ("last May", not "the last may be").
	if entry.has(roleMonthAbbrev) || (entry.has(roleMonthAmbiguous) || s.monthLookalike(i, s.lex.lookalikesAlone)) && !s.lead(i, consumed).is(rolePrep) && !(s.lead(i, consumed).is(rolePast|roleNext) && s.notLowerCase(i)) {
		// "Ekim ayında", "қазан айында", "май айында": the word for
		// month after it makes it one.
		if s.monthWordAfter(next) {
			w.last = next
			return w, true
		}
		return dateWords{}, false
	}
	return w, true
}

// riverOfJanuary reports whether the month word at token i is the end of
// "Rio de Janeiro" / "Río de Janeiro", the city, written with a capital
// (the month is written in lower case in Portuguese and Spanish): a host of
// summits (G20 2024, BRICS 2025) whose name must not date a passage.
func (s *dateScanner) riverOfJanuary(i int) bool {
	if i < 2 || !s.tok(i-1).is(roleJoin) || !s.notLowerCase(i) {
		return false
	}
	t := s.tok(i - 2)
	if t.kind != tokWord {
		return false
	}
	w := textnorm.Lower(s.text[t.start:t.end])
	return w == "rio" || w == "río"
}

// notLowerCase reports whether token i does not begin with a lower-case
// letter: a capital, or a script without case (Arabic).
func (s *dateScanner) notLowerCase(i int) bool {
	t := s.tok(i)
	r, _ := utf8.DecodeRuneInString(s.text[t.start:t.end])
	return !unicode.IsLower(r)
}

// monthWordAfter reports whether token i, after a month name, is the
// language's word for month ("ayında", "айында", "ماه"), written apart.
func (s *dateScanner) monthWordAfter(i int) bool {
	u := s.tok(i)
	return u.is(roleUnit) && u.entry.unit == unitMonth && u.start > s.tok(i-1).end
}

// rangeAfter joins a complete date to a second one after a range word:
// "30 augustus tot 2 september 2022". A year written only on the second date
// applies to the first, a year earlier when the months wrap around.
func (s *dateScanner) rangeAfter(w dateWords) (dateWords, bool) {
	if w.hasTo || w.solar {
		return w, true
	}
	join := s.tok(w.last + 1)
	next := w.last + 2
	if s.caseRange(w) {
		next = w.last + 1 // "11 июндан 19 июлгача": the cases are the range's words
	} else if !join.is(roleRangeTo) && join.punct != '-' {
		return w, true
	}
	next = s.afterClockTime(next) // "с 00:00 3 июля до 00:00 2 августа"
	var second dateWords
	var ok bool
	if s.tok(next).kind == tokNumber {
		second, ok = s.dayFirst(next)
	} else {
		second, ok = s.monthFirst(next, next)
	}
	if !ok || second.hasTo || (w.from.day == 0) != (second.from.day == 0) {
		return w, true
	}
	from, to := w.from, second.from
	if from.year == 0 && to.year != 0 {
		from.year = to.year
		if from.month > to.month {
			from.year--
		}
	}
	if from.year != 0 && to.year == 0 {
		// "from June 11, 2026 to July 19": the end is of the start's
		// year (read apart, July 19 went to the article's year). One
		// that would end before the start is no range of that year.
		to.year = from.year
		if !partialBefore(from, to) {
			return w, true
		}
	}
	if from.year != 0 && !partialBefore(from, to) {
		return w, true
	}
	w.from, w.to, w.hasTo, w.last = from, to, true, second.last
	return w, true
}

// caseRange reports whether the date w ends in a case of "from" that its
// language writes a range with, the end's case after it (Uzbek "11
// июндан 19 июлгача", "11-iyundan 19-iyulgacha"; Kazakh "11 маусымнан
// 19 шілдеге дейін"): its last word ends in one of rangeFromCases, and a
// day follows.
func (s *dateScanner) caseRange(w dateWords) bool {
	if len(s.lex.rangeFromCases) == 0 || s.tok(w.last+1).kind != tokNumber {
		return false
	}
	t := s.tok(w.last)
	if t.kind != tokWord {
		return false
	}
	word := textnorm.Lower(s.text[t.start:t.end])
	for _, c := range s.lex.rangeFromCases {
		if len(word) > len(c)+2 && strings.HasSuffix(word, c) {
			return true
		}
	}
	return false
}

// listWords are the words of "and" and "or" among the languages'
// rangeTo words: two years joined by one are two years ("w 2014 i 2019
// roku", "in 2014 and 2019"), not the years between; two days so joined
// stay a span ("3 и 4 июля": one happening over both days).
var listWords = map[string]bool{
	"and": true, "or": true, "und": true, "oder": true, "et": true, "ou": true, "en": true, "of": true,
	"y": true, "o": true, "u": true, "e": true, "i": true, "lub": true, "albo": true, "и": true, "или": true,
	"і": true, "й": true, "або": true, "чи": true, "ve": true, "veya": true, "və": true, "ya": true,
	"va": true, "ё": true, "و": true, "أو": true, "یا": true,
}

// listedYear reports whether the bare number at token i follows a year
// and a word of listWords: the second of "in 2014 and 2019".
func (s *dateScanner) listedYear(i int) bool {
	if i < 2 {
		return false
	}
	join, before := s.tok(i-1), s.tok(i-2)
	if join.kind != tokWord || !listWord(s.text[join.start:join.end]) || before.kind != tokNumber || before.digits != 4 {
		return false
	}
	return before.value >= minBareYear && before.value <= maxBareYear
}

// listWord reports whether word, as written, is one of listWords.
func listWord(word string) bool { return listWords[textnorm.Lower(word)] }

// partialBefore reports whether a is strictly before b; both have the same
// fields set.
func partialBefore(a, b partialDate) bool {
	if a.year != b.year {
		return a.year < b.year
	}
	if a.month != b.month {
		return a.month < b.month
	}
	return a.day < b.day
}

// year reads a bare year where the words around it make it one: "in 2019",
// "في عام 2019", "2019 году", "van 1989 tot 2019".
func (s *dateScanner) year(i, consumed int) (dateWords, bool) {
	y, last, ok := s.yearAt(i, minBareYear, maxBareYear)
	if !ok || s.decadeAfter(i) {
		return dateWords{}, false
	}
	lead := s.lead(i, consumed)
	w := dateWords{kind: MentionExplicit, first: i, last: last, from: partialDate{year: y}}
	if r, ok := s.yearRange(w, lead); ok {
		return r, true // "2020–2022 годов", "the 2020-2022 drought"
	}
	if lead.is(roleYearContext|roleRangeFrom) && last == i {
		if join := s.tok(i + 1); (join.is(roleRangeTo) && !listWord(s.text[join.start:join.end])) || join.punct == '-' {
			if y2, last2, ok := s.yearAt(i+2, minBareYear, maxBareYear); ok && y2 > y {
				w.to, w.hasTo, w.last = partialDate{year: y2}, true, last2
				return w, true
			}
		}
	}
	if last > i && s.lex.hanClauses && hanSeriesAfter(s.text[s.tok(last).end:]) {
		return dateWords{}, false // "2017年世博会": Expo 2017, a name
	}
	if lead.is(roleYearContext) || last > i || s.yearOfAt(i) || s.yearOfHappening(i) || s.seasonOfYear(i) || s.listedYear(i) {
		return w, true
	}
	return dateWords{}, false
}

// numericDate reads "02.01.2022", "2/1/2022" (in the language's order) and
// "2022-01-02". go-dateparser reads these month-first even in day-first
// languages, so Caravan reads them itself.
func (s *dateScanner) numericDate(i int) (dateWords, bool) {
	a, sep1, b, sep2, c := s.tok(i), s.tok(i+1), s.tok(i+2), s.tok(i+3), s.tok(i+4)
	if a.ordinal || b.ordinal || c.ordinal || b.kind != tokNumber || c.kind != tokNumber ||
		sep1.punct == 0 || sep1.punct != sep2.punct || sep1.punct == ',' || sep1.punct == ':' ||
		sep1.start != a.end || b.start != sep1.end || sep2.start != b.end || c.start != sep2.end {
		return dateWords{}, false
	}
	// "1.2.2022.3" is a version number, not a date.
	if after := s.tok(i + 5); after.kind == tokPunct && after.punct == sep1.punct && after.start == c.end && s.tok(i+6).kind == tokNumber {
		return dateWords{}, false
	}
	var p partialDate
	last := i + 4
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2:
		// "2025-06-17", "2025/06/17", "2025.06.17"; a year of the
		// Solar Hijri calendar ("1400/08/04", "۱۴۰۳/۰۴/۱۵") is converted.
		p = partialDate{int(a.value), time.Month(b.value), int(c.value)}
		if p.year >= minSolarYear && p.year <= maxSolarYear && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= solarMonthDays(p.month) {
			p = solarToGregorian(p.year, int(p.month), p.day)
		}
	case a.digits <= 2 && b.digits <= 2 && c.digits == 4:
		p = partialDate{int(c.value), time.Month(b.value), int(a.value)}
		// English writes "6/18/2025" month first; a first number over 12
		// can only be a day ("18/6/2025"), and one over 12 in second place
		// makes "6/18" month first in any language.
		if sep1.punct == '/' && (s.lex.numericOrder == "MDY" && a.value <= 12 || b.value > 12 && a.value <= 12) {
			p.month, p.day = time.Month(a.value), int(b.value)
		}
	case a.digits <= 2 && b.digits == 2 && c.digits == 2 && s.lex.numericOrder == "DMY" && sep1.punct != '/' && s.clockAfter(i+5) > 0:
		// The clock belongs to the mention, so that it reads the same
		// again alone.
		p, last = shortYearStamp(a, b, c), s.clockAfter(i+5)
	default:
		return dateWords{}, false
	}
	if p.year < minYear || p.year > maxYear || p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysIn(p.year, p.month) {
		return dateWords{}, false
	}
	return dateWords{kind: MentionExplicit, first: i, last: last, from: p}, true
}

// capitalisedPair reports whether token i, capitalised, is followed by a
// capitalised word: an ambiguous weekday so written is an ordinal in a name
// ("na Segunda Guerra Mundial", the Second World War; "Quinta Avenida"),
// where the languages that have such weekdays write a weekday in lower
// case inside a sentence.
func (s *dateScanner) capitalisedPair(i int) bool {
	t, next := s.tok(i), s.tok(i+1)
	if next.kind != tokWord {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s.text[t.start:])
	second, _ := utf8.DecodeRuneInString(s.text[next.start:])
	return unicode.IsUpper(first) && unicode.IsUpper(second)
}

// weekday reads "vrijdag", "am Dienstag", "يوم الأربعاء", "last Friday",
// "vendredi dernier", "von Mittwoch bis Freitag". A weekday written before a
// full date ("Friday, July 4, 2024") is part of that date.
func (s *dateScanner) weekday(i, consumed int) (dateWords, bool) {
	t := s.tok(i)
	wd, end := s.weekdayAt(i)
	if w, ok := s.weekdayBeforeDate(i, end, wd); ok {
		return w, true
	}
	last := end
	// "segunda-feira": the tail makes the word a weekday.
	if dash, tail := s.tok(i+1), s.tok(i+2); dash.punct == '-' && dash.start == t.end && tail.is(roleWeekdayTail) && tail.start == dash.end {
		last = i + 2
	}
	// "pazar günü", "жексенбі күні", "yakshanba kuni": a day word after
	// the weekday belongs to it and makes it one.
	if s.tok(last + 1).is(roleWeekdayAfter) {
		last++
	} else if last == i && t.is(roleWeekdayAmbiguous) && (!s.lead(i, consumed).is(roleWeekdayMarker) && !s.bracketDay(last+1) || s.capitalisedPair(i) || s.lex.ordinalNouns[s.wordAfter(i)]) {
		return dateWords{}, false
	}
	if w, ok := s.weekdayDay(i, last); ok {
		return s.weekdayDayRange(w), true
	}
	w := dateWords{kind: MentionWeekday, first: i, last: last, nWeekdays: 1}
	w.weekdays[0] = wd
	if join := s.tok(last + 1); join.is(roleRangeTo) {
		if second := s.tok(last + 2); second.is(roleWeekday) {
			w.weekdays[1], w.nWeekdays, w.last = second.entry.weekday, 2, last+2
			return w, true
		}
	}
	if before := s.lead(i, consumed); (s.lex.modBefore || s.lex.modBoth) && before.is(rolePast|roleNext) {
		w.first, w.direction = i-1, direction(before)
	} else if after := s.tok(last + 1); (s.lex.modAfter || s.lex.modBoth) && after.is(rolePast|roleNext) {
		w.last, w.direction = last+1, direction(after)
	}
	return w, true
}

// relativeYear reads a year written relative to the article's after a
// date without one: "в январе прошлого года", "van juni vorig jaar", "im
// März letzten Jahres", "en enero del año pasado", "de l'année dernière",
// "في يناير من العام الماضي". Up to two short words may stand between
// ("of", "del", "de l'", "من").
func (s *dateScanner) relativeYear(w dateWords) dateWords {
	j := w.last + 1
	for n := 0; n < 2; n++ {
		t := s.tok(j)
		if t.kind != tokWord || t.is(rolePast|roleNext|roleThis|roleUnit) {
			break
		}
		if t.entry == nil && t.end-t.start > 6 || t.entry != nil && !t.is(rolePrep|roleJoin|roleRangeFrom) {
			return w
		}
		j++
	}
	mod, unit := s.tok(j), s.tok(j+1)
	if n := s.nextPhraseAt(j + 1); mod.is(roleUnit) && mod.entry.unit == unitYear && n > 0 {
		w.relYear, w.yearShift, w.last = true, 1, j+n // "noviembre del año que viene"
		return w
	}
	if mod.is(roleUnit) && !unit.is(rolePast|roleNext|roleThis) {
		return w
	}
	if mod.is(roleUnit) {
		mod, unit = unit, mod // "año pasado", "العام الماضي"
	}
	if !mod.is(rolePast|roleNext|roleThis) || !unit.is(roleUnit) || unit.entry.unit != unitYear {
		return w
	}
	w.relYear, w.last = true, j+1
	if !mod.is(roleThis) {
		w.yearShift = direction(mod)
	}
	return w
}

// writtenSide reads the word for "last" or "next" right after a date
// without a year, or right before it ("mai dernier", "في مايو/أيار
// الماضي", "mayo pasado", "last May", "lo scorso maggio"): the date is the
// most recent such day or month before the article (after it, for
// "next"), even in a sentence whose verb announces something else ("the
// pope, elected last May, will visit Turkey"). Tokens before consumed
// belong to an earlier phrase.
func (s *dateScanner) writtenSide(w dateWords, consumed int) dateWords {
	if after := s.tok(w.last + 1); after.kind == tokWord && after.is(rolePast|roleNext) && !s.tok(w.last+2).is(roleUnit) {
		w.written, w.last = direction(after), w.last+1
		return w
	}
	if w.first-1 >= consumed {
		if before := s.tok(w.first - 1); before.kind == tokWord && before.is(rolePast|roleNext) {
			w.written, w.first = direction(before), w.first-1
		}
	}
	return w
}

// weekdayAt returns the weekday of the weekday word at token i and the
// index of its last token: a word after it may make it another day
// (dateLanguage.weekdayShifts: Azerbaijani "cümə axşamı" is Thursday).
func (s *dateScanner) weekdayAt(i int) (time.Weekday, int) {
	t, tail := s.tok(i), s.tok(i+1)
	if tail.kind == tokWord && tail.entry != nil && tail.entry.weekdayShift != 0 {
		return (t.entry.weekday + time.Weekday(tail.entry.weekdayShift) + 7) % 7, i + 1
	}
	return t.entry.weekday, i
}

func direction(t *dateToken) int {
	if t.is(rolePast) {
		return -1
	}
	return 1
}

// relative reads "gisteren", "vorig jaar", "l'année dernière",
// "в прошлом году", "العام الماضي", "diese Woche".
func (s *dateScanner) relative(i int) (dateWords, bool) {
	t := s.tok(i)
	if w, ok := s.dayNounDay(i); ok { // "no dia 9", "el día 9"
		return w, true
	}
	if t.is(roleAgo | roleUnit | roleAgoUnit | roleAgoCount) {
		if w, ok := s.ago(i); ok {
			return w, true
		}
	}
	if t.is(roleFromNow) {
		if w, ok := s.fromNow(i); ok {
			return w, true
		}
	}
	if t.is(roleRelativeDay) {
		if t.entry.morning && s.isMorning(i) {
			return dateWords{}, false
		}
		if t.entry.bound {
			return s.boundDay(i)
		}
		unit := t.entry.unit
		if unit == 0 {
			unit = unitDay
		}
		w := dateWords{kind: MentionRelative, first: i, last: i, unit: unit, shift: t.entry.dayShift, eitherNight: t.entry.eitherNight}
		if tail := s.tok(i + 1); t.entry.tail != "" && tail.kind == tokWord && tail.entry != nil && tail.entry.word == t.entry.tail {
			w.last = i + 1
		}
		return s.dayBeyond(w), true
	}
	next := s.tok(i + 1)
	switch {
	case t.is(roleThis) && next.is(roleUnit):
		return dateWords{kind: MentionRelative, first: i, last: i + 1, unit: next.entry.unit}, true
	case (s.lex.modBefore || s.lex.modBoth) && t.is(rolePast|roleNext) && next.is(roleUnit) && (len(s.lex.lastNotAfter) == 0 || !s.lex.lastNotAfter[s.wordBefore(i)]):
		return dateWords{kind: MentionRelative, first: i, last: i + 1, unit: next.entry.unit, shift: direction(t)}, true
	case (s.lex.modAfter || s.lex.modBoth) && t.is(roleUnit) && next.is(rolePast|roleNext):
		return dateWords{kind: MentionRelative, first: i, last: i + 1, unit: t.entry.unit, shift: direction(next)}, true
	case s.lex.modAfter && t.is(roleUnit) && next.is(roleThis) && !next.is(rolePast|roleNext):
		// "الشهر الجاري", "العام الحالي", "соли ҷорӣ": the current month,
		// year (see dates_this_forms.go).
		return dateWords{kind: MentionRelative, first: i, last: i + 1, unit: t.entry.unit}, true
	case t.is(roleUnit) && s.nextPhraseAt(i+1) > 0:
		return dateWords{kind: MentionRelative, first: i, last: i + s.nextPhraseAt(i+1), unit: t.entry.unit, shift: 1}, true
	}
	return dateWords{}, false
}

// ago reads a time before the article's date: "3 days ago", "month ago"
// (the "a" of "a month ago" is no date word, and one is the count without
// it), "месяц назад", "hace un mes", "vor 3 Tagen", "y a un mois" (of "il
// y a un mois"). A plural unit needs its count ("hace meses" is no date).
// The count is written in digits, as a number word ("vor zwei Jahren",
// "sakkiz yil muqaddam") or is one.
func (s *dateScanner) ago(i int) (dateWords, bool) {
	t := s.tok(i)
	j, count := i, 0
	before := t.is(roleAgo) && t.entry.agoBefore
	if before {
		j, count = s.agoCount(i + 1)
	} else if t.kind == tokNumber {
		if t.digits > 2 || t.value < 1 {
			return dateWords{}, false
		}
		j, count = i+1, int(t.value)
	} else if t.is(roleAgoCount) && !s.numeralBefore(i) {
		j, count = i+1, t.entry.count
	}
	u := s.tok(j)
	if u.is(roleAgoUnit) && u.entry.count > 0 && count == 0 {
		count = u.entry.count // an Arabic dual: "قبل عامين"
	}
	if !u.is(roleUnit|roleAgoUnit) || u.entry.unit == 0 || count == 0 && u.entry.plural {
		return dateWords{}, false
	}
	// "قبل يومين من الانتخابات": two days before the election.
	if before && s.lex.agoNotBefore[s.wordAfter(j)] {
		return dateWords{}, false
	}
	last := j
	if !before {
		if a := s.tok(j + 1); !a.is(roleAgo) || a.entry.agoBefore || s.agoIsBefore(i) || s.lex.agoNotBefore[s.wordAfter(j+1)] {
			return dateWords{}, false
		}
		// Where a language writes one ("a month ago", "un mese fa"), a
		// unit after another word is some other phrase: "il mese fa
		// registrare". (The mention read again alone has none before.)
		if w := s.wordBefore(i); count == 0 && len(s.lex.agoOne) > 0 && w != "" && !s.lex.agoOne[w] {
			return dateWords{}, false
		}
		last = j + 1
	}
	return dateWords{kind: MentionRelative, first: i, last: last, unit: u.entry.unit, shift: -max(count, 1)}, true
}

// wordBefore returns the normal form of the word before token i, or "".
func (s *dateScanner) wordBefore(i int) string {
	text := strings.TrimRightFunc(s.text[:s.tok(i).start], func(r rune) bool { return !isWord(r) })
	k := strings.LastIndexFunc(text, func(r rune) bool { return !isWord(r) }) + 1
	var buf [32]byte
	return string(normaliseDateWord(buf[:0], text[k:]))
}

// wordAfter returns the normal form of the word after token i, or "" when
// punctuation or nothing follows.
func (s *dateScanner) wordAfter(i int) string {
	text := s.text[s.tok(i).end:]
	text = strings.TrimLeft(text, " \u00a0")
	k := strings.IndexFunc(text, func(r rune) bool { return !isWord(r) })
	if k < 0 {
		k = len(text)
	}
	var buf [32]byte
	return string(normaliseDateWord(buf[:0], text[:k]))
}

// agoIsBefore reports whether the word before the time at token i ends
// in a case ending that makes a following "ago" a "before" (see
// dateLanguage.agoNotAfter): "seçimden bir gün önce", "seçimden 3 gün
// önce". A word for one before the unit ("bir") is passed over.
func (s *dateScanner) agoIsBefore(i int) bool {
	if len(s.lex.agoNotAfter) == 0 {
		return false
	}
	var buf [32]byte
	text := s.text[:s.tok(i).start]
	for range 2 {
		text = strings.TrimRightFunc(text, func(r rune) bool { return !isWord(r) })
		k := strings.LastIndexFunc(text, func(r rune) bool { return !isWord(r) }) + 1
		word := normaliseDateWord(buf[:0], text[k:])
		if s.lex.agoFromNow[string(word)] {
			return false
		}
		if !s.lex.agoOne[string(word)] {
			for _, suf := range s.lex.agoNotAfter {
				if len(word) > len(suf) && strings.HasSuffix(string(word), suf) {
					return true
				}
			}
			return false
		}
		text = text[:k]
	}
	return false
}

// agoCount reads the count after a word of "ago" written before the time,
// at token j: digits, or a word for one (after a glue word: "a un" of "il
// y a un mois"). It returns the token after it and the count, 0 when none
// is written.
func (s *dateScanner) agoCount(j int) (int, int) {
	// At most a glue word and a word for one, over one or two tokens ("a"
	// may be a date word of its own, "à"), looked up without allocating:
	// "vor" and "hace" stand before many other words.
	var buf [32]byte
	n, one := 0, false
	for t := s.tok(j); t.kind == tokWord && !t.is(roleUnit|roleAgoUnit) && n < 2; t = s.tok(j) {
		if t.is(roleAgoCount) && !one {
			return j + 1, t.entry.count // "hace dos años", "il y a deux ans"
		}
		for w := range strings.FieldsSeq(s.text[t.start:t.end]) {
			key := normaliseDateWord(buf[:0], w)
			switch {
			case n == 0 && s.lex.agoGlue[string(key)]:
			case !one && s.lex.agoOne[string(key)]:
				one = true
			default:
				return j, 0
			}
			n++
		}
		j++
	}
	if one {
		return j, 1
	}
	if t := s.tok(j); t.kind == tokNumber && t.digits <= 2 && t.value >= 1 {
		return j + 1, int(t.value)
	}
	return j, 0
}

// dayNounsBeforeNumber are the words for "day" that Portuguese and Spanish
// news write between a weekday and its day of the month ("quinta-feira,
// dia 22", "jueves, día 22").
var dayNounsBeforeNumber = []string{"dia", "día"}

// weekdayDay reads a weekday (tokens i..last) with the day of the month and
// no month: Portuguese "desta quinta-feira, 2", "nesta segunda-feira (5)",
// Italian "sabato 8", Spanish "el jueves 2". It is an explicit date whose
// month and year come from the article's header or stamp, and only when
// the weekday falls on that day (see dateWords.placeNear).
func (s *dateScanner) weekdayDay(i, last int) (dateWords, bool) {
	n := last + 1
	if p := s.tok(n); p.kind == tokPunct && (p.punct == ',' || p.punct == 0) {
		n++
	}
	// "na quinta-feira, dia 22", "el jueves, día 22": the word for day
	// before the number.
	if t := s.tok(n); t.kind == tokWord && slices.Contains(dayNounsBeforeNumber, textnorm.Lower(s.text[t.start:t.end])) {
		n++
	}
	d, after, ok := s.day(n)
	if !ok || s.tok(n).ordinal {
		return dateWords{}, false
	}
	// Not a time ("quinta-feira, 15:00"), a count or a date of its own.
	if nx := s.tok(after); nx.kind == tokNumber || nx.punct == ':' || nx.punct == '.' && s.tok(after+1).kind == tokNumber {
		return dateWords{}, false
	}
	if _, _, _, isMonth := s.month(after); isMonth {
		return dateWords{}, false
	}
	w := dateWords{kind: MentionExplicit, first: i, last: after - 1, from: partialDate{day: d}, nWeekdays: 1}
	w.weekdays[0], _ = s.weekdayAt(i)
	// The closing bracket of "(5)" belongs to the date.
	if p := s.tok(after); p.kind == tokPunct && p.punct == 0 && p.start == s.tok(after-1).end && s.tok(n-1).punct == 0 {
		w.last = after
	}
	return w, true
}
