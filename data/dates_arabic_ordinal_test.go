package data

import (
	"strings"
	"testing"
)

// Arabic days written as ordinal words ("العاشر من سبتمبر") are read as
// the day of the month; a period noun or weekday before the first five
// makes them a rank, not a day. The texts are written for the test; the
// article is of Tuesday 11 March 2025.
func TestArabicOrdinalDays(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"ar", "ضربت العاصفة الساحل يوم الأحد العاشر من سبتمبر/أيلول 2023 وانهار السدان.", "العاشر من سبتمبر/أيلول 2023", "2023-09-10"},
		{"ar, no year", "افتتحت القمة في الثالث من مارس بحضور الرؤساء.", "في الثالث من مارس", "2025-03-03"},
		{"ar, eleven", "وقع الاتفاق في الحادي عشر من فبراير الماضي.", "في الحادي عشر من فبراير الماضي", "2025-02-11"},
		{"ar, twenty-second", "جرت الانتخابات في الثاني والعشرين من شهر فبراير.", "في الثاني والعشرين من شهر فبراير", "2025-02-22"},
		{"ar, thirty-first", "انتهت المهلة في الحادي والثلاثين من ديسمبر 2024.", "في الحادي والثلاثين من ديسمبر 2024", "2024-12-31"},
		{"ar, the first", "دخل القانون حيز التنفيذ في الأول من يناير 2025.", "في الأول من يناير 2025", "2025-01-01"},
		{"ar, since", "تتواصل الحرب منذ السابع من أكتوبر 2023.", "منذ السابع من أكتوبر 2023", "2023-10-07"},
		{"ar, two names", "عقد الاجتماع في الخامس من تشرين الأول 2024.", "في الخامس من تشرين الأول 2024", "2024-10-05"},
	})
}

// The ordinals that rank a period, a weekday or something else are no
// days: no mention holds them.
func TestArabicOrdinalsThatAreNoDays(t *testing.T) {
	for _, c := range []weekdayCase{
		{"ar, a week's rank", "تبدأ المحادثات في الأسبوع الأول من أبريل.", "الأول", ""},
		{"ar, a half's rank", "تراجعت الأسعار في النصف الثاني من فبراير.", "الثاني", ""},
		{"ar, a weekday's rank", "يعقد المجلس اجتماعه الخميس الأول من نوفمبر.", "الأول", ""},
		{"ar, no month", "هذا هو الاجتماع الثالث من نوعه هذا العام.", "الثالث", ""},
		{"ar, thirty-second", "في الثاني والثلاثين من مارس.", "الثاني", ""},
	} {
		a := datesArticle(t, "ar", "", "11.03.2025\n\n"+c.text)
		dateAlone(a, nil, nil)
		for _, m := range a.Mentions {
			if strings.Contains(m.Text, c.words) {
				t.Errorf("%s: %q read as a date: %q at %s", c.lang, c.words, m.Text, spanString(m.Span.Span()))
			}
		}
	}
}
