package discover_test

import "testing"

// TestBodyVoteIsNoCountrys: a vote of an international body's board or
// assembly is titled by the body, or "Vote", never by the country of the
// candidate or of the place it met; a country's own vote keeps its country.
func TestBodyVoteIsNoCountrys(t *testing.T) {
	checkTitles(t, []titleCase{
		{"a board's ballot (en)", oneFile(" date 2025-10-08\n\nEgypt's former minister won the nomination. The agency's executive board chose him as director-general on 6 October 2025 in a secret ballot. Egypt welcomed the result.\n"), "Vote", "Egypt…"},
		{"the member states' vote (fr)", oneFile(" date 2025-10-31\n\nLa conférence se tient en Ouzbékistan. Le vote de la Conférence générale pour confirmer le directeur général aura lieu le 6 novembre 2025. L'Égypte soutient son candidat.\n"), "Vote", "Uzbekistan…"},
		{"the assembly of the UN (ru)", oneFile(" date 2024-06-07\n\nГенеральная Ассамблея ООН провела 6 июня 2024 года выборы пяти непостоянных членов Совета Безопасности. Голосование прошло в Нью-Йорке. Казахстан приветствовал итоги.\n"), "UN vote", "Kazakhstan…"},
		{"a country its words govern (en)", oneFile(" date 2022-03-03\n\nThe UN General Assembly voted on 2 March 2022 to demand that Russia withdraw its troops from Ukraine. 141 states backed the text. Five voted against it.\n"), "UN vote", "Ukraine…"},
		{"a country's own vote (en)", oneFile(" date 2023-12-12\n\nEgypt held a presidential election on 10 December 2023. Turnout was reported to be high. Results are due next week.\n"), "Egypt presidential election", "Vote…"},
	})
}
