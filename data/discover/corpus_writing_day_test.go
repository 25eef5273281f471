package discover_test

import (
	"strings"
	"testing"
)

// A page's year-less dateline is the day it was written, on or just after
// the day of what it tells: when no report of the corpus tells of the
// dateline's very day, it takes the year of a report of the same story
// (the kind its lead names first; places or people of two countries, or a
// city not its dateline's, in common) whose event lies in the three days
// up to it (a week, for a report of what it saw on its own day), and dates
// the report. Look-alikes stay open: the story in two
// years, a report of the days after the dateline or of a week before it,
// a day only announced, one country in common, a city in common that is
// the dateline's, another kind or one only akin, and a year-less date in
// the story rather than the page's date line.
func TestDatelineTakesTheYearOfTheDaysBefore(t *testing.T) {
	const quake = " date 2023-02-07\n\nA powerful earthquake struck southern Turkey and northern Syria on 6 February 2023, the disaster agency said.\n"
	// The same story in another year: the earthquake a look-alike wrote
	// of six years before, on the same day of the month.
	const quake2017 = " date 2017-02-07\n\nAn earthquake struck southern Turkey and northern Syria on 6 February 2017, the disaster agency said.\n"
	const text = "ANKARA, 8 February (Reuters) - Rescuers searched the ruins of the earthquake in Turkey and Syria in freezing cold.\n\nThousands of buildings collapsed.\n"
	const talks = "MUSCAT, 21 April (Reuters) - Iran and the United States held talks in Oman, the foreign ministry said.\n\nBoth sides called them constructive.\n"
	const fire = " date 2024-03-24\n\nA fire destroyed a concert hall in Moscow on 23 March 2024, the emergency ministry said.\n"
	for _, tc := range []struct {
		name, text, words string
		sources           []string
		want              string // "" for open
	}{
		{"placed", text, "8 February", []string{quake}, "2023-02-08"},
		{"placed, French", "ANKARA, 8 févr (AFP) - Les secouristes fouillaient les décombres du séisme en Turquie et en Syrie par un froid glacial.\n\nDes milliers d'immeubles se sont effondrés.\n", "8 févr", []string{quake}, "2023-02-08"},
		{"placed, Russian", "АНКАРА, 8 февраля. Спасатели разбирают завалы после землетрясения в Турции и Сирии.\n\nТысячи зданий обрушились.\n", "8 февраля", []string{quake}, "2023-02-08"},
		{"placed, the turn of a year", strings.Replace(text, "8 February", "2 January", 1), "2 January",
			[]string{strings.NewReplacer("2023-02-07", "2022-12-31", "6 February 2023", "30 December 2022").Replace(quake)}, "2023-01-02"},
		{"two years of the story", text, "8 February", []string{quake, quake2017}, ""},
		{"the story after the dateline", strings.Replace(text, "8 February", "4 February", 1), "4 February", []string{quake}, ""},
		{"the story a week before", strings.Replace(text, "8 February", "13 February", 1), "13 February", []string{quake}, ""},
		{"one name in common", strings.Replace(text, " and Syria", "", 1), "8 February", []string{quake}, ""},
		{"the dateline's country", strings.Replace(text, "Turkey and Syria", "Syria", 1), "8 February", []string{quake}, ""},
		{"another kind", "ANKARA, 8 February (Reuters) - The leaders of Turkey and Syria held talks in Ankara.\n\nThey spoke of trade.\n", "8 February", []string{quake}, ""},
		{"a date in the story", "Rescuers searched the ruins of the earthquake in Turkey and Syria on 8 February.\n\nThousands of buildings collapsed.\n", "on 8 February", []string{quake}, ""},
		{"a city in common", "ASTANA, 25 March (Reuters) - Rescuers in Moscow searched the ruins of the fire at the concert hall.\n\nThe ministry gave no toll.\n", "25 March", []string{fire}, "2024-03-25"},
		{"the city it was filed from", "MOSCOW, 25 March (Reuters) - Rescuers searched the ruins of the fire at the concert hall.\n\nThe ministry gave no toll.\n", "25 March", []string{fire}, ""},
		// A leader in common is one side, not a city: Xi's visit to
		// Tajikistan is not his visit to Kazakhstan three days before.
		{"a leader in common", "DUSHANBE, 5 July (Reuters) - Xi Jinping held talks in Tajikistan with its president.\n\nThey signed no agreement.\n", "5 July",
			[]string{" date 2024-07-03\n\nXi Jinping held talks in Astana with the president of Kazakhstan on 2 July 2024, the ministry said.\n"}, ""},
		{"talks held", talks, "21 April", []string{" date 2025-04-20\n\nIran and the United States held talks in Oman on 19 April, the foreign ministry said.\n"}, "2025-04-21"},
		{"a kind only akin", talks, "21 April", []string{" date 2025-04-20\n\nThe foreign ministers of Iran and the United States held a meeting in Oman on 19 April, the ministry said.\n"}, ""},
		// Rounds of talks a week apart: a report of what it saw on its own
		// day lends its year up to a week later, a report days after the
		// event only within three days.
		{"a report of its own day a week before", talks, "21 April", []string{" date 2025-04-14\n\nIran and the United States held talks in Oman today, the foreign ministry said.\n"}, "2025-04-21"},
		{"a week before, told days later", talks, "21 April", []string{" date 2025-04-20\n\nIran and the United States held talks in Oman on 14 April, the foreign ministry said.\n"}, ""},
		{"talks only announced", talks, "21 April", []string{" date 2025-04-12\n\nIran and the United States will hold talks in Oman on 19 April, the foreign ministry said.\n"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, withSources(tc.text, tc.sources))
			got, why := placedIn(t, c, "x", tc.words)
			if got != tc.want {
				t.Fatalf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want == "" {
				return
			}
			if !strings.Contains(why, "in the days before the dateline") {
				t.Errorf("the reason does not say how: %s", why)
			}
			if a := article(t, c, "x"); a.Date.String() != tc.want {
				t.Errorf("the report dated %q (%s), want its dateline's %s", a.Date, a.DateReason, tc.want)
			}
		})
	}
}

// A year the days before a dateline give is weaker than a year a report of
// the very day gives: when the two fit no one writing day (8 February 2023
// and 25 April 2022), the dateline stays open and the other date is
// placed, as it was without the dateline's.
func TestDatelineDaysBeforeYieldToTheVeryDay(t *testing.T) {
	c := build(t, map[string]string{
		"a.txt": " date 2023-02-07\n\nA powerful earthquake struck southern Turkey and northern Syria on 6 February 2023, the disaster agency said.\n",
		"b.txt": " date 2022-04-26\n\nThe presidents of Turkey and Syria held talks in Ankara on 25 April 2022, the ministry said.\n",
		"x.txt": "ANKARA, 8 February (Reuters) - Rescuers searched the ruins of the earthquake in Turkey and Syria.\n\nThe presidents of Turkey and Syria held talks in Ankara on 25 April, the ministry said.\n",
	})
	for words, want := range map[string]string{"8 February": "", "on 25 April": "2022-04-25"} {
		if got, why := placedIn(t, c, "x", words); got != want {
			t.Errorf("%q placed at %q, want %q: %s", words, got, want, why)
		}
	}
}
