package data

import (
	"strings"
	"testing"
)

// TestDateArticleFromText checks how the text's own dates date an article
// without catalogue events: stamps, datelines, leads, announced dates and
// modification stamps, in several languages.
func TestDateArticleFromText(t *testing.T) {
	for _, c := range textDatingCases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			findDates(a)
			dateAlone(a, nil, nil)
			if a.Date.String() != c.date {
				t.Errorf("got %s, want %s (reason: %s)", a.Date, c.date, a.DateReason)
			}
			if !strings.Contains(a.DateReason, c.reason) {
				t.Errorf("reason %q does not say %q", a.DateReason, c.reason)
			}
		})
	}
}

// FuzzDateArticleFromText dates any text without events, seeded from
// textDatingCases: the date lies inside the header, and a day is always one
// that the header or a mention of the text states, never invented.
func FuzzDateArticleFromText(f *testing.F) {
	for _, c := range textDatingCases {
		f.Add(c.lang, c.header, c.text)
	}
	f.Fuzz(func(t *testing.T, lang, header, text string) {
		h, err := ParseDate(header)
		if err != nil {
			header, h = "", Date{}
		}
		a := datesArticle(t, lang, header, text)
		findDates(a)
		dateAlone(a, nil, nil)
		if !h.IsZero() && !a.Date.IsZero() && !h.Contains(a.Date) && a.Date != h {
			t.Fatalf("date %s outside the header %s: %s", a.Date, h, a.DateReason)
		}
		if a.Date.Precision != Day || h == a.Date {
			return
		}
		for _, m := range a.Mentions {
			if m.Resolved() && (m.Span.Span().Start == a.Date || m.Span.Span().Last() == a.Date || m.Span.Span().Agrees(a.Date)) {
				return
			}
		}
		t.Fatalf("day %s stated by no mention: %s", a.Date, a.DateReason)
	})
}

// textDatingCases are short news-style texts written for these tests,
// dated without catalogue events.
var textDatingCases = []struct {
	name, lang, header, text string
	date                     string
	reason                   string // a substring of the reason
}{
	{"publication beats modification", "en", "",
		"Leaders meet in Astana\nPublished 3 July 2024\nModified 17 August 2024\nThe leaders met in the capital to discuss trade and security.",
		"2024-07-03", `"3 July 2024"`},
	{"the lead's date beats a modification stamp", "ru", "2022-08",
		"Модифицировано\nОбновлено 17 августа 2022\nПрезидент 2 августа провёл встречу с министрами и обсудил бюджет страны на следующий год.",
		"2022-08-02", `"2 августа"`},
	{"a dateline with a time", "ru", "",
		"Безвиз с Китаем\n20 октября 2023 г. 17:50\nСоглашение заработает с 10 ноября 2023 года, сообщили в министерстве.",
		"2023-10-20", "date line"},
	{"an announced date is never the writing date", "es", "",
		"La cumbre se celebrará el 3 de julio de 2024 en Astaná, anunció el ministerio.",
		"", "no date"},
	{"an announced date in a month header stays the month", "ru", "2024-11",
		"27 ноября Владимир Путин намерен посетить Астану с государственным визитом, сообщили в Кремле.",
		"2024-11", "header 2024-11"},
	{"a lead day with its year looks back: only the month", "es", "",
		"El 19 de septiembre de 2023, Azerbaiyán inició una ofensiva militar en la región en disputa.",
		"2023-09", `"El 19 de septiembre de 2023"`},
	{"a year alone further down dates nothing", "ru", "",
		"Комиссия объявила итоги выборов президента страны, в которых приняли участие миллионы граждан.\nКандидат родился в 1981 году.",
		"", "no date"},
	{"a body day without a header dates nothing", "es", "",
		"El eclipse del sábado despertó un enorme interés en todo el país y en el extranjero también.\nEl último eclipse total fue el 11 de julio de 1991.",
		"", "no date"},
	{"a body day with a header stays in the header", "ru", "2022-03",
		"Комиссия объявила итоги выборов президента страны, в которых приняли участие миллионы граждан.\nГолосование прошло 12 марта.",
		"2022-03", "header 2022-03"},
	{"a lead weekday pins a lead day with its year", "es", "",
		"Los líderes aprobaron este jueves la adhesión de un nuevo miembro.\nLa cumbre, celebrada los días 3 y 4 de julio de 2024 en la capital, reunió a los mandatarios.",
		"2024-07-04", `"jueves, 3 y 4 de julio de 2024"`},
	{"a lead weekday that fits no day pins nothing", "es", "",
		"Los líderes aprobaron este lunes la adhesión de un nuevo miembro.\nLa cumbre, celebrada los días 3 y 4 de julio de 2024 en la capital, reunió a los mandatarios.",
		"", "no date"},
	{"a year-less dateline follows the lead's day with its year", "uz", "",
		"Toshkent, 1-may. Markaziy saylov komissiyasi 2023-yil 30-aprel kuni bo‘lib o‘tgan referendumning dastlabki natijalarini e’lon qildi.",
		"2023-05-01", "date line"},
	{"a year-less dateline in the paragraph after the lead's", "uz", "",
		"Тошкент, 28 октябрь – Марказий сайлов комиссияси сайловнинг дастлабки натижаларини эълон қилди.\nСайлов 2024 йил 27 октябрь куни ўтказилди.",
		"2024-10-28", "date line"},
	{"a year-less dateline far after the lead's day: the lead's day is background", "uz", "",
		"Toshkent, 1-may. Prezident 2021-yil 15-dekabr kuni imzolagan qonun bo‘yicha yangi komissiya ish boshladi va hisobot berdi.",
		"", "no date"},
	{"an Interfax dateline with a year in the lead", "ru", "",
		"Бишкек. 13 марта. ИНТЕРФАКС - Президенты 12 марта 2025 года провели переговоры и в четверг подписали договор о границе.",
		"2025-03-13", "date line"},
	{"Xinhua dateline with a header", "zh", "2024-07",
		"上海合作组织峰会举行\n新华社阿斯塔纳7月4日电 上海合作组织成员国元首理事会第二十四次会议4日在阿斯塔纳举行。",
		"2024-07-04", "7月4日"},
	{"a weekday chooses the year among the lead's", "it", "",
		"Il torneo del 2024 è di Iga, che ha trionfato oggi, sabato 8 giugno, sulla terra di Parigi.",
		"2024-06-08", `"sabato 8 giugno"`},
	{"a weekday that fits no year of the lead dates nothing", "it", "",
		"Il torneo del 2023 è di Iga, che ha trionfato oggi, sabato 8 giugno, sulla terra di Parigi.",
		"", "no date"},
	{"Solar Hijri dateline", "fa", "",
		"سرویس : بین الملل | تاریخ : 1400/08/04-08:22:48\nمیرضیایف در انتخابات ریاست جمهوری به پیروزی رسید",
		"2021-10-26", "1400/08/04"},
	{"Chinese dateline", "zh", "",
		"乌兹别克斯坦中选委主席观摩公投\n16:36 / 2024-10-07\n今年10月6日,哈萨克斯坦举办了全民公投。",
		"2024-10-07", "2024-10-07"},
}

// TestLastMonthAtMonthEnd checks "last month" on the 31st: February, not
// the March that AddDate from 31 February overflows into.
func TestLastMonthAtMonthEnd(t *testing.T) {
	for _, c := range []struct{ date, want string }{
		{"2025-03-31", "2025-02"},
		{"2024-12-31", "2024-11"},
		{"2025-01-31", "2024-12"},
	} {
		d, err := ParseDate(c.date)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := placeRelative(dateWords{kind: MentionRelative, unit: unitMonth, shift: -1}, d)
		if got := s.Start.String(); got != c.want {
			t.Errorf("last month on %s: got %s, want %s", c.date, got, c.want)
		}
	}
}

// TestMentionsMarkedAfterDating checks that once an article is dated, a
// mention after its date is announced and one long before it background.
func TestMentionsMarkedAfterDating(t *testing.T) {
	a := datesArticle(t, "en", "",
		"Posted 3 July 2024\nThe leaders met today. Kazakhstan became independent on 16 December 1991. The next summit is on 15 June 2025 in the capital.")
	findDates(a)
	dateAlone(a, nil, nil)
	if a.Date.String() != "2024-07-03" {
		t.Fatalf("dated %s: %s", a.Date, a.DateReason)
	}
	marks := map[string][2]bool{}
	for _, m := range a.Mentions {
		marks[m.Text] = [2]bool{m.Announced, m.Background}
	}
	if got := marks["on 16 December 1991"]; got != [2]bool{false, true} {
		t.Errorf("1991: announced/background %v, want background", got)
	}
	if got := marks["on 15 June 2025"]; !got[0] || got[1] {
		t.Errorf("2025: announced/background %v, want announced", got)
	}
}

// TestStampWithClockBeatsBareDateLine checks that a publication stamp with
// a clock time beats a date alone on its line above it (a site's date of
// the day), and that the first stamp wins otherwise.
func TestStampWithClockBeatsBareDateLine(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Tuesday, 4 February 2025\n\nMinistry publishes the crash report\n\n3 February 2025, 12:40\n\nThe ministry published its preliminary report on the crash.", "2025-02-03"},
		{"en", "4 February 2025, 09:10\n\nMinistry publishes the crash report\n\n3 February 2025, 12:40\n\nThe ministry published its preliminary report on the crash.", "2025-02-04"},
		{"en", "Tuesday, 4 February 2025\n\nMinistry publishes the crash report\n\n3 February 2025\n\nThe ministry published its preliminary report on the crash.", "2025-02-04"},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		dateAlone(a, nil, nil)
		if got := a.Date.String(); got != c.want {
			t.Errorf("%q: dated %s (%s), want %s", c.text, got, a.DateReason, c.want)
		}
	}
}
