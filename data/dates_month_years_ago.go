package data

// This file reads a month whose year is written as a count of years ago
// right after it: "nell'ottobre di tre anni fa", "en octubre de hace tres
// años", "en octobre il y a trois ans", "im Oktober vor drei Jahren", "в
// октябре три года назад", "in oktober drie jaar geleden" (the October of
// three years before the report). Read apart, the month took the
// year-less default, the last October before the report, and the count
// a year of its own: v08_it's "nell'ottobre di tre anni fa", in a report
// of April 2025, was October 2024 and not 2022. The other order ("three
// years ago in October", "в прошлом году в январе") is
// monthOfRelativeYear's; a year written as "last year" after the month
// is relativeYear's.

// monthYearsAgo widens a date without its year (tokens w.first..w.last)
// to a count of years ago written after it, past at most two short words
// ("di", "de", "il" of "il y a"): the date takes the year of the count,
// written relative to the article's (relYear). Only years: "il 3 marzo
// di due mesi fa" says nothing of a year that "due mesi fa" does not.
func (s *dateScanner) monthYearsAgo(w dateWords) dateWords {
	j := w.last + 1
	for n := 0; n < 2; n++ {
		t := s.tok(j)
		if t.kind != tokWord || t.is(roleAgo|roleUnit|roleAgoUnit|roleAgoCount) {
			break
		}
		if t.entry == nil && t.end-t.start > 3 || t.entry != nil && !t.is(rolePrep|roleJoin) {
			return w
		}
		j++
	}
	if s.tok(j).kind == tokNumber || s.tok(j).is(roleAgo|roleAgoCount|roleAgoUnit|roleUnit) {
		if ago, ok := s.ago(j); ok && ago.unit == unitYear && ago.shift < 0 {
			w.relYear, w.yearShift, w.last = true, ago.shift, ago.last
		}
	}
	return w
}
