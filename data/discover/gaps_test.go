package discover

import (
	"slices"
	"testing"
)

// Event words with words in between (gaps.go): a landing and the Moon in
// one clause, a verb of firing and its object with the shooters between.
// Sentences written for the test; none named a landing (or a shooting)
// before the gapped entries.
func TestGappedEventWords(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "The lander touched down on the far side of the moon on Friday.", Opening},
		{"de", "Die Sonde ist auf der Rückseite des Mondes sicher gelandet.", Opening},
		{"ru", "Зонд во вторник совершил мягкую посадку на обратной стороне Луны.", Opening},
		{"pl", "Lądownik wylądował w pobliżu bieguna południowego Księżyca.", Opening},
		{"es", "El aterrizaje en la cara oculta de la Luna fue un éxito.", Opening},
		{"ar", "هبطت المركبة بسلام على الجانب البعيد من القمر.", Opening},
		{"zh", "探测器在月球背面南极地区顺利着陆。", Opening},
		{"pt", "A sonda pousou perto do polo sul da Lua.", Opening},
		{"ar", "أطلق مسلحون مجهولون النار على دورية للشرطة.", Attack},
		{"de", "Der Finanzminister folgt dem zurückgetretenen Regierungschef im Amt nach.", Appointment},
		{"ar", "تبادل البلدان السجناء على الحدود يوم الخميس.", Exchange},
		{"ar", "تبادلت موسكو وكييف الأسرى بوساطة إماراتية.", Exchange},
	})
}

// A gap holds words of one clause only, and at most maxGapWords of them:
// a landing in one sentence and the Moon in the next, or far away in the
// clause, make no landing on the Moon; a plane's landing "at the end of
// the month" in Ukrainian (місяць is also the Moon) has no gapped entry.
func TestGapsStayInTheirClause(t *testing.T) {
	for _, c := range []struct{ lang, sentence string }{
		{"en", "The plane landed in Houston. The moon was full that night."},
		{"ru", "Самолёт совершил посадку в Домодедово, луна светила ярко."},
		{"en", "The jet landed after a long delay caused by a storm over the sea, under a full moon."},
		{"uk", "Літак здійснив посадку наприкінці місяця."},
		{"zh", "飞机在北京着陆，月球探测器仍在轨道上。"},
	} {
		if got := kindsOf(c.lang, c.sentence); slices.Contains(got, Opening) {
			t.Errorf("%s %q: kinds %v, want no landing", c.lang, c.sentence, got)
		}
	}
	// The opening fire silences the launch word inside it ("أطلق").
	if got := kindsOf("ar", "أطلق مسلحون مجهولون النار على دورية للشرطة."); slices.Contains(got, Opening) {
		t.Errorf("a shooting is also %v", got)
	}
}

// A gapped hit spans its words and the gap: the landing's evidence is
// "посадку на обратной стороне Луны", not the words before the Moon.
func TestGappedHitSpan(t *testing.T) {
	s := "Зонд совершил посадку на обратной стороне Луны."
	for _, h := range hitsOf("ru", s) {
		if theLexicon().list[h.phrase].kind == Opening {
			if got := s[h.start:h.end]; got != "посадку на обратной стороне Луны" {
				t.Errorf("landing hit %q", got)
			}
			return
		}
	}
	t.Errorf("no landing in %q", s)
}
