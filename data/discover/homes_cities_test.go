package discover_test

import (
	"slices"
	"testing"
)

// TestReportOfACityIsOfItsCountry: a report that names no country is
// about the country of the cities it names, its dateline's among them: a
// report filed from Tehran that tells a first round "held on 28 June"
// without naming Iran joins no other country's election of that day
// (Mongolia's), and joins Iran's when the corpus has it.
func TestReportOfACityIsOfItsCountry(t *testing.T) {
	const (
		tehran   = " date 2024-07-06\n\nTEHRAN - The reformist candidate won the runoff held on 5 July 2024, officials said.\n\nThe turnout was about ten points higher than in the first round of the election, which was held on 28 June 2024.\n"
		mongolia = " date 2024-06-29\n\nUlaanbaatar - Mongolia's ruling party won the parliamentary election held on 28 June 2024, preliminary results show.\n"
		iran     = " date 2024-05-23\n\nIran's early presidential election will be held on 28 June 2024, the interior ministry said.\n"
	)
	c := build(t, map[string]string{"a.txt": tehran, "b.txt": mongolia})
	for _, e := range c.Events {
		arts := articlesOf(e)
		if slices.Contains(arts, "a") && slices.Contains(arts, "b") {
			t.Errorf("event %q holds the Tehran report's first round and Mongolia's election; events: %q", e.Title, titlesOf(c))
		}
	}
	c = build(t, map[string]string{"a.txt": tehran, "b.txt": mongolia, "c.txt": iran})
	joined := false
	for _, e := range c.Events {
		arts := articlesOf(e)
		joined = joined || slices.Contains(arts, "a") && slices.Contains(arts, "c") && !slices.Contains(arts, "b")
	}
	if !joined {
		t.Errorf("the Tehran report's first round is not in Iran's election of 28 June; events: %q", titlesOf(c))
	}
}
