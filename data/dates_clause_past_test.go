package data

import "testing"

// A date told in a clause with a past verb is past even when another
// clause of its sentence announces; a date in the announcing clause stays
// ahead. Texts written for the test (the article is of Tuesday 11 March
// 2025).
func TestClausePast(t *testing.T) { checkWeekdays(t, clausePastCases) }

var clausePastCases = []weekdayCase{
	{"en", "The mayor will open the new bridge on Friday, a day after the old one collapsed on Thursday.", "on Thursday", "2025-03-06"},
	{"en, the announced clause", "The mayor will open the new bridge on Friday, a day after the old one collapsed on Thursday.", "on Friday", "2025-03-14"},
	{"en, a participle", "The new rules, which were adopted last month, will apply from Monday.", "from Monday", "2025-03-17"},
	{"es", "El alcalde inaugurará el puente el viernes, dos días después de que el viejo se derrumbó el miércoles.", "el miércoles", "2025-03-05"},
	{"es, the announced clause", "El alcalde inaugurará el puente el viernes, dos días después de que el viejo se derrumbó el miércoles.", "el viernes", "2025-03-14"},
	{"it", "Il sindaco inaugurerà il ponte venerdì, due giorni dopo che il vecchio crollò mercoledì.", "mercoledì", "2025-03-05"},
	{"ru", "В феврале депутаты обсуждали закон в Москве, а в апреле его должны принять.", "В феврале", "2025-02"},
	{"ru, the announced clause", "В феврале депутаты обсуждали закон в Москве, а в апреле его должны принять.", "в апреле", "2025-04"},
}
