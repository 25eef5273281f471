package data

import "testing"

// TestMonthOfYearsAgo: a month followed by a count of years ago is the
// month of that year ("nell'ottobre di tre anni fa" in a report of April
// 2025 is October 2022), not the last such month before the report; a
// count of weeks, or a count in the next sentence, leaves the month alone.
func TestMonthOfYearsAgo(t *testing.T) {
	const day = "2025-04-03"
	checkSpanCases(t, []spanCase{
		{"it di N anni fa", "it", day, "Il porto fu riaperto nel marzo di due anni fa dopo i lavori.", "nel marzo di due anni fa", "2023-03"},
		{"it day of N anni fa", "it", day, "La diga crollò il 12 ottobre di tre anni fa.", "il 12 ottobre di tre anni fa", "2022-10-12"},
		{"es de hace N años", "es", day, "El puerto reabrió en marzo de hace dos años tras las obras.", "en marzo de hace dos años", "2023-03"},
		{"fr il y a N ans", "fr", day, "Le port a rouvert en mars il y a deux ans après les travaux.", "en mars il y a deux ans", "2023-03"},
		{"de vor N Jahren", "de", day, "Der Hafen wurde im März vor zwei Jahren wieder eröffnet.", "im März vor zwei Jahren", "2023-03"},
		{"nl N jaar geleden", "nl", day, "De haven ging in maart twee jaar geleden weer open.", "in maart twee jaar geleden", "2023-03"},
		{"ru N года назад", "ru", day, "Порт вновь открылся в марте два года назад после ремонта.", "в марте два года назад", "2023-03"},
		{"uk N роки тому", "uk", day, "Порт знову відкрився у березні два роки тому після ремонту.", "у березні два роки тому", "2023-03"},
		{"pl N lata temu", "pl", day, "Port otwarto ponownie w marcu dwa lata temu po remoncie.", "w marcu dwa lata temu", "2023-03"},
		{"pt há N anos", "pt", day, "O porto reabriu em março há dois anos depois das obras.", "em março há dois anos", "2023-03"},
		{"ar قبل N سنوات", "ar", day, "أعيد فتح الميناء في مارس قبل ثلاث سنوات بعد الأشغال.", "في مارس قبل ثلاث سنوات", "2022-03"},
		{"en of N years ago", "en", day, "The port reopened in March of two years ago after the works.", "in March of two years ago", "2023-03"},
		// Guards: weeks are no year; a count in the next sentence is its own.
		{"de vor N Wochen", "de", day, "Der Hafen wurde im März vor drei Wochen wieder eröffnet.", "im März", "2025-03"},
		{"it next sentence", "it", day, "Il porto fu riaperto a marzo. Tre anni fa era chiuso.", "a marzo", "2025-03"},
	})
}
