package data

// This file reads the days Arabic writes as ordinal words: "يوم الأحد
// العاشر من سبتمبر/أيلول" (Sunday the tenth of September), "منذ السابع من
// أكتوبر", "في الحادي والعشرين من مارس 2024". The ordinal is masculine
// (of يوم, the day), definite, and joined to the month by "من" (of),
// "شهر" (month) between them at times. A period noun before it makes it
// that period's rank ("الأسبوع الأول من سبتمبر", the first week of
// September; "النصف الثاني من أكتوبر"), not a day; after a weekday, the
// first five are as often the rank of that weekday in the month ("الخميس
// الأول من نوفمبر", the first Thursday of November) and are not read.

// arabicOrdinalDays are the ordinals of a day's first word: الحادي (one)
// only with a tail.
var arabicOrdinalDays = map[string]int{
	"الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
	"الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
}

// arabicOrdinalTails are the second words of the ordinals from eleven:
// "الحادي عشر" (11), "الثاني والعشرين" (22), "الحادي والثلاثين" (31).
var arabicOrdinalTails = map[string]int{
	"عشر": 10, "والعشرين": 20, "والعشرون": 20, "والثلاثين": 30, "والثلاثون": 30,
}

// arabicOrdinalNotAfter are the period nouns an ordinal ranks ("الأسبوع
// الأول من سبتمبر"): after one it is no day.
var arabicOrdinalNotAfter = map[string]bool{}

func init() {
	for _, w := range []string{"الأسبوع", "الأسابيع", "النصف", "الربع", "الثلث", "العقد", "الشهر", "الجزء", "القسم",
		"الفصل", "الموسم", "الدور", "الشوط", "العام", "الأيام", "القرن", "الجيل", "اليوم"} {
		arabicOrdinalNotAfter[string(normaliseDateWord(nil, w))] = true
	}
	// "اليوم الأول من سبتمبر" is the first of September, but "اليوم
	// الأول من الحرب" the war's first day: with a month after, the day
	// noun ranks the month's days and is read.
	delete(arabicOrdinalNotAfter, string(normaliseDateWord(nil, "اليوم")))
}

// addArabicOrdinalDays gives the ordinal words of days entries of their
// own, for Arabic.
func (l *dateLexicon) addArabicOrdinalDays(code string) {
	if code != "ar" {
		return
	}
	for w, n := range arabicOrdinalDays {
		l.add(w, roleOrdinalDay, func(e *dateEntry) { e.count = n })
	}
}

// arabicOrdinalDay reads an ordinal day at token i and the month after it
// ("العاشر من سبتمبر"), with the month's second name and a year after
// them as for a day in digits (see dayFirst).
func (s *dateScanner) arabicOrdinalDay(i int) (dateWords, bool) {
	day, next := s.tok(i).entry.count, i+1
	if tail := arabicOrdinalTails[s.wordAfter(i)]; tail > 0 && day < 10 {
		day, next = day+tail, i+2 // "الحادي عشر", "الثاني والعشرين"
	} else if s.tokenIs(i, "الحادي") {
		return dateWords{}, false // "الحادي" is one only before its tail
	}
	if day < 1 || day > 31 {
		return dateWords{}, false
	}
	before := s.wordBefore(i)
	if arabicOrdinalNotAfter[before] {
		return dateWords{}, false
	}
	if prev := s.tok(i - 1); i > 0 && prev.is(roleWeekday) && day <= 5 {
		return dateWords{}, false // "الخميس الأول من نوفمبر": the first Thursday
	}
	if s.wordAfter(next-1) != "من" {
		return dateWords{}, false
	}
	next++
	if s.wordAfter(next-1) == "شهر" {
		next++
	}
	m, entry, after, ok := s.month(next)
	if !ok {
		// "الثالث عشر من الشهر الجاري": a day of the current month (see
		// dayOfRelativeMonth).
		if r, isRel := s.relative(next); isRel && r.kind == MentionRelative && r.unit == unitMonth {
			return dateWords{kind: MentionExplicit, first: i, last: r.last, from: partialDate{day: day}, relMonth: true, shift: r.shift}, true
		}
		return dateWords{}, false
	}
	if entry.has(roleSolar) {
		return dateWords{}, false
	}
	w := dateWords{kind: MentionExplicit, first: i, from: partialDate{month: m, day: day}, last: after - 1}
	if !dayIn(entry, w.from) {
		return dateWords{last: w.last}, false
	}
	after = s.secondMonthName(m, after)
	w.last = after - 1
	return s.yearAfter(w, after)
}

// tokenIs reports whether token i is the word w (normalised).
func (s *dateScanner) tokenIs(i int, w string) bool {
	t := s.tok(i)
	return t.kind == tokWord && t.entry != nil && t.entry.word == string(normaliseDateWord(nil, w))
}
