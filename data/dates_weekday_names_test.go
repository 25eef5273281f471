package data

import "testing"

// An ambiguous weekday written with a capital before a capitalised word is
// an ordinal in a name ("Segunda Guerra Mundial"), no weekday; the same
// word as a weekday after its marker is one. The texts are written for the
// test (Tuesday 11 March 2025).
func TestCapitalisedOrdinalIsNoWeekday(t *testing.T) {
	for _, text := range []string{
		"O presidente lembrou na Segunda Guerra Mundial os soldados do país.",
		"A delegação visitou a Quinta Avenida de Nova Iorque.",
	} {
		a := datesArticle(t, "pt", "", "11.03.2025\n\n"+text)
		dateAlone(a, nil, nil)
		for _, m := range a.Mentions {
			if m.Kind == MentionWeekday {
				t.Errorf("%q: weekday %q read at %s", text, m.Text, spanString(m.Span.Span()))
			}
		}
	}
	checkWeekdays(t, []weekdayCase{
		{"pt", "Na segunda, o presidente viajou para Astana.", "Na segunda", "2025-03-10"},
		{"pt, at the sentence's start", "O presidente falou à imprensa. Na Segunda, viajou para Astana.", "Na Segunda", "2025-03-10"},
	})
}
