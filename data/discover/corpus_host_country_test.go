package discover_test

import "testing"

// A summit in a city is not the summit of the same series, on the same
// day a year apart, whose report names only the host country, another
// one: "hosted by India" is not Astana, whatever city that report names
// in another paragraph (the next summit's). A source that names the
// city's country can still be the same summit.
func TestYearNotFromASummitInAnotherCountry(t *testing.T) {
	const india = " date 2023-07-05\n\nLeaders of the member states met at the SCO summit hosted by India on 4 July 2023.\n\nThe next summit will take place in Astana.\n"
	const kazakhstan = " date 2024-07-05\n\nLeaders of the member states met at the SCO summit in Kazakhstan on 4 July 2024.\n"
	const yerevan2022 = " date 2022-11-24\n\nСаммит ОДКБ прошел 23 ноября 2022 года, принимающей стороной выступила Армения.\n"
	for _, tc := range []struct {
		name, text, words, want string
		srcs                    []string
	}{
		{"en, the host country is another", "Astana, 4 July. Leaders of the member states met at the SCO summit in Astana today.", "4 July", "", []string{india}},
		{"en, the city's country", "Astana, 4 July. Leaders of the member states met at the SCO summit in Astana today.", "4 July", "2024-07-04", []string{kazakhstan}},
		{"ru, the host country is another", "Минск, 23 ноября. Саммит ОДКБ прошел сегодня в Минске.", "23 ноября", "", []string{yerevan2022}},
		{"de, the host country is another", "Astana, 4. Juli. Die Staatschefs trafen sich heute in Astana zum SCO-Gipfel.", "4. Juli", "", []string{india}},
	} {
		checkPlaced(t, tc.name, tc.srcs, tc.text+"\n", tc.words, tc.want)
	}
}
