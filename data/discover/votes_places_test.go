package discover_test

import "testing"

// TestNationalVoteIsItsCountrys: a presidential or parliamentary election
// told by a city or a province is its country's: "held across Karabakh"
// is Azerbaijan's vote, "in Astana" Kazakhstan's (were "Presidential
// election in Nagorno-Karabakh", "Parliamentary election in Astana").
func TestNationalVoteIsItsCountrys(t *testing.T) {
	checkTitles(t, []titleCase{
		{"a province (en, az)", map[string]string{
			"en.txt": " date 2024-02-08\n\nFor the first time the presidential election was held across Karabakh on 7 February 2024.\n",
			"az.txt": " date 2024-02-08\n\nPrezident seçkiləri 7 fevral 2024-cü il ilk dəfə Qarabağda keçirilib.\n",
		}, "Azerbaijan presidential election", ""},
		{"a capital (en)", map[string]string{
			"en.txt": " date 2023-03-20\n\nVoters in Astana cast their ballots in the parliamentary election on 19 March 2023.\n",
		}, "Kazakhstan parliamentary election", ""},
		{"a province alone (en)", map[string]string{
			"en.txt": " date 2024-02-08\n\nThe presidential election was held in Karabakh on 7 February 2024 for the first time.\n",
		}, "Azerbaijan presidential election", ""},
	})
}
