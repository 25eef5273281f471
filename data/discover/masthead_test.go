package discover_test

import (
	"slices"
	"testing"
)

// TestMastheadIsNoEvent: a page's masthead ("The Samarkand Review |
// Saturday 5 April 2025 | page 3") names a place and a date but tells of
// nothing; a sentence naming both without an event word still makes a
// weak event (reports written for the test).
func TestMastheadIsNoEvent(t *testing.T) {
	c := build(t, map[string]string{"a.txt": "The Samarkand Review | Saturday 5 April 2025 | page 3\n\nThe European Union wants a larger role in the region, officials said.\n"})
	if days := eventDays(c); slices.Contains(days, "2025-04-05") {
		t.Errorf("the masthead made events %q on %v", titlesOf(c), days)
	}
	c = build(t, map[string]string{"a.txt": " date 2025-04-07\n\nKassym-Jomart Tokayev was in Samarkand on Saturday 5 April 2025 with several of his ministers.\n"})
	if days := eventDays(c); !slices.Contains(days, "2025-04-05") {
		t.Errorf("events %q on %v, want the weak event of 5 April", titlesOf(c), days)
	}
}
