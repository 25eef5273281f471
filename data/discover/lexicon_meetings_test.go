package discover

import (
	"slices"
	"testing"
)

// A conference or a session is a meeting in the Turkic languages and
// Tajik too (eval's UNESCO General Conference in Samarkand was no event in
// its Uzbek report). Sentences written for the test.
func TestLexiconConferences(t *testing.T) {
	for _, tt := range []struct{ lang, sentence string }{
		{"uz", "YUNESKO Bosh konferensiyasining sessiyasi Samarqandda ochildi."},
		{"uz", "ЮНЕСКО Бош конференциясининг сессияси Самарқандда очилди."},
		{"uz", "Xalqaro anjuman ikki kun davom etdi."},
		{"kk", "ЮНЕСКО Бас конференциясының сессиясы Самарқандта ашылды."},
		{"tg", "Конференсияи байналмилалӣ дар Душанбе баргузор шуд."},
		{"az", "Beynəlxalq konfrans Bakıda keçirildi."},
	} {
		if got := kindsOf(tt.lang, tt.sentence); !slices.Contains(got, Meeting) {
			t.Errorf("%s %q: kinds %v, want a meeting among them", tt.lang, tt.sentence, got)
		}
	}
}

// A crash and "lost their lives" in Arabic and Persian (the helicopter
// crash of an Iranian president was no event word in either). Sentences
// written for the test.
func TestLexiconCrashes(t *testing.T) {
	for _, tt := range []struct {
		lang, sentence string
		want           Kind
	}{
		{"ar", "قتل الرئيس في تحطم مروحية شمال غربي البلاد.", Disaster},
		{"fa", "رئیس جمهور در سانحه سقوط بالگرد جان باخت.", Disaster},
		{"fa", "رئیس جمهور در سانحه سقوط بالگرد جان باخت.", Death},
	} {
		if got := kindsOf(tt.lang, tt.sentence); !slices.Contains(got, tt.want) {
			t.Errorf("%s %q: kinds %v, want %s among them", tt.lang, tt.sentence, got, tt.want)
		}
	}
}

// A runoff is a vote (eval's German report of the Turkish runoff,
// "die Stichwahl am Sonntag", was only a result, and no report of the
// election). Sentences written for the test.
func TestLexiconRunoffs(t *testing.T) {
	for _, tt := range []struct{ lang, sentence string }{
		{"en", "The runoff on Sunday ended with a narrow margin."},
		{"en", "He won Friday's run-off with 54 percent."},
		{"de", "Bei der Stichwahl am Sonntag lag der Amtsinhaber vorn."},
		{"it", "Il ballottaggio di domenica ha confermato il presidente."},
		{"es", "La segunda vuelta se celebró el domingo."},
		{"pt", "O segundo turno foi realizado no domingo."},
		{"zh", "总统决选于周日举行。"},
	} {
		if got := kindsOf(tt.lang, tt.sentence); !slices.Contains(got, Election) {
			t.Errorf("%s %q: kinds %v, want an election among them", tt.lang, tt.sentence, got)
		}
	}
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
