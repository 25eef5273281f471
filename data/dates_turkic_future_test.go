package data

import "testing"

// The present-future of Kazakh, Uzbek and Kyrgyz puts a weekday ahead of
// the article; the past of the same verb keeps it behind. Texts written
// for the test (the article is of Tuesday 11 March 2025: the Friday
// before is the 7th, the one after the 14th).
func TestTurkicPresentFuture(t *testing.T) { checkWeekdays(t, turkicFutureCases) }

var turkicFutureCases = []weekdayCase{
	{"kk", "Министр жұма күні Ақтауда инвесторлармен кездеседі.", "жұма күні", "2025-03-14"},
	{"kk, past", "Министр жұма күні Ақтауда инвесторлармен кездесті.", "жұма күні", "2025-03-07"},
	{"kk, vowel stem", "Команда жұма күні Шымкентте Қытаймен ойнайды.", "жұма күні", "2025-03-14"},
	{"kk, vowel stem past", "Команда жұма күні Шымкентте Қытаймен ойнады.", "жұма күні", "2025-03-07"},
	{"kk, passive", "Көрме жұма күні Алматыда ашылады.", "жұма күні", "2025-03-14"},
	{"kk, passive past", "Көрме жұма күні Алматыда ашылды.", "жұма күні", "2025-03-07"},
	{"uz", "Vazir juma kuni Samarqandda investorlar bilan uchrashadi.", "juma kuni", "2025-03-14"},
	{"uz, past", "Vazir juma kuni Samarqandda investorlar bilan uchrashdi.", "juma kuni", "2025-03-07"},
	{"uz, passive", "Koʻrgazma juma kuni Buxoroda ochiladi.", "juma kuni", "2025-03-14"},
	{"uz, passive past", "Koʻrgazma juma kuni Buxoroda ochildi.", "juma kuni", "2025-03-07"},
	{"uz, vowel stem", "Komissiya juma kuni tekshiruvni boshlaydi.", "juma kuni", "2025-03-14"},
	{"uz, vowel stem past", "Komissiya juma kuni tekshiruvni boshladi.", "juma kuni", "2025-03-07"},
	{"uz, apostrophe", "Jamoa juma kuni Namanganda Xitoy bilan o'ynaydi.", "juma kuni", "2025-03-14"},
	{"uz, apostrophe past", "Jamoa juma kuni Namanganda Xitoy bilan o'ynadi.", "juma kuni", "2025-03-07"},
	{"ky", "Министр жума күнү Ошто инвесторлор менен жолугат.", "жума күнү", "2025-03-14"},
	{"ky, past", "Министр жума күнү Ошто инвесторлор менен жолукту.", "жума күнү", "2025-03-07"},
	{"ky, passive", "Көргөзмө жума күнү Бишкекте ачылат.", "жума күнү", "2025-03-14"},
	{"ky, passive past", "Көргөзмө жума күнү Бишкекте ачылды.", "жума күнү", "2025-03-07"},
	{"ky, vowel stem", "Курама жума күнү Таласта Кытай менен ойнойт.", "жума күнү", "2025-03-14"},
	{"ky, vowel stem past", "Курама жума күнү Таласта Кытай менен ойноду.", "жума күнү", "2025-03-07"},
}
