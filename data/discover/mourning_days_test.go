package discover_test

import "testing"

// A day of mourning told with the crash it mourns does not take the
// crash's day: the word nearest that date is the crash's (as a vote's
// does not, see groundDate); the day of mourning keeps its own. The two
// days may be one event, the crash and its aftermath (happenings.go),
// which then spans both.
func TestMourningDoesNotTakeTheDayOfWhatItMourns(t *testing.T) {
	c := build(t, map[string]string{"a.txt": " date 2024-12-27\n\nThe plane crashed near Aktau on 25 December 2024, and 26 December was declared a national day of mourning in Azerbaijan.\n"})
	kinds := map[string]string{}
	covered := map[string]bool{}
	for _, e := range c.Events {
		kinds[e.Span.Start.String()] = e.Kind
		covered[e.Span.Start.String()] = true
		covered[e.Span.Last().String()] = true
	}
	if kinds["2024-12-25"] != "disaster" || !covered["2024-12-26"] {
		t.Errorf("kinds by first day %v, want the crash on the 25th and an event on the 26th; events: %q", kinds, titlesOf(c))
	}
}

// A parade told with the war it marks keeps its day: the war is what it
// remembers, not what happened that day.
func TestParadeKeepsItsDayBesideItsWar(t *testing.T) {
	c := build(t, map[string]string{"a.txt": " date 2025-09-04\n\nA military parade marking the end of the war was held in Beijing on 3 September 2025.\n"})
	for _, e := range c.Events {
		if e.Span.Start.String() == "2025-09-03" && e.Kind != "commemoration" {
			t.Errorf("the parade's day is a %s, want a commemoration; events: %q", e.Kind, titlesOf(c))
		}
	}
}
