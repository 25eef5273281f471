package data

import "testing"

// A count of units later or earlier than the date told before ("two days
// later", "drie dagen eerder") is placed against that date, as "a day
// later" is. The texts are written for the test; the article is of
// Tuesday 11 March 2025.
func TestCountLaterThanTextDate(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"en", "The clashes began on 3 March and escalated two days later into heavy fighting.", "two days later", "2025-03-05"},
		{"en, a week", "The ministers met on 3 March. A week later they signed the treaty.", "A week later", "2025-03-10"},
		{"en, earlier", "The vote was held on 2 March. Three days earlier the opposition had called a boycott.", "Three days earlier", "2025-02-27"},
		{"en, digits", "The vote was held on 2 March. 3 days later the results were annulled.", "3 days later", "2025-03-05"},
		{"en, months", "The treaty was signed on 3 January. Two months later it entered into force.", "Two months later", "2025-03"},
		{"nl", "Het parlement stemde op 26 februari in, nadat de premier drie dagen eerder een akkoord had gesloten.", "drie dagen eerder", "2025-02-23"},
		{"fr", "Le président a annoncé le 4 mars que le retrait commencerait deux jours plus tard.", "deux jours plus tard", "2025-03-06"},
		{"de", "Die Gespräche begannen am 3. März, zwei Tage später wurde ein Abkommen unterzeichnet.", "zwei Tage später", "2025-03-05"},
		{"ru", "Переговоры начались 3 марта, а три дня спустя стороны подписали соглашение.", "три дня спустя", "2025-03-06"},
		{"es", "Las conversaciones empezaron el 3 de marzo y dos días después se firmó el acuerdo.", "dos días después", "2025-03-05"},
		{"pl", "Rozmowy zaczęły się 3 marca, a dwa dni później podpisano porozumienie.", "dwa dni później", "2025-03-05"},
		// Not relative to the date before: a complement, two days told.
		{"es, de", "Las conversaciones empezaron el 3 de marzo, dos días después de la votación.", "dos días después", ""},
		{"en, two days told", "Talks were held on 3 March and 5 March. Two days later a statement was issued.", "Two days later", ""},
		{"it, before a complement", "I colloqui sono iniziati il 3 marzo, due giorni dopo un incontro a Roma.", "due giorni dopo", ""},
	})
}
