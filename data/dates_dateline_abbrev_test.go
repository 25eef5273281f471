package data

import (
	"testing"
	"time"
)

// The corpus passes read each open mention's words again, alone
// (readMention): a dateline whose month is an abbreviation read only in
// datelines (Spanish "mar", also "sea": "Sevilla, 15 mar (EFE).-") must
// still read as its day, or an
// undated article loses its dateline once the corpus places another of
// its dates (placeRestNear). Words of other kinds read as before.
func TestReadMentionOfDatelineAbbreviation(t *testing.T) {
	for _, c := range []struct {
		lang, words string
		month       time.Month
		day         int
	}{
		{"es", "4 jun", time.June, 4},
		{"es", "9 sep", time.September, 9},
		{"es", "15 mar", time.March, 15},
		{"es", "4 de junio", time.June, 4},
		{"en", "June 4", time.June, 4},
	} {
		sc := &dateScanner{lex: lexiconFor(c.lang)}
		w, ok := readMention(sc, c.words)
		if !ok || w.kind != MentionExplicit || w.from.month != c.month || w.from.day != c.day || w.from.year != 0 {
			t.Errorf("%s %q read as %+v (ok %v), want %s %d", c.lang, c.words, w.from, ok, c.month, c.day)
		}
	}
	// A weekday's words stay a weekday.
	sc := &dateScanner{lex: lexiconFor("es")}
	if w, ok := readMention(sc, "el sábado"); !ok || w.kind != MentionWeekday {
		t.Errorf("%q read as %+v (ok %v)", "el sábado", w, ok)
	}
}
