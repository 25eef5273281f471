package data

import "testing"

// A bare year before a month name is one year-month date in the Turkic
// languages, with the month's case ending joined or after an apostrophe;
// without the rule the month took the year of the last such month before
// the article. Texts written for the test (the article is of 11 March 2025).
func TestYearThenMonth(t *testing.T) { checkWeekdays(t, yearThenMonthCases) }

var yearThenMonthCases = []weekdayCase{
	{"tr", "Köprü 2022 Ağustos'unda trafiğe açılmıştı.", "2022 Ağustos", "2022-08"},
	{"tr, joined", "Fabrika 2021 Eylülünde kapandı.", "2021 Eylülünde", "2021-09"},
	{"az", "Körpü 2022 oktyabrında istifadəyə verilmişdi.", "2022 oktyabrında", "2022-10"},
	{"kk", "Көпір 2021 қарашада ашылған болатын.", "2021 қарашада", "2021-11"},
	{"uz", "Ko'prik 2022 noyabrda foydalanishga topshirilgan edi.", "2022 noyabrda", "2022-11"},
	{"ky", "Көпүрө 2021 октябрда ачылган.", "2021 октябрда", "2021-10"},
	// A year word between keeps its old reading; another language is
	// not read so.
	{"tr, year word", "Köprü 2022 yılının Ağustos ayında açıldı.", "2022 yılının Ağustos", "2022-08"},
	{"en", "The 2022 August report was published in Leeds.", "August", "2024-08"},
}
