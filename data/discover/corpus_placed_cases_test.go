package discover_test

import (
	"strings"
	"testing"
)

// The corpus-placing tests (corpus_weekday*_test.go and others) share one
// shape: an undated report x.txt among dated sources a.txt, b.txt, …, and
// where the corpus places one of its mentions. checkPlacedCases is that
// scaffolding, written once.

// placedCase is one row of such a table: the report's text, its sources,
// its mention's words and the day or month the corpus places them at
// ("" for open).
type placedCase struct {
	name    string
	sources []string
	text    string
	words   string
	want    string
}

// placedRule is what a table's rows must show beyond the day: the words
// the reason of a placed mention holds (the rule that placed it; "" for
// any), and whether the report's own date must stay unset.
type placedRule struct {
	reason  string
	undated bool
}

// checkPlacedCases runs each case as a subtest of its name.
func checkPlacedCases(t *testing.T, rule placedRule, cases []placedCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, withSources(tc.text, tc.sources))
			got, why := placedIn(t, c, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, rule.reason) {
				t.Errorf("the reason does not say which rule (%q): %s", rule.reason, why)
			}
			if a := article(t, c, "x"); rule.undated && !a.Date.IsZero() {
				t.Errorf("the report was dated %s: %s", a.Date, a.DateReason)
			}
		})
	}
}
