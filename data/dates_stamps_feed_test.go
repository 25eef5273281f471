package data

import "testing"

// A dateline whose date a full stop closes, the lead opening with a
// capital after it, as Trend writes it, is the page's stamp; so is one a
// feed's name and its source in brackets open ("(MENAFN- Trend News
// Agency) BAKU, …"). A weekday and a date that open a sentence are not.
// Texts written for the test.
func TestDatelineClosedByAFullStop(t *testing.T) {
	checkStamps(t, []stampCase{
		{"en", "BAKU, Azerbaijan, September 16. The foreign minister said the talks would resume next week.", "September 16.", StampPublished},
		{"en", "(MENAFN- Trend News Agency) BAKU, Azerbaijan, September 16. The foreign minister said the talks would resume next week.", "September 16.", StampPublished},
		{"en", "(MENAFN- Trend News Agency) ASTANA, March 3. Kazakhstan's government approved the budget for the next year.", "March 3.", StampPublished},
		{"en", "On Thursday, September 16. The foreign minister said the talks would resume next week.", "On Thursday, September 16.", StampNone},
		{"en", "The talks were held in Baku, September 16. The foreign minister said they would resume next week.", "September 16.", StampNone},
		{"en", "(MENAFN- Trend News Agency) the talks resumed in Baku, September 16. The foreign minister was there.", "September 16.", StampNone},
	})
}
