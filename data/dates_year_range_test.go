package data

import "testing"

// Ranges the scanner read in halves: a range of years with a hyphen or a
// dash, a year written first with a range of days after it (kk, az, uz),
// and a range of days with a hyphen before the month ("15-17-mart").
// Sentences written for this test; each placed case fails without the
// change, and a range with no words that make it years stays unread.
func TestRangesReadWhole(t *testing.T) {
	cases := []spanCase{
		{"ru years with годов", "ru", "", "Засуха 2020–2022 годов уничтожила урожай.", "2020–2022", "2020..2022"},
		{"ru years with гг.", "ru", "", "Засуха 2020-2022 гг. уничтожила урожай.", "2020-2022 гг.", "2020..2022"},
		{"tr years with yılları", "tr", "", "2014-2016 yılları arasında kuraklık yaşandı.", "2014-2016", "2014..2016"},
		{"en years before a happening", "en", "", "The 2020-2022 drought ruined the harvest.", "2020-2022", "2020..2022"},
		{"en years after in", "en", "", "The region saw floods in 2019–2021, officials said.", "in 2019–2021", "2019..2021"},
		{"kk year first, a range of days", "kk", "", "2024 жылғы 15-17 наурызда сайлау өтті.", "2024 жылғы 15-17 наурызда", "2024-03-15..2024-03-17"},
		{"az year first, a range of days", "az", "", "Forum 2023-cü ilin 5-7 iyun tarixlərində keçirildi.", "2023-cü ilin 5-7 iyun", "2023-06-05..2023-06-07"},
		{"uz year first, days with a hyphen before the month", "uz", "", "Saylov 2024-yil 15-17-mart kunlari boʻlib oʻtdi.", "2024-yil 15-17-mart", "2024-03-15..2024-03-17"},
		{"ky days with a hyphen before the month", "ky", "2024-03", "Шайлоо 15-17-март күндөрү өттү.", "15-17-март", "2024-03-15..2024-03-17"},
	}
	checkSpanCases(t, cases)
	// Not years: a range of other numbers, and years too far apart.
	for _, text := range []string{"The hall seats 1950-2000 people.", "Между 1920-2010 метрами высоты растут ели."} {
		a := datesArticle(t, "en", "", text)
		dateAlone(a, nil, nil)
		for _, m := range a.Mentions {
			if m.Span.Span().End.Precision == Year {
				t.Errorf("%q: a range of years %q", text, m.Text)
			}
		}
	}
}
