package data

import "testing"

// TestMonthLookalikesAreNoMonths: words whose normal form is a month's only
// because it drops diacritics are no month alone; the month itself still is.
func TestMonthLookalikesAreNoMonths(t *testing.T) {
	for _, c := range []struct{ name, lang, text, words string }{
		{"pl mają (they have)", "pl", "Kraków - Obie strony mają teraz tydzień na odpowiedź.", "mają"},
		{"pl Mają capitalised", "pl", "Kraków - Rolnicy protestują. Mają dość niskich cen.", "Mają"},
		{"pl 5. Mają after a name's number", "pl", "Chiny wysłały sondę Łunochod 5. Mają wrócić za miesiąc.", "5. Mają"},
		{"pt marco (milestone)", "pt", "Porto - O tratado é um marco para a região, disse a ministra.", "marco"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, "2021-06", c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Text == c.words {
					t.Errorf("%q read as a date %s: %s", c.words, spanString(m.Span.Span()), m.Reason)
				}
			}
		})
	}
	// The months themselves, and the look-alike spelling where only a
	// month fits (after a preposition, with a day or a year).
	checkSpanCases(t, []spanCase{
		{"pl od maja", "pl", "2021-06", "Kraków - Ceny rosną od maja, mówi ekonomista.", "od maja", "2021-05"},
		{"pl 5 maja", "pl", "2021-06", "Kraków - Umowę podpisano 5 maja w stolicy.", "5 maja", "2021-05-05"},
		{"pt em março", "pt", "2021-06", "Porto - As obras começaram em março, disse a ministra.", "em março", "2021-03"},
		{"pt em marco, no diacritics", "pt", "2021-06", "Porto - As obras comecaram em marco, disse a ministra.", "em marco", "2021-03"},
		{"pt 5 de marco de 2020", "pt", "2021-06", "Porto - O acordo foi assinado em 5 de marco de 2020.", "em 5 de marco de 2020", "2020-03-05"},
	})
}
