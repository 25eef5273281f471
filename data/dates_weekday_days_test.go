package data

import "testing"

// A weekday written with its day of the month is that day, whatever the
// tense: the texts below are written for the test, and each fails when
// the day is placed by the tense alone or the weekday read on its own.
func TestWeekdayTakesItsDay(t *testing.T) {
	cases := []struct {
		name, lang, header, text, mention, want string
	}{
		// The stamp is Sunday 20 October 2024; the summit is after it in a
		// sentence without a future marker.
		{"pt range in brackets after a stamp", "pt", "", "Publicado em 20/10/2024 - 10:42\n\nA cúpula, que reúne os líderes em Kazan de terça (22) a quinta-feira (24), é a primeira do grupo ampliado.",
			"de terça (22) a quinta-feira (24)", "2024-10-22..2024-10-24"},
		{"pt range with a month header", "pt", "2024-10", "A cúpula reúne os líderes em Kazan de terça (22) a quinta-feira (24).",
			"de terça (22) a quinta-feira (24)", "2024-10-22..2024-10-24"},
		{"pt one day after the stamp, no marker", "pt", "", "Publicado em 20/10/2024\n\nO encontro é na quinta-feira (24) em Brasília, segundo o governo.",
			"na quinta-feira (24)", "2024-10-24"},
		{"pt past day before the stamp", "pt", "", "Publicado em 20/10/2024\n\nLula sofreu um acidente doméstico no sábado (19) no Alvorada.",
			"no sábado (19)", "2024-10-19"},
		{"pt an ambiguous weekday alone stays no weekday", "pt", "2024-10", "A terça parte dos votos foi anulada.",
			"", ""},
		{"es weekday and day, next month", "es", "2024-01-30", "La reunión será el jueves 1 en Madrid.",
			"el jueves 1", "2024-02-01"},
		{"it weekday and day that disagree", "it", "2024-06", "Il vertice si apre venerdì 8 a Roma.",
			"venerdì 8", ""}, // 8 June 2024 is a Saturday, 8 May and 8 July are not Fridays
		// A weekday before a full date, past its tail or a bracket.
		{"pt weekday with tail before a date", "pt", "", "A reunião foi na segunda-feira, 21 de outubro de 2024, em Brasília.",
			"na segunda-feira, 21 de outubro de 2024", "2024-10-21"},
		{"ar weekday before a bracketed date", "ar", "2024-10", "انطلقت القمة يوم الثلاثاء (22 أكتوبر) في قازان.",
			"يوم الثلاثاء (22 أكتوبر)", "2024-10-22"},
		{"en weekday before a bracketed date", "en", "2024-10", "The summit opened on Tuesday (Oct. 22) in Kazan.",
			"on Tuesday (Oct. 22)", "2024-10-22"},
		// A weekday after a full date names that date.
		{"it date then weekday", "it", "2025-05", "Papa Francesco, morto il 21 aprile, lunedì dell'Angelo, all'età di 88 anni.",
			"il 21 aprile, lunedì", "2025-04-21"},
		{"ru date then weekday", "ru", "2024-07", "Саммит открылся 3 июля, в среду, в Астане.",
			"3 июля, в среду", "2024-07-03"},
		{"en date then weekday in brackets", "en", "", "The summit opened on July 4, 2024 (Thursday) in Astana.",
			"on July 4, 2024 (Thursday)", "2024-07-04"},
		{"en a weekday that is not the date's stays apart", "en", "", "The talks of July 4, 2024, Friday's vote and more.",
			"July 4, 2024", "2024-07-04"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			dateAlone(a, nil, nil)
			if c.mention == "" {
				for _, m := range a.Mentions {
					if m.Kind == MentionWeekday {
						t.Errorf("weekday mention %q", m.Text)
					}
				}
				return
			}
			for _, m := range a.Mentions {
				if m.Text == c.mention {
					if got := spanString(m.Span.Span()); got != c.want {
						t.Errorf("%q: got %q, want %q (%s)", c.mention, got, c.want, m.Reason)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", c.mention, a.Mentions)
		})
	}
}

// A page known only by its modification stamp is of the stamp's day when
// a weekday its text tells its news by falls on that day; of its month
// otherwise. The texts are written for the test (28 June 2022 was a
// Tuesday).
func TestModifiedOnWeekday(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"the lead's weekday is the stamp's day", "Leaders meet in Dushanbe\n\nUpdated 2:10 PM GMT, June 28, 2022\n\nDUSHANBE (AP) — The two presidents held talks in the capital on Tuesday, their first meeting since the spring, the Kremlin said.",
			"2022-06-28"},
		{"a weekday further down is the stamp's day", "Leaders meet in Dushanbe\n\nUpdated 2:10 PM GMT, June 28, 2022\n\nDUSHANBE (AP) — The two presidents met on Monday in the capital, their first meeting since the spring, the Kremlin said.\n\nOn Tuesday, the foreign ministers signed a border protocol.",
			"2022-06-28"},
		{"another weekday: the month", "Leaders meet in Dushanbe\n\nUpdated 2:10 PM GMT, June 28, 2022\n\nDUSHANBE (AP) — The two presidents held talks in the capital on Monday, their first meeting since the spring, the Kremlin said.",
			"2022-06"},
		{"an announced weekday: the month", "Leaders meet in Dushanbe\n\nUpdated 2:10 PM GMT, June 28, 2022\n\nDUSHANBE (AP) — The two presidents will hold talks in the capital on Tuesday, their first meeting since the spring, the Kremlin said.",
			"2022-06"},
		{"no weekday: the month", "Leaders meet in Dushanbe\n\nUpdated 2:10 PM GMT, June 28, 2022\n\nDUSHANBE (AP) — The two presidents held talks in the capital, their first meeting since the spring, the Kremlin said.",
			"2022-06"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, "en", "", c.text)
			dateAlone(a, nil, nil)
			if a.Date.String() != c.want {
				t.Errorf("dated %s (%s), want %s", a.Date, a.DateReason, c.want)
			}
		})
	}
}
