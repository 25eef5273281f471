package discover

import (
	"slices"
	"testing"
)

// TestRateMeetingsAreRateDecisions: a central bank's rate meeting, as
// Dutch and German write it in one word ("rentevergadering",
// "Zinssitzung"), is a rate decision (sentences written for the test; the
// first made o47_nl's "De volgende reguliere rentevergadering staat
// gepland voor 18 maart" a "Meeting in Crimea").
func TestRateMeetingsAreRateDecisions(t *testing.T) {
	l := theLexicon()
	for _, tt := range []struct{ lang, sentence string }{
		{"nl", "De volgende rentevergadering van de centrale bank is op donderdag."},
		{"de", "Die nächste Zinssitzung der Notenbank findet im April statt."},
	} {
		var quals []qualifier
		var kinds []Kind
		for _, h := range hitsOf(tt.lang, tt.sentence) {
			if p := l.list[h.phrase]; p.qual != "" {
				quals = append(quals, p.qual)
			} else if p.kind != "" {
				kinds = append(kinds, p.kind)
			}
		}
		if !slices.Contains(quals, qRate) || !slices.Contains(kinds, Decision) {
			t.Errorf("%s %q: refinements %q, kinds %q; want a rate decision", tt.lang, tt.sentence, quals, kinds)
		}
	}
}

// TestBattlesAreClashes: the word "battle" is fighting in every language
// that had only fighting, clashes and war (sentences written for the test).
func TestBattlesAreClashes(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"de", "Die Schlacht dauerte drei Tage.", Clash},
		{"fr", "La bataille a duré trois jours.", Clash},
		{"es", "La batalla duró tres días.", Clash},
		{"pt", "A batalha durou três dias.", Clash},
		{"it", "La battaglia è durata tre giorni.", Clash},
		{"ru", "Битва продолжалась три дня.", Clash},
		{"uk", "Битва тривала три дні.", Clash},
		{"pl", "Bitwa trwała trzy dni.", Clash},
		{"nl", "De veldslag duurde drie dagen.", Clash},
		{"tr", "Muharebe üç gün sürdü.", Clash},
		{"zh", "这场战役持续了三天。", Clash},
	})
}

// TestItalianTakenIsNoArrest: Italian "preso" (taken) arrests nobody, the
// Portuguese "preso" (arrested) does; Italian "assalito" (stormed) is an
// attack (sentences written for the test).
func TestItalianTakenIsNoArrest(t *testing.T) {
	if got := kindsOf("it", "Le forze armate hanno preso il controllo della regione."); slices.Contains(got, Arrest) {
		t.Errorf("it preso: kinds %v, want no arrest", got)
	}
	checkKindsAmong(t, []kindCase{
		{"pt", "O opositor foi preso pela polícia em casa.", Arrest},
		{"it", "Le forze azere hanno assalito la regione in un giorno.", Attack},
	})
}
