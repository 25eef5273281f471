package data

import "testing"

func TestProbeDates(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"es", "El 19 de septiembre de 2023, Azerbaiyán inició una ofensiva; el pasado sábado votaron."},
		{"pt", "Por volta das 15h desta quinta-feira, 2, o rio subiu; em 3 de julho de 2024 houve cimeira."},
		{"tr", "Zirve 31 Ağustos 2025 tarihinde yapılacak. Ağustosta toplandılar. GÜNDEM 13.03.2025 14:49:38"},
		{"zh", "今年10月6日,哈萨克斯坦举办了全民公投。2025年6月17日开幕。11:31, 06 10月 2024 | GMT +5 去年"},
		{"kk", "2024 жылғы 3 шілдеде саммит өтеді. Бүгіннен бастап. 10 қараша"},
		{"uz", "2024-yil 3-iyul kuni. 25 oktyabr kuni saylov. 2023 йил 20 сентябрда"},
		{"fa", "سرویس : بین الملل | کد خبر : 21348 | تاریخ : 1400/08/04-08:22:48 و ۱۵ تیر ۱۴۰۳ روز سه‌شنبه"},
		{"ar", "في 21 نوفمبر/تشرين الثاني 2022 سيزور الرئيس"},
		{"pl", "W nocy z poniedziałku na wtorek walki. 3 lipca 2024 r. w lipcu"},
		{"uk", "Економіка 20.01.2022 у березні, у п'ятницю, 20 вересня 2023 року"},
		{"it", "Tra il 19 e il 20 settembre il conflitto; oggi, sabato 8 giugno."},
		{"en", "on 6/18/2025 and 18/6/2025"},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		FindDates(a)
		for _, m := range a.Mentions {
			t.Logf("%s %q %s %s", c.lang, m.Text, m.Kind, spanString(m.Span))
		}
	}
}
