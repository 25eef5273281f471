package discover

import (
	"slices"
	"testing"
)

// TestApostropheFormsBothWays: an Uzbek entry listed with the modifier
// letter ("toʻgʻon yorilgan") also matches a report's ASCII apostrophe
// ("to'g'on yorilgan"), as an entry listed with the apostrophe matches
// the letter: the Orsk dam failure in h48_uz was no disaster.
func TestApostropheFormsBothWays(t *testing.T) {
	for _, tt := range []kindCase{
		{"uz", "O'tgan juma kuni Orsk shahrida to'g'on yorilgan edi.", Disaster},
		{"uz", "Oʻtgan juma kuni Orsk shahrida toʻgʻon yorilgan edi.", Disaster},
		{"uz", "O`tgan juma kuni Orsk shahrida toʼgʼon yorilgan edi.", Disaster},
	} {
		if got := kindsOf(tt.lang, tt.sentence); !slices.Contains(got, tt.want) {
			t.Errorf("%s %q: kinds %v, want %s among them", tt.lang, tt.sentence, got, tt.want)
		}
	}
	if got := apostropheForms("toʻgʻon"); !slices.Contains(got, "to'g'on") || !slices.Contains(got, "toʼgʼon") {
		t.Errorf("apostropheForms(toʻgʻon) = %q, want the ASCII and ʼ forms too", got)
	}
}
