package discover_test

import (
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestDeathJoinsItsCity: a death told by its country alone, or by nothing
// but its date, joins the one death of that day placed in a city of that
// country, unless the two tell of different people (see sameDead).
func TestDeathJoinsItsCity(t *testing.T) {
	const (
		// Li Keqiang's death: the Chinese report's words do not govern
		// him (he is named far from the death word), the German ones do.
		cityZh    = " date 2023-10-28\n\n前总理李克强近日在上海休息期间突发心脏病，经全力抢救无效，于2023年10月27日凌晨在上海逝世。各地群众自发悼念。\n"
		countryDe = " date 2023-10-28\n\nChinas früherer Ministerpräsident Li Keqiang starb am 27. Oktober 2023 in China, meldeten die Staatsmedien. Er wurde 68 Jahre alt.\n"
		otherDead = " date 2023-10-28\n\nThree workers died in Shanghai on 27 October 2023 when scaffolding collapsed, according to Xi Jinping's office. An inquiry was opened.\n"
		// A death the lists cannot name: told with the country, the city,
		// and nothing.
		countryEn = " date 2024-02-17\n\nThe Russian opposition leader died in a penal colony on 16 February 2024, prison officials said. His family has not been told where the body is.\n"
		cityRu    = " date 2024-02-17\n\nОппозиционный политик умер 16 февраля 2024 года. Его сторонники принесли цветы к памятнику в Москве вечером того же дня.\n"
		nothingFr = " date 2024-02-18\n\nL'opposant est mort le 16 février 2024, à 47 ans. Les autorités ont invoqué une mort subite.\n"
		otherCity = " date 2024-02-17\n\nA retired actor died in Saint Petersburg on 16 February 2024, his theatre said. He was 90.\n"
	)
	tests := []struct {
		name  string
		day   string
		files map[string]string
		want  [][]string // the articles a and b of each death event of that day
	}{
		{"the country's death of a named man joins his city's (de, zh)", "2023-10-27",
			map[string]string{"a.txt": cityZh, "b.txt": countryDe}, [][]string{{"a", "b"}}},
		{"deaths naming someone else in the city stay apart (de, en)", "2023-10-27",
			map[string]string{"a.txt": otherDead, "b.txt": countryDe}, [][]string{{"a"}, {"b"}}},
		{"a death no list names: the country joins the city (en, ru)", "2024-02-16",
			map[string]string{"a.txt": cityRu, "b.txt": countryEn}, [][]string{{"a", "b"}}},
		{"a report naming nothing joins the one death (fr)", "2024-02-16",
			map[string]string{"a.txt": cityRu, "b.txt": nothingFr}, [][]string{{"a", "b"}}},
		{"two cities of the country that day: apart", "2024-02-16",
			map[string]string{"a.txt": cityRu, "b.txt": countryEn, "c.txt": otherCity}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == tt.day })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of %s: %q, want %q; events: %q", tt.name, tt.day, got, tt.want, titlesOf(c))
		}
	}
}
