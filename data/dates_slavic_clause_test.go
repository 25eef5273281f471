package data

import "testing"

// A Russian or Ukrainian weekday whose own clause has a reflexive past and
// no future marker is past, though another clause of its sentence
// announces; a weekday in the announcing clause, or fronted alone, stays
// ahead. The texts are written for the test (Tuesday 11 March 2025).
func TestSlavicClauseKeepsPast(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"ru, a plan in the relative clause", "Голосование о строительстве станции, которую планируют построить к 2035 году, началось в воскресенье.", "в воскресенье", "2025-03-09"},
		{"ru, the same without the plan", "Голосование о строительстве станции началось в воскресенье.", "в воскресенье", "2025-03-09"},
		{"ru, the past in another clause", "Встреча, о которой договорились в Баку, состоится в воскресенье.", "в воскресенье", "2025-03-16"},
		{"ru, a fronted weekday", "В воскресенье, как сообщалось, президент посетит Астану.", "В воскресенье", "2025-03-16"},
		{"uk, a plan in the relative clause", "Голосування щодо станції, яку планують збудувати до 2035 року, відбулося в неділю.", "в неділю", "2025-03-09"},
	})
}
