package data

import "testing"

// Portuguese and Spanish news write the day of the month after a weekday
// with the word for day ("na quinta-feira, dia 6", "el jueves, día 6"):
// the weekday is that day, as with "quinta-feira (6)", ahead or behind.
// "dia" without a number after it is the noun. The texts are written for
// the test (articles of Tuesday 11 March 2025).
func TestWeekdayWithDayNoun(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"pt", "O julgamento começou na quinta-feira, dia 6, em Brasília.", "na quinta-feira, dia 6", "2025-03-06"},
		{"pt", "A audiência será na sexta-feira dia 14, informou o tribunal.", "na sexta-feira dia 14", "2025-03-14"},
		{"es", "El juicio comenzó el jueves, día 6, en Madrid.", "el jueves, día 6", "2025-03-06"},
		{"es", "La vista se celebrará el viernes, día 14, según el tribunal.", "el viernes, día 14", "2025-03-14"},
		// The noun.
		{"pt, the noun", "Na quinta-feira, dia de protestos, as ruas ficaram cheias.", "Na quinta-feira", "2025-03-06"},
	})
}
