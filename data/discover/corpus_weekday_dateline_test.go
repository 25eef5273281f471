package discover_test

import (
	"strings"
	"testing"
)

// A reported weekday of a report with no date at all lies in the week up
// to the page's own year-less dateline: rule 13 does not put "TBILISI, 29
// December (AFP) - … was sworn in on Sunday" on the corpus's only Sunday
// of the two names, 1 December, four weeks before (beforeDateline). Within
// the week, its "last Sunday" seven days back too, the weekday is placed
// as before (the dateline then dates the page: rules 8 and 10); a report
// with no dateline is placed as before.
func TestUndatedWeekdayWithinTheWeekOfTheDateline(t *testing.T) {
	// 1, 8 and 29 December 2024 were Sundays, 2 December a Monday.
	const inauguration = " date 2024-12-02\n\nMikheil Kavelashvili was sworn in as president of Georgia in Tbilisi on 1 December 2024.\n"
	for _, tc := range []struct {
		name, text, words, want string // want "" for open
	}{
		{"en, no dateline", "Mikheil Kavelashvili was sworn in as president of Georgia in Tbilisi on Sunday.", "on Sunday", "2024-12-01"},
		{"en, the next day", "TBILISI, December 2 (AFP) - Mikheil Kavelashvili was sworn in as president of Georgia in Tbilisi on Sunday.", "on Sunday", "2024-12-01"},
		{"en, a week after", "TBILISI, December 8 (AFP) - Mikheil Kavelashvili was sworn in as president of Georgia in Tbilisi last Sunday.", "last Sunday", "2024-12-01"},
		{"en, four weeks after", "TBILISI, December 29 (AFP) - Mikheil Kavelashvili was sworn in as president of Georgia in Tbilisi on Sunday.", "on Sunday", ""},
		{"fr, four weeks after", "TBILISSI, 29 décembre (AFP) - Mikheïl Kavelachvili a prêté serment dimanche comme président de la Géorgie à Tbilissi.", "dimanche", ""},
		{"ru, four weeks after", "ТБИЛИСИ, 29 декабря — Михаил Кавелашвили в воскресенье принёс присягу как президент Грузии в Тбилиси.", "в воскресенье", ""},
		{"ru, the next day", "ТБИЛИСИ, 2 декабря — Михаил Кавелашвили в воскресенье принёс присягу как президент Грузии в Тбилиси.", "в воскресенье", "2024-12-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, withSources(tc.text, []string{inauguration}), "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			// (With a dateline near the day, the dateline dates the page
			// and the weekday counts from it: rules 8 and 10.)
			if tc.want != "" && !strings.Contains(tc.text, "(AFP)") && !strings.Contains(tc.text, "—") && !strings.Contains(why, "on which a reports") {
				t.Errorf("the reason does not say which report: %s", why)
			}
		})
	}
}
