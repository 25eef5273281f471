package discover_test

import "testing"

// A span whose end is written in the case or with the postposition of
// "until" (Uzbek "… июндан … июлгача", Kazakh "… тамыздан … қыркүйекке
// дейін") is a happening over those days, not a bound: its start is an
// event. A date alone so written stays a bound ("noyabrgacha davom
// etadi"). Sentences written for the test.
func TestSpanInCasesIsNoBound(t *testing.T) {
	for _, tt := range []struct {
		name, text, start string
		event             bool
	}{
		{"uz cyrillic span", " date 2025-06-06\n\nЖаҳон чемпионати 2026 йил 11 июндан 19 июлгача АҚШ, Канада ва Мексикада бўлиб ўтади.\n", "2026-06-11", true},
		{"uz latin span", " date 2025-06-06\n\nFestival 2026-yil 3-avgustdan 9-avgustgacha Samarqandda o'tkaziladi.\n", "2026-08-03", true},
		{"kk span", " date 2025-06-06\n\nФестиваль 3 тамыздан 9 тамызға дейін Алматыда өтеді.\n", "2025-08-03", true},
		{"uz bound", " date 2025-06-06\n\nSammitdagi muzokaralar 22-noyabrgacha davom etadi.\n", "2025-11-22", false},
	} {
		c := build(t, map[string]string{"a.txt": tt.text})
		found := false
		for _, e := range c.Events {
			if e.Span.Start.String() == tt.start {
				found = true
			}
		}
		if found != tt.event {
			t.Errorf("%s: an event on %s: %v, want %v", tt.name, tt.start, found, tt.event)
		}
	}
}
