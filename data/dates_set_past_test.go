package data

import "testing"

// "hatte … angesetzt" (had called, scheduled) tells when someone set the
// date of a happening: the date before the participle is that past day,
// not the plan's, unless "für"/"auf" introduces it or the sentence has a
// future of its own. The texts are written for the test; the article is
// of Tuesday 11 March 2025.
func TestGermanSchedulingInThePerfect(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"de", "Der Präsident hatte die Neuwahl im Januar angesetzt.", "im Januar", "2025-01"},
		{"de, pluperfect, a day", "Die Regierung hatte die Abstimmung am 3. März angesetzt.", "am 3. März", "2025-03-03"},
		{"de, für", "Der Präsident hat die Wahl für den 20. April angesetzt.", "20. April", "2025-04-20"},
		{"de, passive", "Die Wahl ist im Mai angesetzt.", "im Mai", "2025-05"},
		{"de, a future of its own", "Der Präsident hat mitgeteilt, die Wahl werde im Mai angesetzt.", "im Mai", "2025-05"},
	})
}
