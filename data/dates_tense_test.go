package data

import (
	"strings"
	"testing"
)

// weekdayCase is a text of an article (of Tuesday 11 March 2025, for
// checkWeekdays) and where one of its mentions must be placed.
type weekdayCase struct {
	lang, text, words, want string
}

// checkWeekdays dates each case's article by its date line and checks the
// mention's day.
func checkWeekdays(t *testing.T, cases []weekdayCase) {
	t.Helper()
	checkMentionDays(t, "11.03.2025", "2025-03-11", cases)
}

// checkMentionDays dates each case's article by the date line dateline,
// which must give it the day day, and checks the mention's day; want ""
// is a mention left unplaced, or words not read as one.
func checkMentionDays(t *testing.T, dateline, day string, cases []weekdayCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+" "+c.words, func(t *testing.T) {
			lang, _, _ := strings.Cut(c.lang, ",")
			a := datesArticle(t, lang, "", dateline+"\n\n"+c.text)
			dateAlone(a, nil, nil)
			if a.Date.String() != day {
				t.Fatalf("dated %s: %s", a.Date, a.DateReason)
			}
			for _, m := range a.Mentions {
				if m.Text == c.words {
					if got := spanString(m.Span.Span()); got != c.want {
						t.Errorf("%q placed at %q, want %q: %s", c.words, got, c.want, m.Reason)
					}
					return
				}
			}
			// want "": the words are left unplaced, or not read at all.
			if c.want != "" {
				t.Errorf("no mention %q in %+v", c.words, a.Mentions)
			}
		})
	}
}

// A present tense that announces (German, Dutch, Russian) puts a weekday
// of its clause ahead; a past auxiliary in the clause, "since", or the
// same clause in the past keep it behind. The texts are written for the
// test.
func TestPresentAnnouncesWeekday(t *testing.T) { checkWeekdays(t, presentCases) }

var presentCases = []weekdayCase{
	{"de", "Die neue Kommissarin, die am Sonntag ihr Amt antritt, erklärte, der Beschluss habe Folgen.", "am Sonntag", "2025-03-16"},
	{"de", "Am Donnerstag tritt der Rat in Brüssel zusammen.", "Am Donnerstag", "2025-03-13"},
	{"de", "Die Abstimmung findet am Freitag im Parlament statt.", "am Freitag", "2025-03-14"},
	{"de, past", "Die neue Kommissarin, die am Sonntag ihr Amt antrat, erklärte, der Beschluss habe Folgen.", "am Sonntag", "2025-03-09"},
	{"de, perfect", "Der Rat ist am Donnerstag in Brüssel zusammengetreten und tritt erneut zusammen.", "am Donnerstag", "2025-03-06"},
	{"de, since", "Die Gespräche, die seit Sonntag stattfinden, gehen weiter.", "seit Sonntag", "2025-03-09"},
	{"nl", "De minister, die zondag aantreedt, zei dat het besluit gevolgen heeft.", "zondag", "2025-03-16"},
	{"nl, past", "De minister, die zondag aantrad, zei dat het besluit gevolgen heeft.", "zondag", "2025-03-09"},
	{"nl, a noun that looks present", "Het offensief ging dinsdag van start.", "dinsdag", "2025-03-11"},
	{"ru", "Новый президент вступает в должность в субботу в Тбилиси.", "в субботу", "2025-03-15"},
	{"ru, past", "Новый президент вступил в должность в субботу в Тбилиси.", "в субботу", "2025-03-08"},
	{"uk", "Новий президент вступає на посаду в суботу.", "в суботу", "2025-03-15"},
	{"uk, past", "Новий президент вступив на посаду в суботу.", "в суботу", "2025-03-08"},
	{"pl", "Nowy prezydent obejmuje urząd w sobotę.", "w sobotę", "2025-03-15"},
	{"pl, past", "Nowy prezydent objął urząd w sobotę.", "w sobotę", "2025-03-08"},
}

// A weekday after a call to act and an infinitive is the day of the act,
// ahead of the call; a weekday of the call itself stays behind.
func TestCallToActIsAhead(t *testing.T) { checkWeekdays(t, callCases) }

var callCases = []weekdayCase{
	{"ru", "Президент в воскресенье назвала выборы сфальсифицированными и призвала сторонников выйти на акцию в четверг вечером.", "в четверг", "2025-03-13"},
	{"ru, the call's day", "Президент в воскресенье назвала выборы сфальсифицированными и призвала сторонников к протесту.", "в воскресенье", "2025-03-09"},
	{"en", "The president on Sunday urged supporters to rally outside parliament on Thursday.", "on Thursday", "2025-03-13"},
	{"en, the call's day", "The president urged on Sunday an end to the protests.", "on Sunday", "2025-03-09"},
	{"de", "Die Opposition rief ihre Anhänger auf, am Donnerstag vor dem Parlament zu protestieren.", "am Donnerstag", "2025-03-13"},
	{"fr", "L'opposition a appelé ses partisans à manifester jeudi devant le parlement.", "jeudi", "2025-03-13"},
	{"es", "La oposición convocó a sus partidarios a manifestarse el jueves ante el parlamento.", "el jueves", "2025-03-13"},
	{"uk", "Опозиція закликала прихильників вийти на протест у четвер.", "у четвер", "2025-03-13"},
}

// A "was to" form in a weekday's clause makes the plan past, even where a
// future marker stands in the same sentence.
func TestWasToIsPast(t *testing.T) { checkWeekdays(t, wasToCases) }

var wasToCases = []weekdayCase{
	{"uk", "Президент мав у середу взяти участь у саміті, який відбудеться в Баку.", "у середу", "2025-03-05"},
	{"uk, no was to", "Президент у середу візьме участь у саміті, який відбудеться в Баку.", "у середу", "2025-03-12"},
	{"de", "Die Wahl sollte am Mittwoch stattfinden, wird nun verschoben.", "am Mittwoch", "2025-03-05"},
	{"de, hätte … sollen", "Die Wahl hätte am Mittwoch stattfinden sollen und wird nun verschoben.", "am Mittwoch", "2025-03-05"},
	{"fr", "Le président devait se rendre mercredi à Bakou, où se tiendra le sommet.", "mercredi", "2025-03-05"},
	{"es", "El presidente debía viajar el miércoles a Bakú, donde se celebrará la cumbre.", "el miércoles", "2025-03-05"},
	{"pt", "O presidente devia viajar na quarta-feira para Baku, onde será realizada a cúpula.", "na quarta-feira", "2025-03-05"},
	{"it", "Il presidente doveva partire mercoledì per Baku, dove si terrà il vertice.", "mercoledì", "2025-03-05"},
	{"en", "The president was due in Baku on Wednesday, where the summit will open.", "on Wednesday", "2025-03-05"},
	{"tr", "Toplantı çarşamba günü yapılacaktı ama ertelendi, yeni tarih gelecek ay açıklanacak.", "çarşamba günü", "2025-03-05"},
	{"fa", "قرار بود رئیس‌جمهور روز چهارشنبه به باکو سفر کند و نشست خواهد بود.", "روز چهارشنبه", "2025-03-05"},
}

// "Until" a weekday after the day its sentence starts a span is the
// first such weekday after that day.
func TestUntilWeekdayEndsSpan(t *testing.T) { checkWeekdays(t, untilCases) }

var untilCases = []weekdayCase{
	// An article of Tuesday: the summit began on Monday and lasts
	// until Thursday, two days ahead.
	{"ar", "انطلقت القمة أمس الاثنين وتستمر حتى الخميس في المدينة.", "حتى الخميس", "2025-03-13"},
	{"en", "The summit opened yesterday and runs until Thursday.", "until Thursday", "2025-03-13"},
	{"de", "Der Gipfel begann am Montag und dauert bis Donnerstag.", "bis Donnerstag", "2025-03-13"},
	{"es", "La cumbre empezó ayer y sigue hasta el jueves.", "el jueves", "2025-03-13"},
	{"ru", "Саммит открылся вчера и продлится до четверга.", "до четверга", "2025-03-13"},
	// "Until" after the weekday or joined to it: Turkish, Kazakh, Kyrgyz
	// postpositions, Uzbek and Azerbaijani endings.
	{"tr", "Sergi dün açıldı ve perşembeye kadar açık.", "perşembeye", "2025-03-13"},
	{"kk", "Көрме кеше ашылды және бейсенбіге дейін жұмыс істейді.", "бейсенбіге", "2025-03-13"},
	{"ky", "Көргөзмө кечээ ачылды жана бейшембиге чейин иштейт.", "бейшембиге", "2025-03-13"},
	{"uz", "Ko'rgazma kecha ochildi va payshanbagacha davom etadi.", "payshanbagacha", "2025-03-13"},
	{"tr, no start", "Bakanlar perşembeye kadar Astana'da kaldı.", "perşembeye", "2025-03-06"},
	// Without a start, "until" alone says nothing more.
	{"en, no start", "The ministers stayed in Astana until Thursday.", "until Thursday", "2025-03-06"},
}

// "Tomorrow" is a day after the article's, in every language that has a
// word for it alone; the futures too short for their ending announce.
func TestTomorrowAndShortFutures(t *testing.T) { checkWeekdays(t, tomorrowCases) }

var tomorrowCases = []weekdayCase{
	{"en", "The minister flies to Moscow tomorrow for talks.", "tomorrow", "2025-03-12"},
	{"fr", "Le ministre se rendra demain à Moscou.", "demain", "2025-03-12"},
	{"it", "Il ministro sarà domani a Roma.", "domani", "2025-03-12"},
	{"pt", "O ministro viaja amanhã para Moscou.", "amanhã", "2025-03-12"},
	{"ru", "Министр завтра вылетит в Москву.", "завтра", "2025-03-12"},
	{"uk", "Міністр завтра вирушить до Москви.", "завтра", "2025-03-12"},
	{"pl", "Minister jutro poleci do Moskwy.", "jutro", "2025-03-12"},
	{"tr", "Bakan yarın Moskova'ya gidecek.", "yarın", "2025-03-12"},
	{"ar", "ومن المقرر أن يشارك الوزير غدا في الجلسة.", "غدا", "2025-03-12"},
	{"fa", "وزیر فردا عازم مسکو خواهد شد.", "فردا", "2025-03-12"},
	{"zh", "外长明天将前往莫斯科。", "明天", "2025-03-12"},
	{"kk", "Министр ертең Мәскеуге барады.", "ертең", "2025-03-12"},
	{"uz", "Vazir ertaga Moskvaga boradi.", "ertaga", "2025-03-12"},
	{"tg", "Вазир фардо ба Маскав меравад.", "фардо", "2025-03-12"},
	// Italian "avrà" (four letters) and "parlerò" announce Monday.
	{"it", "Il presidente ha annunciato che lunedì avrà un colloquio con il premier.", "lunedì", "2025-03-17"},
	{"it", "Il presidente: lunedì parlerò con il premier.", "lunedì", "2025-03-17"},
	{"it, a past that ends in -rò", "Il presidente lunedì incontrò il premier.", "lunedì", "2025-03-10"},
}

// FuzzTense dates any text, seeded from the tables above, and checks the
// promises of fuzzFindDates and that dating ends.
func FuzzTense(f *testing.F) {
	for _, cases := range [][]weekdayCase{presentCases, callCases, wasToCases, untilCases, tomorrowCases, runningCases, relativeWeekdayCases,
		presentYearlessCases, futureNameCases, declaredDayCases} {
		for _, c := range cases {
			lang, _, _ := strings.Cut(c.lang, ",")
			f.Add(lang, "", "11.03.2025\n\n"+c.text)
		}
	}
	f.Add("pt", "2024-10", "A cúpula reúne os líderes em Kazan de terça (22) a quinta-feira (24).")
	f.Add("it", "2025-05", "Papa Francesco, morto il 21 aprile, lunedì dell'Angelo, all'età di 88 anni.")
	f.Add("zh", "2023-05", "去年1月25日，两国元首以视频方式举行峰会。")
	f.Add("ar", "", "الرياض - ١٥ رمضان ١٤٤٥ هـ - وصل الحجاج يوم 10 ذو الحجة 1499 هـ وفي ٣٠ محرم ١٣٥٦ هـ")
	f.Fuzz(func(t *testing.T, lang, header, text string) {
		fuzzFindDates(t, lang, header, text)
		if _, err := ParseDate(header); err != nil {
			header = ""
		}
		a := datesArticle(t, lang, header, text)
		dateAlone(a, nil, nil)
	})
}

// An announced span of two weekdays that holds the article's day is the
// span running that day (the article is of Tuesday 11 March 2025).
func TestAnnouncedWeekdaySpanRunning(t *testing.T) { checkWeekdays(t, runningCases) }

var runningCases = []weekdayCase{
	{"en", "The summit, which runs from Monday to Wednesday, will adopt a declaration.", "from Monday to Wednesday", "2025-03-10..2025-03-12"},
	{"de", "Der Gipfel, der von Montag bis Mittwoch dauert, wird eine Erklärung verabschieden.", "von Montag bis Mittwoch", "2025-03-10..2025-03-12"},
	{"en, ahead", "The summit will run from Thursday to Saturday.", "from Thursday to Saturday", "2025-03-13..2025-03-15"},
	{"en, starting today", "The summit will run from Tuesday to Thursday.", "from Tuesday to Thursday", "2025-03-11..2025-03-13"},
}

// A relative day with its weekday after it ("غداً الخميس") is that day;
// when they disagree, neither is placed (the article is of Tuesday 11
// March 2025).
func TestRelativeDayWithWeekday(t *testing.T) { checkWeekdays(t, relativeWeekdayCases) }

var relativeWeekdayCases = []weekdayCase{
	{"ar", "قد تعبر أول قافلة مساعدات المعبر غداً الأربعاء.", "غداً الأربعاء", "2025-03-12"},
	{"ar", "انطلقت القمة أمس الاثنين في المدينة.", "أمس الاثنين", "2025-03-10"},
	{"en", "The convoy crossed yesterday, Monday, at dawn.", "yesterday, Monday", "2025-03-10"},
	{"fr", "Le convoi passera demain mercredi la frontière.", "demain mercredi", "2025-03-12"},
	{"ru", "Колонна пересечёт границу завтра, в среду.", "завтра, в среду", "2025-03-12"},
	{"it", "Il convoglio passerà domani (mercoledì) il confine.", "domani (mercoledì)", "2025-03-12"},
	{"en, they disagree", "The convoy crosses tomorrow, Friday, at dawn.", "tomorrow, Friday", ""},
}

// A present that announces gives a date without its year the year ahead
// too (articles of 11 March 2025); the past keeps it behind.
func TestPresentAnnouncesYearlessDate(t *testing.T) { checkWeekdays(t, presentYearlessCases) }

var presentYearlessCases = []weekdayCase{
	{"de", "Der Gipfel findet im Oktober in Wien statt.", "im Oktober", "2025-10"},
	{"de, past", "Der Gipfel fand im Oktober in Wien statt.", "im Oktober", "2024-10"},
	{"de, perfect", "Der Rat ist im Oktober zusammengetreten.", "im Oktober", "2024-10"},
	{"nl", "De nieuwe president treedt in augustus aan.", "in augustus", "2025-08"},
	{"nl, past", "De nieuwe president trad in augustus aan.", "in augustus", "2024-08"},
	{"ru", "Саммит открывается 15 сентября в Душанбе.", "15 сентября", "2025-09-15"},
	// A separable verb announces with its particle closing the clause.
	{"nl", "De nieuwe president volgt in augustus president Duda op, die niet herkiesbaar was.", "in augustus", "2025-08"},
	{"nl, follows a past date", "Het besluit volgt op de onrust van augustus in de hoofdstad.", "van augustus", "2024-08"},
	{"de", "Der neue Präsident löst im August seinen Vorgänger ab.", "im August", "2025-08"},
	{"pl", "Nowy prezydent obejmuje urząd 6 sierpnia.", "6 sierpnia", "2025-08-06"},
}

// A capitalised word with a future ending is a name, not a future: the
// Spanish "Teherán" does not announce the Thursday of its sentence
// (article of Tuesday 11 March 2025).
func TestFutureEndingOfAName(t *testing.T) { checkWeekdays(t, futureNameCases) }

var futureNameCases = []weekdayCase{
	{"es", "Teherán seguía acumulando uranio, y el jueves la Junta declaró que Irán incumplía sus obligaciones.", "el jueves", "2025-03-06"},
	{"es, future", "La Junta se reunirá el jueves en Viena.", "el jueves", "2025-03-13"},
}

// A weekday declared a day of mourning or a day off is ahead of the
// declaration (articles of Tuesday 11 March 2025); a weekday that only
// dates the declaring stays behind.
func TestDeclaredDay(t *testing.T) { checkWeekdays(t, declaredDayCases) }

var declaredDayCases = []weekdayCase{
	{"fr", "Dans une allocution, le président a décrété une journée de deuil national jeudi.", "jeudi", "2025-03-13"},
	{"es", "El alcalde declaró el viernes día no laborable en la capital.", "el viernes", "2025-03-14"},
	{"en", "The governor declared Thursday a day of mourning for the victims.", "Thursday", "2025-03-13"},
	{"ru", "Глава региона объявил четверг днем траура.", "четверг", "2025-03-13"},
	{"it", "Il sindaco ha proclamato giovedì giornata di lutto cittadino.", "giovedì", "2025-03-13"},
	{"fr, the declaring's day", "Le ministre a déclaré jeudi que les négociations continuaient.", "jeudi", "2025-03-06"},
	{"es, the declaring's day", "El ministro declaró el jueves que el acuerdo era firme.", "el jueves", "2025-03-06"},
}
