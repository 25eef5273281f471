package discover_test

import (
	"slices"
	"testing"
)

// A report dated by its month alone cannot tell of what began more than a
// day after the newest day it tells: its undated lead sentence of
// protests (or a strike, a fire) is not the protests of a week later that
// other reports date, and is those of the day after its newest day.
// Sentences written for the test.
func TestUndatedLeadTellsNothingAfterItsReport(t *testing.T) {
	month := map[string]string{
		"de": " date 2025-03\n\nProteste in Istanbul\n\nIn Istanbul haben erneut Zehntausende Menschen gegen die Regierung protestiert. Der Bürgermeister war am 19. März 2025 in seinem Haus festgenommen worden. Die Opposition spricht von einem politischen Prozess.\n",
		"fr": " date 2025-03\n\nManifestations à Istanbul\n\nDes dizaines de milliers de personnes ont manifesté à nouveau à Istanbul contre le gouvernement. Le maire avait été arrêté le 19 mars 2025 à son domicile. L'opposition dénonce un procès politique.\n",
		"ru": " date 2025-03\n\nПротесты в Стамбуле\n\nВ Стамбуле десятки тысяч человек снова вышли на протесты против правительства. Мэр был задержан 19 марта 2025 года у себя дома. Оппозиция называет дело политическим.\n",
	}
	others := func(day string) map[string]string {
		return map[string]string{
			"en1.txt": " date 2025-03-" + day + "\n\nHundreds of thousands protested in Istanbul on " + day + " March 2025 against the arrest of the mayor. Police used tear gas near the city hall. The governor had banned all gatherings.\n",
			"en2.txt": " date 2025-03-" + day + "\n\nThe largest protests in years filled the streets of Istanbul on " + day + " March 2025. Students joined the crowds at the universities. Many were detained by the police.\n",
		}
	}
	for lang, text := range month {
		for _, tt := range []struct {
			day  string
			want bool
		}{{"25", false}, {"20", true}} {
			files := others(tt.day)
			files[lang+".txt"] = text
			c := build(t, files)
			got := false
			for _, e := range eventsOfKind(c, "protest") {
				if e.Span.Start.String() == "2025-03-"+tt.day && slices.Contains(articlesOf(e), lang) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%s: the month's report in the protests of %s March: %v, want %v", lang, tt.day, got, tt.want)
			}
		}
	}
}
