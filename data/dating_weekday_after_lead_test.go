package data

import "testing"

// TestWeekdayAfterTheLeadsDay: in an article dated by its lead's day alone
// (the header gives the month), a weekday told below the lead in the two
// days after that day follows it; before the lead's date in the text, or
// further after it, or under a dateline, it is of the week before as
// always.
func TestWeekdayAfterTheLeadsDay(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"fr lundi after dimanche 1er juin", "fr", "2025-06",
			"Le candidat de l'opposition a remporté le second tour de la présidentielle, dimanche 1er juin, avec 51 % des voix.\nLa commission électorale a publié les résultats définitifs lundi matin.",
			"lundi", "2025-06-02"},
		{"en Monday after Sunday 30 November", "en", "2025-11",
			"Kyrgyz voters went to the polls on Sunday, November 30, to elect a new parliament in a snap vote.\nThe election commission announced the preliminary results on Monday.",
			"on Monday", "2025-12-01"},
		{"fa شنبه after جمعه", "fa", "2024-08",
			"سران کشورهای منطقه روز جمعه ۱۹ مرداد در آستانه نشست مشترک خود را برگزار کردند.\nوزارت خارجه روز شنبه از نتایج این نشست استقبال کرد.",
			"روز شنبه", "2024-08-10"},
		// Before the lead's date in the text: the week before.
		{"en Monday before the lead's date", "en", "2025-11",
			"After talks on Monday, Kyrgyz voters went to the polls on Sunday, November 30, to elect a new parliament.",
			"on Monday", "2025-11-24"},
		// Four days after: the week before.
		{"en Thursday four days after", "en", "2025-11",
			"Kyrgyz voters went to the polls on Sunday, November 30, to elect a new parliament in a snap vote.\nThe president had signed the decree on Thursday.",
			"on Thursday", "2025-11-27"},
		// A dateline dates the page: its weekdays look back from it.
		{"en dateline", "en", "2025-11",
			"BISHKEK, Nov 30 (Reuters) - Kyrgyz voters went to the polls on Sunday, November 30.\nThe commission had met on Monday.",
			"on Monday", "2025-11-24"},
	})
}
