package discover_test

import (
	"slices"
	"testing"
)

// TestExchangeIsWhereTheSidesMet: a prisoner exchange is titled by the
// city it took place in, as a meeting is, not by the sides named nearest
// its word ("the swap between Moscow and Washington", "Austausch mit
// Russland"), nor by a news agency's name ("(EUROPA PRESS)").
func TestExchangeIsWhereTheSidesMet(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the sides' capitals and countries are no place", map[string]string{
			"en.txt": " date 2024-08-02\n\nRussia freed 16 prisoners on 1 August 2024 in the largest prisoner exchange between Moscow and the West, with planes landing at Ankara airport.\n",
			"de.txt": " date 2024-08-02\n\nBeim großen Gefangenenaustausch mit Russland kamen am 1. August 2024 sechzehn Menschen frei.\n",
			"ru.txt": " date 2024-08-02\n\nГраждане России, освобожденные в рамках обмена 1 августа 2024 года в Анкаре, вернулись домой.\n",
		}, "Prisoner exchange in Ankara", ""},
		{"an agency's name is no place (es)", map[string]string{
			"es.txt": " date 2022-12-09\n\nWASHINGTON, 8 Dic. 2022 (EUROPA PRESS) - Rusia y Estados Unidos realizaron este jueves un canje de prisioneros en el aeropuerto de Abu Dabi.\n",
		}, "Prisoner exchange in Abu Dhabi", ""},
	})
}

// TestFiledDayPlacesNoWeekday: a dateline's day whose sentence writes the
// day before it ("МОСКВА, 2 августа. … обмена, который состоялся вчера") is
// the day the report was filed, on which nothing it tells happened: it
// places no other report's weekday. The German report's "in der Nacht zum
// Freitag" was put on Friday 2 August by it, and left the exchange of 1
// August for an event of the day after.
func TestFiledDayPlacesNoWeekday(t *testing.T) {
	c := build(t, map[string]string{
		"ru.txt": " date 2024-08\n\nМОСКВА, 2 августа. Граждане России, освобожденные в рамках обмена, который состоялся вчера в Анкаре, вернулись в Россию.\n",
		"de.txt": " date 2024-08\n\nBundeskanzler Olaf Scholz hat in der Nacht zum Freitag die im Gefangenenaustausch mit Russland freigekommenen Deutschen empfangen.\n",
	})
	for _, e := range c.Events {
		if e.Span.Start.String() == "2024-08-02" && slices.Contains(articlesOf(e), "de") {
			t.Errorf("event %q of 2 August holds the German report: the filed day placed its Friday; events: %q", e.Title, titlesOf(c))
		}
	}
}
