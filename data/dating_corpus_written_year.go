package data

// This file tells the corpus pass which year a report was written in
// when a year-less date writes its year relative to the report's: "25
// декабря прошлого года" placed in 2024 says the report is of 2025, so a
// dateline of 10 October 2025 beside it is no contradiction, though the
// two days lie 289 days apart (eval g10_ru: its dateline was left).

// WritingYearShift returns the years from the report's writing year to
// the year of its year-less date: -1 for "25 декабря прошлого года", "the
// 25th of December last year", 1 for "15 марта следующего года", and 0
// for a date whose year is not written relative to the report's.
func (y YearlessDate) WritingYearShift() int {
	return y.writingShift
}

// MentionWritingYearShift is YearlessDate.WritingYearShift for mention i
// of article a, placed already: 0 unless its year is written relative to
// the article's.
func MentionWritingYearShift(a *Article, i int) int {
	m := a.Mentions[i]
	if m.Kind != MentionExplicit {
		return 0
	}
	sc := borrowScanner(lexiconFor(a.Language))
	defer returnScanner(sc)
	w, ok := readMention(sc, m.Text)
	if !ok || !w.relYear {
		return 0
	}
	return w.yearShift
}
