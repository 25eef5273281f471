package data

import "testing"

// Words that only start like a relative day, and weekday names that are a
// city's, are no date mentions; the real forms beside them still are.
func TestDateWordLookAlikes(t *testing.T) {
	cases := []struct {
		name, lang, text string
		absent, present  []string
	}{
		{"tr world is no yesterday", "tr",
			"Anlaşma dünya pazarlarına tahıl taşınmasını sağlayacak. Heyetler dünden beri şehirde bulunuyor. Belgeler bugün imzalandı. Toplantı uzun sürdü.",
			[]string{"dünya"}, []string{"dünden", "bugün"}},
		{"tr world, unknown language", "",
			"Anlaşma dünya pazarlarına tahıl taşınmasını sağlayacak ve dün imzalandı.",
			[]string{"dünya"}, []string{"dün"}},
		{"tr buffer y after a vowel", "tr",
			"Bakanlar cumaya kadar görüşecek. Toplantı perşembeye ertelendi. Karar dün açıklandı. Heyet şehirde kaldı.",
			[]string{"dünya"}, []string{"cumaya", "perşembeye", "dün"}},
		{"uz night is no yesterday", "uz",
			"Seshanba kuni kechasi shaharda kuchli yomg‘ir yog‘di. Prezident kecha yig‘ilish o‘tkazdi. Vazirlar bugun hisobot berdi. Yig‘ilish uzoq davom etdi.",
			[]string{"kechasi"}, []string{"kecha", "bugun"}},
		{"fa Dushanbe summit of a Friday", "fa",
			"عضویت ایران پیش‌تر در اجلاس دوشنبه در ۲۶ شهریور ۱۴۰۰ تصویب شده بود. رئیس‌جمهور امروز سخنرانی کرد. وزیر روز پنجشنبه با همتای خود دیدار کرد. این سند مهم است.",
			[]string{"دوشنبه"}, []string{"در ۲۶ شهریور ۱۴۰۰", "امروز"}},
		{"fa Monday of a Monday stays", "fa",
			"پارلمان روز دوشنبه ۲۹ شهریور ۱۴۰۰ این طرح را تصویب کرد. رئیس‌جمهور امروز سخنرانی کرد. وزیر با همتای خود دیدار کرد. این سند مهم است.",
			nil, []string{"امروز"}},
		{"en Monday before another weekday's date", "en",
			"Delegates met in the Monday Hall on 17 September 2021 to sign the charter. The ministers spoke today. The meeting was long. Nobody objected.",
			nil, []string{"Monday", "on 17 September 2021", "today"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "", "17.09.2022\n\n"+c.text)
			dateAlone(a, nil, nil)
			got := map[string]bool{}
			for _, m := range a.Mentions {
				got[m.Text] = true
			}
			for _, w := range c.absent {
				if got[w] {
					t.Errorf("%q read as a date: %+v", w, a.Mentions)
				}
			}
			for _, w := range c.present {
				if !got[w] {
					t.Errorf("%q not read: %+v", w, a.Mentions)
				}
			}
		})
	}
}
