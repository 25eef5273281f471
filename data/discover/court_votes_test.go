package discover_test

import "testing"

// TestCourtVoteIsNoElection: the judges' votes of a conviction ("four of
// the five judges voted for conviction") are the verdict, not an election
// (pt es fr en; sentences written for the test). Look-alike: the runoff
// a verdict's sentence names with its own date stays an election.
func TestCourtVoteIsNoElection(t *testing.T) {
	tests := []struct {
		name, text, day, wantKind string
	}{
		{"pt", "Por 4 votos a 1, os juízes votaram nesta quinta-feira, 11 de setembro de 2025, pela condenação do ex-presidente Jair Bolsonaro.", "2025-09-11", "verdict"},
		{"es", "El 11 de septiembre de 2025 los jueces votaron por la condena a 27 años del expresidente Jair Bolsonaro.", "2025-09-11", "verdict"},
		{"fr", "Le 11 septembre 2025, quatre des cinq juges ont voté la condamnation de Jair Bolsonaro.", "2025-09-11", "verdict"},
		{"en", "On 11 September 2025 four of the five justices voted for the conviction of Jair Bolsonaro.", "2025-09-11", "verdict"},
		{"look-alike: the runoff named with the verdict", "Em 11 de setembro de 2025 Jair Bolsonaro recebeu 27 anos e 3 meses de prisão, depois da derrota para Lula no segundo turno de 30 de outubro de 2022.", "2022-10-30", "election"},
	}
	for _, tt := range tests {
		checkKindOnDay(t, tt.name, "2025-09-12", tt.text, tt.day, tt.wantKind)
	}
}
