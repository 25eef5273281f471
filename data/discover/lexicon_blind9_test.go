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
