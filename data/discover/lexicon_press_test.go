package discover

import "testing"

// TestPressConferenceAndAgreeingAreNoEvent: a press conference is where
// something is said, no meeting ("Erdoğan ortak basın toplantısında …
// dedi", "at a joint press conference"), and Dutch "instemmen" split
// ("stemden zij in met ontwapening", they agreed to disarm) is no vote: the
// Karabakh offensive of 19 September 2023 was "Armenia election" and
// "Meeting with Recep Tayyip Erdoğan" in two of its reports.
func TestPressConferenceAndAgreeingAreNoEvent(t *testing.T) {
	checkNoKind(t, []kindCase{
		{"tr", "Erdoğan ortak basın toplantısında operasyonu değerlendirdi.", Meeting},
		{"en", "He told a joint press conference on Monday that the operation was over.", Meeting},
		{"fr", "Il a déclaré lors d'une conférence de presse lundi que l'opération était terminée.", Meeting},
		{"es", "Lo dijo en rueda de prensa el lunes.", Meeting},
		{"it", "Lo ha detto in conferenza stampa lunedì.", Meeting},
		{"pt", "Disse em conferência de imprensa na segunda-feira.", Meeting},
		{"de", "Er sagte auf einer Pressekonferenz am Montag, die Operation sei beendet.", Meeting},
		{"nl", "Een dag later gaven de strijders zich over en stemden zij in met ontwapening.", Election},
		{"nl", "Het parlement stemde in met het verdrag.", Election},
	})
	checkKindsAmong := []kindCase{
		{"tr", "Liderler Ankara'da bir toplantı yaptı.", Meeting},
		{"en", "The leaders held a meeting in Ankara on Monday.", Meeting},
		{"nl", "De Nederlanders stemden op woensdag voor een nieuw parlement.", Election},
	}
	for _, tt := range checkKindsAmong {
		found := false
		for _, k := range kindsOf(tt.lang, tt.sentence) {
			found = found || k == tt.want
		}
		if !found {
			t.Errorf("%s %q: kinds %v, want %s among them", tt.lang, tt.sentence, kindsOf(tt.lang, tt.sentence), tt.want)
		}
	}
}
