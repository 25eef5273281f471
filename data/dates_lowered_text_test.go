package data

import (
	"testing"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// TestLoweredTextAsLowerAndLowerPlain checks the article's lowered text,
// made once, against textnorm.Lower and lowerPlain of each text, read one
// after the other as a worker reads its articles (a dotted capital I
// makes lowerPlain differ from Lower).
func TestLoweredTextAsLowerAndLowerPlain(t *testing.T) {
	texts := []string{
		"Präsident Erdoğan sprach am 3. Mai.",
		"CUMHURBAŞKANI İSTANBUL'DA 29 EKİM KUTLAMALARINA KATILDI",
		"",
		"Президент Токаев, 70 ЛЕТ",
		"İİİ i̇ K Å",
		"the 80th anniversary",
	}
	var lt loweredText
	for _, text := range texts {
		lt.forget()
		for range 2 { // the second call answers from what the first made
			lower, plain := lt.of(text)
			if want := textnorm.Lower(text); lower != want {
				t.Errorf("lower of %q = %q, want %q", text, lower, want)
			}
			if want := lowerPlain(text); plain != want {
				t.Errorf("plain of %q = %q, want %q", text, plain, want)
			}
			if lt.lowerOf(text) != lower || lt.plainOf(text) != plain {
				t.Errorf("lowerOf/plainOf of %q differ from of", text)
			}
		}
	}
}
