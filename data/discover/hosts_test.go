package discover_test

import "testing"

// TestHostInHisOwnCityHostsTheVisit: a leader named alone at a visit in a
// city of his own country, told by reports about another country, hosts
// the visit of someone the lists do not know; a leader's trip in his own
// country told by its own reports is his visit.
func TestHostInHisOwnCityHostsTheVisit(t *testing.T) {
	checkTitles(t, []titleCase{
		{"a guest the lists do not know (en)", oneFile(" date 2025-06-22\n\nIran's foreign minister said Iran would defend itself. He will visit Moscow on 23 June 2025 for a meeting with Vladimir Putin. Officials in Iran and Iraq welcomed the trip.\n"), "Vladimir Putin hosts a visit in Moscow", "Vladimir Putin visits Moscow"},
		{"a trip at home (en)", oneFile(" date 2024-05-06\n\nKassym-Jomart Tokayev visited Atyrau on 5 May 2024 to open a new school. He met residents of Kazakhstan's western regions. Kazakhstan has set aside funds for repairs.\n"), "Kassym-Jomart Tokayev visits Atyrau", "Kassym-Jomart Tokayev hosts a visit in Atyrau"},
	})
}
