package discover_test

import (
	"strings"
	"testing"
)

// Rule 24: a story none of whose reports is dated. A day of a month of
// one undated report and a weekday of another, both telling of one event
// of the same kind with two names in common, say that the day fell on
// that weekday; the terms of the president a report titles leave one
// year. 5 March was a Friday in 2004, 2010 and 2021, 6 March a Saturday
// in 2004, 2010 and 2021; Sadyr Japarov has been president of Kyrgyzstan
// since October 2020, Vladimir Putin of Russia since 2000 (with the
// years of his premiership between).
func TestYearFromATiedWeekday(t *testing.T) {
	const fridayEN = "Thousands of protesters marched through Bishkek, the capital of Kyrgyzstan, last Friday, the police said.\n\nOn Saturday President Sadyr Japarov met the organisers.\n"
	const fridayFR = "Des milliers de manifestants ont défilé à Bichkek, au Kirghizistan, vendredi, a indiqué la police.\n\nLe président Sadyr Japarov a reçu les organisateurs.\n"
	// quiet is a paragraph that tells of no event: short English texts
	// need it to be told from other languages.
	const quiet = "The weather in the city was cold, and the streets were quiet in the evening, as they are every winter.\n"
	const saturdayDE = "Tausende Demonstranten zogen am Samstag durch Bischkek, die Hauptstadt Kirgistans, wie die Polizei mitteilte.\n\nPräsident Sadyr Dschaparow empfing danach die Organisatoren der Kundgebung und versprach ihnen, dass die Regierung die Forderungen prüfen werde.\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		words string
		want  string // "" for open
	}{
		{"ru day, en weekday", map[string]string{"y.txt": fridayEN,
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", "2021-03-05"},
		{"de day, fr weekday", map[string]string{"y.txt": fridayFR,
			"x.txt": "Die Proteste in Bischkek, der Hauptstadt Kirgistans, begannen am 5. März.\n"}, "am 5. März", "2021-03-05"},
		{"es day, de weekday", map[string]string{"y.txt": saturdayDE,
			"x.txt": "Las protestas en Biskek, capital de Kirguistán, estallaron el 6 de marzo.\n"}, "el 6 de marzo", "2021-03-06"},
		// The days of one sentence: one of them is the weekday. A Friday
		// on 5 or 6 March is of 2021 or 2026; a Saturday too, of 2021.
		{"two days, a Friday", map[string]string{"y.txt": fridayEN,
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта и не утихали 6 марта.\n"}, "6 марта", ""},
		{"two days, a Friday and a Saturday", map[string]string{"y.txt": fridayEN, "z.txt": saturdayDE,
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта и не утихали 6 марта.\n"}, "6 марта", "2021-03-06"},
		// No one titled: a weekday fits a year in seven, every seven years.
		{"no terms", map[string]string{"y.txt": "Thousands of protesters marched through Bishkek, the capital of Kyrgyzstan, last Friday, the police said.\n",
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", ""},
		{"no terms, a Friday of 2026", map[string]string{"y.txt": "Thousands of protesters marched through Bishkek, the capital of Kyrgyzstan, last Friday, the police said.\n",
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 6 марта.\n"}, "6 марта", ""},
		// Putin's terms hold 2004, 2010 and 2021.
		{"two years fit", map[string]string{"y.txt": "Thousands of protesters marched through Moscow, Russia, last Friday, the police said.\n\nOn Saturday President Vladimir Putin met the organisers.\n",
			"x.txt": "Протесты в Москве, России, вспыхнули 5 марта.\n"}, "5 марта", ""},
		// One name in common is any protest of the country.
		{"one name", map[string]string{"y.txt": "Thousands of protesters marched in Kyrgyzstan last Friday, the police said.\n\nOn Saturday President Sadyr Japarov met the organisers.\n",
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", ""},
		// Osh and Bishkek are two cities: Kyrgyzstan alone is in common.
		{"one name and two cities", map[string]string{"y.txt": "Thousands of protesters marched through Osh, in the south of Kyrgyzstan, last Friday, the police said.\n\nOn Saturday President Sadyr Japarov met the organisers.\n",
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", ""},
		// An earthquake is not the protest of the same city.
		{"another kind", map[string]string{"y.txt": fridayEN,
			"x.txt": "Землетрясение в Бишкеке, столице Киргизии, произошло 5 марта.\n"}, "5 марта", ""},
		// Two leaders hold talks any week.
		{"talks recur", map[string]string{"y.txt": "President Sadyr Japarov held talks with Shavkat Mirziyoyev in Bishkek, Kyrgyzstan, last Friday.\n\n" + quiet,
			"x.txt": "Переговоры Садыра Жапарова и Шавката Мирзиёева в Бишкеке, Киргизия, прошли 5 марта.\n"}, "5 марта", ""},
		// Two weekdays for one day: no year holds both.
		{"ties that contradict", map[string]string{"y.txt": fridayEN, "z.txt": saturdayDE,
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", ""},
		// A report of the story dated to the day: the rules that read
		// it decide (here: another day, so nothing).
		{"a dated report of the story", map[string]string{"y.txt": fridayEN,
			"d.txt": " date 2024-10-07\n\nProtesters rallied in Bishkek, Kyrgyzstan, on 5 October 2024, the police said.\n",
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", ""},
		// An announced weekday is no day the event took place on.
		{"announced", map[string]string{"y.txt": "Thousands of protesters will march through Bishkek, the capital of Kyrgyzstan, on Friday, the police said.\n\nOn Saturday President Sadyr Japarov met the organisers.\n",
			"x.txt": "Протесты в Бишкеке, столице Киргизии, вспыхнули 5 марта.\n"}, "5 марта", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, tc.files)
			got, why := placedIn(t, c, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "no report of the story is dated") {
				t.Errorf("the reason does not say how: %s", why)
			}
			if a := article(t, c, "x"); !a.Date.IsZero() {
				t.Errorf("the report is dated %s (%s): a day it tells of is not the day it was written", a.Date, a.DateReason)
			}
		})
	}
}
