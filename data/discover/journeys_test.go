package discover_test

import "testing"

// TestCrashIsNotWhereTheJourneyWent: a helicopter that came down on its way
// to Tabriz crashed in East Azerbaijan, a province of Iran, not in the
// country Azerbaijan nor in Tabriz; the journey's end, in any of the
// languages below, is no scene.
func TestCrashIsNotWhereTheJourneyWent(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the province is Iran's (ru, fa, zh)", map[string]string{
			"ru.txt": " date 2024-05-20\n\nВертолет с президентом разбился 19 мая 2024 года в горах провинции Восточный Азербайджан.\n",
			"fa.txt": " date 2024-05-20\n\nبالگرد رئیس‌جمهور روز ۱۹ مه ۲۰۲۴ در استان آذربایجان شرقی سقوط کرد.\n",
			"zh.txt": " date 2024-05-20\n\n直升机2024年5月19日在东阿塞拜疆省山区坠毁。\n",
		}, "Crash in East Azerbaijan", ""},
		{"the destination is no scene (en, zh)", map[string]string{
			"en.txt": " date 2024-05-20\n\nThe helicopter carrying the president crashed in Iran on 19 May 2024 while on its way to Tabriz.\n",
			"zh.txt": " date 2024-05-20\n\n2024年5月19日，伊朗总统乘坐的直升机在返回大不里士途中坠毁。\n",
		}, "Crash in Iran", ""},
	})
}
