package data

import "testing"

// TestSolarMonthWithItsNoun: Persian news joins the word for "month" to a
// Solar Hijri month ("دی‌ماه", "اسفندماه") or writes it apart ("دی ماه").
// Before, "دی‌ماه" was no month: "دوشنبه ۱۶ دی‌ماه" became Monday the 16th of
// the Gregorian month before the header, a wrong day.
func TestSolarMonthWithItsNoun(t *testing.T) {
	checkSpanCases(t, []spanCase{
		// 16 Dey 1398 is 6 January 2020; joined with a non-joiner.
		{"fa weekday day month-noun (ZWNJ)", "fa", "2020-01", "شیراز - وزیر امروز سه‌شنبه ۱۷ دی‌ماه به استان سفر کرد.", "سه\u200cشنبه ۱۷ دی\u200cماه", "2020-01-07"},
		// Its year after the noun belongs to the date.
		{"fa day month-noun year", "fa", "2024-03", "این قانون در ۲۵ آبان‌ماه ۱۳۹۹ تصویب شد.", "در ۲۵ آبان\u200cماه ۱۳۹۹", "2020-11-15"},
		// Joined without a non-joiner.
		{"fa month-noun joined, year", "fa", "2024-05", "انتخابات مجلس در اسفندماه ۱۴۰۲ برگزار شد.", "در اسفندماه ۱۴۰۲", "2024-02..2024-03"},
		// Apart: the year after "ماه" is still the date's.
		{"fa month noun apart, year", "fa", "2024-03", "او در ۳ مهر ماه ۱۴۰۰ به تهران بازگشت.", "در ۳ مهر ماه ۱۴۰۰", "2021-09-25"},
		// No year: the Solar year the article's month calls for.
		{"fa day month-noun, no year", "fa", "2023-08", "این نمایشگاه از ۲ مردادماه آغاز شد.", "از ۲ مردادماه", "2023-07-24"},
	})
}
