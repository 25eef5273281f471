package discover_test

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// checkKindOnDay builds a folder of one report, text under a " date
// written" header, and wants an event on day, every event of that day of
// kind want (the tests of which day a sentence's event is: a call, a
// decree, an announcement, a court's vote). name labels the row.
func checkKindOnDay(t *testing.T, name, written, text, day, want string) {
	t.Helper()
	c := build(t, map[string]string{"a.txt": " date " + written + "\n\n" + text + "\n"})
	found := false
	for _, e := range c.Events {
		if e.Span.Start.String() == day {
			found = true
			if e.Kind != want {
				t.Errorf("%s: the event of %s is a %s (%q), want a %s", name, day, e.Kind, e.Title, want)
			}
		}
	}
	if !found {
		t.Errorf("%s: no event on %s; events %q", name, day, titlesOf(c))
	}
}

// kindOfDay returns the kind of c's last event on day, "" for none.
func kindOfDay(c *data.Corpus, day string) string {
	kind := ""
	for _, e := range c.Events {
		if e.Span.Start.String() == day {
			kind = e.Kind
		}
	}
	return kind
}
