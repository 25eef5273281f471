package data

import "testing"

// TestDatelineWithTheWordForHour: a date line whose clock time follows the
// word for hour ("- ساعت ۱۴:۲۰", "saat 09:15") is the page's date, to the
// day; before, the word (longer than three letters) or the Persian digits
// made it running text, and the article was dated to the month at best.
func TestDatelineWithTheWordForHour(t *testing.T) {
	for _, c := range []struct{ name, lang, text, want string }{
		{"fa ساعت, Persian digits", "fa", "سفر وزیر به مشهد\n\nسه‌شنبه ۴ آبان ۱۴۰۰ - ساعت ۰۹:۴۵\n\nوزیر امروز به مشهد رفت و با استاندار دیدار کرد.", "2021-10-26"},
		{"ar الساعة, Arabic-Indic digits", "ar", "زيارة الوزير\n\nالثلاثاء ٢٦ أكتوبر ٢٠٢١ الساعة ٠٩:٤٥\n\nوصل الوزير اليوم إلى العاصمة.", "2021-10-26"},
		{"tr saat", "tr", "Bakan Ankara'da\n\n26 Ekim 2021 saat 09:45\n\nBakan bugün Ankara'ya geldi.", "2021-10-26"},
		{"kk сағат", "kk", "Министр сапары\n\n2021 жылғы 26 қазан, сағат 09:45\n\nМинистр бүгін Алматыға келді.", "2021-10-26"},
		{"uz soat", "uz", "Vazir safari\n\n2021-yil 26-oktabr, soat 09:45\n\nVazir bugun Samarqandga keldi.", "2021-10-26"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "", c.text)
			dateAlone(a, nil, nil)
			if got := a.Date.String(); got != c.want {
				t.Errorf("dated %s, want %s: %s", got, c.want, a.DateReason)
			}
		})
	}
}
