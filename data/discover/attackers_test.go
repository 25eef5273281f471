package discover_test

import "testing"

// An attack is where it struck, not the country that struck: a country
// joined to the attack's word as its adjective is the attacker's; one after
// "in" or "on" is the target's. Sentences written for the test.
func TestAttackIsWhereItStruck(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the striker's adjective (en)", map[string]string{
			"en.txt": " date 2024-03-06\n\nRussian missile attacks hit power plants across Ukraine on 5 March 2024. Several towns lost electricity. Repair crews worked through the night.\n",
		}, "Attack in Ukraine", "Attack in Russia"},
		{"the striker's adjective (nl)", map[string]string{
			"nl.txt": " date 2024-03-06\n\nBij Russische raketaanvallen zijn op 5 maart 2024 elektriciteitscentrales in Oekraïne getroffen. Meerdere steden zaten zonder stroom. Herstelploegen werkten de hele nacht door.\n",
		}, "Attack in Ukraine", "Attack in Russia"},
		{"the striker's adjective (de)", map[string]string{
			"de.txt": " date 2024-03-06\n\nRussische Raketenangriffe haben am 5. März 2024 Kraftwerke in der Ukraine getroffen. Mehrere Städte waren ohne Strom. Reparaturtrupps arbeiteten die ganze Nacht.\n",
		}, "Attack in Ukraine", "Attack in Russia"},
		{"the target after 'on' (en)", map[string]string{
			"en.txt": " date 2025-06-14\n\nIsraeli jets carried out attacks on Iranian nuclear sites on 13 June 2025. Explosions were heard near several cities. The government promised a response.\n",
		}, "Attack in Iran", "Attack in Israel"},
		{"the place after 'in' (en)", map[string]string{
			"en.txt": " date 2024-01-04\n\nA bomb attack in Iran killed dozens of people on 3 January 2024. The crowd had gathered at a cemetery. The government declared a day of mourning.\n",
		}, "Attack in Iran", ""},
	})
}
