package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// TestBodyVoteIsNoCountrys: a vote of an international body's board or
// assembly is titled by the body, or "Vote", never by the country of the
// candidate or of the place it met; a country's own vote keeps its country.
func TestBodyVoteIsNoCountrys(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"a board's ballot (en)", " date 2025-10-08\n\nEgypt's former minister won the nomination. The agency's executive board chose him as director-general on 6 October 2025 in a secret ballot. Egypt welcomed the result.\n", "Vote", "Egypt"},
		{"the member states' vote (fr)", " date 2025-10-31\n\nLa conférence se tient en Ouzbékistan. Le vote de la Conférence générale pour confirmer le directeur général aura lieu le 6 novembre 2025. L'Égypte soutient son candidat.\n", "Vote", "Uzbekistan"},
		{"the assembly of the UN (ru)", " date 2024-06-07\n\nГенеральная Ассамблея ООН провела 6 июня 2024 года выборы пяти непостоянных членов Совета Безопасности. Голосование прошло в Нью-Йорке. Казахстан приветствовал итоги.\n", "UN vote", "Kazakhstan"},
		{"a country's own vote (en)", " date 2023-12-12\n\nEgypt held a presidential election on 10 December 2023. Turnout was reported to be high. Results are due next week.\n", "Egypt presidential election", "Vote"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		titles := titlesOf(c)
		if !slices.Contains(titles, tt.want) {
			t.Errorf("%s: titles %q, want %q among them", tt.name, titles, tt.want)
		}
		if slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, tt.not) }) {
			t.Errorf("%s: titles %q, want none starting %q", tt.name, titles, tt.not)
		}
	}
}
