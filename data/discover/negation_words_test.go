package discover

import (
	"slices"
	"testing"
)

// deniedKinds returns the kinds of sentence's event words once the
// negations have denied theirs, and whether every one was.
func deniedKinds(lang, sentence string) ([]Kind, bool) {
	hits, denied := theLexicon().unnegate(hitsOf(lang, sentence), sentence, nil)
	return kindsOfHits(hits), denied
}

// The negations of the languages TestNegatedHappeningsMakeNoEvent does
// not build a corpus for: each sentence's event words are denied, and the
// same sentence without its denial keeps them. Sentences written for the
// test.
func TestNegationsInEveryLanguage(t *testing.T) {
	for _, tt := range []struct{ lang, denied, told string }{
		{"nl", "De top van de presidenten vond niet plaats.", "De top van de presidenten vond plaats."},
		{"uk", "Саміт президентів не відбувся через негоду.", "Саміт президентів відбувся у столиці."},
		{"pl", "Szczyt prezydentów nie odbył się w stolicy.", "Szczyt prezydentów odbył się w stolicy."},
		{"pt", "A cimeira dos presidentes não se realizou.", "A cimeira dos presidentes realizou-se em Lisboa."},
		{"it", "Il vertice dei presidenti non si è tenuto.", "Il vertice dei presidenti si è tenuto a Roma."},
		{"fa", "اجلاس سران در پایتخت برگزار نشد.", "اجلاس سران در پایتخت برگزار شد."},
		{"fa", "اجلاس سران امسال برگزار نمی\u200cشود.", "اجلاس سران امسال در تهران برگزار می\u200cشود."},
		{"ar", "لم تنعقد القمة في موعدها.", "انعقدت القمة في موعدها."},
		{"zh", "俄罗斯总统不参加本次峰会。", "俄罗斯总统参加本次峰会。"},
		{"kk", "Президенттердің саммиті өтпеді.", "Президенттердің саммиті Астанада өтті."},
		{"uz", "Prezidentlar sammiti bo'lib o'tmadi.", "Prezidentlar sammiti Toshkentda bo'lib o'tdi."},
		{"ky", "Президенттердин саммити өткөн жок.", "Президенттердин саммити Бишкекте өттү."},
		{"tg", "Вохӯрии сарони давлатҳо баргузор нашуд.", "Вохӯрии сарони давлатҳо баргузор шуд."},
		{"az", "Prezidentlərin sammiti keçirilmədi.", "Prezidentlərin sammiti Bakıda keçirildi."},
		{"es", "El presidente no asistió a la cumbre.", "El presidente asistió a la cumbre."},
	} {
		if kinds, denied := deniedKinds(tt.lang, tt.denied); len(kinds) > 0 || !denied {
			t.Errorf("%s %q: kinds %v (denied %v), want every event word denied", tt.lang, tt.denied, kinds, denied)
		}
		if kinds, denied := deniedKinds(tt.lang, tt.told); len(kinds) == 0 || denied {
			t.Errorf("%s %q: kinds %v (denied %v), want its event words", tt.lang, tt.told, kinds, denied)
		}
	}
}

// Words of denial that are idioms or say nothing of the event are not
// listed: Russian "не прошло и недели" (not a week had passed), Turkish
// "açıklama yapılmadı" (no statement was made: the summit took place).
// Sentences written for the test.
func TestNegationIdiomsDenyNothing(t *testing.T) {
	for _, tt := range []struct{ lang, sentence string }{
		{"ru", "Не прошло и недели после саммита, как министры встретились снова."},
		{"tr", "Zirve sonrasında ortak bir açıklama yapılmadı."},
	} {
		if kinds, denied := deniedKinds(tt.lang, tt.sentence); !slices.Contains(kinds, Summit) || denied {
			t.Errorf("%s %q: kinds %v (denied %v), want the summit", tt.lang, tt.sentence, kinds, denied)
		}
	}
}
