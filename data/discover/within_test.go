package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// TestGroundEventJoinsItsCity: a report that names only the country of a
// fire, a flood or a protest joins the one event of its kind that day in a
// city of that country; two such cities, a city of another country or
// another disaster leave it apart.
func TestGroundEventJoinsItsCity(t *testing.T) {
	const (
		cityFire  = " date 2023-10-29\n\nA fire broke out at a coal mine in the Karaganda region on 28 October 2023. Dozens of miners died underground. Rescue teams searched for the missing all night.\n"
		countryRu = " date 2023-10-30\n\nМЧС Казахстана сообщило о гибели горняков. Пожар на шахте произошел ранним утром 28 октября 2023 года. Поисковая операция завершена.\n"
		countryDe = " date 2023-10-30\n\nIn Kasachstan ist am 28. Oktober 2023 in einem Kohlebergwerk ein Brand ausgebrochen. Dutzende Bergleute kamen ums Leben. Die Regierung setzte eine Kommission ein.\n"
		otherCity = " date 2023-10-29\n\nA fire broke out at a market in Almaty on 28 October 2023. Several traders were injured. Firefighters worked through the night.\n"
		bishkek   = " date 2023-10-29\n\nA fire broke out at a market in Bishkek on 28 October 2023. Several traders were injured. Firefighters worked through the night.\n"
		quake     = " date 2023-10-29\n\nAn earthquake struck Kazakhstan on 28 October 2023. Buildings shook in several towns. No one was hurt, officials said.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string // the articles of each event of 28 October with a's or b's passages
	}{
		{"the country joins its city (ru)", map[string]string{"a.txt": cityFire, "b.txt": countryRu}, [][]string{{"a", "b"}}},
		{"the country joins its city (de)", map[string]string{"a.txt": cityFire, "b.txt": countryDe}, [][]string{{"a", "b"}}},
		{"two cities of the country: apart", map[string]string{"a.txt": cityFire, "b.txt": countryRu, "c.txt": otherCity}, [][]string{{"a"}, {"b"}}},
		{"a city of another country: apart", map[string]string{"a.txt": bishkek, "b.txt": countryRu}, [][]string{{"a"}, {"b"}}},
		{"an earthquake is no fire: apart", map[string]string{"a.txt": cityFire, "b.txt": quake}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		var got [][]string
		for _, e := range c.Events {
			if e.Span.Start.String() != "2023-10-28" {
				continue
			}
			arts := articlesOf(e)
			if slices.Contains(arts, "a") || slices.Contains(arts, "b") {
				var keep []string
				for _, a := range arts {
					if a == "a" || a == "b" {
						keep = append(keep, a)
					}
				}
				got = append(got, keep)
			}
		}
		slices.SortFunc(got, func(x, y []string) int { return strings.Compare(strings.Join(x, ","), strings.Join(y, ",")) })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of 28 October: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}
