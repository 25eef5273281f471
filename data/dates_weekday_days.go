package data

import (
	"fmt"
	"time"
)

// This file reads a weekday written with the day of the month it falls
// on: Portuguese "de terça (22) a quinta-feira (24)", and a weekday in
// apposition to a full date ("morto il 21 aprile, lunedì dell'Angelo",
// "3 июля, в среду"). The day number written says which day the weekday
// is; the tense of the sentence only breaks a tie.

// bracketDay reports whether tokens i.. are a day of the month in
// brackets, "(22)": Brazilian news writes the day so after a weekday,
// which makes even an ambiguous one ("terça", also "third") a weekday.
func (s *dateScanner) bracketDay(i int) bool {
	open, n, shut := s.tok(i), s.tok(i+1), s.tok(i+2)
	return open.kind == tokPunct && s.text[open.start:open.end] == "(" && n.dayNumber() && n.start == open.end &&
		shut.kind == tokPunct && s.text[shut.start:shut.end] == ")" && shut.start == n.end
}

// weekdayWord reads a weekday word at token i with what belongs to it (the
// tail of "quinta-feira", the day word of "pazar günü"), returning the
// index of its last token. An ambiguous weekday is one only before a day
// in brackets ("terça (22)").
func (s *dateScanner) weekdayWord(i int) (int, bool) {
	t := s.tok(i)
	if !t.is(roleWeekday) {
		return i, false
	}
	_, last := s.weekdayAt(i)
	if dash, tail := s.tok(i+1), s.tok(i+2); dash.punct == '-' && dash.start == t.end && tail.is(roleWeekdayTail) && tail.start == dash.end {
		last = i + 2
	}
	if s.tok(last + 1).is(roleWeekdayAfter) {
		last++
	} else if last == i && t.is(roleWeekdayAmbiguous) && !s.bracketDay(last+1) {
		return i, false
	}
	return last, true
}

// weekdayDayRange joins a weekday with its day of the month (w, read by
// weekdayDay) to a second one after a range word: "de terça (22) a
// quinta-feira (24)" is the span 22–24, each weekday on its day.
func (s *dateScanner) weekdayDayRange(w dateWords) dateWords {
	if !s.tok(w.last + 1).is(roleRangeTo) {
		return w
	}
	last, ok := s.weekdayWord(w.last + 2)
	if !ok {
		return w
	}
	second, ok := s.weekdayDay(w.last+2, last)
	if !ok || second.from.day == w.from.day {
		return w
	}
	w.to, w.hasTo, w.last = second.from, true, second.last
	w.weekdays[1], w.nWeekdays = second.weekdays[0], 2
	return w
}

// weekdayAfterDate widens a full date with a day ("il 21 aprile", "3
// июля") to the weekday written after it, past a comma or an opening
// bracket and a weekday marker ("il 21 aprile, lunedì dell'Angelo", "3
// июля, в среду", "4 July (Thursday)", "8月15日（星期五）"), or with nothing
// between where the language writes it so ("14 Eylül Çarşamba günü",
// "8月15日星期五"; see weekdayAfterStart): the weekday names that day, and
// is no mention of its own. When the year is written and the weekday
// does not fall on the day, the weekday is left to itself.
func (s *dateScanner) weekdayAfterDate(w dateWords) dateWords {
	if w.kind != MentionExplicit || w.from.day == 0 || w.hasTo || w.solar || w.hijri || w.nWeekdays != 0 {
		return w
	}
	// A Chinese day of the month alone takes its weekday too ("15日（周五）"):
	// placeWeekdayDay finds its month.
	if w.from.month == 0 && !s.lex.hanClauses {
		return w
	}
	j, opened, ok := s.weekdayAfterStart(w)
	if !ok {
		return w
	}
	if s.tok(j).is(roleWeekdayMarker) && !s.tok(j).is(roleWeekday) {
		j++
	}
	last, ok := s.weekdayWord(j)
	if !ok {
		return w
	}
	// "(Thursday)": the closing bracket belongs to it.
	if opened && closeBracket(s.text, s.tok(last+1)) {
		last++
	}
	wd, _ := s.weekdayAt(j)
	if w.from.year != 0 {
		if d := w.from.toDate(); d.IsZero() || d.Start().Weekday() != wd {
			return w
		}
	}
	w.weekdays[0], w.nWeekdays, w.last = wd, 1, last
	return w
}

// placeWeekdayDay places a weekday with a day of the month and no month
// ("desta quinta-feira, 2", "de terça (22) a quinta-feira (24)") in the
// month, of ref's and the two either side, in which the day falls on that
// weekday: the day written says which day it is, whatever the tense. When
// two months fit (February and March share their weekdays), the tense
// chooses: ref's month, or the month before when ref is a day the day of
// the month is past (after, when announced and not yet reached).
func (w dateWords) placeWeekdayDay(ref Date, why string, future bool) (Span, string) {
	if ref.Precision < Month {
		return Span{}, "a weekday and a day of the month: needs the article's month"
	}
	order := [3]int{0, -1, 1}
	switch {
	case future && (ref.Precision < Day || w.from.day < ref.Day):
		order = [3]int{1, 0, -1}
	case ref.Precision == Day && !future && w.from.day > ref.Day:
		order = [3]int{-1, 0, 1}
	case future:
		order = [3]int{0, 1, -1}
	}
	base := time.Date(ref.Year, ref.Month, 1, 0, 0, 0, 0, time.UTC)
	for _, shift := range order {
		month := base.AddDate(0, shift, 0)
		if s, ok := w.weekdayDaysIn(month); ok {
			return s, fmt.Sprintf("the %s the %d of %s, from %s", w.weekdays[0], w.from.day, month.Format("2006-01"), why)
		}
	}
	return Span{}, fmt.Sprintf("no month near %s has a %s the %d: the weekday and the day disagree", why, w.weekdays[0], w.from.day)
}

// weekdayDaysIn returns the weekday's day (and the second weekday's, for a
// range) in month, when each falls on its weekday; the second day is in
// the month after when it is smaller ("de sexta (30) a domingo (1)").
func (w dateWords) weekdayDaysIn(month time.Time) (Span, bool) {
	if w.from.day > daysIn(month.Year(), month.Month()) {
		return Span{}, false
	}
	from := month.AddDate(0, 0, w.from.day-1)
	if from.Weekday() != w.weekdays[0] {
		return Span{}, false
	}
	s := Span{Start: DateOf(from)}
	if !w.hasTo {
		return s, true
	}
	toMonth := month
	if w.to.day < w.from.day {
		toMonth = month.AddDate(0, 1, 0)
	}
	if w.to.day > daysIn(toMonth.Year(), toMonth.Month()) {
		return Span{}, false
	}
	to := toMonth.AddDate(0, 0, w.to.day-1)
	if to.Weekday() != w.weekdays[1] || to.Sub(from) > 7*24*time.Hour {
		return Span{}, false
	}
	s.End = DateOf(to)
	return s, true
}

// monthOfRelativeYear joins a relative year ("去年", "былтыр", "в прошлом
// году") to the date without a year written right after it ("去年1月25日",
// "былтыр қыркүйекте", "в прошлом году в январе", past a comma: "last
// year, in March"): one mention, the date
// in that year. As one mention it keeps its year when it is read again
// alone (dateArticle and the corpus pass read a mention's words anew).
func (s *dateScanner) monthOfRelativeYear(w dateWords) dateWords {
	if w.kind != MentionRelative || w.unit != unitYear {
		return w
	}
	j := w.last + 1
	lead := j // where the date's own words may start
	if p := s.tok(j); p.kind == tokPunct && p.punct == ',' {
		// "last year, in March", "lo scorso anno, a marzo", "в прошлом
		// году, в марте": the month in apposition is of that year (read
		// apart, March went to the article's own year).
		j++
		lead = j
	}
	if s.tok(j).is(rolePrep) && !s.tok(j).is(roleMonth) {
		j++ // "в прошлом году в январе"
	} else if u := s.tok(j); w.last == w.first && u.is(roleUnit) && u.entry.unit == unitYear && lead == j {
		j++ // "биылғы жылдың 13 наурызында": this year's (the word alone is "this year")
		lead = j
	}
	next, ok := s.parseAt(j, lead)
	if !ok || next.kind != MentionExplicit || next.from.year != 0 || next.from.month == 0 || next.solar || next.hasTo && next.to.year != 0 {
		return w
	}
	if s.extendLead(next, lead) != lead {
		return w
	}
	next.first, next.relYear, next.yearShift = w.first, true, w.shift
	return next
}

// weekdayAfterRelativeDay widens a relative day ("غداً", "yesterday",
// "demain") to the weekday written right after it, past a comma or an
// opening bracket ("غداً الخميس", "أمس الثلاثاء", "yesterday, Tuesday",
// "demain jeudi", "завтра, в четверг"): the weekday names that day and is
// no mention of its own, which, read alone, would be the Thursday before
// the article. The phrase is a weekday mention that knows its shift
// from the article's day (see placeRelativeDay).
func (s *dateScanner) weekdayAfterRelativeDay(w dateWords) dateWords {
	if w.kind != MentionRelative || w.unit != unitDay || w.nWeekdays != 0 {
		return w
	}
	j := w.last + 1
	bracket := false
	if p := s.tok(j); p.kind == tokPunct && (p.punct == ',' || s.text[p.start:p.end] == "(") {
		bracket = s.text[p.start:p.end] == "("
		j++
	}
	if s.tok(j).is(roleWeekdayMarker) && !s.tok(j).is(roleWeekday) {
		j++
	}
	last, ok := s.weekdayWord(j)
	if !ok && s.tok(j).is(roleWeekday) {
		// An ambiguous weekday ("الاثنين", also "the two") is one after
		// "yesterday" or "tomorrow", as after a weekday marker.
		_, last = s.weekdayAt(j)
		ok = true
	}
	if !ok {
		return w
	}
	// "oggi, sabato 8 giugno": the weekday belongs to the date after it.
	if n := s.tok(last + 1); n.kind == tokNumber || n.punct == ',' && s.tok(last+2).kind == tokNumber || s.bracketDay(last+1) {
		return w
	}
	if p := s.tok(last + 1); bracket && p.kind == tokPunct && s.text[p.start:p.end] == ")" {
		last++
	}
	// A weekday mention, so that an article known only to its month
	// leaves it open for the corpus to place, as the weekday alone was.
	w.weekdays[0], _ = s.weekdayAt(j)
	w.kind, w.nWeekdays, w.last, w.relDay = MentionWeekday, 1, last, true
	w.direction = max(-1, min(1, w.shift))
	return w
}

// placeRelativeDay places a relative day written with its weekday ("غداً
// الخميس", a weekday mention) as the relative day, once the article's day
// is known, and only when the day falls on that weekday: the two disagree
// otherwise, and the mention stays unplaced.
func placeRelativeDay(w dateWords, date Date) (Span, string) {
	w.kind = MentionRelative
	span, why := placeRelative(w, date)
	if w.nWeekdays == 1 && span.Start.Precision == Day && span.Start.Start().Weekday() != w.weekdays[0] {
		return Span{}, fmt.Sprintf("%s is no %s: the word and the weekday disagree", span.Start, w.weekdays[0])
	}
	return span, why
}

// weekdayBeforeDate reads a weekday (tokens i..end) written before a full
// date, past its tail ("segunda-feira"), a comma or an opening bracket:
// "Friday, July 4, 2024", "segunda-feira, 21 de outubro", "يوم الثلاثاء (22
// أكتوبر)", "Tuesday (Oct. 22)". The weekday is kept with the date: without
// a year written, it says which years the date can be in (see
// placeByWeekday).
func (s *dateScanner) weekdayBeforeDate(i, end int, wd time.Weekday) (dateWords, bool) {
	if s.placeDateline(i) {
		return dateWords{}, false
	}
	next := end + 1
	if dash, tail := s.tok(next), s.tok(next+1); dash.punct == '-' && dash.start == s.tok(end).end && tail.is(roleWeekdayTail) && tail.start == dash.end {
		next += 2
	}
	bracket := false
	if p := s.tok(next); p.punct == ',' {
		next++
	} else if p.kind == tokPunct && s.text[p.start:p.end] == "(" {
		next, bracket = next+1, true
	}
	var w dateWords
	ok := false
	if n := s.tok(next); n.kind == tokNumber {
		w, ok = s.dayFirst(next)
	} else if n.is(roleMonth) && s.lex.monthFirst {
		w, ok = s.monthFirst(next, next)
		ok = ok && w.from.day != 0
	}
	// "روز دوشنبه( 3 عقرب)": a Solar day in brackets is the same day in the
	// other calendar, written to be placed on its own (see placeSolar).
	if !ok || bracket && w.solar {
		return dateWords{}, false
	}
	w.first, w.weekdays[0], w.nWeekdays = i, wd, 1
	if w, ok = s.rangeAfter(w); !ok {
		return w, false
	}
	if p := s.tok(w.last + 1); bracket && p.kind == tokPunct && s.text[p.start:p.end] == ")" && !w.hasTo {
		w.last++
	}
	return w, true
}
