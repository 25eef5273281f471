package discover_test

import "testing"

// An undated English report whose agency dateline is written month first
// ("ASTANA, July 4 (Reuters)") takes the year of another report of the
// same event on that day, as day-first datelines do. Texts written for
// the test.
func TestMonthFirstDatelineTakesTheCorpusYear(t *testing.T) {
	c := build(t, map[string]string{
		"a_de.txt": "Treffen in Astana\n\nASTANA, 4. Juli 2024 - Wladimir Putin und Xi Jinping haben heute in Astana Gespräche geführt, am Rande des Gipfels der Shanghaier Organisation für Zusammenarbeit.\n\nDie beiden sprachen über Handel und Energie.\n",
		"b_en.txt": "Leaders meet in Astana\n\nASTANA, July 4 (Reuters) - Vladimir Putin and Xi Jinping held talks in Astana on the sidelines of the summit of the Shanghai Cooperation Organisation.\n\nThe two leaders discussed trade and energy.\n",
	})
	for _, a := range c.Articles {
		if a.ID == "b_en" && a.Date.String() != "2024-07-04" {
			t.Errorf("b_en dated %q: %s", a.Date, a.DateReason)
		}
	}
}
