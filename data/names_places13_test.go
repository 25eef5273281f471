package data

import (
	"maps"
	"slices"
	"testing"
)

// TestPlacesAddedInSession13: the places the blind u reports named and the
// lists did not — Khorog, Avaza, Dutch "Boedapest", Turkish "Ulanbator" —
// are found, inflected as each language writes them (sentences written for
// the test). Without them the Budapest summit of the Organisation of Turkic
// States was titled "in Turkey" (from "Turkse").
func TestPlacesAddedInSession13(t *testing.T) {
	finder := NewNameFinder(slices.Collect(maps.Values(knowledgeNames(t))))
	checkNamesFound(t, finder, []foundCase{
		{"nl", "De leiders kwamen woensdag in Boedapest bijeen voor een informele top.", []string{"budapest"}, nil},
		{"tr", "Cumhurbaşkanı dün akşam Ulanbator'a ulaştı.", []string{"ulaanbaatar"}, nil},
		{"en", "Security forces moved into Khorog, the regional capital, on Wednesday.", []string{"khorog"}, nil},
		{"ru", "В Хороге в среду прошли акции протеста.", []string{"khorog"}, nil},
		{"en", "The leaders met at the Caspian resort of Avaza in August.", []string{"avaza"}, nil},
		{"ru", "Встреча прошла в Авазе на берегу Каспия.", []string{"avaza"}, nil},
	})
}
