package data

import (
	"fmt"
	"slices"
	"time"
)

// This file is what dateArticle does once the article is dated: the
// weekdays, relative words and year-less dates of its text that could not
// be placed alone are placed against that date. It is apart from
// dating.go, which decides the date, to keep both files small.

// resolveMentions places the mentions dateReader.find left open, now that
// the article's date is known.
func (d *dating) resolveMentions() {
	date := d.a.Date
	for i := range d.a.Mentions {
		m := &d.a.Mentions[i]
		if m.Resolved() {
			continue
		}
		w, ok := d.reader.read(m.Text)
		if !ok {
			continue
		}
		// "حتى الخميس" after "أمس الثلاثاء": placed by its sentence, not
		// remembered by its words.
		if span, reason, ok := d.weekdayAfterStart(*m, w); ok && w.kind == MentionWeekday {
			m.SetSpan(span, d.reader.shareReason(reason))
			continue
		}
		if w.eitherNight && m.Announced {
			w.shift = 0 // "vannacht" in a sentence that announces: tonight
		}
		if span, reason, ok := d.solarRelativeYear(w); ok { // "سال گذشته"
			m.SetSpan(span, d.reader.shareReason(reason))
			continue
		}
		if w.relDay && date.Precision == Day { // "غداً الخميس"
			span, reason := placeRelativeDay(w, date)
			m.SetSpan(span, d.reader.shareReason(reason))
			continue
		}
		// Without linked events, what a mention resolves to depends only
		// on what placedKey holds: the corpus's many articles of one day
		// and language share the answers (and their reasons, written
		// once). A Chinese date soon after the article's lies ahead by
		// its sentence, which the words alone do not tell: it is keyed
		// as announced.
		ahead := m.Announced || w.kind == MentionExplicit && hanSoonAhead(d.a, *m, w, date)
		key := placedKey{lex: d.reader.sc.lex, text: m.Text, date: date, announced: ahead,
			belowLead: w.kind == MentionWeekday && d.belowLeadsDay(*m)}
		memo := w.kind != MentionWeekday || len(d.linked) == 0
		if p, ok := d.reader.placed[key]; ok && memo {
			m.SetSpan(p.span, p.reason)
			continue
		}
		var span Span
		var reason string
		switch w.kind {
		case MentionExplicit:
			if date.Precision < Month {
				continue
			}
			span, reason = w.placeNear(date, "the article's date "+date.String(), ahead)
		case MentionWeekday:
			span, reason = d.placeWeekday(*m, w)
		case MentionRelative:
			if w.fromNow && !m.Announced {
				// "in two days of talks", "через два дня он умер": a
				// span of time, or a day counted from another.
				span, reason = Span{}, "a count of time ahead in a sentence that does not announce: no date"
				break
			}
			span, reason = placeRelative(w, date)
		default:
			continue
		}
		reason = d.reader.shareReason(reason)
		m.SetSpan(span, reason)
		if memo {
			if d.reader.placed == nil || len(d.reader.placed) >= maxReadings {
				d.reader.placed = map[placedKey]placedMention{}
			}
			d.reader.placed[key] = placedMention{span, reason}
		}
	}
	d.placeWeekdaysOfWeeks()
	placeAnchored(d.a)
}

// placedKey is what a mention's resolution depends on when no linked
// event is involved (see resolveMentions): its words in a lexicon,
// whether it is announced (or, for a Chinese date, lies ahead by its
// sentence: hanSoonAhead), the article's date, and for a weekday whether
// it stands below the lead's day that dated the article (see
// weekdayAfterLead). Each worker of a load keeps its own memo, filled by
// the articles it happened to date: whatever else the resolution read
// would make the load's result depend on which worker dated what.
type placedKey struct {
	lex       *dateLexicon
	text      string
	date      Date
	announced bool
	belowLead bool
}

// placedMention is a resolution resolveMentions remembers.
type placedMention struct {
	span   Span
	reason string
}

// placeWeekday resolves a weekday mention: to the one matching day inside a
// linked event of its paragraph (within a week of the article's day), else
// to the nearest matching day on or before the article's day.
func (d *dating) placeWeekday(m DateMention, w dateWords) (Span, string) {
	date := d.a.Date
	wd := w.weekdays[0]
	var inside []time.Time
	var title string
	for _, le := range d.linked {
		s := le.event.Span
		if s.Precision() != Day || w.direction != 0 || !hasParagraph(le.paragraphs, m.Paragraph) {
			continue
		}
		for _, t := range weekdaysBetween(s.Start.Start(), s.Last().Start(), wd, Date{}) {
			near := date.Precision != Day || daysApart(t, date.Start()) <= 6
			if near && !slices.ContainsFunc(inside, t.Equal) {
				inside, title = append(inside, t), le.event.Title
			}
		}
	}
	if len(inside) == 1 {
		return weekdaySpan(w, inside[0]), fmt.Sprintf("the %s inside %q", wd, title)
	}
	switch {
	case date.Precision == Day:
		at := date.Start()
		back := (int(at.Weekday()) - int(wd) + 7) % 7
		var t time.Time
		var how string
		switch {
		case w.direction == 0 && m.Announced:
			// "Rahmon is due in Kyrgyzstan on Wednesday": what is to come
			// lies on or after the day it is announced.
			t, how = announcedWeekdayStart(at, w), "announced: on or after"
		case w.direction == 0 && d.weekdayAfterLead(m, at, wd):
			t, how = at.AddDate(0, 0, (int(wd)-int(at.Weekday())+7)%7), "after the lead's day: on or after"
		case w.direction == 0:
			t, how = at.AddDate(0, 0, -back), "on or before"
		case w.direction == -1:
			if back == 0 {
				back = 7
			}
			t, how = at.AddDate(0, 0, -back), "before"
		default:
			t, how = at.AddDate(0, 0, (int(wd)-int(at.Weekday())+7)%7), "after"
			if t.Equal(at) {
				t = t.AddDate(0, 0, 7)
			}
		}
		return weekdaySpan(w, t), fmt.Sprintf("the %s %s the article's day %s", wd, how, date)
	case date.IsZero():
		return Span{}, "a weekday: the article's day is not known"
	}
	n := countWeekdays(date.Start(), date.End().AddDate(0, 0, -1), wd)
	return Span{}, fmt.Sprintf("a weekday: %d %ss in %s, no single day fits", n, wd, date.Human())
}

// countWeekdays is how many days from..to (inclusive) fall on wd:
// len(weekdaysBetween(from, to, wd, Date{})) without the list.
func countWeekdays(from, to time.Time, wd time.Weekday) int {
	first := from.AddDate(0, 0, (int(wd)-int(from.Weekday())+7)%7)
	if first.After(to) {
		return 0
	}
	return daysApart(first, to)/7 + 1
}

// hasParagraph reports whether the sorted paragraphs hold p.
func hasParagraph(paragraphs []int, p int) bool {
	_, found := slices.BinarySearch(paragraphs, p)
	return found
}

// weekdaySpan is the day t, or for "von Mittwoch bis Freitag" the days from
// t to the second weekday after it.
func weekdaySpan(w dateWords, t time.Time) Span {
	s := Span{Start: DateOf(t)}
	if w.nWeekdays == 2 {
		gap := (int(w.weekdays[1]) - int(w.weekdays[0]) + 7) % 7
		s.End = DateOf(t.AddDate(0, 0, gap))
	}
	return s
}

func daysApart(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// placeRelative resolves a relative word against the article's date when
// that date is precise enough for the word's unit.
func placeRelative(w dateWords, date Date) (Span, string) {
	if w.unit.season() {
		return placeSeason(w, date)
	}
	var need Precision
	switch w.unit {
	case unitDay, unitWeek, unitNight:
		need = Day
	case unitMonth:
		need = Month
	case unitYear:
		need = Year
	}
	if date.Precision < need {
		if date.IsZero() {
			return Span{}, "relative: the article's date is not known"
		}
		return Span{}, fmt.Sprintf("relative to a %s, but the article's date is only known to the %s", w.unit, date.Precision)
	}
	why := fmt.Sprintf("%s the article's date %s", shiftWords(w), date)
	switch w.unit {
	case unitDay:
		return Span{Start: DateOf(date.Start().AddDate(0, 0, w.shift))}, why
	case unitNight:
		// A night spans two days: last night is the evening before the
		// article's day and the small hours of it.
		at := date.Start().AddDate(0, 0, w.shift)
		return Span{Start: DateOf(at), End: DateOf(at.AddDate(0, 0, 1))}, why
	case unitWeek:
		at := date.Start()
		monday := at.AddDate(0, 0, -((int(at.Weekday())+6)%7)+7*w.shift)
		return Span{Start: DateOf(monday), End: DateOf(monday.AddDate(0, 0, 6))}, why
	case unitMonth:
		// From the first of the month: "last month" on 31 March is
		// February, where AddDate from the 31st would overflow into March.
		t := time.Date(date.Year, date.Month, 1, 0, 0, 0, 0, time.UTC).AddDate(0, w.shift, 0)
		return Span{Start: MonthDate(t.Year(), t.Month())}, why
	}
	return Span{Start: YearDate(date.Year + w.shift)}, why
}

// shiftWords says where a relative word lies from the article's date: "the
// year before", "the week of", "2 days before".
func shiftWords(w dateWords) string {
	switch {
	case w.shift == 0:
		return "the " + w.unit.String() + " of"
	case w.shift == -1:
		return "the " + w.unit.String() + " before"
	case w.shift == 1:
		return "the " + w.unit.String() + " after"
	case w.shift < 0:
		return fmt.Sprintf("%d %ss before", -w.shift, w.unit)
	}
	return fmt.Sprintf("%d %ss after", w.shift, w.unit)
}
