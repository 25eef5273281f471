package discover

import "testing"

// TestFreedInTheExchange: people "freed in the exchange" tell a prisoner
// exchange in words that name neither prisoners nor a swap of them; a
// report of the returned ("Путин встретил граждан России, освобожденных в
// рамках обмена") was talks only. The bare word for an exchange is no
// exchange: "обмен мнениями" is an exchange of views.
func TestFreedInTheExchange(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"ru", "Путин встретил в аэропорту граждан России, освобожденных в рамках обмена, который состоялся вчера в Анкаре.", Exchange},
		{"ru", "Журналист был освобожден в ходе обмена в четверг.", Exchange},
		{"uk", "Військові, звільнені в рамках обміну, повернулися додому в суботу.", Exchange},
		{"en", "The reporter, freed in the swap on Thursday, landed in Maryland.", Exchange},
		{"en", "Those released as part of the exchange met the president on Friday.", Exchange},
		{"de", "Die beim Austausch freigekommenen Deutschen landeten am Freitag in Köln.", Exchange},
		{"es", "La jugadora, liberada en el canje del jueves, llegó a Texas.", Exchange},
		{"it", "I giornalisti liberati nello scambio sono atterrati giovedì.", Exchange},
		{"pt", "Os presos libertados na troca chegaram na quinta-feira.", Exchange},
	})
	checkNoKind(t, []kindCase{
		{"ru", "Министры провели обмен мнениями в четверг.", Exchange},
		{"en", "The ministers held an exchange of views on Thursday.", Exchange},
	})
}
