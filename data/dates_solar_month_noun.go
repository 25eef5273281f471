package data

import "time"

// solarMonthNoun is the Persian word for "month" that news joins to a
// Solar Hijri month's name: "۱۶ دی‌ماه" (with a zero-width non-joiner),
// "اسفندماه", "در مهرماه ۱۴۰۲". Written so, the name is no longer one of the
// short words that are months only next to a number ("دی" is also "yesterday"
// in compounds, "مهر" a seal): the noun says it is a month.
const solarMonthNoun = "ماه"

// addSolarMonthWithNoun adds a Solar Hijri month's spelling joined to
// solarMonthNoun. The normal form leaves the non-joiner out, so "دی‌ماه" and
// "دیماه" are one key. Without it, "دوشنبه ۱۶ دی‌ماه" was read as Monday the
// 16th of the Gregorian month the article was written in.
func (l *dateLexicon) addSolarMonthWithNoun(spelling string, m time.Month) {
	l.add(spelling+solarMonthNoun, roleMonth|roleSolar|roleUnparsed, func(e *dateEntry) { e.month = m })
}

// afterSolarMonthNoun skips the word for month written apart after a Solar
// month's name and its day ("۱۳ دی ماه ۱۳۹۸"), so that the year after it still
// belongs to the date: it returns the index of the token after the noun, or
// next when token next is not the noun. (monthFirst reads "مهر ماه" without a
// day itself.)
func (s *dateScanner) afterSolarMonthNoun(next int) int {
	if s.monthWordAfter(next) {
		return next + 1
	}
	return next
}
