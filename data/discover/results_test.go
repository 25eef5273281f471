package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// TestResultNamingNoOneHasNoWinner: a result told in a sentence that names
// no one takes no winner from its paragraph (the one congratulating is as
// often the loser); a result that names the winner keeps him (want: a title naming him).
func TestResultNamingNoOneHasNoWinner(t *testing.T) {
	tests := []struct {
		name, text, want, not string
	}{
		{"the outgoing president congratulates (fr)", " date 2021-06-20\n\nLe président sortant Hassan Rohani, élu en 2013, ne pouvait pas se représenter. Il a félicité son successeur le 18 juin 2021 au soir, avant même la publication des résultats définitifs. La participation a été faible.\n", "", "Hassan Rouhani wins"},
		{"the outgoing president congratulates (en)", " date 2021-06-20\n\nOutgoing president Hassan Rouhani could not run again. He congratulated his successor on 18 June 2021, before the final results were published. Turnout was low.\n", "", "Hassan Rouhani wins"},
		{"the winner named (en)", " date 2023-07-11\n\nShavkat Mirziyoyev won the election with 87 percent on 10 July 2023, the results showed. Turnout was high. Observers noted few rivals.\n", "Shavkat Mirziyoyev", ""},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		titles := titlesOf(c)
		named := slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, tt.want) })
		if tt.want != "" && !named || tt.not != "" && slices.Contains(titles, tt.not) {
			t.Errorf("%s: titles %q, want %q and not %q", tt.name, titles, tt.want, tt.not)
		}
	}
}
