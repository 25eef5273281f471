package data

// This file reads a bare year before a month name as one year-month date
// in the Turkic languages, which put the larger unit first and the case
// ending on the month: Turkish "2023 Şubat'ında" (in February 2023),
// Azerbaijani "2023 fevralında", Kazakh "2022 қаңтарда", Uzbek "2023
// fevralda", Kyrgyz "2022 январда". Without it the month was read alone
// and took the year of the article's last February.

// yearThenMonthLanguages are the languages whose dates may be written
// "YYYY month" with no word for year between the two. Other languages
// keep the year word ("2023 жылы", "2023 yil"), read by yearAt.
var yearThenMonthLanguages = map[string]bool{"tr": true, "az": true, "kk": true, "uz": true, "ky": true}

// yearThenMonthAt reports whether the bare year at token i opens a
// year-month date: the language writes dates so, the year is one news
// writes about, and a month name follows it after a space.
func (s *dateScanner) yearThenMonthAt(i int) bool {
	if !s.lex.yearThenMonth {
		return false
	}
	year, month := s.tok(i), s.tok(i+1)
	if year.value < minBareYear || year.value > maxBareYear {
		return false
	}
	return month.kind == tokWord && month.start > year.end && month.is(roleMonth) && !month.is(roleMonthAbbrev)
}
