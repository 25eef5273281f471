package data

import (
	"testing"
	"testing/fstest"
)

// TestDatelineBeforeAnnouncedDay: a year-less dateline whose lead writes
// no reported day with its year but announces one is the day of its day
// and month on or before the announced day, within a month; further off,
// or after it, it stays open (see placeDatelinesBefore). Each report is
// written for this test.
func TestDatelineBeforeAnnouncedDay(t *testing.T) {
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, lang, text, want string }{
		{"en", "en", "ASTANA, 3 July (Reuters) - Leaders of the Shanghai Cooperation Organisation will meet on 4 July 2024 in the Kazakh capital, officials said on the eve of the talks.", "2024-07-03"},
		{"fr", "fr", "MOSCOU, 28 février (AFP) - Le sommet se tiendra le 2 mars 2024 à Minsk, a annoncé le Kremlin, qui n'a pas précisé la liste des invités.", "2024-02-28"},
		{"ru turn of the year", "ru", "Москва. 20 декабря. ИНТЕРФАКС - Саммит состоится 10 января 2025 года в Минске, сообщили в Кремле. Как уточнили журналистам, в нём примут участие все лидеры стран союза, а повестка будет объявлена позже.", "2024-12-20"},
		{"en too far", "en", "ASTANA, 3 February (Reuters) - Leaders of the Shanghai Cooperation Organisation will meet on 4 July 2024 in the Kazakh capital, officials said on Monday.", ""},
		{"en after it", "en", "ASTANA, 10 July (Reuters) - Leaders of the Shanghai Cooperation Organisation will meet on 4 July 2024 in the Kazakh capital, officials said on Monday.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := oneReport(t, cur, "r.txt", c.text)
			if got := dayOrNone(a.Date); got != c.want {
				t.Errorf("dated %q (%s; language %s); want %q", got, a.DateReason, a.Language, c.want)
			}
		})
	}
}
