package data

import "testing"

// TestItalianPresentOfScheduledIsAhead: an Italian present of a scheduled
// happening puts a weekday of its clause ahead of the report; the
// passato prossimo keeps it behind.
func TestItalianPresentOfScheduledIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		// Tuesday 16 April 2019.
		{"it si celebra", "it", "2019-04-16", "Il sindaco ha parlato ai cittadini a pochi giorni dalla festa, che si celebra domenica.", "domenica", "2019-04-21"},
		{"it si tiene", "it", "2019-04-16", "Il congresso del partito si tiene sabato a Bologna.", "sabato", "2019-04-20"},
		{"it si vota", "it", "2019-04-16", "In Sardegna si vota domenica per il nuovo consiglio.", "domenica", "2019-04-21"},
		// Done: the weekday before the report.
		{"it si è tenuto", "it", "2019-04-16", "Il congresso del partito si è tenuto sabato a Bologna.", "sabato", "2019-04-13"},
		{"it ha aperto", "it", "2019-04-16", "La mostra ha aperto domenica al pubblico.", "domenica", "2019-04-14"},
	})
}
