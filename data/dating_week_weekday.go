package data

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A weekday written next to "last week" or "next week" is that weekday of
// that week: "vorige week donderdag", "Thursday last week", "в четверг на
// прошлой неделе", "am Donnerstag vergangener Woche", "jeudi de la semaine
// dernière". Read apart, the week is Monday to Sunday and the weekday the
// nearest one before the article's day: the event of the sentence took the
// week's Monday as its day (an invasion of Thursday 24 February 2022 put on
// Monday the 21st), and the weekday may not even fall in that week.

// weekWeekdayGap bounds the words between the two: "de la" of "jeudi de la
// semaine dernière", "on" of "last week on Thursday".
const weekWeekdayGap = 2

// placeWeekdaysOfWeeks gives a weekday mention next to a placed mention of
// last or next week the day of that weekday in that week, and the week
// mention the same day: the two are one date.
func (d *dating) placeWeekdaysOfWeeks() {
	ms := d.a.Mentions
	for i := 1; i < len(ms); i++ {
		a, b := &ms[i-1], &ms[i]
		if a.Paragraph != b.Paragraph || !a.Resolved() || !b.Resolved() || !d.reader.sc.lex.nextToEachOther(d.a.Text[a.End:b.Start]) {
			continue
		}
		week, day := a, b
		if a.Kind == MentionWeekday {
			week, day = b, a
		}
		ww, okW := d.reader.read(week.Text)
		wd, okD := d.reader.read(day.Text)
		if !okW || !okD || ww.kind != MentionRelative || ww.unit != unitWeek || ww.shift == 0 ||
			wd.kind != MentionWeekday || wd.nWeekdays != 1 || wd.direction != 0 {
			continue
		}
		s := week.Span.Span()
		if s.Start.Precision != Day || s.End.IsZero() {
			continue
		}
		monday := s.Start.Start()
		t := monday.AddDate(0, 0, (int(wd.weekdays[0])-int(monday.Weekday())+7)%7)
		if t.After(s.End.Start()) {
			continue
		}
		reason := d.reader.shareReason(fmt.Sprintf("the %s of %q, the week %s..%s", wd.weekdays[0], week.Text, s.Start, s.End))
		placed := Span{Start: DateOf(t)}
		day.SetSpan(placed, reason)
		week.SetSpan(placed, reason)
	}
}

// nextToEachOther reports whether between, the text between two mentions,
// is no more than weekWeekdayGap short words, none a word of range or
// conjunction ("on Thursday and last week the talks failed": two dates), and
// no punctuation.
func (l *dateLexicon) nextToEachOther(between string) bool {
	if strings.ContainsAny(between, ",;:.!?()\n") {
		return false
	}
	words := strings.Fields(between)
	if len(words) > weekWeekdayGap {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) > 4 || l.get(normaliseDateWord(nil, w)).has(roleRangeTo) {
			return false
		}
	}
	return true
}
