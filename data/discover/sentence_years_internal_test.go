package discover

import (
	"strings"
	"testing"
)

// TestYearEndsSentence: a full stop after a year ends its sentence when
// the next word does not begin with a small letter, in every script that
// writes Western digits (sentences written for the test); a stop after an
// ordinal ("3. Juli", "zum 100. Geburtstag", "85. yıl") or before a small
// letter ends nothing.
func TestYearEndsSentence(t *testing.T) {
	tests := []struct {
		name, text, date string
		wantEnd          string // the sentence of date ends with this
	}{
		{"en", "The format was launched by John Kerry in Samarkand in 2015. The first summit took place in New York.", "2015", "in 2015."},
		{"en, month and year", "Turkmenistan began building its section in December 2015. Work in Afghanistan stalled for years.", "December 2015", "December 2015."},
		{"de", "Das Format wurde 2015 in Samarkand gegründet, im November 2015. Der erste Gipfel fand in New York statt.", "November 2015", "November 2015."},
		{"nl", "Het is de eerste Zwitserse zege sinds 1988. Kroatië werd tweede.", "1988", "sinds 1988."},
		{"fr", "La participation était la plus faible depuis la révolution de 1979. De nombreux candidats avaient été écartés.", "1979", "de 1979."},
		{"es", "El último eclipse total se vio en España en 1905. Los aficionados esperan el siguiente.", "1905", "en 1905."},
		{"ru", "Формат был запущен в Самарканде в 2015. Первая встреча президентов прошла в Нью-Йорке.", "2015", "в 2015."},
		{"ar, Western digits", "انضمت جنوب أفريقيا إلى المجموعة عام 2010. وتضم المجموعة اليوم عشر دول.", "2010", "عام 2010."},
		{"last sentence of the paragraph", "The treaty was signed in 1992.", "1992", "in 1992."},
		{"look-alike: de ordinal day", "Der Gipfel fand am 3. Juli 2024 in Astana statt.", "3. Juli", "statt."},
		{"look-alike: de ordinal of three digits", "Die Stadt feierte zum 100. Geburtstag des Dichters ein Fest im Jahr 2024 in Wien.", "2024", "Wien."},
		{"look-alike: tr ordinal", "Halhin Gol Muharebesi'nin 85. yıl dönümü 2024'te kutlandı.", "2024'te", "kutlandı."},
		{"look-alike: small letter after the year", "Het verdrag van 1992. volgens de krant werd het later herzien.", "1992", "herzien."},
		{"look-alike: a figure, not a year", "The fund grew to 3500. Analysts expect more in 2025.", "2025", "in 2025."},
	}
	for _, tt := range tests {
		from := strings.Index(tt.text, tt.date)
		if from < 0 {
			t.Fatalf("%s: %q not in the text", tt.name, tt.date)
		}
		start, end := sentenceAround(tt.text, 0, len(tt.text), from, from+len(tt.date))
		if got := tt.text[start:end]; !strings.HasSuffix(got, tt.wantEnd) {
			t.Errorf("%s: the sentence of %q is %q, want it to end with %q", tt.name, tt.date, got, tt.wantEnd)
		}
	}
}

// TestDutchZegeIsAVictory: "zege" (victory), as Dutch sports reports
// write it, is a result like "overwinning" (sentences written for the
// test). A year whose sentence ended there had only that word to tell it.
func TestDutchZegeIsAVictory(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"nl", "Het was de eerste Zwitserse zege sinds jaren.", Result},
		{"nl", "Na drie zeges op rij staat de ploeg bovenaan.", Result},
	})
}
