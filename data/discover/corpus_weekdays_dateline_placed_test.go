package discover_test

import "testing"

// TestUndatedWeekdayStaysInTheWeekOfItsPlacedDateline: an undated report
// whose own words placed its year-less dateline (the 80th anniversary of a
// battle of 1939 puts "Sept 3" in 2019) reports a Tuesday of that week, not
// the Tuesday of a look-alike signing of another year in the folder (2
// September 2025: Russia and Mongolia again, a treaty again).
func TestUndatedWeekdayStaysInTheWeekOfItsPlacedDateline(t *testing.T) {
	src := " date 2025-09-02\n\nMoscow and Ulaanbaatar sign a pipeline treaty\n\nRussia and Mongolia signed a treaty on a gas pipeline on Tuesday, President Vladimir Putin said after the talks.\n"
	for _, tc := range []struct {
		name, text, words, want string
	}{
		{"placed dateline of another year", "Putin signs a friendship treaty in Ulaanbaatar\n\nULAANBAATAR, Sept 3 (Reuters) - Russia and Mongolia signed a friendship treaty on Tuesday, President Vladimir Putin said. The visit marks the 80th anniversary of the victory at Khalkhin Gol in 1939.\n", "on Tuesday", ""},
		{"no anniversary", "Putin signs a friendship treaty in Ulaanbaatar\n\nULAANBAATAR, Sept 3 (Reuters) - Russia and Mongolia signed a friendship treaty on Tuesday, President Vladimir Putin said after the talks.\n", "on Tuesday", "2025-09-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": src, "x.txt": tc.text})
			m := mention(t, c, "x", tc.words)
			got := ""
			if m.Resolved() {
				got = m.Span.Span().Start.String()
			}
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, m.Reason)
			}
		})
	}
}
