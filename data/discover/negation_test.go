package discover_test

import (
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// eventDays returns the first days of c's events.
func eventDays(c *data.Corpus) []string {
	var days []string
	for _, e := range c.Events {
		days = append(days, e.Span.Start.String())
	}
	return days
}

// A happening denied makes no event (eval8's i23_ru: "встреча … в
// графике не значится" was linked to the meeting): the report's talks of
// 12 March are an event, the denied summit or attendance of 13 March is
// none, in every language. A denial in another clause leaves the event
// its clause tells. Reports written for the test.
func TestNegatedHappeningsMakeNoEvent(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"en", "The foreign ministers held talks in Astana on 12 March 2024 about water sharing. The summit of the presidents planned for 13 March 2024 did not take place. The talks ended with a joint statement on the rivers."},
		{"en", "The foreign ministers held talks in Astana on 12 March 2024 about water sharing. The Kyrgyz president did not attend the meeting of 13 March 2024 for health reasons. The talks ended with a joint statement on the rivers."},
		{"fr", "Les ministres des affaires étrangères ont mené des pourparlers à Astana le 12 mars 2024 sur le partage de l'eau. La rencontre des présidents prévue le 13 mars 2024 n'a pas eu lieu. Les discussions se sont conclues par une déclaration commune."},
		{"de", "Die Außenminister führten am 12. März 2024 in Astana Gespräche über das Wasser. Das für den 13. März 2024 geplante Gipfeltreffen der Präsidenten fand nicht statt. Die Gespräche endeten mit einer gemeinsamen Erklärung."},
		{"ru", "Министры иностранных дел провели переговоры в Астане 12 марта 2024 года. Встреча президентов 13 марта 2024 года в графике не значится. Переговоры завершились совместным заявлением."},
		{"es", "Los ministros de Exteriores mantuvieron conversaciones en Astaná el 12 de marzo de 2024. La cumbre de los presidentes prevista para el 13 de marzo de 2024 no tuvo lugar. Las conversaciones terminaron con una declaración conjunta."},
		{"tr", "Dışişleri bakanları 12 Mart 2024 tarihinde Astana'da görüşmeler yaptı. 13 Mart 2024 tarihinde planlanan cumhurbaşkanları zirvesi gerçekleşmedi. Görüşmeler ortak bir bildiriyle sona erdi."},
		{"ar", "أجرى وزراء الخارجية محادثات في أستانا في 12 مارس 2024 حول تقاسم المياه. ولم يحضر الرئيس القرغيزي اجتماع 13 مارس 2024 في العاصمة. وانتهت المحادثات ببيان مشترك حول الأنهار."},
		{"zh", "各国外长于2024年3月12日在阿斯塔纳举行会谈，讨论水资源问题。吉尔吉斯斯坦总统没有出席2024年3月13日的会议。会谈最后发表了联合声明。"},
	} {
		c := build(t, map[string]string{tt.lang + ".txt": " date 2024-03-14\n\n" + tt.text + "\n"})
		days := eventDays(c)
		if slices.Contains(days, "2024-03-13") || !slices.Contains(days, "2024-03-12") {
			t.Errorf("%s: events on %v (%q), want the talks of the 12th and nothing on the 13th", tt.lang, days, titlesOf(c))
		}
	}
	// The denial is of its own clause: the summit took place.
	c := build(t, map[string]string{"en.txt": " date 2024-03-14\n\nThe summit took place in Astana on 13 March 2024, but the Kyrgyz president did not attend. The leaders signed a declaration on water. The next summit is due in the autumn.\n"})
	if !slices.Contains(eventDays(c), "2024-03-13") {
		t.Errorf("events %q on %v, want the summit of the 13th", titlesOf(c), eventDays(c))
	}
}
