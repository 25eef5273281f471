package data

import "testing"

// TestThisAndLastYearInMoreForms: Russian "в текущем/нынешнем году",
// Ukrainian "у поточному році" and Tajik "соли ҷорӣ" are this year; the Kazakh and Kyrgyz
// genitive "өткен жылдың", "биылғы жылдың" give the month after them its
// year ("in December of last year" in a March report is December of the
// year before, as the tense alone also said; "биылғы жылдың 13
// желтоқсанында", this year's 13 December, in a March report is ahead,
// where the tense alone put it in the December before).
func TestThisAndLastYearInMoreForms(t *testing.T) {
	const month = "2025-03"
	checkSpanCases(t, []spanCase{
		{"ru в текущем году", "ru", month, "В текущем году саммит пройдёт в Астане.", "В текущем году", "2025"},
		{"ru в нынешнем году", "ru", month, "В нынешнем году урожай был рекордным.", "В нынешнем году", "2025"},
		{"uk у поточному році", "uk", month, "У поточному році саміт пройде в Астані.", "У поточному році", "2025"},
		{"tg соли ҷорӣ", "tg", month, "Соли ҷорӣ нишаст дар Душанбе баргузор мегардад.", "Соли ҷорӣ", "2025"},
		{"kk өткен жылдың", "kk", month, "Өткен жылдың желтоқсанында келісім жасалды.", "Өткен жылдың желтоқсанында", "2024-12"},
		{"kk биылғы жылдың ahead", "kk", month, "Биылғы жылдың 13 желтоқсанында саммит өтті.", "Биылғы жылдың 13 желтоқсанында", "2025-12-13"},
		{"ky быйылкы жылдын ahead", "ky", month, "Быйылкы жылдын 13-декабрында саммит өттү.", "Быйылкы жылдын 13-декабрында", "2025-12-13"},
		// Guards: a year written before the genitive is that year.
		{"kk 2024 жылдың", "kk", month, "2024 жылдың 13 желтоқсанында саммит өтті.", "2024 жылдың 13 желтоқсанында", "2024-12-13"},
	})
}
