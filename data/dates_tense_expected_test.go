package data

import "testing"

// What is expected on a weekday, voters called to the polls, and a span
// that ends on a weekday after the day its sentence starts it, are ahead
// of the report (of Tuesday 11 March 2025); the same words in the past
// stay behind. The texts are written for the test.
func TestExpectedAndEndingWeekdays(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		// Expected, called to vote.
		{"es", "Para el jueves se espera la decisión del tribunal sobre el recurso.", "el jueves", "2025-03-13"},
		{"it", "La sentenza è attesa venerdì, dopo l'ultima udienza.", "venerdì", "2025-03-14"},
		{"it", "Intanto domenica i cittadini sono chiamati alle urne per il referendum.", "domenica", "2025-03-16"},
		{"pt", "Espera-se para sexta-feira a decisão do tribunal sobre o recurso.", "sexta-feira", "2025-03-14"},
		{"es", "El domingo los ciudadanos están llamados a las urnas en toda la región.", "El domingo", "2025-03-16"},
		{"fr", "La décision du tribunal est attendue vendredi, après la dernière audience.", "vendredi", "2025-03-14"},
		// The past of the same stays behind.
		{"es, past", "El jueves se esperaba la decisión del tribunal, que no llegó.", "El jueves", "2025-03-06"},
		{"it, past", "Domenica i cittadini erano stati chiamati a votare per il referendum.", "Domenica", "2025-03-09"},
		// A weekday of a past verb, with what is expected in another clause.
		{"es, said on Monday", "El lunes, el ministro dijo que se espera una subida de precios.", "El lunes", "2025-03-10"},
		{"it, said on Monday", "Lunedì il ministro ha detto che è attesa una crescita dei prezzi.", "Lunedì", "2025-03-10"},
		{"fr, said on Monday", "Lundi, le ministre a déclaré qu'une hausse des prix est attendue.", "Lundi", "2025-03-10"},
		// A span started today that ends on a weekday, "until" some words
		// before it or a verb of ending.
		{"es, until midnight of", "El Gobierno decretó luto oficial desde hoy martes hasta la medianoche del sábado en todo el país.", "del sábado", "2025-03-15"},
		{"pt, ending verb", "O luto oficial começou hoje, terça-feira, e termina no sábado à meia-noite.", "no sábado", "2025-03-15"},
		{"it, ending verb", "Il lutto cittadino, iniziato oggi martedì, finisce sabato a mezzanotte.", "sabato", "2025-03-15"},
		{"ru, ending verb", "Траур, объявленный сегодня, во вторник, заканчивается в субботу.", "в субботу", "2025-03-15"},
	})
}
