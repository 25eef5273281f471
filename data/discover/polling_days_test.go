package discover_test

import (
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestCountryVotesOnceADay: the reports of one country's vote on one day
// are one event (polling_days.go), however grouping first split them; a
// vote of another country that day, or a referendum beside the election,
// stays apart. Reports written for the test.
func TestCountryVotesOnceADay(t *testing.T) {
	const (
		ky = " date 2020-10-06\n\nБишкек, 6-октябрь. Кыргызстанда 4-октябрда өткөн шайлоонун жыйынтыгы боюнча нааразылык акциялары уланууда. Оппозиция жыйынтыкты тааныбайт. Борбор калаада тынчсыздануу бар.\n"
		ru = " date 2020-10-06\n\nПолитический кризис начался после парламентских выборов 4 октября, итоги которых оппозиция назвала фальсификацией. Протестующие вышли на площадь. Власти призвали к спокойствию.\n"
		de = " date 2020-10-16\n\nDie Parlamentswahl vom 4. Oktober 2020 hatte Präsident Sooronbai Dschēenbekow noch gelobt. In Bischkek protestierten am 5. Oktober Tausende gegen das Ergebnis. Das Parlament tagte am Freitag.\n"
		ge = " date 2020-10-06\n\nIn Georgien wurde am 4. Oktober 2020 ein neues Parlament gewählt. Die Regierungspartei lag vorn. Die Opposition sprach von Betrug.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string
	}{
		{"one vote told by a leader's country and by a report of the country", map[string]string{"a.txt": ky, "b.txt": de, "c.txt": ru}, [][]string{{"a", "b"}}},
		{"another country's vote that day", map[string]string{"a.txt": ky, "b.txt": ge}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == "2020-10-04" })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of 4 October: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}
