package data

import (
	"maps"
	"slices"
	"testing"
)

// TestPersonInsideAPlacesName: a place whose name holds a person's (the Ain
// al-Asad air base, Kabul's Hamid Karzai International Airport) is the
// place, not the person; the person named alone is still found. The
// sentences are written for the test.
func TestPersonInsideAPlacesName(t *testing.T) {
	finder := NewNameFinder(slices.Collect(maps.Values(knowledgeNames(t))))
	checkNamesFound(t, finder, []foundCase{
		{"ar", "سقطت صواريخ على قاعدة عين الأسد الجوية فجر اليوم.", []string{"ain-al-asad"}, []string{"assad"}},
		{"en", "Rockets hit the Ain al-Asad air base in western Iraq.", []string{"ain-al-asad"}, []string{"assad"}},
		{"ru", "Ракеты упали на базу Айн аль-Асад в Ираке.", []string{"ain-al-asad"}, []string{"assad"}},
		{"ar", "قال الأسد في خطاب إن الحرب انتهت.", []string{"assad"}, nil},
		{"ar", "أقلعت الطائرة من مطار حامد كرزاي الدولي في كابول.", []string{"kabul-airport"}, []string{"karzai"}},
		{"en", "The last plane left Hamid Karzai International Airport at midnight.", []string{"kabul-airport"}, []string{"karzai"}},
		{"de", "Die letzte Maschine verließ den Flughafen Hamid Karzai kurz vor Mitternacht.", []string{"kabul-airport"}, []string{"karzai"}},
		{"en", "Hamid Karzai stayed in Kabul after the takeover.", []string{"karzai"}, nil},
	})
}
