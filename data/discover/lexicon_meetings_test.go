package discover

import (
	"slices"
	"testing"
)

// A conference or a session is a meeting in the Turkic languages and
// Tajik too (eval's UNESCO General Conference in Samarkand was no event in
// its Uzbek report). Sentences written for the test.
func TestLexiconConferences(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"uz", "YUNESKO Bosh konferensiyasining sessiyasi Samarqandda ochildi.", Meeting},
		{"uz", "ЮНЕСКО Бош конференциясининг сессияси Самарқандда очилди.", Meeting},
		{"uz", "Xalqaro anjuman ikki kun davom etdi.", Meeting},
		{"kk", "ЮНЕСКО Бас конференциясының сессиясы Самарқандта ашылды.", Meeting},
		{"tg", "Конференсияи байналмилалӣ дар Душанбе баргузор шуд.", Meeting},
		{"az", "Beynəlxalq konfrans Bakıda keçirildi.", Meeting},
	})
}

// kindCase is a sentence of a language and a kind its words must name.
type kindCase struct {
	lang, sentence string
	want           Kind
}

// checkKindsAmong checks that each case's sentence names its kind (among
// others).
func checkKindsAmong(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tt := range cases {
		if got := kindsOf(tt.lang, tt.sentence); !slices.Contains(got, tt.want) {
			t.Errorf("%s %q: kinds %v, want %s among them", tt.lang, tt.sentence, got, tt.want)
		}
	}
}

// A crash and "lost their lives" in Arabic and Persian (the helicopter
// crash of an Iranian president was no event word in either). Sentences
// written for the test.
func TestLexiconCrashes(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ar", "قتل الرئيس في تحطم مروحية شمال غربي البلاد.", Disaster},
		{"fa", "رئیس جمهور در سانحه سقوط بالگرد جان باخت.", Disaster},
		{"fa", "رئیس جمهور در سانحه سقوط بالگرد جان باخت.", Death},
	})
}

// A runoff is a vote (eval's German report of the Turkish runoff,
// "die Stichwahl am Sonntag", was only a result, and no report of the
// election). Sentences written for the test.
func TestLexiconRunoffs(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"en", "The runoff on Sunday ended with a narrow margin.", Election},
		{"en", "He won Friday's run-off with 54 percent.", Election},
		{"de", "Bei der Stichwahl am Sonntag lag der Amtsinhaber vorn.", Election},
		{"it", "Il ballottaggio di domenica ha confermato il presidente.", Election},
		{"es", "La segunda vuelta se celebró el domingo.", Election},
		{"pt", "O segundo turno foi realizado no domingo.", Election},
		{"zh", "总统决选于周日举行。", Election},
	})
}

// Air strikes are attacks in the languages that write them as one word
// (Dutch "luchtaanvallen", German "Luftangriffe") and in the Persian
// plural (حملات); Dutch "met" is "with", no meeting (an Israeli offensive
// "begon met luchtaanvallen" was "Talks in Iran"), while English "met"
// still is. Sentences written for the test.
func TestLexiconAirStrikes(t *testing.T) {
	for _, tt := range []struct {
		lang, sentence string
		kind           Kind
		want           bool
	}{
		{"nl", "Israël begon met luchtaanvallen op Iraanse doelen.", Attack, true},
		{"nl", "Israël begon met luchtaanvallen op Iraanse doelen.", Talks, false},
		{"de", "Der Krieg begann mit israelischen Luftangriffen auf iranische Anlagen.", Attack, true},
		{"fa", "اسرائیل حملات گسترده‌ای را به ایران آغاز کرد.", Attack, true},
		{"en", "Vladimir Putin met Xi Jinping in Kazan.", Talks, true},
	} {
		if got := kindsOf(tt.lang, tt.sentence); slices.Contains(got, tt.kind) != tt.want {
			t.Errorf("%s %q: kinds %v, %s among them: want %v", tt.lang, tt.sentence, got, tt.kind, tt.want)
		}
	}
}
