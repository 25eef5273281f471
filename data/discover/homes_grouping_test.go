package discover_test

import (
	"slices"
	"testing"
)

// A statement that names no one joins the one event of its kind on its
// date only when that event's reports are about the same country: the
// Georgian report's "the elections" of 28 October is not the Uzbek vote's
// results of that day. Without the other country's report, it joins.
// Sentences written for the test.
func TestNamelessStatementStaysInItsCountry(t *testing.T) {
	georgia := " date 2024-10-29\n\nВ Грузии 26 октября 2024 года прошли парламентские выборы.\n\nВ понедельник, 28 октября 2024 года, выборы назвали сфальсифицированными.\n"
	uzbek := " date 2024-10-28\n\nTASHKENT, 28 October 2024 – Uzbekistan's election commission announced the preliminary results of the parliamentary election on 28 October 2024.\n"
	georgian := " date 2024-10-29\n\nGeorgia's election commission announced the results of the parliamentary election on 28 October 2024.\n"
	for _, tt := range []struct {
		name, other, text string
		together          bool
	}{
		{"another country's vote", "uz", uzbek, false},
		{"the same country's vote", "en", georgian, true},
	} {
		c := build(t, map[string]string{"ka.txt": georgia, tt.other + ".txt": tt.text})
		together := false
		for _, e := range c.Events {
			if e.Span.Start.String() <= "2024-10-28" && e.Span.Last().String() >= "2024-10-28" {
				arts := articlesOf(e)
				together = together || slices.Contains(arts, "ka") && slices.Contains(arts, tt.other)
			}
		}
		if together != tt.together {
			t.Errorf("%s: the nameless statement in the event of 28 October: %v, want %v; events: %q", tt.name, together, tt.together, titlesOf(c))
		}
	}
}
