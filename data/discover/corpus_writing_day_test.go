package discover_test

import (
	"strings"
	"testing"
)

// A page's year-less dateline is the day it was written, on or just after
// the day of what it tells: when no report of the corpus tells of the
// dateline's very day, it takes the year of a report of the same story
// (the kind its lead names first, two places or people in common) whose
// event lies in the three days up to it, and dates the report. Look-alikes
// stay open: the story in two years, a report of the days after the
// dateline or of a week before it, a day only announced, one country in
// common, another kind or one only akin, and a year-less date in the story rather than
// the page's date line.
func TestDatelineTakesTheYearOfTheDaysBefore(t *testing.T) {
	const quake = " date 2023-02-07\n\nA powerful earthquake struck southern Turkey and northern Syria on 6 February 2023, the disaster agency said.\n"
	// The same story in another year: the earthquake a look-alike wrote
	// of six years before, on the same day of the month.
	const quake2017 = " date 2017-02-07\n\nAn earthquake struck southern Turkey and northern Syria on 6 February 2017, the disaster agency said.\n"
	const text = "ANKARA, 8 February (Reuters) - Rescuers searched the ruins of the earthquake in Turkey and Syria in freezing cold.\n\nThousands of buildings collapsed.\n"
	const talks = "MUSCAT, 21 April (Reuters) - Iran and the United States held talks in Oman, the foreign ministry said.\n\nBoth sides called them constructive.\n"
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
		{"another kind", "ANKARA, 8 February (Reuters) - The leaders of Turkey and Syria held talks in Ankara.\n\nThey spoke of trade.\n", "8 February", []string{quake}, ""},
		{"a date in the story", "Rescuers searched the ruins of the earthquake in Turkey and Syria on 8 February.\n\nThousands of buildings collapsed.\n", "on 8 February", []string{quake}, ""},
		{"talks held", talks, "21 April", []string{" date 2025-04-20\n\nIran and the United States held talks in Oman on 19 April, the foreign ministry said.\n"}, "2025-04-21"},
		{"a kind only akin", talks, "21 April", []string{" date 2025-04-20\n\nThe foreign ministers of Iran and the United States held a meeting in Oman on 19 April, the ministry said.\n"}, ""},
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
