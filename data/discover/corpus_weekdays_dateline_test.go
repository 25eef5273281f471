package discover_test

import "testing"

// TestUndatedWeekdayStaysInTheDatelinesWeek: the weekday of an undated
// report's lead is placed on the corpus's one day of that weekday only
// when that day lies in the week before the report's own year-less
// dateline: "DUSHANBE, Oct 12 – … on Sunday" is no Sunday of March.
func TestUndatedWeekdayStaysInTheDatelinesWeek(t *testing.T) {
	src := " date 2025-03-03\n\nTajikistan held a parliamentary election on Sunday, 2 March 2025, and President Emomali Rahmon's party won.\n"
	for _, tc := range []struct {
		name, text, words, want string
	}{
		{"another month", "Rahmon's party wins\n\nDUSHANBE, Oct 12 - Tajikistan held a parliamentary election on Sunday, and President Emomali Rahmon's party won, the commission said.\n", "on Sunday", ""},
		{"the week before", "Rahmon's party wins\n\nDUSHANBE, March 3 - Tajikistan held a parliamentary election on Sunday, and President Emomali Rahmon's party won, the commission said.\n", "on Sunday", "2025-03-02"},
		{"no dateline", "Rahmon's party wins\n\nTajikistan held a parliamentary election on Sunday, and President Emomali Rahmon's party won, the commission said.\n", "on Sunday", "2025-03-02"},
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
