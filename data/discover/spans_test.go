package discover_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// eventOfKind returns the events of kind k, with the articles of each.
func eventsOfKind(c *data.Corpus, k string) []*data.Event {
	var out []*data.Event
	for _, e := range c.Events {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// A summit of two days, a vote of three, each reported by every article
// on the day it saw, is one event over those days; look-alikes on
// neighbouring days (another organisation's summit in the same city, the
// first round and the runoff of a vote) stay apart. Sentences written for
// the test.
func TestOneEventOverItsDays(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		kind  string
		// want lists the articles of each event of the kind, sorted.
		want  [][]string
		start string // the first event's first day
		last  string // and its last
	}{
		{"a two-day summit", map[string]string{
			"en.txt": " date 2023-05-20\n\nThe leaders of China and the five Central Asian states opened their summit in Xi'an on 18 May 2023.\n",
			"ru.txt": " date 2023-05-20\n\nСаммит в Сиане завершился 19 мая 2023 года подписанием общей декларации.\n",
			"de.txt": " date 2023-05-20\n\nDer Gipfel in Xi'an ging am 19. Mai 2023 mit einer gemeinsamen Erklärung zu Ende.\n",
		}, "summit", [][]string{{"de", "en", "ru"}}, "2023-05-18", "2023-05-19"},
		{"two organisations' summits in one city", map[string]string{
			"en.txt": " date 2023-05-27\n\nThe Eurasian Economic Union held its summit in Minsk on 25 May 2023.\n",
			"ru.txt": " date 2023-05-27\n\nСаммит ОДКБ прошёл в Минске 26 мая 2023 года.\n",
		}, "summit", [][]string{{"en"}, {"ru"}}, "2023-05-25", ""},
		{"a summit and a plan two days off", map[string]string{
			"en.txt": " date 2024-10-25\n\nThe BRICS summit in Kazan took place on 22 October 2024.\n",
			"pt.txt": " date 2024-10-25\n\nA cúpula do BRICS em Kazan começou em 24 de outubro de 2024 com a sessão ampliada.\n",
		}, "summit", [][]string{{"en"}, {"pt"}}, "2024-10-22", ""},
		{"a three-day vote", map[string]string{
			"ru.txt": " date 2024-03-18\n\nВыборы президента России начались 15 марта 2024 года и продлились три дня.\n",
			"en.txt": " date 2024-03-18\n\nRussians cast their ballots in the presidential election on 17 March 2024, the last day of voting in Russia.\n",
			"fr.txt": " date 2024-03-18\n\nLe 17 mars 2024, dernier jour de l'élection présidentielle en Russie, la participation a dépassé 70 %.\n",
		}, "election", [][]string{{"en", "fr", "ru"}}, "2024-03-15", "2024-03-17"},
		{"a first round and its runoff", map[string]string{
			"en.txt": " date 2024-07-06\n\nIran held the first round of its presidential election on 28 June 2024.\n",
			"fr.txt": " date 2024-07-06\n\nLe second tour de l'élection présidentielle en Iran a eu lieu le 5 juillet 2024.\n",
		}, "election", [][]string{{"en"}, {"fr"}}, "2024-06-28", ""},
		{"a conclave over its days, naming no place", map[string]string{
			"it.txt": " date 2025-05-10\n\nIl 7 maggio 2025 i cardinali elettori sono entrati in conclave. La prima votazione si è conclusa con la fumata nera. I fedeli hanno atteso in piazza fino a sera.\n",
			"pt.txt": " date 2025-05-10\n\nO cardeal foi eleito papa em 8 de maio de 2025, no segundo dia do conclave. Ele escolheu o nome de Leão. Os fiéis aplaudiram durante muitos minutos.\n",
			"es.txt": " date 2025-05-10\n\nEl 9 de mayo de 2025 el nuevo papa elegido por el cónclave celebró su primera misa con los cardenales. Los fieles llenaron la plaza. Las campanas sonaron durante horas.\n",
		}, "election", [][]string{{"es", "it", "pt"}}, "2025-05-07", "2025-05-09"},
		{"a conclave and a country's vote the next day", map[string]string{
			"it.txt": " date 2025-05-10\n\nIl 7 maggio 2025 i cardinali elettori sono entrati in conclave. La prima votazione si è conclusa con la fumata nera. I fedeli hanno atteso in piazza fino a sera.\n",
			"en.txt": " date 2025-05-10\n\nPoland held the first round of its presidential election on 8 May 2025. Turnout was high in the cities. The two leading candidates will meet in a runoff.\n",
		}, "election", [][]string{{"en"}, {"it"}}, "2025-05-07", ""},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		events := eventsOfKind(c, tt.kind)
		var got [][]string
		for _, e := range events {
			arts := articlesOf(e)
			for i, a := range arts {
				arts[i] = strings.TrimSuffix(a, ".txt")
			}
			got = append(got, arts)
		}
		slices.SortFunc(got, func(a, b []string) int { return strings.Compare(strings.Join(a, ","), strings.Join(b, ",")) })
		want := slices.Clone(tt.want)
		slices.SortFunc(want, func(a, b []string) int { return strings.Compare(strings.Join(a, ","), strings.Join(b, ",")) })
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: %s events by article %v, want %v", tt.name, tt.kind, got, want)
			continue
		}
		first := events[0]
		for _, e := range events {
			if e.Span.Start.String() < first.Span.Start.String() {
				first = e
			}
		}
		if first.Span.Start.String() != tt.start || first.Span.End.String() != tt.last {
			t.Errorf("%s: first event %s – %s, want %s – %s", tt.name, first.Span.Start, first.Span.End, tt.start, tt.last)
		}
	}
}

// Deaths whose reports name nobody who died, on the day of a crash in the
// same place, are the crash's dead: one event. A person of the lists who
// died that day in that place is his own event.
func TestUnnamedDeadJoinTheDisaster(t *testing.T) {
	c := build(t, map[string]string{
		"en.txt": " date 2024-12-26\n\nA passenger plane crashed near Aktau on 25 December 2024, the emergencies ministry said.\n",
		"ru.txt": " date 2024-12-26\n\nВ катастрофе под Актау 25 декабря 2024 года погибли 38 человек.\n",
		"tr.txt": " date 2024-12-26\n\nAktau yakınlarında 25 Aralık 2024'te düşen uçakta 38 kişi hayatını kaybetti.\n",
	})
	var disasters []*data.Event
	for _, e := range c.Events {
		if e.Kind == "disaster" || e.Kind == "death" {
			disasters = append(disasters, e)
		}
	}
	if len(disasters) != 1 || len(articlesOf(disasters[0])) != 3 {
		var got []string
		for _, e := range disasters {
			got = append(got, e.Title+" "+strings.Join(articlesOf(e), ","))
		}
		t.Errorf("crash and its dead: %q, want one event of the three reports", got)
	}
	c = build(t, map[string]string{
		"en.txt": " date 2016-09-03\n\nA fire broke out in a market in Tashkent on 2 September 2016.\n",
		"ru.txt": " date 2016-09-03\n\nВ Ташкенте 2 сентября 2016 года скончался Ислам Каримов.\n",
	})
	titles := titlesOf(c)
	if !slices.Contains(titles, "Death of Islam Karimov") {
		t.Errorf("a named death joined the fire of its day: %q", titles)
	}
}

func titlesOf(c *data.Corpus) []string {
	var titles []string
	for _, e := range c.Events {
		titles = append(titles, e.Title)
	}
	return titles
}
