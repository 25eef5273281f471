package data

import "testing"

// TestYearOfABareYearRightBefore: a date without its year a few words after
// a bare year of its sentence is of that year, not of the year the
// article's date gives it; across a comma, or further, it is not.
func TestYearOfABareYearRightBefore(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"en after the attacks", "en", "2021-08", "NATO went to war in 2001 after the Sept. 11 attacks on New York.", "Sept. 11", "2001-09-11"},
		{"ru после событий", "ru", "2016-05", "Санкции ввели в 2014 году после событий 18 марта.", "18 марта", "2014-03-18"},
		{"de nach den Anschlägen", "de", "2021-08", "Die Truppen kamen im Jahr 2001 nach den Anschlägen vom 11. September ins Land.", "vom 11. September", "2001-09-11"},
		{"fr après les attentats", "fr", "2021-08", "L'OTAN est intervenue en 2001 après les attentats du 11 septembre.", "du 11 septembre", "2001-09-11"},
		// "في" before a bare year makes it one, as "in" does.
		{"ar في with Arabic-Indic digits", "ar", "2021-08", "تدخل الحلف في ٢٠٠١ بعد هجمات ١١ أيلول/سبتمبر على نيويورك.", "١١ أيلول/سبتمبر", "2001-09-11"},
		// Two clauses: the date is placed by the article's date.
		{"en comma between", "en", "2021-08", "Founded in 2012, the party won the vote on June 5 by a wide margin.", "on June 5", "2021-06-05"},
		{"en too far", "en", "2021-08", "She joined the party in 2012 and the board that runs the fund on June 5 as well.", "on June 5", "2021-06-05"},
		// A range, or a second clause after "and".
		{"ru с … по", "ru", "2019-06", "Он руководил фондом с 2014 года по 14 марта.", "по 14 марта", "2019-03-14"},
		{"en and", "en", "2021-08", "She was elected in 2012 and re-elected on June 5 by the party.", "on June 5", "2021-06-05"},
		// A span of years is no year to follow.
		{"ru span of years", "ru", "2019-06", "Он работал в 2011–2013 годах до 14 июня.", "до 14 июня", "2019-06-14"},
	})
}
