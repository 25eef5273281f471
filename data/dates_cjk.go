package data

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads the dates written with numbers and signs rather than
// words: Chinese and Japanese "2025年6月17日", "6月17日", Korean "2025년 6월
// 17일", and the year-first dates of Kazakh and Uzbek ("2024 жылғы 3
// шілде", "2024-yil 3-iyul"); and converts Solar Hijri dates.

// cjkDate reads "2025年6月17日", "2025年6月", "6月17日", "17日" (also with
// 号 and the Korean signs) at token i.
func (s *dateScanner) cjkDate(i int) (dateWords, bool) {
	t := s.tok(i)
	w := dateWords{kind: MentionExplicit, first: i}
	// "4日在阿斯塔纳举行": a day of the month alone, which news writes for
	// the days of its dateline's month (see placeDayOfMonth).
	if d := s.tok(i + 1); t.dayNumber() && d.is(roleCJKDay) && d.start == t.end {
		if numberedName(s.text[:t.start], s.text[d.start:d.end]) {
			return dateWords{}, false
		}
		w.from.day, w.last = int(t.value), i+1
		return w, true
	}
	j := i
	if t.digits == 4 && s.tok(i+1).is(roleCJKYear) {
		w.from.year = int(t.value)
		j = i + 2
		if _, _, _, ok := s.month(j); !ok {
			return dateWords{}, false // "2025年" alone is a bare year
		}
	}
	m, _, after, ok := s.month(j)
	if !ok || s.tok(j).kind != tokNumber {
		return dateWords{}, false
	}
	w.from.month, w.last = m, after-1
	if d := s.tok(after); d.kind == tokNumber && d.digits <= 2 && s.tok(after+1).is(roleCJKDay) {
		w.from.day, w.last = int(d.value), after+1
		if !dayExists(w.from) {
			return dateWords{last: w.last}, false
		}
	} else if w.from.year == 0 && !s.cjkMonthAlone(t, s.tok(after-1)) && !cjkYearBefore(s.text[:t.start]) {
		return dateWords{}, false // "6月" alone: a month, but too easily a count
	}
	// "去年5月": the year is written relative to the article's.
	if w.from.year == 0 && j == i {
		if shift, ok := cjkRelativeYear(s.text[:t.start]); ok {
			w.relYear, w.yearShift = true, shift
		}
	}
	if w.from.year != 0 && w.span().Start.IsZero() {
		return dateWords{last: w.last}, false
	}
	return w, true
}

// numberedName reports whether a number with 号 after it, and before
// it the text before, is a numbered name rather than a day of the
// month: a Han letter right before the number ("嫦娥6号", "月船3号",
// "神舟18号", "长征5号": a probe, a ship, a rocket; "第3号"), but for
// the month and the words that put a time ("7月4号", "于4号", "到15号").
// News writes the day alone with 日 ("习近平4日晚"), which stays a day
// after any letter.
func numberedName(before, sign string) bool {
	if sign != "号" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.Is(unicode.Han, r) && !strings.ContainsRune(dayNumberAfter, r)
}

// dayNumberAfter are the Han letters after which a number with 号 is a
// day: the month, the words of cjkMonthAlone ("于", "在", "从", "自",
// "至", "到"), "是" (namely) and "和" (and: "3号和4号").
const dayNumberAfter = "月于在从自至到是和"

// cjkRelativeYears are the words for a year relative to the article's that
// Chinese and Japanese write right before a month: "去年5月" (May last
// year), "明年3月", "前年" (the year before last), Japanese "昨年", "来年".
var cjkRelativeYears = []struct {
	word  string
	shift int
}{{"去年", -1}, {"今年", 0}, {"明年", 1}, {"前年", -2}, {"昨年", -1}, {"来年", 1}, {"本年", 0}}

// cjkRelativeYear returns the shift of the relative year word that before
// ends with, if any.
func cjkRelativeYear(before string) (int, bool) {
	for _, y := range cjkRelativeYears {
		if strings.HasSuffix(before, y.word) {
			return y.shift, true
		}
	}
	return 0, false
}

func cjkYearBefore(before string) bool {
	_, ok := cjkRelativeYear(before)
	return ok
}

// cjkMonthAlone reports whether a month written "N月" without a day or
// year (number token t, month sign sign) is said to be a time: after
// "于", "在", "从", "自", "至", "到" ("将于5月举行", will be held in May) or
// before "份", "初", "底", "中旬", "上旬", "下旬" ("5月底", the end of May).
func (s *dateScanner) cjkMonthAlone(t, sign *dateToken) bool {
	before, after := s.text[:t.start], s.text[sign.end:]
	for _, w := range []string{"于", "在", "从", "自", "至", "到"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range []string{"份", "初", "底", "中旬", "上旬", "下旬"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// yearFirst reads a year with its year word followed by a day and month or
// a month: Kazakh "2024 жылғы 3 шілдеде", Uzbek "2024-yil 3-iyul",
// "2024 жылдың қазанында", Azerbaijani "2023-cü il sentyabrın 20-də".
func (s *dateScanner) yearFirst(i int) (dateWords, bool) {
	y, last, ok := s.yearAt(i, minYear, maxYear)
	if !ok || last == i && !s.possessiveMonthAt(i+1) {
		return dateWords{}, false
	}
	next := last + 1
	if s.tok(next).kind == tokNumber {
		w, ok := s.dayFirst(next)
		if !ok || w.from.year != 0 || w.hasTo && w.to.year != 0 {
			return dateWords{}, false
		}
		w.first, w.from.year = i, y
		// "2024 жылғы 15-17 наурызда", "2023-cü ilin 5-7 iyun": a range of
		// days takes the year too.
		if w.hasTo {
			w.to.year = y
			if w.to.month < w.from.month {
				w.to.year++
			}
		}
		if w.span().Start.IsZero() {
			return dateWords{last: w.last}, false
		}
		return w, true
	}
	if m, entry, after, ok := s.month(next); ok && !entry.has(roleSolar) {
		w := dateWords{kind: MentionExplicit, first: i, last: after - 1, from: partialDate{year: y, month: m}}
		// "2023-жылдын май айында", "2023-yil may oyida": a short month
		// name is one where the word for month follows it.
		if entry.has(roleMonthAbbrev) {
			if !s.monthWordAfter(after) {
				return dateWords{}, false
			}
			w.last = after
			return w, true
		}
		// "2023-cü il sentyabrın 20-də": where the month comes before
		// the day, the day after it is the date's.
		if d, end, ok := s.day(after); ok && s.lex.monthFirst && s.tok(after).start > s.tok(after-1).end {
			withDay := partialDate{year: y, month: m, day: d}
			if !(dateWords{kind: MentionExplicit, from: withDay}).span().Start.IsZero() {
				w.from, w.last = withDay, end-1
			}
		}
		return w, true
	}
	return dateWords{}, false
}

// possessiveMonthAt reports whether token j is a month name that one of
// the language's monthPossessives ends, joined or after an apostrophe
// ("Şubatında", "Şubat'ında"): the month of the bare year before it. A
// month that ends the text is one too: the mention "2023 Şubat" read
// again alone (its apostrophe's ending is not one of its words).
func (s *dateScanner) possessiveMonthAt(j int) bool {
	t := s.tok(j)
	if len(s.lex.monthPossessives) == 0 || t.kind != tokWord || !t.is(roleMonth) {
		return false
	}
	rest := s.text[t.end:]
	if strings.TrimSpace(rest) == "" {
		return true
	}
	word := textnorm.Lower(s.text[t.start:t.end])
	for _, apostrophe := range []string{"'", "’"} {
		if after, ok := strings.CutPrefix(rest, apostrophe); ok {
			end := strings.IndexFunc(after, func(r rune) bool { return !isWord(r) })
			if end < 0 {
				end = len(after)
			}
			word += textnorm.Lower(after[:end])
		}
	}
	for _, e := range s.lex.monthPossessives {
		if len(word) > len(e)+2 && strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// The Solar Hijri years read: 1300 is 1921, 1499 is 2120.
const (
	minSolarYear, maxSolarYear = 1300, 1499
)

// solarMonthDays is the most days Solar Hijri month m has: 31 in the first
// six months, 30 after (Esfand has 29 or 30).
func solarMonthDays(m time.Month) int {
	if m <= 6 {
		return 31
	}
	return 30
}

// solarToGregorian converts a Solar Hijri date to the Gregorian calendar,
// with the arithmetic of the jalaali algorithm (the 33-year cycle), exact
// for the years news writes.
func solarToGregorian(jy, jm, jd int) partialDate {
	jy += 1595
	days := -355668 + 365*jy + (jy/33)*8 + ((jy%33)+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy := 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd := days + 1
	gm := time.January
	for ; gm < time.December && gd > daysIn(gy, gm); gm++ {
		gd -= daysIn(gy, gm)
	}
	return partialDate{year: gy, month: gm, day: gd}
}

// hanSeries are Chinese names of events held in a series, which a year
// written before them names: "2017年世博会" is Expo 2017, "2028年欧洲杯"
// Euro 2028. A year that is part of such a name is no date of what the
// sentence tells ("峰会在2017年世博会园区举行": the summit was held at
// the Expo 2017 site), as "French Open 2020" and "Euro 2024" are no dates
// in the languages that write the year after the name.
var hanSeries = []string{"世博会", "欧洲杯", "世界杯", "亚洲杯", "美洲杯", "奥运会", "冬奥会", "残奥会", "青奥会", "亚运会", "亚冬会",
	"大运会", "全运会", "世锦赛", "博览会", "进博会", "服贸会", "广交会"}

// hanSeriesAfter reports whether text, what follows a year and its 年,
// starts with the name of a series (see hanSeries), after at most one
// place name of two to four characters ("2022年北京冬奥会").
func hanSeriesAfter(text string) bool {
	for skip := 0; skip <= 4*3; skip += 3 {
		if skip > len(text) {
			return false
		}
		for _, n := range hanSeries {
			if strings.HasPrefix(text[skip:], n) {
				return skip == 0 || skip >= 2*3 && hanCount(text[:skip]) == skip/3
			}
		}
	}
	return false
}
