package data

import "testing"

// relativeYearCases are texts written for these tests: years written
// relative to the article's in forms read since session 7.
var relativeYearCases = []dateCase{
	{"es del año que viene", "es", "2024-11", "La próxima conferencia se celebrará en noviembre del año que viene en Belém.",
		[]wantMention{{"en noviembre del año que viene", MentionExplicit, "2025-11"}}},
	{"es el año que viene alone", "es", "2024-11", "El año que viene habrá elecciones; la semana que viene, un debate.",
		[]wantMention{{"El año que viene", MentionRelative, "2025"}, {"semana que viene", MentionRelative, ""}}},
	{"pt no ano que vem", "pt", "2024-11", "A cúpula será em março do ano que vem.",
		[]wantMention{{"em março do ano que vem", MentionExplicit, "2025-03"}}},
	{"es que viene after another noun is no date", "es", "2024-11", "El tren que viene de Madrid llegó tarde.",
		nil},
	{"az ötən ilin dekabrında", "az", "2024-11", "Qərar ötən ilin dekabrında Dubayda qəbul olunub.",
		[]wantMention{{"ötən ilin dekabrında", MentionExplicit, "2023-12"}}},
	{"az keçən ilin mayında", "az", "2024-03", "Sazişlər keçən ilin mayında imzalanıb.",
		[]wantMention{{"keçən ilin mayında", MentionExplicit, "2023-05"}}},
	{"az mayında alone", "az", "2024-06", "Seçkilər mayında keçirilib.",
		[]wantMention{{"mayında", MentionExplicit, "2024-05"}}},
	{"fa Solar day of last Solar year", "fa", "", "۱۵ مهر ۱۴۰۲\nزمین‌لرزه‌های ۱۷ بهمن سال گذشته ویرانگر بود.",
		[]wantMention{{"۱۵ مهر ۱۴۰۲", MentionExplicit, "2023-10-07"}, {"۱۷ بهمن سال گذشته", MentionExplicit, "2023-02-06"}}},
	{"fa last year is the last Solar year in a Solar-dated article", "fa", "", "۱۵ مهر ۱۴۰۲\nسال گذشته تورم بالا بود و امسال کمتر است.",
		[]wantMention{{"۱۵ مهر ۱۴۰۲", MentionExplicit, "2023-10-07"}, {"سال گذشته", MentionRelative, "2022-03..2023-03"}, {"امسال", MentionRelative, "2023-03..2024-03"}}},
	{"fa last year stays Gregorian without Solar dates", "fa", "", "2023-10-07\nسال گذشته تورم بالا بود.",
		[]wantMention{{"2023-10-07", MentionExplicit, "2023-10-07"}, {"سال گذشته", MentionRelative, "2022"}}},
}

// TestRelativeYears checks the cases above, each article dated by its
// header or first line.
func TestRelativeYears(t *testing.T) { checkDatedCases(t, relativeYearCases) }

// moreWordCases are texts written for these tests: month and weekday
// words read since session 7, and the same words where they mean
// something else.
var moreWordCases = []dateCase{
	{"fa May next to a number", "fa", "", "انتخابات در ۱۵ مه ۲۰۲۴ برگزار شد.",
		[]wantMention{{"در ۱۵ مه ۲۰۲۴", MentionExplicit, "2024-05-15"}}},
	{"fa مه alone is fog", "fa", "2024-05", "مه غلیظ شهر را پوشاند.",
		nil},
	{"kk a month in the accusative", "kk", "2023-10", "Президент 29 қазанды жалпыұлттық аза тұту күні деп жариялады.",
		[]wantMention{{"29 қазанды", MentionExplicit, "2023-10-29"}}},
	{"uz a month in the accusative", "uz", "2023-10", "Prezident 29-oktyabrni motam kuni deb e'lon qildi.",
		[]wantMention{{"29-oktyabrni", MentionExplicit, "2023-10-29"}}},
	{"ky a month in the accusative", "ky", "2025-11", "Президент 30-ноябрды эс алуу күнү деп жарыялады.",
		[]wantMention{{"30-ноябрды", MentionExplicit, "2025-11-30"}}},
	{"tr a weekday in the accusative", "tr", "", "Bakanlık pazartesiyi tatil ilan etti.",
		[]wantMention{{"pazartesiyi", MentionWeekday, ""}}},
	{"pl weekday adjective after w", "pl", "", "W niedzielnych wyborach wygrał kandydat opozycji.",
		[]wantMention{{"W niedzielnych", MentionWeekday, ""}}},
	{"pl weekday adjective alone is a habit", "pl", "", "Niedzielnych zakupów nie będzie.",
		nil},
}

// TestMoreWords checks the cases above.
func TestMoreWords(t *testing.T) { checkDatedCases(t, moreWordCases) }

// TestUzbekApostrophe checks Uzbek words whose o‘ is written with an
// apostrophe (', ‘ or ’), which the tokenizer splits: "o'tgan yili" is
// last year, as "oʻtgan yili" is; a name stays no date.
func TestUzbekApostrophe(t *testing.T) {
	for _, text := range []string{"O'tgan yili may oyida Si'anda sammit bo'lib o'tgan.", "O‘tgan yili may oyida sammit bo‘lib o‘tgan.", "Oʻtgan yili may oyida sammit boʻlib oʻtgan."} {
		a := datesArticle(t, "uz", "2024-06", text)
		findDates(a)
		if len(a.Mentions) != 1 || spanString(a.Mentions[0].Span.Span()) != "2023-05" {
			t.Errorf("%q: mentions %+v, want one of May 2023", text, a.Mentions)
		}
	}
	a := datesArticle(t, "uz", "2024-06", "Qosim-Jo'mart Toqayev keldi.")
	findDates(a)
	if len(a.Mentions) != 0 {
		t.Errorf("a name read as a date: %+v", a.Mentions)
	}
}
