package discover_test

import "testing"

// Once the corpus has placed a weekday of an undated report, the days its
// text writes relative to the date told before them ("a day later", "на
// следующий день", "le lendemain") count from that weekday's day. When
// the weekday stays open (two Sunday referendums in the folder), so do
// they.
func TestUndatedWeekdayAnchorsTheNextDay(t *testing.T) {
	// 6 October 2024 and 5 June 2022 were Sundays.
	const referendum = " date 2024-10-07\n\nKazakhstan held a referendum in Astana on 6 October 2024, the commission said.\n"
	const referendum2022 = " date 2022-06-07\n\nKazakhstan held a referendum in Astana on 5 June 2022, the commission said.\n"
	checkPlacedCases(t, placedRule{}, []placedCase{
		{"en", []string{referendum}, "Kazakhstan voted in a referendum in Astana on Sunday.\n\nA day later, the commission published the results.\n", "A day later", "2024-10-07"},
		{"ru", []string{referendum}, "Казахстан проголосовал на референдуме в Астане в воскресенье.\n\nНа следующий день комиссия объявила итоги голосования, и оппозиция их оспорила.\n", "На следующий день", "2024-10-07"},
		{"fr", []string{referendum}, "Le Kazakhstan a voté dimanche lors d'un référendum à Astana.\n\nLe lendemain, la commission a publié les résultats.\n", "Le lendemain", "2024-10-07"},
		{"the weekday open", []string{referendum, referendum2022}, "Kazakhstan voted in a referendum in Astana on Sunday.\n\nA day later, the commission published the results.\n", "A day later", ""},
	})
}
