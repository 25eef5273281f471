package discover

import (
	"fmt"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestPhrasesByWordNumber checks that the lexicon finds the same phrases
// in words numbered by a NameScanner (remembered by number, see
// firstWords) as in words without numbers (remembered by text), the
// second time a word is met as the first.
func TestPhrasesByWordNumber(t *testing.T) {
	l := theLexicon()
	s := data.NewNameFinder(nil).Scanner()
	var byID, byText firstWords
	sentences := []struct{ lang, text string }{
		{"en", "The summit opened and leaders signed an agreement after the summit."},
		{"ru", "Саммит ШОС прошёл в Астане, на саммите подписали соглашение."},
		{"ar", "وصل الرئيس إلى القمة وبالقمة وقع الاتفاق."},
		{"de", "Die Wahl fand statt; nach der Wahl begann der Staatsbesuch."},
		{"en", "The summit opened and leaders signed an agreement after the summit."},
	}
	for _, x := range sentences {
		words := s.Words(x.text, 0)
		got := fmt.Sprint(l.find(&byID, words, x.text, 0, x.lang, nil))
		want := fmt.Sprint(l.find(&byText, splitSentenceWords(x.text, 0, nil), x.text, 0, x.lang, nil))
		if got != want {
			t.Errorf("%q: %s by number, %s by text", x.text, got, want)
		}
		if want == "[]" {
			t.Errorf("%q: no phrase found: the test says nothing", x.text)
		}
	}
	if len(byID.byID) == 0 || len(byID.of) != 0 {
		t.Errorf("%d words remembered by number, %d by text: want all by number", len(byID.byID), len(byID.of))
	}
}
