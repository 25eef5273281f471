package discover_test

import (
	"slices"
	"testing"
)

// TestNegationReachesOverTheDate: the date a denied happening was due on
// stands between its word and the denial without counting, in the
// languages that write a date in words and stops ("prevista para el 13
// de marzo de 2024 no tuvo lugar", "für den 13. März 2024 geplante …
// fand nicht statt"). Each report tells of talks held on the 12th, in a
// sentence of its own, and of a summit of the 13th that did not take
// place (reports written for the test).
func TestNegationReachesOverTheDate(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"es", "Los cancilleres se reunieron en Astaná el 12 de marzo de 2024. La cumbre de los presidentes prevista para el 13 de marzo de 2024 no tuvo lugar."},
		{"pt", "Os chanceleres reuniram-se em Astana em 12 de março de 2024. A cúpula dos presidentes prevista para 13 de março de 2024 não aconteceu."},
		{"fr", "Les chefs de la diplomatie se sont réunis à Astana le 12 mars 2024. Le sommet des chefs d'État prévu pour le mercredi 13 mars 2024 n'a pas eu lieu."},
		{"it", "I ministri degli Esteri si sono riuniti ad Astana il 12 marzo 2024. Il vertice dei capi di Stato previsto per mercoledì 13 marzo 2024 non si è tenuto."},
	} {
		c := build(t, map[string]string{tt.lang + ".txt": " date 2024-03-14\n\n" + tt.text + "\n"})
		days := eventDays(c)
		if slices.Contains(days, "2024-03-13") || !slices.Contains(days, "2024-03-12") {
			t.Errorf("%s: events on %v (%q), want the meeting of the 12th and nothing on the 13th", tt.lang, days, titlesOf(c))
		}
	}
}
