package data

import "testing"

// TestWeekdayOfLastWeek: a weekday next to "last week" is that weekday of
// the week before the article's, and so is the week mention. The report is
// of Friday 4 March 2022: the Thursday alone would be the day before, the
// week alone its Monday, 21 February.
func TestWeekdayOfLastWeek(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"nl vorige week donderdag", "nl", "2022-03-04", "De staking begon vorige week donderdag in Gent.", "vorige week", "2022-02-24"},
		{"nl the weekday too", "nl", "2022-03-04", "De staking begon vorige week donderdag in Gent.", "donderdag", "2022-02-24"},
		{"de letzte Woche Donnerstag", "de", "2022-03-04", "Der Streik begann letzte Woche Donnerstag in Köln.", "Donnerstag", "2022-02-24"},
		{"en Thursday last week", "en", "2022-03-04", "The strike began on Thursday last week in Leeds.", "on Thursday", "2022-02-24"},
		{"ru в четверг на прошлой неделе", "ru", "2022-03-04", "Забастовка началась в четверг на прошлой неделе.", "на прошлой неделе", "2022-02-24"},
		{"fr jeudi de la semaine dernière", "fr", "2022-03-04", "La grève a commencé jeudi de la semaine dernière à Lyon.", "jeudi", "2022-02-24"},
		{"es el jueves de la semana pasada", "es", "2022-03-04", "La huelga comenzó el jueves de la semana pasada en Vigo.", "el jueves", "2022-02-24"},
		// Next week's Tuesday.
		{"en next week on Tuesday", "en", "2022-03-04", "The talks resume next week on Tuesday in Geneva.", "next week", "2022-03-08"},
		// Apart, across a conjunction or a comma: two dates.
		{"en and", "en", "2022-03-04", "The strike began on Thursday and last week the talks failed.", "on Thursday", "2022-03-03"},
		{"en apart", "en", "2022-03-04", "The strike began on Thursday, and the talks failed last week.", "on Thursday", "2022-03-03"},
	})
}
