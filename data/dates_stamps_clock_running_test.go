package data

import "testing"

// TestClockTimeInRunningTextIsNoStamp: a clock time beside a date makes a
// stamp at the head of its line only; in a sentence it is the story's
// ("с 00:00 3 июля до 00:00 2 августа", "ab 3. Juli 22:00 Uhr"), and a
// range's end may follow its time.
func TestClockTimeInRunningTextIsNoStamp(t *testing.T) {
	checkStamps(t, []stampCase{
		{"ru", "Позднее в субботу президент подписал указ о режиме чрезвычайного положения — с 00:00 3 июля до 00:00 2 августа.", "3 июля до 00:00 2 августа", StampNone},
		{"de", "Nach Angaben der Behörden gilt die Ausgangssperre in der Region ab 3. Juli 22:00 Uhr.", "ab 3. Juli", StampNone},
		{"en", "Officials in the capital said the curfew would begin on July 3 at 22:00 local time.", "on July 3", StampNone},
		// Stamps keep their clock time.
		{"ru", "16:27 | 2 июля", "2 июля", StampPublished},
		{"kk", "ҚазАқпарат 16:27, 2 шілде", "2 шілде", StampPublished},
		{"ru", "Опубликовано 20 октября 2023 г. 17:50", "20 октября 2023 г.", StampPublished},
	})
	checkSpanCases(t, []spanCase{
		{"ru range with times", "ru", "2022-07-02", "Президент подписал указ о режиме чрезвычайного положения — с 00:00 3 июля до 00:00 2 августа.", "3 июля до 00:00 2 августа", "2022-07-03..2022-08-02"},
	})
}
