package data

// This file serves the corpus-year pass (package discover, corpus_year.go)
// one question about an undated report: if it were written on a given
// day, which day would one of its weekdays or relative words name? A
// dateline "ТБИЛИСИ, 27 окт" over "the vote held on Saturday" is a report
// of the Saturday before the 27th, whatever the year: a year in which
// the corpus has the vote on another day is not the report's year.

// DayOfMentionAt returns the day that mention i of article a names when
// the article is written on day ref, as dating places it once the article
// is dated to ref without a linked event: a weekday ("on Saturday", "next
// Friday", "will meet on Wednesday") or a relative word counted in days
// ("yesterday", "today", "позавчера"). ok is false for any other mention,
// for two weekdays ("from Wednesday to Friday") and when ref is no day.
func DayOfMentionAt(a *Article, i int, ref Date) (day Date, ok bool) {
	if i < 0 || i >= len(a.Mentions) || ref.Precision != Day {
		return Date{}, false
	}
	m := a.Mentions[i]
	if m.Kind != MentionWeekday && m.Kind != MentionRelative {
		return Date{}, false
	}
	sc := borrowScanner(lexiconFor(a.Language))
	w, read := readMention(sc, m.Text)
	returnScanner(sc)
	if !read || w.kind != m.Kind {
		return Date{}, false
	}
	var s Span
	switch {
	case w.kind == MentionWeekday && w.nWeekdays == 1:
		// The article as if dated to ref, with no event linked: the
		// weekday is placed by its tense and direction alone.
		s, _ = (&dating{a: &Article{Date: ref}}).placeWeekday(m, w)
	case w.kind == MentionRelative && w.unit == unitDay:
		s, _ = placeRelative(w, ref)
	}
	if s.Start.IsZero() || !s.End.IsZero() {
		return Date{}, false
	}
	return s.Start, true
}
