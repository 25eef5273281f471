package data

import "testing"

// A weekday written after its date is read with it, in the shapes the
// languages write: in full-width brackets (zh), with nothing between
// (zh, tr, az, kk, ky, uz), past a case ending glued to the date ("14-də",
// "Eylül'de"). The sentences are written for this test; each whole
// mention fails when the weekday is read on its own.
func TestWeekdayAfterDateShapes(t *testing.T) {
	cases := []spanCase{
		{"zh full-width brackets", "zh", "2025-08", "两国领导人8月15日（星期五）在安克雷奇会晤。", "8月15日（星期五）", "2025-08-15"},
		{"zh 周 in brackets", "zh", "2024-07", "上海合作组织峰会7月4日（周四）在阿斯塔纳闭幕。", "7月4日（周四）", "2024-07-04"},
		{"zh run on", "zh", "2024-07", "峰会于7月4日星期四在阿斯塔纳闭幕。", "7月4日星期四", "2024-07-04"},
		{"zh day alone with its weekday", "zh", "2024-07", "元首理事会会议4日（周四）在阿斯塔纳举行。", "4日（周四）", "2024-07-04"},
		{"tr nothing between", "tr", "2024-07", "Zirve 4 Temmuz Perşembe günü Astana'da sona erdi.", "4 Temmuz Perşembe günü", "2024-07-04"},
		{"tr case ending and comma", "tr", "2024-07", "Liderler 4 Temmuz'da, Perşembe günü bir araya geldi.", "4 Temmuz'da, Perşembe günü", "2024-07-04"},
		{"tr with its year", "tr", "", "Zirve 4 Temmuz 2024 Perşembe günü yapıldı.", "4 Temmuz 2024 Perşembe günü", "2024-07-04"},
		{"az hyphenated ending and comma", "az", "2024-07", "Zirvə iyulun 4-də, cümə axşamı günü Astanada başa çatdı.", "iyulun 4-də, cümə axşamı günü", "2024-07-04"},
		{"kk nothing between", "kk", "2024-07", "Саммит 4 шілде бейсенбі күні Астанада аяқталды.", "4 шілде бейсенбі күні", "2024-07-04"},
		{"ky nothing between", "ky", "2024-07", "Саммит 4-июль бейшемби күнү Астанада аяктады.", "4-июль бейшемби күнү", "2024-07-04"},
		{"uz nothing between", "uz", "2024-07", "Sammit 4-iyul payshanba kuni Ostonada yakunlandi.", "4-iyul payshanba kuni", "2024-07-04"},
		{"fa weekday before a French month name", "fa", "2025-08", "دیدار دو رئیس‌جمهور روز جمعه ۱۵ اوت در آنکوریج برگزار شد.", "روز جمعه ۱۵ اوت", "2025-08-15"},
		{"fa June and July", "fa", "2024-07", "نشست از ۲۸ ژوئن تا ۴ ژوئیه ادامه داشت.", "از ۲۸ ژوئن تا ۴ ژوئیه", "2024-06-28..2024-07-04"},
		// Not joined: a year that says the weekday is another day, a
		// marker with nothing between in a language that puts it so
		// only after a comma, a weekday after a full stop.
		{"tr weekday of another day", "tr", "", "Zirve 4 Temmuz 2024 Cuma günü yapıldı.", "4 Temmuz 2024", "2024-07-04"},
		{"ru marker with nothing between stays apart", "ru", "2024-07", "Саммит закрылся 4 июля в четверг.", "4 июля", "2024-07-04"},
		{"tr full stop between", "tr", "2024-07", "Zirve 4 Temmuz'da bitti. Perşembe günü liderler ayrıldı.", "4 Temmuz", "2024-07-04"},
	}
	checkSpanCases(t, cases)
}

// A weekday read with its year-less date chooses among the years of the
// lead (placeByWeekday): 15 August was a Friday in 2025, a Thursday in
// 2024. Without the weekday read whole the date stays without a year.
func TestWeekdayAfterDateChoosesYear(t *testing.T) {
	for _, c := range []struct{ name, lang, text, mention, want string }{
		{"zh", "zh", "两国领导人8月15日（星期五）在安克雷奇会晤，这是2024年和2025年的第一次面对面会谈。", "8月15日（星期五）", "2025-08-15"},
		{"kk", "kk", "Президенттер 15 тамыз жұма күні кездесті. Бұл 2024 және 2025 жылдардағы алғашқы кездесу.", "15 тамыз жұма күні", "2025-08-15"},
		{"tr", "tr", "Liderler 15 Ağustos'ta, Cuma günü görüştü; 2024 ve 2025 yıllarının ilk yüz yüze görüşmesiydi.", "15 Ağustos'ta, Cuma günü", "2025-08-15"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "", c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Text == c.mention {
					if got := spanString(m.Span.Span()); got != c.want {
						t.Errorf("%q: got %q, want %q (%s)", c.mention, got, c.want, m.Reason)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", c.mention, a.Mentions)
		})
	}
}
