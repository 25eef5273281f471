package data

import "testing"

// TestAgreedOnIsAhead: a date without its year in the object of a verb of
// agreeing is ahead of the article, whatever the tense of the agreeing; a
// date right after the verb is the day of the agreement.
func TestAgreedOnIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"en agreed on a meeting", "en", "2023-05", "The two ministers agreed on a further round of talks in Geneva in February.", "in February", "2024-02"},
		{"en agreed to meet", "en", "2023-05", "Both leaders agreed to meet again in September.", "in September", "2023-09"},
		{"ru договорились о визите", "ru", "2023-05", "Президенты договорились о визите делегации в Ташкент в феврале.", "в феврале", "2024-02"},
		{"uk домовилися про зустріч", "uk", "2023-05", "Сторони домовилися про нову зустріч у лютому.", "у лютому", "2024-02"},
		{"de vereinbarten ein Treffen", "de", "2023-05", "Die Außenminister vereinbarten ein weiteres Treffen im Februar.", "im Februar", "2024-02"},
		{"es acordaron reunirse", "es", "2023-05", "Los dos gobiernos acordaron reunirse de nuevo en febrero.", "en febrero", "2024-02"},
		{"pl uzgodnili spotkanie", "pl", "2023-05", "Obie strony uzgodniły, a premierzy uzgodnili kolejne spotkanie w lutym.", "w lutym", "2024-02"},
		{"ar اتفقا على", "ar", "2023-05", "واتفق الجانبان على عقد جولة جديدة من المحادثات في فبراير.", "في فبراير", "2024-02"},
		// The day of the agreement: what was agreed is no meeting.
		{"en agreed to send … in July", "en", "2024-01", "Erdogan agreed to send the protocol to parliament at the summit in Vilnius in July.", "in July", "2023-07"},
		// The day of the agreement: the date right after the verb.
		{"en agreed in February to", "en", "2023-05", "The ministers agreed in February to raise the budget.", "in February", "2023-02"},
		{"ru договорились в феврале", "ru", "2023-05", "Стороны договорились в феврале о поставках газа.", "в феврале", "2023-02"},
	})
}
