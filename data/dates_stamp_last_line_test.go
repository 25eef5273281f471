package data

import "testing"

// A full date with its clock time, alone on the last line of a page, is
// the page's stamp, as a date alone there was ("24.10.2024"): sites print
// "12.09.2023 15:20" under the story. Texts written for the test; the
// date must stand first on its line, be followed by the time and nothing
// else, and the line must be the page's last.
func TestStampOnTheLastLineWithItsTime(t *testing.T) {
	// Six paragraphs: the last line lies past the paragraphs a dateline
	// opens (datelineParagraphs), where a date with a time was a stamp
	// already.
	const body = "Der Gipfel endete ohne gemeinsame Erklärung.\n\nDie Delegationen reisten am Abend ab.\n\nDie nächste Runde ist für den Herbst geplant.\n\n" +
		"Beobachter sprachen von einem Rückschlag.\n\nDie Märkte reagierten kaum.\n\nDie Opposition kritisierte das Ergebnis.\n\n"
	checkStamps(t, []stampCase{
		{"pt", "O tribunal condenou o ex-presidente.\n\nA defesa vai recorrer.\n\nO julgamento começou no dia 2.\n\nA sessão durou seis horas.\n\nO relator votou primeiro.\n\nA pena foi fixada ao fim.\n\n11.set.2025 às 17h40", "11.set.2025", StampPublished},
		{"de", body + "12.09.2023 15:20", "12.09.2023", StampPublished},
		{"de, with Uhr", body + "12.09.2023 um 15.20 Uhr", "12.09.2023", StampPublished},
		{"en", "The summit ended without a joint statement.\n\nDelegations left in the evening.\n\nThe next round is planned for the autumn.\n\nObservers spoke of a setback.\n\nMarkets barely moved.\n\nThe opposition criticised the outcome.\n\nMay 14, 2024 at 16:47", "May 14, 2024", StampPublished},
		{"de, words before it", body + "Nächste Sitzung: 20.12.2024 15:20", "20.12.2024", StampNone},
		{"de, not the last line", body + "12.09.2023 15:20\n\nWeitere Berichte folgen.", "12.09.2023", StampNone},
		{"de, more than the time after it", body + "12.09.2023 15:20 Sitzung des Rates", "12.09.2023", StampNone},
	})
}
