package data

import "testing"

// TestDayOfRelativeMonth: a day of "this month" or "last month" is that
// day of the month the words name from the article's, which a month
// header is enough to place ("13 من الشهر الجاري" in a March report is 13
// March; "geçen ayın 25'inde" 25 February), in the languages that write
// the day before the month and in the Turkic ones that write it after
// with a case ending. Arabic's current month and year are read too
// ("العام الجاري"). A count of days, or a number with no case ending after
// a Turkic month, leaves the month alone.
func TestDayOfRelativeMonth(t *testing.T) {
	const month = "2025-03"
	checkSpanCases(t, []spanCase{
		{"ru числа этого месяца", "ru", month, "Мост открыли 13-го числа этого месяца.", "13-го числа этого месяца", "2025-03-13"},
		{"ru числа прошлого месяца", "ru", month, "Выборы прошли 25 числа прошлого месяца.", "25 числа прошлого месяца", "2025-02-25"},
		{"uk числа цього місяця", "uk", month, "Міст відкрили 13 числа цього місяця.", "13 числа цього місяця", "2025-03-13"},
		{"pl dnia bieżącego miesiąca", "pl", month, "Most otwarto 13. dnia bieżącego miesiąca.", "13. dnia bieżącego miesiąca", "2025-03-13"},
		{"en of last month", "en", month, "The bridge was opened on the 25th of last month.", "25th of last month", "2025-02-25"},
		{"fr de ce mois", "fr", month, "Le pont a été inauguré le 13 de ce mois.", "13 de ce mois", "2025-03-13"},
		{"es del mes pasado", "es", month, "El puente se inauguró el 25 del mes pasado.", "25 del mes pasado", "2025-02-25"},
		{"de dieses Monats", "de", month, "Die Brücke wurde am 13. dieses Monats eröffnet.", "13. dieses Monats", "2025-03-13"},
		{"ar من الشهر الجاري", "ar", month, "افتتح الجسر في 13 من الشهر الجاري.", "13 من الشهر الجاري", "2025-03-13"},
		{"ar ordinal من الشهر الماضي", "ar", month, "افتتح الجسر في الحادي والعشرين من الشهر الماضي.", "في الحادي والعشرين من الشهر الماضي", "2025-02-21"},
		{"ar العام الجاري", "ar", month, "ارتفعت الأسعار خلال العام الجاري.", "خلال العام الجاري", "2025"},
		{"tr bu ayın", "tr", month, "Köprü bu ayın 13'ünde açıldı.", "bu ayın 13", "2025-03-13"},
		{"tr geçen ayın", "tr", month, "Seçim geçen ayın 25'inde yapılmıştı.", "geçen ayın 25", "2025-02-25"},
		{"uz shu oyning", "uz", month, "Ko'prik shu oyning 13-kuni ochildi.", "shu oyning 13", "2025-03-13"},
		{"kk осы айдың", "kk", month, "Көпір осы айдың 13-інде ашылды.", "осы айдың 13", "2025-03-13"},
		{"ky ушул айдын", "ky", month, "Көпүрө ушул айдын 13үндө ачылды.", "ушул айдын 13", "2025-03-13"},
		{"zh 上月", "zh", month, "双方上月13日签署了协议。", "上月13日", "2025-02-13"},
		{"zh 本月", "zh", month, "大桥本月13日通车。", "本月13日", "2025-03-13"},
		// Guards: a count of days; a Turkic count with no ending.
		{"ru дней этого месяца", "ru", month, "За первые 10 дней этого месяца цены выросли.", "этого месяца", "2025-03"},
		{"en days of this month", "en", month, "In the first 10 days of this month prices rose.", "this month", "2025-03"},
		{"tr bu ayın count", "tr", month, "Bu ayın 13 milyar liralık bütçesi onaylandı.", "Bu ayın", "2025-03"},
	})
}
