package discover_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
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
		leaderFr  = " date 2023-10-29\n\nLe président Kassym-Jomart Tokaïev a parlé d'un incendie. L'incendie s'est déclaré le 28 octobre 2023 au petit matin. Les secours ont travaillé toute la nuit.\n"
		nothingNl = " date 2023-10-29\n\nASTANA - Bij de brand van zaterdag 28 oktober 2023 kwamen tientallen mijnwerkers om. De reddingswerkers zochten de hele nacht. De oorzaak wordt onderzocht.\n"
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
		{"a leader of the country joins its city (fr)", map[string]string{"a.txt": cityFire, "b.txt": leaderFr}, [][]string{{"a", "b"}}},
		{"a report naming nothing but its dateline joins the one fire (nl)", map[string]string{"a.txt": cityFire, "b.txt": nothingNl}, [][]string{{"a", "b"}}},
		{"an earthquake is no fire: apart", map[string]string{"a.txt": cityFire, "b.txt": quake}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == "2023-10-28" })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of 28 October: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}

// TestMeetingInItsCountryIsTheOneInItsCity: a conference told by its
// country alone is the one conference of the day in a city of it; a
// meeting told only by a leader may be any of his meetings and stays
// apart.
func TestMeetingInItsCountryIsTheOneInItsCity(t *testing.T) {
	const (
		city    = " date 2025-10-31\n\nThe general conference opened in Samarkand on 30 October 2025. Delegates from many countries attended. The session will last two weeks.\n"
		country = " date 2025-10-31\n\nLa session de la conférence générale s'est ouverte le 30 octobre 2025 en Ouzbékistan. Des délégations du monde entier y participent. Les travaux dureront deux semaines.\n"
		leader  = " date 2025-10-31\n\nShavkat Mirziyoyev held a meeting on 30 October 2025 on the economy. Ministers reported on the harvest. New targets were set.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string
	}{
		{"the country joins its city (fr)", map[string]string{"a.txt": city, "b.txt": country}, [][]string{{"a", "b"}}},
		{"a leader's meeting stays apart (en)", map[string]string{"a.txt": city, "b.txt": leader}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		var got [][]string
		for _, e := range c.Events {
			if e.Span.Start.String() == "2025-10-30" {
				got = append(got, articlesOf(e))
			}
		}
		slices.SortFunc(got, func(x, y []string) int { return strings.Compare(strings.Join(x, ","), strings.Join(y, ",")) })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of 30 October: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}

// groupsOfAB is how the events that keep admits group the reports "a" and
// "b": for each such event holding either, the ones it holds; sorted.
func groupsOfAB(c *data.Corpus, keep func(*data.Event) bool) [][]string {
	var got [][]string
	for _, e := range c.Events {
		if !keep(e) {
			continue
		}
		var ab []string
		for _, a := range articlesOf(e) {
			if a == "a" || a == "b" {
				ab = append(ab, a)
			}
		}
		if len(ab) > 0 {
			got = append(got, ab)
		}
	}
	slices.SortFunc(got, func(x, y []string) int { return strings.Compare(strings.Join(x, ","), strings.Join(y, ",")) })
	return got
}
