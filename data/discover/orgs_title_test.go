package discover_test

import "testing"

// TestSeatOfGovernmentIsNoParty: a seat of government or a newsroom (an
// organisation without an acronym: the Kremlin, Xinhua) does not lead a
// title; a body of members (SCO) does.
func TestSeatOfGovernmentIsNoParty(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the Kremlin confirms (en)", oneFile(" date 2025-08-09\n\nThe Kremlin confirmed on 9 August 2025 that a summit would take place in Alaska. Officials gave no further details. The date is not yet final.\n"), "Summit…", "Kremlin…"},
		{"the Kremlin signs (de)", oneFile(" date 2025-05-09\n\nDer Kreml unterzeichnete am 8. Mai 2025 ein Abkommen mit China. Weitere Einzelheiten wurden nicht genannt. Die Gespräche dauerten mehrere Stunden.\n"), "Agreement signed…", "Kremlin…"},
		{"a body of members (en)", oneFile(" date 2024-07-05\n\nThe SCO summit was held in Astana on 4 July 2024. Leaders of member states attended. A declaration was adopted.\n"), "SCO summit in Astana", ""},
	})
}
