package discover

import (
	"slices"
	"testing"
)

// An election commission whose name holds "referendum" is no referendum
// (lexicon_commissions.go); a referendum written as one still is.
// Sentences written for the test.
func TestCommissionNamesAreNoVotes(t *testing.T) {
	for _, c := range []struct{ lang, sentence string }{
		{"ky", "Шайлоо жана референдум өткөрүү боюнча борбордук комиссия добуштарды кайра санай баштады."},
		{"ru", "Центральная комиссия по выборам и проведению референдумов опубликовала протоколы."},
		{"ru", "Председатель Центральной комиссии по выборам и референдумам провёл брифинг."},
		{"kk", "Сайлау және референдум өткізу жөніндегі комиссия мәлімдеме жасады."},
		{"tg", "Комиссияи марказии интихобот ва раъйпурсӣ натиҷаҳоро эълон кард."},
		{"en", "The Central Commission for Elections and Referenda published the protocols."},
	} {
		if got := kindsOf(c.lang, c.sentence); slices.Contains(got, Referendum) {
			t.Errorf("%s %q: kinds %v, want no referendum", c.lang, c.sentence, got)
		}
	}
	for _, c := range []struct{ lang, sentence string }{
		{"ky", "Референдум жекшемби күнү өттү."},
		{"ru", "Референдум по новой конституции прошёл в воскресенье."},
		{"en", "The referendum on the new constitution was held on Sunday."},
	} {
		if got := kindsOf(c.lang, c.sentence); !slices.Contains(got, Referendum) {
			t.Errorf("%s %q: kinds %v, want a referendum", c.lang, c.sentence, got)
		}
	}
}
