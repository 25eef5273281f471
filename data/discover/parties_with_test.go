package discover_test

import "testing"

// TestPlaceTalkedWithIsAParty: a capital or a country that leaders talk or
// sign with is the other side, not where it happened (nl en ru tr;
// sentences written for the test). Look-alike: the talks' own city stays
// their place.
func TestPlaceTalkedWithIsAParty(t *testing.T) {
	tests := []struct{ name, text, notPlace string }{
		{"nl", "Premier Irakli Kobachidze kondigde op 28 november 2024 aan dat Georgië geen onderhandelingen met Brussel meer zal voeren.", "brussels"},
		{"en", "Georgian Prime Minister Irakli Kobakhidze said on 28 November 2024 that his government would hold no talks with Brussels until 2028.", "brussels"},
		{"ru", "Премьер-министр Грузии Ираклий Кобахидзе 28 ноября 2024 года отказался от переговоров с Брюсселем до 2028 года.", "brussels"},
		{"tr", "Gürcistan Başbakanı İrakli Kobahidze 28 Kasım 2024'te Brüksel ile müzakereleri askıya aldı.", "brussels"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": " date 2024-11-30\n\n" + tt.text + "\n"})
		for _, e := range c.Events {
			if e.Span.Start.String() == "2024-11-28" && e.Place == tt.notPlace {
				t.Errorf("%s: %q is placed in %s, the side talked with", tt.name, e.Title, tt.notPlace)
			}
		}
	}
	c := build(t, map[string]string{"a.txt": " date 2024-11-30\n\nGeorgian Prime Minister Irakli Kobakhidze held talks in Brussels on 28 November 2024 with the head of the European Commission.\n"})
	placed := false
	for _, e := range c.Events {
		placed = placed || e.Span.Start.String() == "2024-11-28" && e.Place == "brussels"
	}
	if !placed {
		t.Errorf("talks held in Brussels: no event placed there; events %q", titlesOf(c))
	}
}
