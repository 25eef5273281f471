package data

import "testing"

// A date written without its year takes the year of the date before it
// in its sentence when it falls after that date in that year: a range
// written as two clauses. Texts written for the test (the article is of
// 11 March 2025, so the nearest year would be 2025 or unplaced).
func TestSentenceYear(t *testing.T) { checkWeekdays(t, sentenceYearCases) }

var sentenceYearCases = []weekdayCase{
	{"en", "The festival will open on May 2, 2027 in Leeds and will close on June 30 with a concert.", "on June 30", "2027-06-30"},
	{"en, past", "The plant stopped on 4 February 2023, and on 9 April it was sold.", "on 9 April", "2023-04-09"},
	{"fr", "Le festival ouvrira le 2 mai de l'année prochaine à Lyon et fermera le 30 juin avec un concert.", "le 30 juin", "2026-06-30"},
	{"es", "El festival abrirá el 2 de mayo de 2027 en Sevilla y cerrará el 30 de junio con un concierto.", "el 30 de junio", "2027-06-30"},
	{"de", "Das Festival beginnt am 2. Mai 2027 in Köln und endet am 30. Juni mit einem Konzert.", "am 30. Juni", "2027-06-30"},
	{"it", "Il festival aprirà il 2 maggio 2027 a Torino e chiuderà il 30 giugno con un concerto.", "il 30 giugno", "2027-06-30"},
	{"ru", "Фестиваль откроется 2 мая 2027 года в Казани и закроется 30 июня концертом.", "30 июня", "2027-06-30"},
	// An earlier day than the dated one is no part of a range after it:
	// the article's date places it.
	{"en, before", "The plant stopped on 4 February 2023, and on 9 January the workers had been warned.", "on 9 January", "2025-01-09"},
	// Another sentence does not lend its year.
	{"en, next sentence", "The plant stopped on 4 February 2023. On 9 February the owners spoke.", "On 9 February", "2025-02-09"},
}
