package data

import "testing"

// TestRangeEndTakesTheStartsYear checks that a span whose year is written
// with its start only ("from June 11, 2026 to July 19") ends in that year,
// in the languages that write the range with words and in those that
// write it in the cases of its dates (Uzbek "11 июндан 19 июлгача",
// Kazakh "11 маусымнан 19 шілдеге"); before, the end was read apart and
// went to the year nearest the article (July 2024 in a report of June
// 2025). An end before the start is no range of that year. Sentences
// written for the test, in articles of 6 June 2025.
func TestRangeEndTakesTheStartsYear(t *testing.T) {
	for _, c := range []struct{ lang, text, mention, want string }{
		{"en", "The festival runs from August 3, 2026 to September 9 in Almaty.", "from August 3, 2026 to September 9", "2026-08-03..2026-09-09"},
		{"fr", "Le festival se tiendra du 3 août 2026 au 9 septembre à Almaty.", "du 3 août 2026 au 9 septembre", "2026-08-03..2026-09-09"},
		{"de", "Das Festival findet vom 3. August 2026 bis 9. September in Almaty statt.", "vom 3. August 2026 bis 9. September", "2026-08-03..2026-09-09"},
		{"uz", "Festival 2026-yil 3-avgustdan 9-sentabrgacha Olmaotada o'tadi.", "2026-yil 3-avgustdan 9-sentabrgacha", "2026-08-03..2026-09-09"},
		{"uz", "Фестиваль 2026 йил 3 августдан 9 сентябргача Олмаотада ўтади.", "2026 йил 3 августдан 9 сентябргача", "2026-08-03..2026-09-09"},
		{"kk", "Фестиваль 2026 жылғы 3 тамыздан 9 қыркүйекке дейін Алматыда өтеді.", "2026 жылғы 3 тамыздан 9 қыркүйекке", "2026-08-03..2026-09-09"},
		{"kk", "Фестиваль 3 тамыздан 9 қыркүйекке дейін Алматыда өтеді.", "3 тамыздан 9 қыркүйекке", "2025-08-03..2025-09-09"},
	} {
		a := datesArticle(t, c.lang, "2025-06-06", c.text)
		findDates(a)
		for _, m := range mentionsNamed(t, a, c.mention) {
			if got := spanString(m.Span.Span()); got != c.want {
				t.Errorf("%s %q: %q is %s, want %s", c.lang, c.text, m.Text, got, c.want)
			}
		}
	}
	// An end before the start is no range of the start's year.
	a := datesArticle(t, "en", "2025-06-06", "The law passed on March 5, 2022 to January 2 applause.")
	findDates(a)
	for _, m := range a.Mentions {
		if m.Span.Span().End.Year == 2022 {
			t.Errorf("%q: a span ending before its start, %s", m.Text, spanString(m.Span.Span()))
		}
	}
}

// TestYearsInAListAreTwoYears checks that two years joined by "and" or
// "or" are two years, not the span between them ("w 2014 i 2019 roku":
// clashes in 2014 and in 2019, not for five years), while "from … to"
// stays a span. Sentences written for the test, in articles of 2022.
func TestYearsInAListAreTwoYears(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []wantMention
	}{
		{"pl", "Do starć dochodziło tam w 2014 i 2019 roku, ale nie na taką skalę.", []wantMention{{"w 2014", MentionExplicit, "2014"}, {"2019 roku", MentionExplicit, "2019"}}},
		{"en", "Floods hit the valley in 2014 and 2019.", []wantMention{{"in 2014", MentionExplicit, "2014"}, {"2019", MentionExplicit, "2019"}}},
		{"de", "Von 2014 bis 2019 gab es dort Kämpfe.", []wantMention{{"Von 2014 bis 2019", MentionExplicit, "2014..2019"}}},
	} {
		a := datesArticle(t, c.lang, "2022-09", c.text)
		findDates(a)
		checkMentions(t, a, c.want)
	}
}
