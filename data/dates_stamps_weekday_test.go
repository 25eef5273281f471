package data

import "testing"

// A dateline that writes the weekday before the date is the page's stamp
// in every language that writes it so; a weekday and date that open a
// sentence after a comma are not. Texts written for the test.
func TestWeekdayDatelines(t *testing.T) {
	checkStamps(t, []stampCase{
		{"nl", "Utrecht, dinsdag 14 maart 2023\n\nDe gemeenteraad stemde gisteren in met het nieuwe plan.", "dinsdag 14 maart 2023", StampPublished},
		{"en", "Leeds, Friday 3 November 2023\n\nThe council approved the budget late on Thursday.", "Friday 3 November 2023", StampPublished},
		{"en", "BOSTON, Wednesday, March 6, 2024\n\nThe mayor opened the new bridge this morning.", "Wednesday, March 6, 2024", StampPublished},
		{"fr", "Lyon, mardi 7 mai 2024\n\nLe conseil municipal a voté hier le nouveau budget.", "mardi 7 mai 2024", StampPublished},
		{"de", "Hamburg, Donnerstag, 11. Januar 2024\n\nDer Senat hat gestern den Haushalt beschlossen.", "Donnerstag, 11. Januar 2024", StampPublished},
		{"es", "Sevilla, viernes 12 de abril de 2024\n\nEl ayuntamiento aprobó ayer el presupuesto.", "viernes 12 de abril de 2024", StampPublished},
		{"ru", "Казань, вторник, 5 марта 2024 года\n\nГородская дума вчера утвердила бюджет.", "вторник, 5 марта 2024 года", StampPublished},
		{"it", "Torino, sabato 9 marzo 2024\n\nIl consiglio comunale ha approvato ieri il bilancio.", "sabato 9 marzo 2024", StampPublished},
		{"fr, le", "Nantes, le 7 mai 2024\n\nLe conseil municipal a voté hier le nouveau budget.", "le 7 mai 2024", StampPublished},
		{"fr, le lundi", "Nantes, le lundi 6 mai 2024\n\nLe conseil municipal a voté hier le nouveau budget.", "le lundi 6 mai 2024", StampPublished},
		{"de, den", "Bremen, den 11. Januar 2024\n\nDer Senat hat gestern den Haushalt beschlossen.", "11. Januar 2024", StampPublished},
		{"fr, sentence", "Lundi, le 6 mai 2024, le conseil municipal de Nantes a voté le budget.", "le 6 mai 2024", StampNone},
		// Running text: the date goes on into its sentence.
		{"en", "Yesterday, Friday 3 November 2023, the council approved the budget in Leeds.", "Friday 3 November 2023", StampNone},
		{"en", "On Friday 3 November 2023 the council approved the budget in Leeds.", "On Friday 3 November 2023", StampNone},
	})
}
