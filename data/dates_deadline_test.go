package data

import "testing"

// TestDeadlineIsAhead: a year-less day people have until, or must act by,
// in the present, is a deadline still open: ahead of the report (a January
// report's "until 14 March" is this March, not last year's). The past of
// the same words, and "have" as the perfect's auxiliary, keep it behind.
func TestDeadlineIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"en has until", "en", "2025-01-20", "The ministry has until March 14 to answer the court.", "until March 14", "2025-03-14"},
		{"en must by", "en", "2025-01-20", "Parties must hand in their lists of candidates to the commission by 14 March.", "by 14 March", "2025-03-14"},
		{"de haben bis … Zeit", "de", "2025-01-20", "Die Parteien haben bis zum 14. März Zeit, ihre Listen einzureichen.", "zum 14. März", "2025-03-14"},
		{"de müssen bis", "de", "2025-01-20", "Die Listen müssen bis zum 14. März eingereicht werden.", "zum 14. März", "2025-03-14"},
		{"nl hebben tot … de tijd", "nl", "2025-01-20", "De partijen hebben tot 14 maart de tijd om hun lijsten in te dienen.", "tot 14 maart", "2025-03-14"},
		{"fr ont jusqu'au", "fr", "2025-01-20", "Les partis ont jusqu'au 14 mars pour déposer leurs listes.", "au 14 mars", "2025-03-14"},
		{"es tienen hasta", "es", "2025-01-20", "Los partidos tienen hasta el 14 de marzo para presentar sus listas.", "el 14 de marzo", "2025-03-14"},
		{"it hanno tempo fino al", "it", "2025-01-20", "I partiti hanno tempo fino al 14 marzo per depositare le liste.", "al 14 marzo", "2025-03-14"},
		{"pt têm até", "pt", "2025-01-20", "Os partidos têm até 14 de março para entregar as listas.", "até 14 de março", "2025-03-14"},
		{"pl mają czas do", "pl", "2025-01-20", "Partie mają czas do 14 marca na złożenie list.", "do 14 marca", "2025-03-14"},
		{"ru есть время до", "ru", "2025-01-20", "У партий есть время до 14 марта, чтобы подать списки.", "до 14 марта", "2025-03-14"},
		{"ru должны до", "ru", "2025-01-20", "Партии должны подать списки в избирком до 14 марта.", "до 14 марта", "2025-03-14"},
		{"uk мають час до", "uk", "2025-01-20", "Партії мають час до 14 березня, щоб подати списки.", "до 14 березня", "2025-03-14"},
		{"ar يجب قبل", "ar", "2025-01-20", "يجب على الأحزاب تقديم قوائمها قبل 14 مارس.", "قبل 14 مارس", "2025-03-14"},
		{"tr kadar gerekiyor", "tr", "2025-01-20", "Partilerin listelerini 14 Mart'a kadar teslim etmesi gerekiyor.", "14 Mart", "2025-03-14"},
		// Guards: the past of the same words, the perfect, no obligation.
		{"en had until", "en", "2025-01-20", "The ministry had until March 14 to answer the court.", "until March 14", "2024-03-14"},
		{"en has stayed until", "en", "2025-01-20", "The envoy has stayed in Kyiv until March 14 this winter.", "until March 14", "2024-03-14"},
		{"de hat bis … gewartet", "de", "2025-01-20", "Die Partei hat bis zum 14. März gewartet.", "zum 14. März", "2024-03-14"},
		{"ru должны были до", "ru", "2025-01-20", "Партии должны были подать списки до 14 марта.", "до 14 марта", "2024-03-14"},
		{"tr kadar sürdü", "tr", "2025-01-20", "Görüşmeler 14 Mart'a kadar sürdü.", "14 Mart", "2024-03-14"},
	})
}
