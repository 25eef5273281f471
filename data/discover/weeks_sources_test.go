package discover_test

import (
	"strings"
	"testing"
)

// TestWeekPlacesNoWeekday: "last week" is a span of seven days and says
// nothing of any one of them: an undated report's "Tuesday" is not put on
// the Tuesday of another report's "last week", however many names the two
// share (the Kakhovka dam's Tuesday fell in the week of the Azerbaijan
// Airlines crash, both naming Russia and Moscow).
func TestWeekPlacesNoWeekday(t *testing.T) {
	c := build(t, map[string]string{
		"a.txt": " date 2024-12-23\n\nBAKU - Ilham Aliyev said on Sunday that the passenger jet which crashed in Kazakhstan last week had been damaged by fire from the ground over Russia, and demanded that Moscow admit responsibility.\n",
		"b.txt": "The dam was blown up on Tuesday before dawn. Kyiv blames Russia; Moscow says it was Ukrainian shelling. The UN Security Council met the same evening.\n",
	})
	for _, e := range c.Events {
		for _, a := range articlesOf(e) {
			if a == "b" && strings.HasPrefix(e.Span.Start.String(), "2024-12") {
				t.Errorf("event %q of %s holds b's Tuesday: a week placed it; events: %q", e.Title, e.Span.Start, titlesOf(c))
			}
		}
	}
}
