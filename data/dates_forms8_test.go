package data

import "testing"

// Forms read since session 8: "last week" in Kyrgyz and in Persian with
// the ezafe written, month adjectives before a noun of a happening (and
// not in a name), an English month in a name. The texts are written for
// the test.
func TestWeekAndMonthForms(t *testing.T) { checkWeekdays(t, formCases8) }

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
	{"uz", "Prezident dushanba kunini dam olish kuni deb e’lon qildi.", "dushanba", "2025-03-17"},
	{"uz, Cyrillic", "Президент душанба кунини дам олиш куни деб эълон қилди.", "душанба", "2025-03-17"},
	{"uz, the declaring day", "Prezident dushanba kuni yangi qarorni e’lon qildi.", "dushanba kuni", "2025-03-10"},
}

// An ambiguous Portuguese weekday before a noun an ordinal qualifies is
// the ordinal: "na segunda vez", "na segunda volta" (the runoff).
func TestOrdinalBeforeNoun(t *testing.T) { checkWeekdays(t, ordinalCases) }

var ordinalCases = []weekdayCase{
	{"pt", "O candidato perdeu na primeira votação e venceu na segunda vez, com folga.", "na segunda", ""},
	{"pt, runoff", "Os dois candidatos disputam a presidência na segunda volta das eleições.", "na segunda", ""},
	{"pt, a weekday", "O presidente chegou na segunda a Lisboa para a cimeira.", "na segunda", "2025-03-10"},
	{"pt, a weekday before a comma", "O acordo foi assinado na quinta, em Lisboa.", "na quinta", "2025-03-06"},
}

// A bare year after Dutch "van" or German "von" is a year when no noun
// follows it; an amount is not.
func TestYearAfterOf(t *testing.T) { checkWeekdays(t, yearOfCases) }

var yearOfCases = []weekdayCase{
	{"nl", "Erdoğan sprak van de zwaarste ramp sinds de aardbeving van 1939 in Erzincan.", "van 1939", "1939"},
	{"nl, a clause after", "De crisis van 2008, die lang duurde, raakte ook de regio.", "van 2008", "2008"},
	{"nl, an amount", "De rechter legde een boete van 1939 euro op aan de eigenaar.", "van 1939", ""},
	{"nl, a count", "Een groep van 2000 mensen demonstreerde voor het parlement.", "van 2000", ""},
	{"de", "Das Erdbeben von 1939 und die Flut von 1953 prägten die Region.", "von 1939", "1939"},
	{"de, an amount", "Eine Strafe von 2000 Euro wurde verhängt.", "von 2000", ""},
}

// A stamp with a two-digit year, day first and a clock time after it, is
// the page's date in a language that writes dates day first (the article
// is dated by it); without the clock, or month first, it is nothing.
func TestShortYearStamp(t *testing.T) {
	a := datesArticle(t, "ru", "", "Бишкек, 10-05-25, 08:05\nПрезидент подписал закон. Оппозиция его раскритиковала.")
	dateAlone(a, nil, nil)
	if a.Date.String() != "2025-05-10" {
		t.Errorf("dated %s: %s", a.Date, a.DateReason)
	}
	checkDatedCases(t, []dateCase{
		{"ru stamp", "ru", "", "Бишкек, 10-05-25, 08:05\nПрезидент подписал закон. Оппозиция его раскритиковала.",
			[]wantMention{{"10-05-25, 08:05", MentionExplicit, "2025-05-10"}}},
		{"tr stamp with dots", "tr", "", "10.05.25 08:05\nCumhurbaşkanı yasayı imzaladı. Muhalefet yasayı eleştirdi.",
			[]wantMention{{"10.05.25 08:05", MentionExplicit, "2025-05-10"}}},
		{"no clock", "ru", "", "Бишкек\nСчёт матча 10-05-25 удивил болельщиков. Команда выиграла.", nil},
		{"month first", "en", "", "BISHKEK, 10-05-25, 08:05\nThe president signed the law. The opposition criticised it.", nil},
	})
}

// A year-less dateline does not take the year of the same day written
// with a year in its text: that is an anniversary as often as the news
// (a report of a parade on 3 September that recalls the one of 3
// September 2015). A year-less date in the text still does.
func TestDatelineNotPlacedBySameDay(t *testing.T) {
	checkDatedCases(t, []dateCase{
		{"zh dateline", "zh", "", "纪念大会在京举行\n新华社北京9月3日电 纪念大会3日上午在北京天安门广场隆重举行。国家主席出席大会并发表重要讲话，随后检阅受阅部队。二十多位外国领导人应邀出席了大会，这是多位领导人首次出席此类活动，各方对此高度关注并给予积极评价。\n阅兵式上，多型新型武器装备首次公开亮相，受阅部队依次通过广场。\n中国上一次举行阅兵，是在2015年9月3日，当时也有多国领导人出席。",
			[]wantMention{{"9月3日", MentionExplicit, ""}, {"3日", MentionExplicit, ""}, {"2015年9月3日", MentionExplicit, "2015-09-03"}}},
		{"ru caption", "ru", "", "Итоги визита\nПутин и Токаев подписали декларацию 27 ноября.\nФото: 27 ноября 2024 года, Астана.",
			[]wantMention{{"27 ноября", MentionExplicit, "2024-11-27"}, {"27 ноября 2024 года", MentionExplicit, "2024-11-27"}}},
	})
}

// A bare number next to a noun of a happening is its year: before it in
// English ("the 2019 election"), after it in German ("die Wahl 2021",
// "Bundestagswahl 2021") and Arabic ("انتخابات 2024"), after it and "of"
// in Spanish, French, Italian and Portuguese ("las elecciones de 2019"),
// before it with an ending in Turkish ("2024 seçimleri"); a count is not.
func TestYearOfHappening(t *testing.T) { checkWeekdays(t, yearOfHappeningCases) }

var yearOfHappeningCases = []weekdayCase{
	{"en", "Tokayev won the 2019 election with 70 percent of the vote.", "2019", "2019"},
	{"en, referendum", "The 2022 referendum changed the constitution.", "2022", "2022"},
	{"en, a count", "The 2000 soldiers left the base before dawn.", "2000", ""},
	{"de", "Nach der Wahl 2021 bildete sich eine Koalition.", "2021", "2021"},
	{"de, a compound", "Die Bundestagswahl 2021 war knapp.", "2021", "2021"},
	{"de, a count", "Rund 2000 Menschen kamen zur Kundgebung.", "2000", ""},
	{"es", "El presidente ganó las elecciones de 2019 con holgura.", "de 2019", "2019"},
	{"es, a count", "Un grupo de 2000 soldados cruzó la frontera.", "de 2000", ""},
	{"fr", "Il a remporté l’élection de 2019 au premier tour.", "de 2019", "2019"},
	{"fr, a count", "Plus de 2000 personnes ont manifesté.", "de 2000", ""},
	{"it", "Ha vinto le elezioni del 2019 con ampio margine.", "del 2019", "2019"},
	{"pt", "O terremoto de 2023 deixou milhares de mortos.", "de 2023", "2023"},
	{"tr", "Muhalefet, 2024 seçimlerinin usulsüzlüklerle yapıldığını açıkladı.", "2024", "2024"},
	{"tr, an earthquake", "2023 depremi on bir ili etkiledi.", "2023", "2023"},
	{"tr, a count", "Ordu 2000 saldırı düzenlediğini açıkladı.", "2000", ""},
	{"ar", "قالت المعارضة إن انتخابات 2024 شابتها مخالفات.", "2024", "2024"},
	{"ar, a count", "وصل 2000 جندي إلى الحدود.", "2000", ""},
}
