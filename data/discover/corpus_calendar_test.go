package discover_test

import (
	"os"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
)

// useTestCalendar makes testdata/calendar_test.toml the calendar of the
// test: every SCO summit 2015–2025 and the national votes of Kazakhstan,
// Uzbekistan and Turkmenistan, look-alikes included (the summits in
// Astana of 8–9 June 2017 and 3–4 July 2024; Kazakhstan's referendums of
// Sunday 5 June 2022 and Sunday 6 October 2024).
func useTestCalendar(t *testing.T) { useCalendarFile(t, "testdata/calendar_test.toml") }

// useCalendarFile makes the calendar file (the shipped format) the
// calendar of the test.
func useCalendarFile(t *testing.T, file string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	occasions, err := data.ParseShippedCalendar(file, b)
	if err != nil {
		t.Fatal(err)
	}
	discover.UseCalendar(t, occasions)
}

// A year-less date of an undated report, alone in its folder, takes the
// year of the one occasion of the calendar of its kind that names its
// organisation (a summit) or country (a vote) on that day and month, in
// every language; look-alikes stay open: another city, two years, a
// sentence that names no occasion of the calendar's kind, a parliamentary
// election on the day of a presidential one, dates of one report that no
// writing day fits.
func TestYearFromTheCalendar(t *testing.T) {
	useTestCalendar(t)
	for _, tc := range []struct {
		name, text, words string
		want              string // "" for open
		about             string // what the reason names
	}{
		{"en, a summit", "The leaders of the SCO opened their summit in Astana on 3 July, the host said.\n", "on 3 July", "2024-07-03", "SCO summit in Astana, 3–4 July 2024"},
		{"en, the other summit in Astana", "The leaders of the SCO opened their summit in Astana on 8 June, the host said.\n", "on 8 June", "2017-06-08", "SCO summit in Astana, 8–9 June 2017"},
		{"ru, a summit", "Саммит ШОС открылся в Астане 4 июля, сообщила пресс-служба.\n", "4 июля", "2024-07-04", "SCO summit in Astana"},
		{"fr, a summit", "Le sommet de l'OCS s'est ouvert à Astana le 3 juillet, selon la présidence.\n", "le 3 juillet", "2024-07-03", "SCO summit"},
		{"de, a summit", "Der Gipfel der SCO in Samarkand begann am 15. September, teilte das Präsidialamt mit.\n", "am 15. September", "2022-09-15", "SCO summit in Samarkand, 15–16 September 2022"},
		{"en, a presidential election", "Kazakhstan held a presidential election on 20 November, the election commission said.\n", "on 20 November", "2022-11-20", "Kazakhstan presidential election, 20 November 2022"},
		{"tr, a presidential election", "Kazakistan'da 20 Kasım'da cumhurbaşkanlığı seçimi yapıldı, seçim kurulu açıkladı.\n", "20 Kasım", "2022-11-20", "Kazakhstan presidential election"},
		{"es, a presidential election", "Kazajistán celebró elecciones presidenciales el 20 de noviembre, según la comisión electoral.\n", "el 20 de noviembre", "2022-11-20", "Kazakhstan presidential election"},
		{"it, a presidential election", "Il Turkmenistan ha votato alle elezioni presidenziali del 12 marzo, ha detto la commissione.\n", "del 12 marzo", "2022-03-12", "Turkmenistan presidential election, 12 March 2022"},
		{"ar, a presidential election", "أجرت كازاخستان انتخابات رئاسية في 20 نوفمبر وفق لجنة الانتخابات المركزية.\n", "في 20 نوفمبر", "2022-11-20", "Kazakhstan presidential election"},
		{"pl, a referendum", "W Uzbekistanie 30 kwietnia odbyło się referendum w sprawie nowej konstytucji, podała komisja wyborcza.\n", "30 kwietnia", "2023-04-30", "Uzbekistan referendum, 30 April 2023"},
		{"nl, a referendum", "Kazachstan hield op 6 oktober een referendum over de bouw van een kerncentrale, meldde de kiescommissie.\n", "op 6 oktober", "2024-10-06", "Kazakhstan referendum, 6 October 2024"},
		// Another city: the SCO's summit of 3 July was in Astana.
		{"another city", "The leaders of the SCO opened their summit in Samarkand on 3 July, the host said.\n", "on 3 July", "", ""},
		// Two years: 9 June was a day of the summit in Astana (2017) and of
		// the summit in Qingdao (2018); the sentence names neither city.
		{"two years", "The leaders of the SCO met for their summit on 9 June, the host said.\n", "on 9 June", "", ""},
		// 4 July was a day of the summit in Astana (2024) and of the
		// summit held online (2023): a sentence that names no city is of
		// either, one that names Astana (above, ru) of the first.
		{"two years, one online", "The leaders of the SCO met for their summit on 4 July, the host said.\n", "on 4 July", "", ""},
		// A meeting of the SCO's ministers is no summit, whatever the day.
		{"another kind", "The foreign ministers of the SCO held a meeting in Astana on 3 July, the host said.\n", "on 3 July", "", ""},
		{"another kind, ru", "Министры иностранных дел ШОС провели встречу в Астане 3 июля, сообщил МИД.\n", "3 июля", "", ""},
		// 20 November 2022 was a presidential election.
		{"another election", "Kazakhstan held a parliamentary election on 20 November, the election commission said.\n", "on 20 November", "", ""},
		// A summit of 2024 and an election of 2022 are no one writing day.
		{"no one writing day", "Kazakhstan held a presidential election on 20 November, the election commission said.\n\nThe leaders of the SCO opened their summit in Astana on 3 July, the host said.\n", "on 20 November", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, map[string]string{"x.txt": tc.text}, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "from the shipped calendar: "+tc.about) {
				t.Errorf("the reason does not name the occasion %q: %s", tc.about, why)
			}
		})
	}
}

// Without the calendar, the same report stays open: the calendar, not
// something else, placed it.
func TestYearFromTheCalendarNeedsTheCalendar(t *testing.T) {
	discover.UseCalendar(t, nil)
	if got, why := placedAt(t, map[string]string{"x.txt": "The leaders of the SCO opened their summit in Astana on 3 July, the host said.\n"}, "x", "on 3 July"); got != "" {
		t.Errorf("placed at %s without a calendar: %s", got, why)
	}
}

// A weekday of an undated report is placed on the one day of that
// weekday, in any year, on which the calendar holds a vote of the kind
// its sentence names, in the country it names with another of its names
// (rule 13, with its look-alike guard): Kazakhstan's two referendums on
// Sundays leave it open, and so do Uzbekistan's elections on Sundays when
// the sentence speaks of voters too (a word of an election): they are of
// a kind akin, with two names in common.
func TestWeekdayFromTheCalendar(t *testing.T) {
	useTestCalendar(t)
	for _, tc := range []struct {
		name, text, words, want string
	}{
		{"en, one Sunday referendum", "Uzbekistan held a referendum on a new constitution on Sunday, Shavkat Mirziyoyev said.\n", "on Sunday", "2023-04-30"},
		{"ru, one Sunday referendum", "В воскресенье жители Узбекистана поддержали на референдуме новую конституцию, предложенную Шавкатом Мирзиёевым.\n", "В воскресенье", "2023-04-30"},
		{"en, voters: a kind akin on other Sundays", "On Sunday, voters in Uzbekistan backed a new constitution in a referendum called by Shavkat Mirziyoyev.\n", "On Sunday", ""},
		{"en, two Sunday referendums", "On Sunday, voters in Kazakhstan backed the amendments in a referendum called by Kassym-Jomart Tokayev.\n", "On Sunday", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, map[string]string{"x.txt": tc.text}, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "the shipped calendar holds the") {
				t.Errorf("the reason does not name the calendar: %s", why)
			}
		})
	}
}

// A page's dateline a day after an occasion its lead tells of takes the
// occasion's year (rule 16), and dates the page; a dateline before the
// occasion, or a lead that names the occasion's organisation in another
// city, stays open.
func TestDatelineFromTheCalendar(t *testing.T) {
	useTestCalendar(t)
	for _, tc := range []struct {
		name, text, words, want string
	}{
		{"en, the day after", "MOSCOW, July 5 - Vladimir Putin returned on Friday from the SCO summit in Astana, where he met Xi Jinping.\n", "July 5", "2024-07-05"},
		{"en, before the summit", "MOSCOW, July 1 - Vladimir Putin returned from the SCO summit in Astana, where he met Xi Jinping.\n", "July 1", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"x.txt": tc.text})
			got, why := placedIn(t, c, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			a := article(t, c, "x")
			if tc.want != "" && a.Date.String() != tc.want {
				t.Errorf("article dated %s, want %s: %s", a.Date, tc.want, a.DateReason)
			}
		})
	}
}

// The shipped calendar places the occasions the brief of the calendar
// names and keeps their look-alikes apart: the SCO's summits in Astana
// of 8–9 June 2017 and 3–4 July 2024, Kazakhstan's referendums of Sunday
// 5 June 2022 and Sunday 6 October 2024.
func TestShippedCalendarPlacesYears(t *testing.T) {
	discover.UseShippedCalendar(t)
	for _, tc := range []struct {
		name, text, words, want string
	}{
		{"en, the summit of 2024", "The leaders of the SCO opened their summit in Astana on 3 July, the host said.\n", "on 3 July", "2024-07-03"},
		{"ru, the summit of 2017", "Саммит ШОС в Астане открылся 8 июня, сообщила пресс-служба Акорды.\n", "8 июня", "2017-06-08"},
		{"kk, the referendum of 2022", "Қазақстанда 5 маусымда Конституцияға өзгерістер енгізу туралы референдум өтті.\n", "5 маусымда", "2022-06-05"},
		{"de, the referendum of 2024", "In Kasachstan fand am 6. Oktober ein Referendum über den Bau eines Atomkraftwerks statt.\n", "am 6. Oktober", "2024-10-06"},
		{"en, two Sunday referendums", "On Sunday, Kazakhstan held a referendum in Astana, Kassym-Jomart Tokayev said.\n", "On Sunday", ""},
		{"en, the summit in Samarkand on a day of Astana's", "The leaders of the SCO opened their summit in Samarkand on 3 July, the host said.\n", "on 3 July", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, map[string]string{"x.txt": tc.text}, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
		})
	}
}

// A weekday of an undated report is placed by the folder's report of the
// event when there is one, whatever the calendar holds on other days of
// that weekday: it holds a decade of an organisation's summits, and as
// a rival it would leave open every weekday the folder's own report
// places (the CICA summit in Dushanbe on Saturday 15 June 2019, told in a
// sentence that also names the SCO, whose summit in Qingdao fell on
// Saturday 9 June 2018). The calendar is asked when the folder has no
// such report.
func TestWeekdayFromTheFolderBeforeTheCalendar(t *testing.T) {
	useTestCalendar(t)
	const cica = " date 2019-06-16\n\nThe leaders of the CICA met for their summit in Dushanbe on 15 June 2019, a day after the SCO summit.\n"
	const text = "Asian leaders met in the Tajik capital on Saturday for the summit of the CICA, the day after the annual summit of the SCO.\n"
	got, why := placedAt(t, withSources(text, []string{cica}), "x", "on Saturday")
	if got != "2019-06-15" {
		t.Errorf("placed at %q, want 2019-06-15: %s", got, why)
	}
}

// Rule 13's second answer, one place in common, counts the folder's
// other days as rivals, not the calendar's: the folder's one report of
// Kazakhstan's referendum of Sunday 6 October 2024 places "on Sunday",
// although the calendar holds the referendum of Sunday 5 June 2022 too.
func TestOnePlaceDayFromTheFolderBeforeTheCalendar(t *testing.T) {
	useTestCalendar(t)
	const referendum = " date 2024-10-07\n\n乌兹别克斯坦观察员观摩了2024年10月6日哈萨克斯坦举行的全民公投。\n"
	got, why := placedAt(t, withSources("Voters in Kazakhstan went to a referendum on Sunday.\n", []string{referendum}), "x", "on Sunday")
	if got != "2024-10-06" {
		t.Errorf("placed at %q, want 2024-10-06: %s", got, why)
	}
}
