package discover_test

import "testing"

// TestResultNamingNoOneHasNoWinner: a result told in a sentence that names
// no one takes no winner from its paragraph (the one congratulating is as
// often the loser); a result that names the winner keeps him.
func TestResultNamingNoOneHasNoWinner(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the outgoing president congratulates (fr)", oneFile(" date 2021-06-20\n\nLe président sortant Hassan Rohani, élu en 2013, ne pouvait pas se représenter. Il a félicité son successeur le 18 juin 2021 au soir, avant même la publication des résultats définitifs. La participation a été faible.\n"), "", "Hassan Rouhani wins"},
		{"the outgoing president congratulates (en)", oneFile(" date 2021-06-20\n\nOutgoing president Hassan Rouhani could not run again. He congratulated his successor on 18 June 2021, before the final results were published. Turnout was low.\n"), "", "Hassan Rouhani wins"},
		{"the winner named (en)", oneFile(" date 2023-07-11\n\nShavkat Mirziyoyev won the election with 87 percent on 10 July 2023, the results showed. Turnout was high. Observers noted few rivals.\n"), "Election involving Shavkat Mirziyoyev", ""},
	})
}
