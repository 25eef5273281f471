package discover_test

import "testing"

// TestOtherHostIsAnotherOccasion: the same guest in the same city on the
// same day of the month, received by another person of the host country,
// is another year's occasion; received by the same host, the same one.
// The host may stand in the report's title or lead rather than in the
// sentence that matches.
func TestOtherHostIsAnotherOccasion(t *testing.T) {
	src := " date 2024-07-14\n\nXi hails ties with Mongolia\n\nULAANBAATAR, July 14 (Reuters) - Xi Jinping held talks with Ukhnaagiin Khurelsukh in Ulaanbaatar.\n\nThe two leaders held talks in Ulaanbaatar on fuel supplies.\n"
	for _, tc := range []struct {
		name, text, want string
	}{
		{"another host", "Xi and Battulga sign treaty\n\nUlan-Bator (dpa), 14. Juli – Xi Jinping und Chaltmaagiin Battulga führten Gespräche in Ulan-Bator.\n", ""},
		{"another host in the title", "Xi und Battulga unterzeichnen Vertrag\n\nUlan-Bator (dpa), 14. Juli – Xi Jinping führte Gespräche in Ulan-Bator.\n", ""},
		{"the same host", "Xi und Chürelsüch unterzeichnen Vertrag\n\nUlan-Bator (dpa), 14. Juli – Xi Jinping und Uchnaagiin Chürelsüch führten Gespräche in Ulan-Bator.\n", "2024-07-14"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": src, "x.txt": tc.text})
			if got := dateOf(t, c, "x"); got != tc.want {
				t.Errorf("dated %q, want %q: %s", got, tc.want, article(t, c, "x").DateReason)
			}
		})
	}
}

// TestLeadSentenceOfAnotherYearPlacesNoDateline: a sentence of the lead
// whose only date is a year ("… im Jahr 1939") tells of that year, not of
// the dateline's day: it gives the dateline no year from a report of that
// day that recalls the same battle.
func TestLeadSentenceOfAnotherYearPlacesNoDateline(t *testing.T) {
	src := " date 2024-09-03\n\nULAANBAATAR, Sept 3 (Reuters) - Xi Jinping's visit to Mongolia is timed to the anniversary of the victory over Japanese forces at Khalkhin Gol.\n"
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a year alone", "Gedenken in Ulan-Bator\n\nUlan-Bator (dpa), 3. September – Die Stadt ist mit Fahnen geschmückt.\n\nAnlass ist der Jahrestag des Sieges über die japanische Armee in der Mongolei im Jahr 1939.\n", ""},
		// Without the year the sentence tells of the dateline's day.
		{"no year", "Gedenken in Ulan-Bator\n\nUlan-Bator (dpa), 3. September – Die Stadt ist mit Fahnen geschmückt.\n\nAnlass ist der Jahrestag des Sieges über die japanische Armee in der Mongolei.\n", "2024-09-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": src, "x.txt": tc.text})
			if got := dateOf(t, c, "x"); got != tc.want {
				t.Errorf("dated %q, want %q: %s", got, tc.want, article(t, c, "x").DateReason)
			}
		})
	}
}
