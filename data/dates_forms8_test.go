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

// A weekday declared a day off, a non-working day or a holiday is ahead
// of the declaration, in the words each language has for it (the
// verb-final Turkish with its verb after the day); the weekday on which
// something is declared stays behind.
func TestDeclaredDayOff(t *testing.T) { checkWeekdays(t, dayOffCases) }

var dayOffCases = []weekdayCase{
	{"en", "The president declared Monday a non-working day across the country.", "Monday", "2025-03-17"},
	{"en, day off", "The government declared Monday a day off for state employees.", "Monday", "2025-03-17"},
	{"en, the declaring day", "The president declared on Monday that working hours will change.", "on Monday", "2025-03-10"},
	{"de", "Der Präsident erklärte den Montag zum arbeitsfreien Tag für alle Beamten.", "Montag", "2025-03-17"},
	{"nl", "De president riep maandag uit tot vrije dag voor ambtenaren.", "maandag", "2025-03-17"},
	{"fr", "Le gouvernement a décrété lundi jour de congé pour les fonctionnaires.", "lundi", "2025-03-17"},
	{"pt", "O governo declarou a segunda-feira dia de folga para os servidores.", "a segunda-feira", "2025-03-17"},
	{"it", "Il governo ha dichiarato lunedì giorno non lavorativo per gli statali.", "lunedì", "2025-03-17"},
	{"tr", "Hükümet, kamu çalışanları için pazartesi gününü resmi tatil ilan etti.", "pazartesi", "2025-03-17"},
	{"tr, the declaring day", "Hükümet pazartesi günü yeni bir karar ilan etti.", "pazartesi günü", "2025-03-10"},
	{"ar", "أعلن الرئيس يوم الاثنين عطلة رسمية في جميع أنحاء البلاد.", "يوم الاثنين", "2025-03-17"},
}

// An ambiguous Portuguese weekday before a noun an ordinal qualifies is
// the ordinal: "na segunda vez", "na segunda volta" (the runoff).
func TestOrdinalBeforeNoun(t *testing.T) { checkDaysOrNone(t, ordinalCases) }

var ordinalCases = []weekdayCase{
	{"pt", "O candidato perdeu na primeira votação e venceu na segunda vez, com folga.", "na segunda", ""},
	{"pt, runoff", "Os dois candidatos disputam a presidência na segunda volta das eleições.", "na segunda", ""},
	{"pt, a weekday", "O presidente chegou na segunda a Lisboa para a cimeira.", "na segunda", "2025-03-10"},
	{"pt, a weekday before a comma", "O acordo foi assinado na quinta, em Lisboa.", "na quinta", "2025-03-06"},
}
