package discover_test

import (
	"slices"
	"testing"
)

// TestOrganisationsInKyrgyzTajikAzerbaijani: the regional organisations are
// named in Kyrgyz, Tajik and Azerbaijani reports too ("ИДМ", the CIS in
// Tajik; "MDB" in Azerbaijani; "ШКУ", the SCO in Kyrgyz): the names
// shipped had none of these languages, and a Tajik report of the CIS
// meeting in Dushanbe joined another event of the day.
func TestOrganisationsInKyrgyzTajikAzerbaijani(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"tg CIS", " date 2025-10-11\n\nДушанбе, 10 октябри 2025. Нишасти сарони давлатҳои аъзои ИДМ дар Душанбе баргузор шуд.\n", "cis"},
		{"az CIS", " date 2025-10-11\n\nDüşənbə, 10 oktyabr 2025. MDB dövlət başçılarının sammiti Düşənbədə keçirilib.\n", "cis"},
		{"ky SCO", " date 2024-07-05\n\nАстана, 4-июль 2024. Шанхай кызматташтык уюмунун саммити Астанада өттү.\n", "sco"},
		{"az UN", " date 2024-11-12\n\nBakı, 11 noyabr 2024. Birləşmiş Millətlər Təşkilatının iqlim konfransı Bakıda açılıb.\n", "un"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		found := false
		for _, e := range c.Events {
			found = found || slices.Contains(e.Actors, tt.want)
		}
		if !found {
			var actors [][]string
			for _, e := range c.Events {
				actors = append(actors, e.Actors)
			}
			t.Errorf("%s: no event with %s; actors: %q; events: %q", tt.name, tt.want, actors, titlesOf(c))
		}
	}
}
