package data

import "testing"

// A count of time ahead ("in two days", "через три недели") is placed from
// the article's date where its sentence announces, and "a fortnight ago"
// is two weeks back; a span of time or a count from another event is no
// date. Sentences written for this test; every placed case fails without
// the phrase read.
func TestCountOfTimeAhead(t *testing.T) {
	cases := []struct {
		name, lang, text, mention, want string
	}{
		{"en in two days", "en", "The talks will resume in two days in Geneva.", "in two days", "2024-07-12"},
		{"en in a week", "en", "The ministers will meet again in a week.", "in a week", "2024-07-15..2024-07-21"},
		{"en in a fortnight", "en", "The commission will report in a fortnight.", "in a fortnight", "2024-07-22..2024-07-28"},
		{"en a fortnight ago", "en", "The ministers met a fortnight ago in Astana.", "fortnight ago", "2024-06-24..2024-06-30"},
		{"en in three months", "en", "The new law will take effect in three months.", "in three months", "2024-10"},
		{"de in zwei Tagen", "de", "Die Gespräche werden in zwei Tagen in Genf fortgesetzt.", "in zwei Tagen", "2024-07-12"},
		{"fr dans deux jours", "fr", "Les pourparlers reprendront dans deux jours à Genève.", "dans deux jours", "2024-07-12"},
		{"it tra due settimane", "it", "Il vertice si terrà tra due settimane a Roma.", "tra due settimane", "2024-07-22..2024-07-28"},
		{"ru через три недели", "ru", "Саммит пройдёт через три недели в Астане.", "через три недели", "2024-07-29..2024-08-04"},
		{"ru через неделю, no count", "ru", "Делегации встретятся через неделю в Минске.", "через неделю", "2024-07-15..2024-07-21"},
		{"uk через два дні", "uk", "Переговори відбудуться через два дні у Женеві.", "через два дні", "2024-07-12"},
		{"pl za tydzień", "pl", "Rozmowy odbędą się za tydzień w Warszawie.", "za tydzień", "2024-07-15..2024-07-21"},
		{"es dentro de dos días", "es", "El funeral se celebrará dentro de dos días en Londres.", "dentro de dos días", "2024-07-12"},
		{"es dentro de una semana", "es", "Los ministros volverán a reunirse dentro de una semana.", "dentro de una semana", "2024-07-15..2024-07-21"},
		{"pt daqui a duas semanas", "pt", "A cimeira vai realizar-se daqui a duas semanas em Lisboa.", "daqui a duas semanas", "2024-07-22..2024-07-28"},
		{"pt dentro de três dias", "pt", "O acordo será assinado dentro de três dias.", "dentro de três dias", "2024-07-13"},
		{"es dentro de la UE", "es", "El acuerdo se aplicará dentro de la Unión Europea.", "", ""},
		{"es dentro de dos días de", "es", "Los resultados se publicarán dentro de dos días de la votación.", "", ""},
		// No date: the past (a span, or a day counted from the story),
		// a count from another event, a number that is no count.
		{"en a span in the past", "en", "The army took the city in two days of fighting.", "", ""},
		{"en in two days, past", "en", "The rescuers reached the village in two days.", "in two days", ""},
		{"ru через два дня после", "ru", "Результаты объявят через два дня после выборов.", "", ""},
		{"en in week three", "en", "The trial will resume in week three.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "2024-07-10", c.text)
			dateAlone(a, nil, nil)
			if c.mention == "" {
				for _, m := range a.Mentions {
					if m.Kind == MentionRelative {
						t.Errorf("relative mention %q (%s)", m.Text, m.Reason)
					}
				}
				return
			}
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
