package discover_test

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestStorylinesDoNotChainAYear: a storyline spans two windows at most,
// and two events tie by two names, or one name and a kind akin. A corpus
// whose reports each share one name with the next (a summit in Astana,
// Putin's visit there, his talks in Moscow, a vote in Russia, a flood in
// Moscow …) was one lane over its whole year (reports written for the
// test).
func TestStorylinesDoNotChainAYear(t *testing.T) {
	c := build(t, map[string]string{
		"a.txt": " date 2024-01-11\n\nThe CSTO summit in Astana on 10 January 2024 was attended by Vladimir Putin and Kassym-Jomart Tokayev.\n",
		"b.txt": " date 2024-01-21\n\nVladimir Putin and Kassym-Jomart Tokayev held talks in Astana on 20 January 2024.\n",
		"c.txt": " date 2024-02-15\n\nVladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on 14 February 2024.\n",
		"d.txt": " date 2024-03-13\n\nVladimir Putin and Kassym-Jomart Tokayev met in Moscow on 12 March 2024.\n",
		"e.txt": " date 2024-04-06\n\nVladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on 5 April 2024.\n",
		"f.txt": " date 2024-05-03\n\nVladimir Putin and Kassym-Jomart Tokayev met in Moscow on 2 May 2024.\n",
		// One name and another kind: a flood in Astana is no part of
		// the summit's story.
		"g.txt": " date 2024-01-16\n\nA flood hit Astana on 15 January 2024.\n",
	})
	lanes := map[string][]*data.Event{}
	for _, e := range c.Events {
		if e.Storyline != "" && e.Storyline != data.OtherStoryline {
			lanes[e.Storyline] = append(lanes[e.Storyline], e)
		}
	}
	if len(lanes) == 0 {
		t.Fatalf("no storyline; events %q", titlesOf(c))
	}
	for id, evs := range lanes {
		first, last := evs[0].Span.From(), evs[0].Span.To()
		for _, e := range evs {
			if e.Span.From().Before(first) {
				first = e.Span.From()
			}
			if e.Span.To().After(last) {
				last = e.Span.To()
			}
			if e.Kind == "disaster" {
				t.Errorf("the flood is in storyline %s with %d events, want it alone", id, len(evs))
			}
		}
		if days := last.Sub(first).Hours() / 24; days > 62 {
			t.Errorf("storyline %s spans %.0f days (%d events), want 62 at most", id, days, len(evs))
		}
	}
}
