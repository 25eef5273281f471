package discover

import (
	"slices"
	"testing"
)

// A rate move in the Russian imperfective past, an Uzbek recognition and
// an Uzbek statement are events (blind reports: none was read). Sentences
// written for the test.
func TestLexiconBlind9Words(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ru", "Летом регулятор уже поднимал ставку до шестнадцати процентов.", Decision},
		{"ru", "Весной банк дважды повышал ставки, а осенью остановился.", Decision},
		{"ru", "Ранее Центробанк снижал ставку трижды подряд.", Decision},
		{"uz", "Qozog'iston yangi hukumatni rasman tan olgan edi.", Decision},
		{"uz", "Tashqi ishlar vazirligi payshanba kuni bayonot tarqatdi.", Announcement},
	})
	// "Поднимал" without the rate lifts a question: no decision.
	for _, s := range []string{"Депутат не раз поднимал этот вопрос перед коллегами."} {
		if got := kindsOf("ru", s); slices.Contains(got, Decision) {
			t.Errorf("%q: kinds %v, want no decision", s, got)
		}
	}
}

// A refusal to sign denies the signing and only it: the summit whose
// declaration was refused was held. The same sentence signed keeps the
// signing. Sentences written for the test.
func TestRefusalToSignIsNoSigning(t *testing.T) {
	for _, tt := range []struct{ lang, refused, signed string }{
		{"en", "The prime minister refused to sign the summit declaration.", "The prime minister signed the summit declaration."},
		{"fr", "Le Premier ministre a refusé de signer la déclaration du sommet.", "Le Premier ministre a signé la déclaration du sommet."},
		{"ru", "Премьер-министр отказался подписать декларацию саммита.", "Премьер-министр подписал декларацию саммита."},
		{"es", "El primer ministro se negó a firmar la declaración de la cumbre.", "El primer ministro firmó la declaración de la cumbre."},
		{"uz", "Sammitda Bosh vazir deklaratsiyani imzolashdan bosh tortgan edi.", "Sammitda Bosh vazir deklaratsiyani imzoladi."},
	} {
		kinds, _ := deniedKinds(tt.lang, tt.refused)
		if slices.Contains(kinds, Agreement) || !slices.Contains(kinds, Summit) {
			t.Errorf("%s %q: kinds %v, want the summit without a signing", tt.lang, tt.refused, kinds)
		}
		if kinds, _ := deniedKinds(tt.lang, tt.signed); !slices.Contains(kinds, Agreement) {
			t.Errorf("%s %q: kinds %v, want a signing", tt.lang, tt.signed, kinds)
		}
	}
}

// Not signing, or not being ready to, is no signing either, and English
// "a sign of" is the noun. Sentences written for the test.
func TestNotSigningIsNoSigning(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"ru", "Премьер-министр заявил на саммите, что документ саммита его не устраивает и он «не готов к подписанию»."},
		{"en", "The prime minister did not sign the summit declaration."},
		{"de", "Der Ministerpräsident unterschrieb nicht die Erklärung des Gipfels."},
		{"tr", "Başbakan zirve bildirisini imzalamadı."},
	} {
		if kinds, _ := deniedKinds(tt.lang, tt.text); slices.Contains(kinds, Agreement) || !slices.Contains(kinds, Summit) {
			t.Errorf("%s %q: kinds %v, want the summit without a signing", tt.lang, tt.text, kinds)
		}
	}
	if kinds := kindsOf("en", "The prime minister stayed home in a sign of growing estrangement."); slices.Contains(kinds, Agreement) {
		t.Errorf("'a sign of': kinds %v, want no signing", kinds)
	}
}
