package data

import "testing"

// The ordinal dot of a German day ends no sentence: the future of the
// sentence reaches the date after it, and the year of the dated day
// before it does too. A stop after a number before another word still
// ends its sentence. Texts written for the test (the article is of
// Tuesday 11 March 2025).
func TestOrdinalDayDotEndsNoSentence(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"de", "Das Festival beginnt am 2. Mai 2027 in Köln und endet am 30. Juni mit einem Konzert.", "am 30. Juni", "2027-06-30"},
		{"de, future", "Der Kanzler wird nach dem Gipfel vom 4. März am Freitag nach Paris reisen.", "am Freitag", "2025-03-14"},
	})
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"am 2. Mai", 4, false},
		{"Es waren 12. Dann kam der Regen.", 11, true},
		{"Platz 3. Berlin folgt.", 7, true},
	} {
		if got := sentenceBreak(c.text, c.at); got != c.want {
			t.Errorf("%q at %d: break %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
