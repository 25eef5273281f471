package discover

import (
	"slices"
	"testing"
)

// Dutch and German compounds whose last part is an event word
// (lexicon_compounds.go). Sentences written for the test; none named its
// kind before the compound tails.
func TestCompoundEventWords(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"nl", "De eerstvolgende rentevergadering is gepland voor donderdag.", Meeting},
		{"nl", "De gemeenteraadsverkiezingen vinden in maart plaats.", Election},
		{"nl", "Het coalitieoverleg liep woensdag vast.", Talks},
		{"nl", "De vakbonden riepen een landelijke treinstaking uit.", Protest},
		{"nl", "Het graanakkoord loopt in juli af.", Agreement},
		{"nl", "Het rentebesluit volgt op donderdag.", Decision},
		{"nl", "De koning bracht een werkbezoek aan Limburg.", Visit},
		{"de", "Die nächste Zinssitzung findet im März statt.", Meeting},
		{"de", "Die Koalitionsverhandlungen begannen am Montag.", Talks},
		{"de", "Der Klimagipfel endete ohne Einigung.", Summit},
		{"de", "Die Gewerkschaft rief zum Generalstreik auf.", Protest},
		{"de", "Der Bombenanschlag forderte drei Tote.", Attack},
		{"de", "Das Getreideabkommen wurde verlängert.", Agreement},
		{"de", "Der Zinsentscheid wird als Zinsentscheidung am Donnerstag erwartet.", Decision},
	})
}

// Compounds whose tail is an event word and which name none, and the
// tails in another language, name nothing.
func TestCompoundLookAlikes(t *testing.T) {
	for _, c := range []struct {
		lang, sentence string
		not            Kind
	}{
		{"de", "Der Kostenvoranschlag für die Brücke liegt vor.", Attack},
		{"de", "Die Übung war eine Machtdemonstration der Marine.", Protest},
		{"nl", "Na afloop volgde een persconferentie.", Meeting},
		{"en", "The rentevergadering is a Dutch word.", Meeting},
	} {
		if got := kindsOf(c.lang, c.sentence); slices.Contains(got, c.not) {
			t.Errorf("%s %q: kinds %v, want no %s", c.lang, c.sentence, got, c.not)
		}
	}
}

// Forms of lexicon_events12.go. Sentences written for the test.
func TestEvents12Forms(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "The president was ousted by a popular revolt in 2010.", Protest},
		{"en", "The revolution of 1979 ended the monarchy.", Protest},
		{"ru", "Он переизбирался на этот пост трижды, последний раз в 2015 году.", Election},
		{"uk", "Він переобирався на посаду двічі.", Election},
	})
	if got := kindsOf("en", "Commanders of the Revolutionary Guard met on Monday."); slices.Contains(got, Protest) {
		t.Errorf("the Revolutionary Guard is a protest: %v", got)
	}
}
