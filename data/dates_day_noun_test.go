package data

import "testing"

// TestDayWithTheWordForDay: pt/es "no dia 9", "el día 9" without a month
// are the 9th of the article's month (or of the month before, once past
// its day); with a month they are that date, and "dia 9 de greve" no date.
func TestDayWithTheWordForDay(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"pt no dia 9", "pt", "2022-12-20", "Lisboa - A seleção foi eliminada no dia 9 e regressou a casa.", "no dia 9", "2022-12-09"},
		{"es el día 9", "es", "2022-12-20", "Madrid - El consejo se reunió el día 9 en la capital.", "el día 9", "2022-12-09"},
		// Past the article's day: the month before.
		{"pt dia 27, the month before", "pt", "2022-12-20", "Lisboa - O acordo foi assinado no dia 27 em Bruxelas.", "no dia 27", "2022-11-27"},
		// With its month: the full date.
		{"pt with its month", "pt", "2022-12-20", "Lisboa - O acordo foi assinado no dia 9 de dezembro.", "dia 9 de dezembro", "2022-12-09"},
	})
	for _, c := range []struct{ name, lang, text, words string }{
		{"pt dia 9 de greve", "pt", "Lisboa - A greve chegou ao dia 9 de paralisação.", "dia 9"},
		{"es día 9 a las", "es", "Madrid - La reunión del día 9: 15 asistentes.", "día 9"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "2022-12-20", c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Text == c.words || m.Text == "ao "+c.words || m.Text == "del "+c.words {
					t.Errorf("%q read as a date %s", m.Text, spanString(m.Span.Span()))
				}
			}
		})
	}
}
