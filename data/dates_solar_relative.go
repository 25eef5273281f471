package data

import "fmt"

// This file places the relative years of an article that writes its dates
// in the Solar Hijri calendar: there "سال گذشته" (last year) and "امسال"
// (this year) are Solar years, from Nowruz to Nowruz, not Gregorian ones.

// solarRelativeYear places a relative year (w) of a Persian article whose
// dates are written in Solar Hijri months as the Solar year it names: the
// Gregorian months it overlaps (March to March). ok is false for other
// mentions and articles, which placeRelative places.
func (d *dating) solarRelativeYear(w dateWords) (Span, string, bool) {
	if w.kind != MentionRelative || w.unit != unitYear || d.a.Language != "fa" || !d.solarDated() {
		return Span{}, "", false
	}
	y, ok := solarYearOf(d.a.Date)
	if !ok {
		return Span{}, "", false
	}
	y += w.shift
	first := solarToGregorian(y, 1, 1)
	next := solarToGregorian(y+1, 1, 1)
	last := next.month // the month of the next Nowruz holds the year's last days
	span := Span{Start: MonthDate(first.year, first.month), End: MonthDate(next.year, last)}
	return span, fmt.Sprintf("the Solar year %d (%s the article's Solar year), the article writing Solar dates", y, shiftWords(w)), true
}

// solarDated reports whether one of the article's dates is written in
// Solar Hijri months ("۱۵ مهر ۱۴۰۲", "۲۱ اسفند").
func (d *dating) solarDated() bool {
	for _, m := range d.a.Mentions {
		if m.Kind != MentionExplicit {
			continue
		}
		if w, ok := d.reader.read(m.Text); ok && (w.solar || w.solarWritten) {
			return true
		}
	}
	return false
}
