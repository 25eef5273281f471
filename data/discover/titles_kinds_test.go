package discover_test

import "testing"

// Funerals, prisoner exchanges and verdicts are titled by their own kind
// (a swap was "Fighting in Ankara", a sentence "… arrested", a funeral
// "Talks"). Reports written for the test.
func TestTitlesOfFuneralsExchangesVerdicts(t *testing.T) {
	checkTitles(t, []titleCase{
		{"swap", oneFile(" date 2024-08-02\n\nRussia and the United States completed a prisoner swap in Ankara on 1 August 2024. Sixteen people were freed. Planes left for Washington and Moscow in the evening.\n"),
			"Prisoner exchange in Ankara", "Fighting…"},
		{"verdict", oneFile(" date 2024-07-20\n\nA court in Yekaterinburg sentenced the reporter to sixteen years on 19 July 2024. The trial was held behind closed doors. His employer rejected the charges.\n"),
			"Verdict…", "…arrested"},
		{"funeral", oneFile(" date 2024-05-24\n\nThe late president was buried in Mashhad on 23 May 2024. Hundreds of thousands lined the streets. Foreign delegations attended the ceremony.\n"),
			"Funeral…", ""},
	})
}
