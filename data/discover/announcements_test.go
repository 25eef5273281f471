package discover_test

import "testing"

// TestAnnouncementJoinsTheDaysEvent: a report that tells the day's
// decision by "announced" alone ("De ECB kondigde op 21 juli 2022 aan …")
// is of the one event of that day sharing a person or an organisation
// with it (nl + de, en + fr). Look-alikes: two events of the day name
// the announcer (nothing tells which), or none shares a party.
func TestAnnouncementJoinsTheDaysEvent(t *testing.T) {
	decision := "FRANKFURT, 21. Juli 2022 - Die Europäische Zentralbank hat am Donnerstag, 21. Juli 2022, die Leitzinsen angehoben. Die EZB beschloss den Schritt einstimmig.\n"
	checkTitles(t, []titleCase{
		{"nl + de", map[string]string{
			"a.txt": decision,
			"b.txt": "AMSTERDAM, 22 juli 2022 - De Europese Centrale Bank kondigde donderdag 21 juli 2022 aan dat het tijdperk van de negatieve rente voorbij is.\n"},
			"", "Announcement by ECB"},
		{"en + fr", map[string]string{
			"a.txt": "PARIS, 21 juillet 2022 - La Banque centrale européenne a décidé jeudi 21 juillet 2022 de relever ses taux directeurs.\n",
			"b.txt": "LONDON, July 21, 2022 - The European Central Bank announced on Thursday, July 21, 2022, the end of negative rates.\n"},
			"", "Announcement by ECB"},
		{"look-alike, two events name the announcer", map[string]string{
			"a.txt": decision,
			"c.txt": "FRANKFURT, 21. Juli 2022 - Die EZB und die Bundesbank unterzeichneten am 21. Juli 2022 ein Abkommen in Berlin.\n",
			// (An announcement that names no rate: one about rates is the
			// rate decision itself, whatever the other event.)
			"b.txt": "AMSTERDAM, 22 juli 2022 - De Europese Centrale Bank kondigde donderdag 21 juli 2022 een nieuwe strategie voor haar communicatie aan.\n"},
			"Announcement by ECB", ""},
		{"look-alike, no party shared", map[string]string{
			"a.txt": decision,
			"b.txt": "LONDON, July 21, 2022 - The Bank of Japan announced on Thursday, July 21, 2022, that it keeps its rates.\n"},
			"Announcement…", ""},
	})
}
