package data

import (
	"fmt"
	"time"

	hijri "github.com/hablullah/go-hijri"
)

// This file reads Lunar Hijri dates written with their era marker: "١٥
// رمضان ١٤٤٥ هـ", "رمضان 1445 هـ", Persian "۱۵ رمضان ۱۴۴۵ ق". The months
// are also common words and names ("رمضان" the month of fasting told
// without a year, "رجب" Rajab, "صفر" zero), so only a year followed by
// the marker makes them a date.
//
// They are converted with the Umm al-Qura calendar
// (github.com/hablullah/go-hijri): Saudi Arabia's, computed in advance.
// Egypt, Morocco, Pakistan or Iran start a month when the new moon is
// seen, a day after Umm al-Qura at times (and once in a while a day
// before), so a Hijri day is the Gregorian day Umm al-Qura gives it and
// the day either side: a span of three days, never one day it may not
// be. A month alone is the Gregorian months it overlaps, as a Solar Hijri
// month is.

// hijriMonthNames are the Lunar Hijri months, as Arabic and Persian write
// them; each of the two-word months is a head word and its tails.
var hijriMonthNames = [12][]string{{"محرم"}, {"صفر"}, nil, nil, nil, nil,
	{"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, nil, nil}

// hijriTwoWordMonths are the months written in two words: "ربيع الأول",
// "جمادى الآخرة", "ذو الحجة".
var hijriTwoWordMonths = map[string]map[string]time.Month{
	"ربيع":  {"الأول": 3, "الاول": 3, "الآخر": 4, "الثاني": 4},
	"جمادى": {"الأولى": 5, "الاولى": 5, "الآخرة": 6, "الثانية": 6},
	"جمادي": {"الأولى": 5, "الاولى": 5, "الآخرة": 6, "الثانية": 6},
	"ذو":    {"القعدة": 11, "الحجة": 12},
	"ذي":    {"القعدة": 11, "الحجة": 12},
}

// hijriMarkers are the era markers written after a Hijri year: Arabic
// "هـ" (folded to "ه"), "هجري", "هجرية"; Persian "ق" and "قمری" (lunar).
var hijriMarkers = []string{"هـ", "ه", "هجري", "هجرية", "للهجرة", "ق", "قمری", "قمري"}

// The Umm al-Qura years the converter knows (1937–2077).
const (
	minHijriYear, maxHijriYear = 1356, 1499
)

// addHijri adds the Lunar Hijri months and markers to a lexicon.
func (l *dateLexicon) addHijri() {
	for i, spellings := range hijriMonthNames {
		m := time.Month(i + 1)
		for _, w := range spellings {
			l.add(w, roleHijri, func(e *dateEntry) { e.hijriMonth = m })
		}
	}
	for head, tails := range hijriTwoWordMonths {
		l.add(head, roleHijri, func(e *dateEntry) {
			if e.hijriTail == nil {
				e.hijriTail = map[string]time.Month{}
			}
			for tail, m := range tails {
				e.hijriTail[string(normaliseDateWord(nil, tail))] = m
			}
		})
		for tail := range tails {
			l.add(tail, 0, nil)
		}
	}
	l.addAll(hijriMarkers, roleHijriMarker)
}

// hijriMonth reads a Lunar Hijri month at token i, returning it and the
// index after it.
func (s *dateScanner) hijriMonth(i int) (time.Month, int, bool) {
	t := s.tok(i)
	if !t.is(roleHijri) {
		return 0, i, false
	}
	if t.entry.hijriMonth != 0 {
		return t.entry.hijriMonth, i + 1, true
	}
	if tail := s.tok(i + 1); tail.kind == tokWord && tail.entry != nil {
		if m, ok := t.entry.hijriTail[tail.entry.word]; ok {
			return m, i + 2, true
		}
	}
	return 0, i, false
}

// hijriDate reads "١٥ رمضان ١٤٤٥ هـ" (a day at token i) or "رمضان ١٤٤٥ هـ" (a
// month at token i), with its year and marker, converted (see the file's
// comment).
func (s *dateScanner) hijriDate(i int) (dateWords, bool) {
	day := 0
	j := i
	if d, next, ok := s.day(i); ok {
		day, j = d, next
	}
	m, after, ok := s.hijriMonth(j)
	if !ok {
		return dateWords{}, false
	}
	y, last, ok := s.yearAt(after, minHijriYear, maxHijriYear)
	if !ok || last != after || !s.tok(last+1).is(roleHijriMarker) {
		if day != 0 && day <= 30 && m != 2 && s.tok(after).kind != tokNumber {
			// "١٥ رمضان": a day and month without the year, placed by the
			// article's date (see placeHijri). Not Safar: "2 صفر" is a
			// score, two-nil.
			return dateWords{kind: MentionExplicit, first: i, last: after - 1, hijri: true, hijriOpen: true, from: partialDate{month: m, day: day}}, true
		}
		return dateWords{}, false
	}
	w := dateWords{kind: MentionExplicit, first: i, last: last + 1, hijri: true}
	first, ok := hijriToGregorian(y, m, max(day, 1))
	if !ok {
		return dateWords{last: w.last}, false
	}
	if day == 0 {
		n := hijriMonthDays(y, m)
		end := first.AddDate(0, 0, n-1)
		w.from = partialDate{year: first.Year(), month: first.Month()}
		if end.Month() != first.Month() {
			w.to, w.hasTo = partialDate{year: end.Year(), month: end.Month()}, true
		}
		return w, true
	}
	if day > hijriMonthDays(y, m) {
		return dateWords{last: w.last}, false
	}
	before, after2 := first.AddDate(0, 0, -1), first.AddDate(0, 0, 1)
	w.from = partialDate{year: before.Year(), month: before.Month(), day: before.Day()}
	w.to, w.hasTo = partialDate{year: after2.Year(), month: after2.Month(), day: after2.Day()}, true
	return w, true
}

// hijriToGregorian converts a Lunar Hijri day with the Umm al-Qura
// calendar; ok is false outside the years it knows.
func hijriToGregorian(y int, m time.Month, d int) (time.Time, bool) {
	if y < minHijriYear || y > maxHijriYear || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	t := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// hijriMonthDays is how many days (29 or 30) Lunar Hijri month m of year
// y has in the Umm al-Qura calendar.
func hijriMonthDays(y int, m time.Month) int {
	first, ok := hijriToGregorian(y, m, 1)
	if !ok {
		return 0
	}
	ny, nm := y, m+1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	next, ok := hijriToGregorian(ny, nm, 1)
	if !ok {
		return 29
	}
	return int(next.Sub(first).Hours()/24 + 0.5)
}

// placeHijri places a Lunar Hijri day written without its year ("١٥
// رمضان") as placeNear places a Gregorian one: in the Hijri year that puts
// it on or before ref (on or after, when announced, and not more than
// announcedReach months after), as a span of three days (see the file's
// comment). A Hijri year is eleven days shorter than a Gregorian one, so
// the candidates are the Hijri years around ref's.
func (w dateWords) placeHijri(ref Date, why string, future bool) (Span, string) {
	if ref.Precision < Month {
		return Span{}, "a Lunar Hijri day without its year: the article's month is not known"
	}
	lo, hi := ref.Start(), ref.End() // the first instant of ref and the first after it
	approx := int(float64(ref.Year-622) * 33 / 32)
	var best time.Time
	for y := approx - 1; y <= approx+2; y++ {
		if w.from.day > hijriMonthDays(y, w.from.month) {
			continue
		}
		t, ok := hijriToGregorian(y, w.from.month, w.from.day)
		if !ok {
			continue
		}
		if future && !t.Before(lo) && (best.IsZero() || t.Before(best)) || !future && t.Before(hi) && (best.IsZero() || t.After(best)) {
			best = t
		}
	}
	if best.IsZero() || future && best.After(lo.AddDate(0, announcedReach, 0)) {
		return Span{}, "a Lunar Hijri day without its year: no year fits " + why
	}
	before, after := best.AddDate(0, 0, -1), best.AddDate(0, 0, 1)
	tense := "on or before"
	if future {
		tense = "announced: on or after"
	}
	return Span{Start: DayDate(before.Year(), before.Month(), before.Day()), End: DayDate(after.Year(), after.Month(), after.Day())},
		fmt.Sprintf("a Lunar Hijri day without its year; the Hijri year that puts it %s %s", tense, why)
}
