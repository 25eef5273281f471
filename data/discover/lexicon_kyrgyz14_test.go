package discover

import (
	"slices"
	"testing"
)

// A meeting in Kyrgyz: a consultative meeting, a council's session, a
// conference told by their nouns (lexicon_kyrgyz14.go). Sentences written
// for the test; "жыйынтык" (result) is no session.
func TestLexiconKyrgyzMeetings(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ky", "Борбор Азия мамлекет башчыларынын консультативдик жолугушуусу Астанада өттү.", Meeting},
		{"ky", "Президент Евразиялык экономикалык кеңештин жыйынына катышты.", Meeting},
		{"ky", "Жыйында мамлекет башчылары бир катар документтерге кол коюшту.", Meeting},
		{"ky", "Бишкекте эл аралык кеңешме башталды.", Meeting},
		{"ky", "Элдик курултай Бишкекте ачылды.", Meeting},
	})
	for _, s := range []string{"Жыйынтыктоочу документтер кабыл алынбай калды."} {
		if got := kindsOf("ky", s); slices.Contains(got, Meeting) {
			t.Errorf("ky %q: kinds %v, want no meeting", s, got)
		}
	}
}
