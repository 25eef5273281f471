package discover_test

import "testing"

// TestUndatedWeekdayStaysInTheDatelinesWeek: the weekday of an undated
// report's lead is placed on the corpus's one day of that weekday only
// when that day lies in the week before the report's own year-less
// dateline: "DUSHANBE, Oct 12 – … on Sunday" is no Sunday of March.
func TestUndatedWeekdayStaysInTheDatelinesWeek(t *testing.T) {
	src := " date 2025-03-03\n\nTajikistan held a parliamentary election on Sunday, 2 March 2025, and President Emomali Rahmon's party won.\n"
	checkPlacedCases(t, placedRule{}, []placedCase{
		{"another month", []string{src}, "Rahmon's party wins\n\nDUSHANBE, Oct 12 - Tajikistan held a parliamentary election on Sunday, and President Emomali Rahmon's party won, the commission said.\n", "on Sunday", ""},
		{"the week before", []string{src}, "Rahmon's party wins\n\nDUSHANBE, March 3 - Tajikistan held a parliamentary election on Sunday, and President Emomali Rahmon's party won, the commission said.\n", "on Sunday", "2025-03-02"},
		{"no dateline", []string{src}, "Rahmon's party wins\n\nTajikistan held a parliamentary election on Sunday, and President Emomali Rahmon's party won, the commission said.\n", "on Sunday", "2025-03-02"},
	})
}
