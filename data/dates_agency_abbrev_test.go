package data

import "testing"

// Russian agencies (RIA Novosti, TASS, Interfax) abbreviate the month of
// their dateline to three letters, March, June and July included ("ТУЛА,
// 9 июн — РИА Новости."); Ukrainian ones write "лип", "чер". Each article
// has the publication month as header, so a read dateline is its day.
func TestAgencyDatelineAbbreviations(t *testing.T) {
	cases := []struct {
		name, lang, header, text, words, want string
	}{
		{"ru мар", "ru", "2024-03", "КАЗАНЬ, 12 мар — РИА Новости. Городские власти открыли новый мост через реку. Движение запустят к вечеру. Строительство заняло два года.", "12 мар", "2024-03-12"},
		{"ru июн", "ru", "2022-06", "ТУЛА, 9 июн — РИА Новости. Областной суд вынес приговор бывшему чиновнику. Защита намерена обжаловать решение. Процесс длился полгода.", "9 июн", "2022-06-09"},
		{"ru июл, dot", "ru", "2021-07", "ОМСК, 27 июл. Энергетики восстановили подачу света в трех районах. Причиной аварии стала гроза. Пострадавших нет.", "27 июл.", "2021-07-27"},
		{"ru февр", "ru", "2025-02", "ПСКОВ, 3 февр — ТАСС. Губернатор подписал указ о новых выплатах семьям. Документ вступает в силу немедленно. Выплаты начнутся весной.", "3 февр", "2025-02-03"},
		{"ru нояб", "ru", "2020-11", "СОЧИ, 18 нояб — Интерфакс. В городе завершился международный форум молодых ученых. Участники представили сто проектов. Следующий форум пройдет через год.", "18 нояб", "2020-11-18"},
		{"uk лип", "uk", "2023-07", "ЛЬВІВ, 14 лип — Укрінформ. Міська рада затвердила програму ремонту шкіл. Роботи почнуться восени. Кошти виділить громада.", "14 лип", "2023-07-14"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Text == c.words {
					if got := spanString(m.Span.Span()); got != c.want {
						t.Errorf("%q placed at %s, want %s: %s", c.words, got, c.want, m.Reason)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", c.words, a.Mentions)
		})
	}
}
