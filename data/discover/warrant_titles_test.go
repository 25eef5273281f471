package discover_test

import (
	"strings"
	"testing"
)

// TestArrestWarrantTitles: a warrant is titled by whom it names (and the
// court that issued it, when the court is named: "ICC arrest warrant for
// …"), not as the named person's decision (en ru fr de
// tr es; sentences written for the test).
func TestArrestWarrantTitles(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"en", "The International Criminal Court issued an arrest warrant for Vladimir Putin on 17 March 2023 over the deportation of children."},
		{"ru", "Международный уголовный суд 17 марта 2023 года выдал ордер на арест Владимира Путина по делу о депортации детей."},
		{"fr", "La Cour pénale internationale a émis le 17 mars 2023 un mandat d'arrêt contre Vladimir Poutine pour la déportation d'enfants."},
		{"de", "Der Internationale Strafgerichtshof erließ am 17. März 2023 einen Haftbefehl gegen Wladimir Putin wegen der Verschleppung von Kindern."},
		{"tr", "Uluslararası Ceza Mahkemesi 17 Mart 2023'te çocukların sürgün edilmesi nedeniyle Vladimir Putin hakkında tutuklama kararı çıkardı."},
		{"es", "La Corte Penal Internacional dictó el 17 de marzo de 2023 una orden de arresto contra Vladímir Putin por la deportación de niños."},
	} {
		c := build(t, map[string]string{tt.lang + ".txt": " date 2023-03-20\n\n" + tt.text + "\n"})
		found := false
		for _, e := range c.Events {
			if e.Span.Start.String() == "2023-03-17" {
				found = true
				if !strings.Contains(strings.ToLower(e.Title), "arrest warrant for vladimir putin") {
					t.Errorf("%s: the event of 17 March 2023 is %q (%s), want an arrest warrant for Vladimir Putin", tt.lang, e.Title, e.Kind)
				}
			}
		}
		if !found {
			t.Errorf("%s: no event on 17 March 2023; events %q", tt.lang, titlesOf(c))
		}
	}
}
