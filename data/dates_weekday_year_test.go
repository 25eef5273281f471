package data

import "testing"

// TestYearOfADayWithItsWeekday: a day written with its weekday and without
// its year is placed only in a year where it is that weekday.
func TestYearOfADayWithItsWeekday(t *testing.T) {
	checkSpanCases(t, []spanCase{
		// 9 Ordibehesht 1404 is Tuesday 29 April 2025; in 1403 it was a
		// Sunday. A report of 27 April 2025 that tells it as the day of
		// mourning the government set.
		{"fa Solar day with its weekday, ahead", "fa", "2025-04-27", "دولت روز سه‌شنبه ۹ اردیبهشت را عزای عمومی اعلام کرد.", "روز سه\u200cشنبه ۹ اردیبهشت", "2025-04-29"},
		// Friday 7 June is 2024; 7 June 2023 was a Wednesday. Told in the
		// past in a report of 28 May 2024, it would be put in 2023.
		{"en weekday, the year after the tense's", "en", "2024-05-28", "Parliament met on Friday, June 7, to elect a speaker.", "on Friday, June 7", "2024-06-07"},
		{"fr weekday, the year after the tense's", "fr", "2024-05-28", "Le Parlement s'est réuni le vendredi 7 juin.", "le vendredi 7 juin", "2024-06-07"},
		{"ru weekday, the year after the tense's", "ru", "2024-05-28", "Парламент собрался в пятницу, 7 июня.", "в пятницу, 7 июня", "2024-06-07"},
		// The weekday fits the year the tense gives: as before.
		{"de weekday fits", "de", "2024-06-05", "Das Parlament tagte am Montag, 3. Juni.", "am Montag, 3. Juni", "2024-06-03"},
		// Neither side: unplaced, not put on another weekday.
		{"en weekday fits neither year", "en", "2024-05-28", "Parliament met on Sunday, June 7, to elect a speaker.", "on Sunday, June 7", ""},
	})
}
