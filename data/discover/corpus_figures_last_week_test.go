package discover_test

import (
	"strings"
	"testing"
)

// A report written on a Saturday calls the Saturday before "last
// Saturday", seven days back: a report dated 19 March 2022 that writes
// the same distinctive figure as an undated one and tells of the
// election "last Saturday" (12 March) places the undated report's
// "Saturday" of the election, though the report's own Saturday, the
// 19th, is of the inauguration (figureWeekday; weekTold's lastWeekday).
// Eight days back is no "last Saturday" of the report; two Saturdays of
// the election, or the figure of another vote, leave it open. The
// undated report stays undated.
func TestFigureInCommonPlacesLastWeeksWeekday(t *testing.T) {
	// 12 and 19 March 2022 were Saturdays, 20 March a Sunday; 17
	// September 2016 a Saturday.
	const fr = " date 2022-03-19\n\nCe samedi, Serdar Berdimouhamedov a prêté serment à Achgabat. Il avait recueilli 72,97 pour cent des suffrages à l'élection présidentielle de samedi dernier au Turkménistan.\n"
	const ru = " date 2022-03-19\n\nВ субботу Сердар Бердымухамедов принёс присягу в Ашхабаде. На президентских выборах в Туркмении в прошлую субботу он получил 72,97 процента голосов.\n"
	const en = "The son of Turkmenistan's leader won the presidential election in Turkmenistan.\n\nThe commission said he took 72.97% of the ballots.\n\nThe vote took place on Saturday.\n"
	// A Saturday election in Turkmenistan of another year keeps the
	// names alone from answering (corpus_weekdays.go).
	const lookalike = " date 2016-09-18\n\nTurkmenistan held a presidential election on 17 September 2016, the commission said.\n"
	const es = "Berdimujammédov logró el 72,97 % de los sufragios en las elecciones presidenciales de Turkmenistán que tuvieron lugar el pasado sábado.\n"
	for _, tc := range []struct {
		name, text, words string
		sources           []string
		want              string // "" for open
	}{
		{"en after fr", en, "on Saturday", []string{fr}, "2022-03-12"},
		{"es after fr", es, "el pasado sábado", []string{fr}, "2022-03-12"},
		{"en after ru", en, "on Saturday", []string{ru}, "2022-03-12"},
		{"es after ru", es, "el pasado sábado", []string{ru}, "2022-03-12"},
		// Written on Sunday the 20th, the report's "last Saturday" is
		// the 19th: the 12th is eight days back, beyond its week.
		{"eight days back", en, "on Saturday", []string{strings.Replace(strings.Replace(fr, "2022-03-19", "2022-03-20", 1), "samedi dernier", "samedi 12 mars", 1)}, ""},
		// The election on both Saturdays (a second round): two days.
		{"two Saturdays of the vote", en, "on Saturday", []string{strings.Replace(fr, "Ce samedi, Serdar Berdimouhamedov a prêté serment à Achgabat.", "Ce samedi, le second tour de l'élection présidentielle a eu lieu au Turkménistan.", 1)}, ""},
		{"no figure in common", en, "on Saturday", []string{strings.ReplaceAll(fr, "72,97", "71,35")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, withSources(tc.text, append(tc.sources, lookalike)))
			got, why := placedIn(t, c, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "writes the same figure 72.97") {
				t.Errorf("the reason does not say which figure: %s", why)
			}
			if a := article(t, c, "x"); !a.Date.IsZero() {
				t.Errorf("the report was dated %s: %s", a.Date, a.DateReason)
			}
		})
	}
}
