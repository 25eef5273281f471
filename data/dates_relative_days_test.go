package data

import "testing"

// relativeDayCases are texts written for these tests: "tomorrow" where the
// word is also "morning", the day after tomorrow and before yesterday, and
// nights, read against an article of Wednesday 11 June 2025.
var relativeDayCases = []dateCase{
	{"es mañana is tomorrow", "es", "", "11/06/2025\nEl ministro viajará mañana a Bakú.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"mañana", MentionRelative, "2025-06-12"}}},
	{"es esta mañana is the morning", "es", "", "11/06/2025\nEsta mañana el ministro habló; por la mañana llovió.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}}},
	{"es mañana por la mañana", "es", "", "11/06/2025\nLa reunión empezará mañana por la mañana.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"mañana", MentionRelative, "2025-06-12"}}},
	{"es pasado mañana and antes de ayer", "es", "", "11/06/2025\nLa cumbre será pasado mañana; los ministros llegaron antes de ayer.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"pasado mañana", MentionRelative, "2025-06-13"}, {"antes de ayer", MentionRelative, "2025-06-09"}}},
	{"es anoche", "es", "", "11/06/2025\nAnoche hubo explosiones en la capital.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"Anoche", MentionRelative, "2025-06-10..2025-06-11"}}},
	{"de morgen is tomorrow, Morgen the morning", "de", "", "11.06.2025\nDer Gipfel beginnt morgen. Heute Morgen sprach der Kanzler, gestern morgen auch.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"morgen", MentionRelative, "2025-06-12"}, {"Heute", MentionRelative, "2025-06-11"}, {"gestern", MentionRelative, "2025-06-10"}}},
	{"de übermorgen and letzte Nacht", "de", "", "11.06.2025\nÜbermorgen wird gewählt; letzte Nacht gab es Angriffe.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"Übermorgen", MentionRelative, "2025-06-13"}, {"letzte Nacht", MentionRelative, "2025-06-10..2025-06-11"}}},
	{"nl morgen, de morgen, overmorgen", "nl", "", "11-06-2025\nHet team vertrekt morgen; de morgen was koud. Overmorgen landt het.",
		[]wantMention{{"11-06-2025", MentionExplicit, "2025-06-11"}, {"morgen", MentionRelative, "2025-06-12"}, {"Overmorgen", MentionRelative, "2025-06-13"}}},
	{"nl vannacht in a past sentence is last night", "nl", "", "11-06-2025\nDe luchtmacht heeft vannacht doelen aangevallen.",
		[]wantMention{{"11-06-2025", MentionExplicit, "2025-06-11"}, {"vannacht", MentionRelative, "2025-06-10..2025-06-11"}}},
	{"nl vannacht announced is tonight, vanavond today", "nl", "", "11-06-2025\nDe stemming zal vannacht worden afgerond. Vanavond spreekt de premier.",
		[]wantMention{{"11-06-2025", MentionExplicit, "2025-06-11"}, {"vannacht", MentionRelative, "2025-06-11..2025-06-12"}, {"Vanavond", MentionRelative, "2025-06-11"}}},
	{"en day after tomorrow and day before yesterday", "en", "", "June 11, 2025\nThe vote is the day after tomorrow; talks ended the day before yesterday.",
		[]wantMention{{"June 11, 2025", MentionExplicit, "2025-06-11"}, {"day after tomorrow", MentionRelative, "2025-06-13"}, {"day before yesterday", MentionRelative, "2025-06-09"}}},
	{"en last night and tonight", "en", "", "June 11, 2025\nDrones struck the port last night; the president speaks tonight.",
		[]wantMention{{"June 11, 2025", MentionExplicit, "2025-06-11"}, {"last night", MentionRelative, "2025-06-10..2025-06-11"}, {"tonight", MentionRelative, "2025-06-11"}}},
	{"en the last night of is no date", "en", "", "June 11, 2025\nOn the last night of the festival the band played; the last week of June is hot.",
		[]wantMention{{"June 11, 2025", MentionExplicit, "2025-06-11"}, {"June", MentionExplicit, "2025-06"}}},
	{"fr après-demain, avant-hier, ce soir", "fr", "", "11/06/2025\nLe sommet s'ouvre après-demain ; il est arrivé avant-hier et parle ce soir.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"après-demain", MentionRelative, "2025-06-13"}, {"avant-hier", MentionRelative, "2025-06-09"}, {"ce soir", MentionRelative, "2025-06-11"}}},
	{"it stanotte in a past sentence", "it", "", "11/06/2025\nStanotte sono stati lanciati missili; stasera parla il premier.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"Stanotte", MentionRelative, "2025-06-10..2025-06-11"}, {"stasera", MentionRelative, "2025-06-11"}}},
	{"pt depois de amanhã", "pt", "", "11/06/2025\nA votação será depois de amanhã.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"depois de amanhã", MentionRelative, "2025-06-13"}}},
	{"ru прошлой ночью", "ru", "", "11.06.2025\nПрошлой ночью были сбиты беспилотники.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"Прошлой ночью", MentionRelative, "2025-06-10..2025-06-11"}}},
	{"az sabah is tomorrow, bu sabah the morning", "az", "", "11.06.2025\nNazir sabah Bakıya gələcək. Bu sabah yağış yağdı, sabahın erkən saatlarında da.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"sabah", MentionRelative, "2025-06-12"}}},
	{"ky эртең is tomorrow, эртең менен the morning", "ky", "", "11.06.2025\nПрезидент эртең Ташкентке барат. Бүгүн эртең менен жамгыр жаады.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"эртең", MentionRelative, "2025-06-12"}, {"Бүгүн", MentionRelative, "2025-06-11"}}},
	{"tg пагоҳ is tomorrow, пагоҳӣ the morning", "tg", "", "11.06.2025\nПрезидент пагоҳ ба Тошканд меравад. Пагоҳӣ борон борид.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"пагоҳ", MentionRelative, "2025-06-12"}}},
	{"ar أول أمس is the day before yesterday", "ar", "", "11/06/2025\nوصل الوزير أول أمس إلى بغداد، وغادر أمس.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"أول أمس", MentionRelative, "2025-06-09"}, {"أمس", MentionRelative, "2025-06-10"}}},
	{"it l'altro ieri", "it", "", "11/06/2025\nIl ministro è arrivato l'altro ieri.",
		[]wantMention{{"11/06/2025", MentionExplicit, "2025-06-11"}, {"l'altro ieri", MentionRelative, "2025-06-09"}}},
	{"kk бүрсігүні", "kk", "", "11.06.2025\nСаммит бүрсігүні ашылады.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"бүрсігүні", MentionRelative, "2025-06-13"}}},
	{"ru накануне before a verb is the day before", "ru", "", "11.06.2025\nВ Кремле накануне подчеркнули, что визит важен.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"накануне", MentionRelative, "2025-06-10"}}},
	{"ru накануне before a genitive is on the eve of", "ru", "", "11.06.2025\nНакануне выборов президент выступил по телевидению.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}}},
	{"uk напередодні before a verb", "uk", "", "11.06.2025\nЗеленський напередодні прибув до Анкари.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}, {"напередодні", MentionRelative, "2025-06-10"}}},
	{"uk напередодні before a genitive plural", "uk", "", "11.06.2025\nНапередодні переговорів міністри зустрілися в Стамбулі.",
		[]wantMention{{"11.06.2025", MentionExplicit, "2025-06-11"}}},
	{"fa دیشب is last night", "fa", "", "۱۴۰۴/۰۳/۲۱\nدیشب چند انفجار در تهران شنیده شد.",
		[]wantMention{{"۱۴۰۴/۰۳/۲۱", MentionExplicit, "2025-06-11"}, {"دیشب", MentionRelative, "2025-06-10..2025-06-11"}}},
}

// TestRelativeDays checks the cases above: each article is dated by its
// first line, then its relative words are placed against that day.
func TestRelativeDays(t *testing.T) { checkDatedCases(t, relativeDayCases) }

// dateCase is a text of an article written for the tests and the
// mentions expected once it is dated, by its header ("2024-11" or "") or
// its own words.
type dateCase struct {
	name, lang, header, text string
	want                     []wantMention
}

// checkDatedCases dates each case's article as Build does (see dateAlone)
// and checks its mentions.
func checkDatedCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			dateAlone(a, nil, nil)
			checkMentions(t, a, c.want)
		})
	}
}

// FuzzDateForms runs the scanner on any text (see fuzzFindDates), seeded
// from the tables of the forms read since session 7.
func FuzzDateForms(f *testing.F) {
	for _, cases := range [][]dateCase{relativeDayCases, boundDayCases, relativeYearCases, moreWordCases, eveCases, hyphenedNameCases} {
		for _, c := range cases {
			f.Add(c.lang, c.header, c.text)
		}
	}
	f.Fuzz(fuzzFindDates)
}

// TestBoundDays checks Arabic "اليوم", today only with its weekday or a
// part of the day: "the day" otherwise.
func TestBoundDays(t *testing.T) { checkDatedCases(t, boundDayCases) }

var boundDayCases = []dateCase{
	{"today with its weekday", "ar", "", "الأحد 8 يونيو 2025\nاختتم المؤتمر أعماله فجر اليوم الأحد بعد مفاوضات طويلة.",
		[]wantMention{{"الأحد 8 يونيو 2025", MentionExplicit, "2025-06-08"}, {"اليوم الأحد", MentionWeekday, "2025-06-08"}}},
	{"this morning", "ar", "", "الأحد 8 يونيو 2025\nوصل الوزير صباح اليوم إلى العاصمة.",
		[]wantMention{{"الأحد 8 يونيو 2025", MentionExplicit, "2025-06-08"}, {"صباح اليوم", MentionRelative, "2025-06-08"}}},
	{"the day of a name", "ar", "", "الأحد 8 يونيو 2025\nاحتفلت البلاد باليوم الوطني وفي اليوم التالي عاد الهدوء.",
		// "اليوم التالي" (the next day) follows the national day, no date
		// of the text: read, and left unplaced (dates_anchored.go).
		[]wantMention{{"الأحد 8 يونيو 2025", MentionExplicit, "2025-06-08"}, {"وفي اليوم التالي", MentionRelative, ""}}},
	{"a weekday that disagrees stays open", "ar", "", "الأحد 8 يونيو 2025\nقال الوزير اليوم الخميس إن المحادثات انتهت.",
		[]wantMention{{"الأحد 8 يونيو 2025", MentionExplicit, "2025-06-08"}, {"اليوم الخميس", MentionWeekday, ""}}},
}
