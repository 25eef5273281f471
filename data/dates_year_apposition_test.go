package data

import (
	"strings"
	"testing"
)

// TestMonthInApposition checks that a month written after a relative year
// and a comma ("last year, in March") is of that year, in every language
// that writes it so, and keeps it when the mention is read again alone;
// before, the month was read apart and went to the article's own year (an
// Italian report of August 2023 put "lo scorso anno, a marzo" in March
// 2023). Sentences written for the test, in articles of May 2024.
func TestMonthInApposition(t *testing.T) {
	checkMentionAloneToo(t, "2024-05", DayDate(2024, 5, 10), []mentionCase{
		{"en", "The court sentenced him last year, in March, for fraud.", "last year, in March", "2023-03"},
		{"en", "The talks resume next year, in February, in Geneva.", "next year, in February", "2025-02"},
		{"fr", "Le tribunal l'a condamné l'an dernier, en mars, pour fraude.", "l'an dernier, en mars", "2023-03"},
		{"de", "Das Gericht verurteilte ihn im vergangenen Jahr, im März, wegen Betrugs.", "im vergangenen Jahr, im März", "2023-03"},
		{"nl", "De rechter veroordeelde hem vorig jaar, in maart, voor fraude.", "vorig jaar, in maart", "2023-03"},
		{"es", "El tribunal lo condenó el año pasado, en marzo, por fraude.", "el año pasado, en marzo", "2023-03"},
		{"pt", "Ele foi condenado no ano passado, em março, por fraude.", "no ano passado, em março", "2023-03"},
		{"it", "Il tribunale lo ha condannato lo scorso anno, a marzo, per frode.", "scorso anno, a marzo", "2023-03"},
		{"ru", "Суд приговорил его в прошлом году, в марте, за мошенничество.", "в прошлом году, в марте", "2023-03"},
		{"uk", "Суд засудив його минулого року, у березні, за шахрайство.", "минулого року, у березні", "2023-03"},
		{"pl", "Sąd skazał go w zeszłym roku, w marcu, za oszustwo.", "w zeszłym roku, w marcu", "2023-03"},
	})
	// A sentence after the comma is no apposition: "last year" and "March"
	// stay two dates when a clause stands between.
	a := datesArticle(t, "en", "2024-05", "Prices rose last year, and the talks resumed in March.")
	findDates(a)
	checkMentions(t, a, []wantMention{{"last year", MentionRelative, ""}, {"in March", MentionExplicit, "2024-03"}})
}

// TestBareYearBeforePossessiveMonth checks that Turkish and Azerbaijani
// write the month of a bare year with the month's possessive ("2023
// Şubat'ında", the February of 2023): one mention of that month, which
// keeps its year read again alone; before, "Şubat" was read apart and
// went to the article's year. A bare number before a month without the
// possessive stays no year. Sentences written for the test, in articles
// of May 2024.
func TestBareYearBeforePossessiveMonth(t *testing.T) {
	for _, c := range []struct{ lang, text, mention, want string }{
		{"tr", "Bölge, 2022 Eylül'ünde yaşanan çatışmalarda büyük hasar gördü.", "2022 Eylül", "2022-09"},
		{"tr", "Bölge 2022 Eylülünde yaşanan çatışmalarda hasar gördü.", "2022 Eylülünde", "2022-09"},
		{"tr", "Anlaşma 2021 Mart'ında imzalanmıştı.", "2021 Mart", "2021-03"},
		{"az", "Bölgə 2022 sentyabrında baş verən toqquşmalarda zərər gördü.", "2022 sentyabrında", "2022-09"},
	} {
		a := datesArticle(t, c.lang, "2024-05", c.text)
		findDates(a)
		for _, m := range mentionsNamed(t, a, c.mention) {
			if got := spanString(m.Span.Span()); got != c.want {
				t.Errorf("%s %q: %q is %s, want %s", c.lang, c.text, m.Text, got, c.want)
			}
		}
		var sc dateScanner
		sc.lex = lexiconFor(c.lang)
		if w, ok := readMention(&sc, c.mention); !ok || spanString(w.span()) != c.want {
			t.Errorf("%s %q read alone: %s, want %s", c.lang, c.mention, spanString(w.span()), c.want)
		}
	}
	// A count before a month is no year: "2000 kişi Mart ayında".
	a := datesArticle(t, "tr", "2024-05", "Toplam 2000 kişi mart ayında şehre döndü.")
	findDates(a)
	for _, m := range a.Mentions {
		if strings.Contains(m.Text, "2000") {
			t.Errorf("%q: a count read as a year", m.Text)
		}
	}
}

// mentionCase is a sentence, the mention of a date it writes and the span
// that mention must have ("2006-01" or "2006-01-02").
type mentionCase struct{ lang, text, mention, want string }

// checkMentionAloneToo finds the dates of each case's sentence in an
// article of month and checks the mention's span; then it reads the
// mention again alone, as dateArticle and the corpus pass read one, placed
// near day: it must keep that span.
func checkMentionAloneToo(t *testing.T, month string, day Date, cases []mentionCase) {
	t.Helper()
	for _, c := range cases {
		a := datesArticle(t, c.lang, month, c.text)
		findDates(a)
		for _, m := range mentionsNamed(t, a, c.mention) {
			if got := spanString(m.Span.Span()); got != c.want {
				t.Errorf("%s %q: %q is %s, want %s", c.lang, c.text, m.Text, got, c.want)
			}
		}
		var sc dateScanner
		sc.lex = lexiconFor(c.lang)
		w, ok := readMention(&sc, c.mention)
		if span, _ := w.placeNear(day, "the test's day", false); !ok || spanString(span) != c.want {
			t.Errorf("%s %q read alone: %s, want %s", c.lang, c.mention, spanString(span), c.want)
		}
	}
}
