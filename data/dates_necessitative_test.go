package data

import "testing"

// TestNecessitativeIsAhead: Azerbaijani and Turkish tell what must be done
// by a day with the necessitative and its copula ("qaytarılmalıdır",
// "iade edilmelidir"): the day is ahead, not last year's.
func TestNecessitativeIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"az -malıdır", "az", "2021-11-10", "Sənədə görə, körpü dekabrın 5-dək təhvil verilməlidir.", "dekabrın 5", "2021-12-05"},
		{"az -malıdır, a", "az", "2021-11-10", "Qərara görə, sənədlər yanvarın 10-dək qaytarılmalıdır.", "yanvarın 10", "2022-01-10"},
		{"tr -melidir", "tr", "2021-11-10", "Karara göre belgeler 5 Aralık'a kadar teslim edilmelidir.", "5 Aralık", "2021-12-05"},
		// Told as done: the last such day.
		{"az past", "az", "2021-11-10", "Körpü dekabrın 5-də təhvil verildi.", "dekabrın 5", "2020-12-05"},
	})
}
