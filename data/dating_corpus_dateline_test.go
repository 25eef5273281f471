package data

import "testing"

// A year-less dateline of an undated report takes its year from a weekday
// of its lead that the corpus placed, when it lies on that day or in the
// week after; the article is then dated by its dateline and its other
// dates placed against it. Texts written for the test.
func TestDatelineTakesTheYearOfItsPlacedWeekday(t *testing.T) {
	cases := []struct {
		name, text, weekdayWords, placedOn, want string
	}{
		{"same day", "Prisoners freed in Ankara\n\nANKARA, Aug 1 (Reuters) - Russia freed three prisoners on Thursday in an exchange with the West, officials said. The talks began last month.",
			"on Thursday", "2024-08-01", "2024-08-01"},
		{"a day later", "Обмен в Анкаре\n\nМОСКВА, 2 августа. Россия в четверг освободила трёх заключённых в ходе обмена с Западом. Переговоры начались в прошлом месяце.",
			"в четверг", "2024-08-01", "2024-08-02"},
		{"over the new year", "Talks in Geneva\n\nGENEVA, Jan 3 (Reuters) - The delegations met on Friday in Geneva to discuss the treaty, officials said. Another round is planned.",
			"on Friday", "2021-12-31", "2022-01-03"},
		{"more than a week later", "Talks in Geneva\n\nGENEVA, Jan 12 (Reuters) - The delegations met on Friday in Geneva to discuss the treaty, officials said. Another round is planned.",
			"on Friday", "2021-12-31", ""},
		{"before the weekday", "Talks in Geneva\n\nGENEVA, Dec 30 (Reuters) - The delegations met on Friday in Geneva to discuss the treaty, officials said. Another round is planned.",
			"on Friday", "2021-12-31", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang := "en"
			if c.weekdayWords == "в четверг" {
				lang = "ru"
			}
			a := datesArticle(t, lang, "", c.text)
			findDates(a)
			day, err := ParseDate(c.placedOn)
			if err != nil {
				t.Fatal(err)
			}
			placed := false
			for _, w := range UndatedWeekdays(a) {
				if a.Mentions[w.Mention].Text == c.weekdayWords && day.Start().Weekday() == w.Weekday {
					placed = PlaceUndatedWeekday(a, w, day, "on which a report tells of it")
				}
			}
			if !placed {
				t.Fatalf("%q not placed on %s: %+v", c.weekdayWords, c.placedOn, a.Mentions)
			}
			PlaceNearUndatedWeekdays(a)
			if a.Date.String() != c.want {
				t.Errorf("dated %q, want %q: %s", a.Date, c.want, a.DateReason)
			}
		})
	}
}
