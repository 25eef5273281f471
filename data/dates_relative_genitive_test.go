package data

import "testing"

// TestRelativeWeekAndMonthInTheGenitive: "the end of last month", "early
// next week" put the unit in the genitive in Russian and Polish ("в конце
// прошлого месяца", "na początku przyszłego tygodnia") and the modifier in
// the genitive/dative feminine in German ("Ende vergangener Woche",
// "Anfang nächster Woche"), and the month in the genitive in the Turkic
// languages ("geçen ayın sonunda", "o'tgan oyning oxirida"), as "в январе
// прошлого года" already does for the year.
func TestRelativeWeekAndMonthInTheGenitive(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"ru прошлого месяца", "ru", "2025-06-18", "В конце прошлого месяца делегация побывала в Ташкенте.", "прошлого месяца", "2025-05"},
		{"ru следующей недели", "ru", "2025-06-18", "Переговоры возобновятся в начале следующей недели.", "следующей недели", "2025-06-23..2025-06-29"},
		{"ru текущего месяца", "ru", "2025-06-18", "В середине текущего месяца цены выросли.", "текущего месяца", "2025-06"},
		{"pl ubiegłego miesiąca", "pl", "2025-06-18", "Pod koniec ubiegłego miesiąca delegacja odwiedziła Taszkent.", "ubiegłego miesiąca", "2025-05"},
		{"pl przyszłego tygodnia", "pl", "2025-06-18", "Rozmowy zostaną wznowione na początku przyszłego tygodnia.", "początku przyszłego tygodnia", "2025-06-23..2025-06-29"},
		{"de vergangener Woche", "de", "2025-06-18", "Ende vergangener Woche war die Delegation in Taschkent.", "Ende vergangener Woche", "2025-06-09..2025-06-15"},
		{"de kommender Woche", "de", "2025-06-18", "Die Gespräche gehen Anfang kommender Woche weiter.", "Anfang kommender Woche", "2025-06-23..2025-06-29"},
		{"de Donnerstag vergangener Woche", "de", "2025-06-18", "Am Donnerstag vergangener Woche war die Delegation in Taschkent.", "vergangener Woche", "2025-06-12"},
		// Turkic genitives of the month ("of last month"): tr/az "ayın",
		// uz "oyning", kk "айдың", ky "айдын".
		{"tr geçen ayın", "tr", "2025-06-18", "Geçen ayın sonunda heyet Taşkent'i ziyaret etti.", "Geçen ayın", "2025-05"},
		{"az keçən ayın", "az", "2025-06-18", "Keçən ayın sonunda nümayəndə heyəti Daşkəndə səfər edib.", "Keçən ayın", "2025-05"},
		{"uz o'tgan oyning", "uz", "2025-06-18", "O'tgan oyning oxirida delegatsiya Toshkentga tashrif buyurdi.", "O'tgan oyning", "2025-05"},
		{"kk өткен айдың", "kk", "2025-06-18", "Өткен айдың соңында делегация Ташкентке барды.", "Өткен айдың", "2025-05"},
		{"ky өткөн айдын", "ky", "2025-06-18", "Өткөн айдын аягында делегация Ташкентке барды.", "Өткөн айдын", "2025-05"},
		// A count of months stays a count ("два месяца назад").
		{"ru два месяца назад", "ru", "2025-06-18", "Два месяца назад начались протесты.", "Два месяца назад", "2025-04"},
	})
}
