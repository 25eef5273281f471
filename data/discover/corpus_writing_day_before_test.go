package discover_test

import (
	"strings"
	"testing"
)

// A page's year-less dateline lies before what its lead announces: when
// no report of the corpus tells of the dateline's day or of the days
// before it, it takes the year of a report of the same story (the kind
// its lead names first; places or people of two countries, or a city not
// its dateline's, in common) whose event, told as done, lies in the week
// after it, and dates the report. Look-alikes stay open: a lead that
// announces nothing, the event more than a week after, the story in two
// years, a source that only announces it, one country in common.
func TestDatelineBeforeTheAnnouncedOccasion(t *testing.T) {
	const summit = " date 2023-09-21\n\nThe presidents of Kazakhstan and Uzbekistan held a summit in Tashkent on 20 September 2023, the ministry said.\n"
	const summit2017 = " date 2017-09-21\n\nThe presidents of Kazakhstan and Uzbekistan held a summit in Tashkent on 20 September 2017, the ministry said.\n"
	const text = "ASTANA, September 16. The presidents of Kazakhstan and Uzbekistan will hold a summit in Tashkent, officials said.\n\nThe agenda has not been published.\n"
	for _, tc := range []struct {
		name, text, words string
		sources           []string
		want              string // "" for open
	}{
		{"en", text, "September 16.", []string{summit}, "2023-09-16"},
		{"ru", "АСТАНА, 16 сентября. Президенты Казахстана и Узбекистана проведут саммит в Ташкенте, сообщили официальные лица.\n\nПовестка пока не опубликована.\n", "16 сентября", []string{summit}, "2023-09-16"},
		{"fr", "ASTANA, 16 septembre (AFP) - Les présidents du Kazakhstan et de l'Ouzbékistan tiendront un sommet à Tachkent, ont annoncé des responsables.\n\nL'ordre du jour n'a pas été publié.\n", "16 septembre", []string{summit}, "2023-09-16"},
		{"the turn of a year", strings.Replace(text, "September 16.", "December 28.", 1), "December 28.",
			[]string{strings.NewReplacer("2023-09-21", "2024-01-03", "20 September 2023", "2 January 2024").Replace(summit)}, "2023-12-28"},
		{"nothing announced", "ASTANA, September 16. The presidents of Kazakhstan and Uzbekistan held a summit in Tashkent, officials said.\n\nThe agenda was not published.\n", "September 16.", []string{summit}, ""},
		{"more than a week before", strings.Replace(text, "September 16.", "September 12.", 1), "September 12.", []string{summit}, ""},
		{"two years of the story", text, "September 16.", []string{summit, summit2017}, ""},
		{"a source that announces", text, "September 16.", []string{" date 2023-09-10\n\nThe presidents of Kazakhstan and Uzbekistan will hold a summit in Tashkent on 20 September 2023, the ministry said.\n"}, ""},
		{"one country in common", "ASTANA, September 16. The president of Kazakhstan will attend a summit abroad, officials said.\n\nThe agenda has not been published.\n", "September 16.", []string{summit}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, withSources(tc.text, tc.sources))
			got, why := placedIn(t, c, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want == "" {
				return
			}
			if !strings.Contains(why, "which its lead announces") {
				t.Errorf("the reason does not say how: %s", why)
			}
			if a := article(t, c, "x"); a.Date.String() != tc.want {
				t.Errorf("the report is dated %q (%s), want its dateline's day", a.Date, a.DateReason)
			}
		})
	}
}
