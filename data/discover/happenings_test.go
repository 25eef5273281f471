package discover_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// happeningCase is a folder of reports, each of one day of a happening
// or of a look-alike: the articles of each group of together must be
// linked to one day-precise event (spanning first … last when given),
// the articles of each pair of apart to no common one.
type happeningCase struct {
	name        string
	files       map[string]string
	together    [][]string
	first, last string
	title       string // of the event of together's first group, when given
	apart       [][2]string
}

// TestDaysOfOneHappening: unrest told one day per report, a death and the
// funeral after it, a guest's trip through two countries are one event
// with a span, whatever the languages (sentences written for the test).
// Look-alikes stay apart: protests in two towns of one country, a city's
// protests four weeks later, a leader who speaks of two crashes, two
// visitors of one host on consecutive days, a summit and the state visit
// of the day after, a war's attacks over a month.
func TestDaysOfOneHappening(t *testing.T) {
	checkHappenings(t, []happeningCase{
		{name: "a week of unrest in one city (en ru de)", files: map[string]string{
			"en.txt": " date 2023-03-09\n\nThousands of people protested in Tbilisi on 3 March 2023 against the foreign agents bill.\n",
			"ru.txt": " date 2023-03-09\n\n5 марта 2023 года в Тбилиси полиция разогнала акцию протеста у здания парламента.\n",
			"de.txt": " date 2023-03-09\n\nAm 7. März 2023 kam es in Tiflis zu schweren Zusammenstößen zwischen Demonstranten und der Polizei.\n",
		}, together: [][]string{{"de", "en", "ru"}}, first: "2023-03-03", last: "2023-03-07"},
		{name: "protests in two towns of one country (en fr)", files: map[string]string{
			"en.txt": " date 2023-03-09\n\nThousands of people protested in Tbilisi on 3 March 2023 against the foreign agents bill.\n",
			"fr.txt": " date 2023-03-09\n\nLe 4 mars 2023, des centaines de manifestants ont protesté à Batoumi contre le projet de loi.\n",
		}, apart: [][2]string{{"en", "fr"}}},
		{name: "the same city's protests four weeks later (en es)", files: map[string]string{
			"en.txt": " date 2023-04-09\n\nThousands of people protested in Tbilisi on 3 March 2023 against the foreign agents bill.\n",
			"es.txt": " date 2023-04-09\n\nEl 31 de marzo de 2023 cientos de personas protestaron en Tiflis contra el gobierno.\n",
		}, apart: [][2]string{{"en", "es"}}},
		{name: "a death and the funeral the next day (ru en tr)", files: map[string]string{
			"ru.txt": " date 2016-09-04\n\nПрезидент Узбекистана Ислам Каримов скончался 2 сентября 2016 года в Ташкенте.\n",
			"en.txt": " date 2016-09-04\n\nIslam Karimov was buried in Samarkand on 3 September 2016 after a funeral attended by thousands.\n",
			"tr.txt": " date 2016-09-04\n\nÖzbekistan Cumhurbaşkanı İslam Kerimov için 3 Eylül 2016 tarihinde Semerkant'ta cenaze töreni düzenlendi.\n",
		}, together: [][]string{{"en", "ru", "tr"}}, first: "2016-09-02", last: "2016-09-03"},
		{name: "a flood and its country's mourning (es pt fr)", files: map[string]string{
			"es.txt": " date 2024-11-03\n\nLas inundaciones del 29 de octubre de 2024 en Valencia causaron más de doscientos muertos.\n",
			"pt.txt": " date 2024-11-03\n\nO governo declarou três dias de luto nacional em Espanha a partir de 31 de outubro de 2024.\n",
			"fr.txt": " date 2024-11-03\n\nLe 30 octobre 2024, les secours cherchaient encore des disparus après les inondations à Valence.\n",
		}, together: [][]string{{"es", "fr", "pt"}}, first: "2024-10-29", last: "2024-10-31", title: "Flood in Valencia"},
		{name: "a flood and another country's mourning (es pt)", files: map[string]string{
			"es.txt": " date 2024-11-03\n\nLas inundaciones del 29 de octubre de 2024 en Valencia causaron más de doscientos muertos.\n",
			"pt.txt": " date 2024-11-03\n\nO governo declarou um dia de luto nacional em Portugal a 30 de outubro de 2024, após o acidente.\n",
		}, apart: [][2]string{{"es", "pt"}}},
		{name: "an earthquake and its dead the next day (zh ru)", files: map[string]string{
			"zh.txt": " date 2025-01-09\n\n2025年1月7日，西藏发生6.8级地震，造成大量房屋倒塌。\n",
			"ru.txt": " date 2025-01-09\n\n8 января 2025 года власти сообщили, что число погибших при землетрясении в Тибете выросло до 126.\n",
		}, together: [][]string{{"ru", "zh"}}, first: "2025-01-07", last: "2025-01-08"},
		{name: "a storm and the flood it brought (en fr)", files: map[string]string{
			"en.txt": " date 2023-09-15\n\nStorm Daniel hit Derna on 10 September 2023 with torrential rain, cutting the roads to the city.\n",
			"fr.txt": " date 2023-09-15\n\nLe 11 septembre 2023, des inondations ont ravagé Derna après la rupture de deux barrages.\n",
		}, together: [][]string{{"en", "fr"}}, first: "2023-09-10", last: "2023-09-11"},
		{name: "a fire, then a flood in one city (en de)", files: map[string]string{
			"en.txt": " date 2024-03-09\n\nA fire destroyed a market in Almaty on 3 March 2024, leaving hundreds of traders without work.\n",
			"de.txt": " date 2024-03-09\n\nAm 5. März 2024 kam es in Almaty nach Starkregen zu einer Überschwemmung.\n",
		}, apart: [][2]string{{"en", "de"}}},
		{name: "a funeral in a city, then a crash near it (en fr)", files: map[string]string{
			"en.txt": " date 2020-01-12\n\nHuge crowds attended the funeral procession in Tehran on 6 January 2020, state television showed.\n",
			"fr.txt": " date 2020-01-12\n\nLe 8 janvier 2020, un avion de ligne s'est écrasé près de Téhéran peu après son décollage, faisant 176 morts.\n",
		}, apart: [][2]string{{"en", "fr"}}},
		{name: "a leader who speaks of two crashes (en ru)", files: map[string]string{
			"en.txt": " date 2024-12-30\n\nOn 25 December 2024 a passenger plane crashed near Aktau, Ilham Aliyev said.\n",
			"ru.txt": " date 2024-12-30\n\n28 декабря 2024 года Ильхам Алиев выразил соболезнования в связи с крушением самолёта в Южной Корее.\n",
		}, apart: [][2]string{{"en", "ru"}}},
		{name: "a guest's trip through two countries (en it)", files: map[string]string{
			"en.txt": " date 2025-12-03\n\nPope Leo XIV arrived in Ankara on 27 November 2025 for his first trip abroad.\n",
			"it.txt": " date 2025-12-03\n\nPapa Leone XIV è arrivato a Beirut il 30 novembre 2025, seconda tappa del viaggio.\n",
		}, together: [][]string{{"en", "it"}}, first: "2025-11-27", last: "2025-11-30", title: "Pope Leo XIV visits Turkey and Lebanon"},
		{name: "a trip, one report a plan in Arabic's future (ar tr it)", files: map[string]string{
			"ar.txt": " date 2025-10-08\n\nأعلن الفاتيكان يوم الثلاثاء 7 أكتوبر 2025 أن البابا لاون الرابع عشر سيزور تركيا من 27 إلى 30 نوفمبر 2025.\n",
			"tr.txt": " date 2025-12-03\n\nPapa 14. Leo, ilk yurt dışı ziyareti için 27 Kasım 2025 tarihinde Ankara'ya geldi.\n",
			"it.txt": " date 2025-12-03\n\nPapa Leone XIV è arrivato a Beirut il 30 novembre 2025, seconda tappa del suo primo viaggio apostolico.\n",
		}, together: [][]string{{"ar", "it", "tr"}}, first: "2025-11-27", last: "2025-11-30", title: "Pope Leo XIV visits Turkey and Lebanon"},
		{name: "two visitors of one host on consecutive days (en fr)", files: map[string]string{
			"en.txt": " date 2024-07-06\n\nXi Jinping arrived in Astana on 2 July 2024 for a state visit to Kazakhstan.\n",
			"fr.txt": " date 2024-07-06\n\nVladimir Poutine est arrivé à Astana le 3 juillet 2024 pour une visite au Kazakhstan.\n",
		}, apart: [][2]string{{"en", "fr"}}},
		{name: "a summit and the state visit of the day after (en de)", files: map[string]string{
			"en.txt": " date 2024-07-06\n\nThe SCO summit was held in Astana on 4 July 2024.\n",
			"de.txt": " date 2024-07-06\n\nXi Jinping traf am 5. Juli 2024 zu einem Staatsbesuch in Duschanbe ein.\n",
		}, apart: [][2]string{{"en", "de"}}},
		{name: "a war's attacks over a month (en uk fr it)", files: map[string]string{
			"en.txt": " date 2022-11-20\n\nRussian missiles struck Kharkiv on 1 October 2022, killing three people.\n",
			"uk.txt": " date 2022-11-20\n\n10 жовтня 2022 року російські ракети атакували Харків.\n",
			"fr.txt": " date 2022-11-20\n\nLe 19 octobre 2022, une frappe russe a touché Kharkiv.\n",
			"it.txt": " date 2022-11-20\n\nIl 28 ottobre 2022 un attacco russo ha colpito Kharkiv.\n",
		}, apart: [][2]string{{"en", "uk"}, {"uk", "fr"}, {"fr", "it"}, {"en", "it"}}},
	})
}

func checkHappenings(t *testing.T, cases []happeningCase) {
	t.Helper()
	for _, tt := range cases {
		c := build(t, tt.files)
		var events [][]string // the articles of each day-precise event
		var spans []data.Span
		var titles []string
		for _, e := range c.Events {
			if e.Span.Precision() != data.Day {
				continue
			}
			arts := articlesOf(e)
			for i, a := range arts {
				arts[i] = strings.TrimSuffix(a, ".txt")
			}
			events = append(events, arts)
			spans = append(spans, e.Span)
			titles = append(titles, e.Title)
		}
		for _, group := range tt.together {
			i := slices.IndexFunc(events, func(arts []string) bool {
				return !slices.ContainsFunc(group, func(a string) bool { return !slices.Contains(arts, a) })
			})
			if i < 0 {
				t.Errorf("%s: no event links %v; events by article %v", tt.name, group, events)
				continue
			}
			if tt.first != "" && (spans[i].Start.String() != tt.first || spans[i].Last().String() != tt.last) {
				t.Errorf("%s: the event of %v is %s – %s, want %s – %s", tt.name, group, spans[i].Start, spans[i].Last(), tt.first, tt.last)
			}
			if tt.title != "" && titles[i] != tt.title {
				t.Errorf("%s: the event of %v is titled %q, want %q", tt.name, group, titles[i], tt.title)
			}
		}
		for _, pair := range tt.apart {
			if slices.ContainsFunc(events, func(arts []string) bool {
				return slices.Contains(arts, pair[0]) && slices.Contains(arts, pair[1])
			}) {
				t.Errorf("%s: %s and %s share an event; events by article %v", tt.name, pair[0], pair[1], events)
			}
		}
		if len(events) == 0 {
			t.Errorf("%s: no day-precise event", tt.name)
		}
	}
}
