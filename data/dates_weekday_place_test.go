package data

import "testing"

// Tajik "Душанбе" is Monday and the capital: a paragraph opened by it,
// capitalised, and a comma is a dateline of the city, not "Monday, 13
// March" (13 March 2025 was a Thursday: read as a weekday, the day and
// the weekday disagree and the report loses its date). After its marker,
// in lower case, it stays the weekday. The sentences are written for this
// test.
func TestWeekdayThatIsACity(t *testing.T) {
	for _, c := range []struct {
		name, header, text, mention, want string
		stamp                             bool
	}{
		{"dateline of the city", "2025-03", "Душанбе, 13 март. Президентҳо имрӯз дар Бишкек мулоқот карданд.", "13 март", "2025-03-13", true},
		{"dateline with its year", "", "Душанбе, 20 июни соли 2024. Вазирон дар бораи об гуфтушунид карданд.", "20 июни соли 2024", "2024-06-20", true},
		{"the weekday after its marker", "2025-03", "Рӯзи душанбе, 10 март, президент ба Бишкек сафар кард.", "Рӯзи душанбе, 10 март", "2025-03-10", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, "tg", c.header, c.text)
			dateAlone(a, nil, nil)
			for _, m := range a.Mentions {
				if m.Text == c.mention {
					if got := spanString(m.Span.Span()); got != c.want {
						t.Errorf("%q: got %q, want %q (%s)", c.mention, got, c.want, m.Reason)
					}
					if (m.Stamp != StampNone) != c.stamp {
						t.Errorf("%q: stamp %v, want a dateline %v", c.mention, m.Stamp, c.stamp)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", c.mention, a.Mentions)
		})
	}
}
