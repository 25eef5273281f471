package data

import "testing"

// Forms read since session 8: "last week" in Kyrgyz and in Persian with
// the ezafe written, month adjectives before a noun of a happening (and
// not in a name), an English month in a name. The texts are written for
// the test.
func TestWeekAndMonthForms(t *testing.T) { checkDaysOrNone(t, formCases8) }

var formCases8 = []weekdayCase{
	{"ky", "Президент өткөн жумада Москвага барып, орусиялык кесиптеши менен жолукту.", "өткөн жумада", "2025-03-03..2025-03-09"},
	{"ky, next", "Президент кийинки жумада Москвага барат.", "кийинки жумада", "2025-03-17..2025-03-23"},
	{"ky, Friday", "Жума күнү президент Москвага барды.", "Жума күнү", "2025-03-07"},
	{"fa", "توکایف هفته\u200cی گذشته به پکن سفر کرد و با شی جین\u200cپینگ دیدار کرد.", "هفته\u200cی گذشته", "2025-03-03..2025-03-09"},
	{"ru", "После январских событий власти провели реформы.", "После январских", "2025-01"},
	{"ru, talks", "Итоги февральских переговоров подвели в Москве.", "февральских", "2025-02"},
	{"ru, a name", "Историки спорят, как Октябрьская революция изменила страну.", "Октябрьская", ""},
	{"ru, a noun not listed", "Августовский путч вспоминали и в Москве.", "Августовский", ""},
	{"ru, a name in lower case", "Вспоминали и августовский путч.", "августовский", ""},
	{"uk", "Після січневих подій влада провела реформи.", "Після січневих", "2025-01"},
	{"uk, a name", "Історики згадали, як Жовтнева революція змінила країну.", "Жовтнева", ""},
	{"pl", "Po styczniowych protestach władze przeprowadziły reformy.", "Po styczniowych", "2025-01"},
	{"pl, noun first", "Wydarzenia marcowe wspominano w Warszawie.", "marcowe", ""},
	{"en", "Officials recalled the January unrest in Almaty.", "January", "2025-01"},
	{"en, a name", "Officials mentioned the October Revolution in a speech.", "October", ""},
	{"en, a month before a name", "In October Putin visited Astana.", "In October", "2024-10"},
}
