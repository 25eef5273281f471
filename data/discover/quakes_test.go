package discover_test

import (
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestEarthquakeIsOneEventInItsProvinces: the reports of one earthquake,
// each placing it by the province it looks at, are one event when nothing
// else bridges them (a folder of a few reports); a fire in another city, an
// earthquake in another country and one on another day stay apart. The
// sentences are written for this test.
func TestEarthquakeIsOneEventInItsProvinces(t *testing.T) {
	const (
		hatayEn   = " date 2025-03-15\n\nA strong earthquake shook Hatay on 14 March 2025. Several buildings collapsed in the old town. Rescue teams worked through the night.\n"
		marasIt   = " date 2025-03-15\n\nIl sisma del 14 marzo 2025 ha colpito la provincia di Kahramanmaraş. Decine di case sono crollate. I soccorritori cercano i dispersi.\n"
		antepAr   = " date 2025-03-15\n\nضرب الزلزال مدينة غازي عنتاب في 14 مارس 2025. وانهارت عدة مبان قديمة. وتواصل فرق الإنقاذ البحث عن ناجين.\n"
		antepFr   = " date 2025-03-15\n\nUn tremblement de terre a frappé Gaziantep le 14 mars 2025. Plusieurs immeubles se sont effondrés. Les secours fouillent les décombres.\n"
		antepTr   = " date 2025-03-15\n\nGaziantep'te 14 Mart 2025'te meydana gelen depremde birçok bina yıkıldı. Arama kurtarma çalışmaları sürüyor.\n"
		izmirFire = " date 2025-03-15\n\nA fire broke out at a factory in Izmir on 14 March 2025. Several workers were injured. Firefighters fought the blaze for hours.\n"
		tabriz    = " date 2025-03-15\n\nAn earthquake struck Tabriz on 14 March 2025. Several buildings collapsed in the old town. Rescue teams worked through the night.\n"
		antepLate = " date 2025-03-17\n\nA strong earthquake shook Gaziantep on 16 March 2025. Several buildings collapsed. Rescue teams worked through the night.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		day   string
		want  [][]string // the articles of each event of the day with a's or b's passages
	}{
		{"two provinces, one earthquake (en, it)", map[string]string{"a.txt": hatayEn, "b.txt": marasIt}, "2025-03-14", [][]string{{"a", "b"}}},
		{"two provinces, one earthquake (ar, en)", map[string]string{"a.txt": antepAr, "b.txt": hatayEn}, "2025-03-14", [][]string{{"a", "b"}}},
		{"two provinces, one earthquake (fr, it)", map[string]string{"a.txt": antepFr, "b.txt": marasIt}, "2025-03-14", [][]string{{"a", "b"}}},
		{"two provinces, one earthquake (tr, en)", map[string]string{"a.txt": antepTr, "b.txt": hatayEn}, "2025-03-14", [][]string{{"a", "b"}}},
		{"a fire in another city: apart", map[string]string{"a.txt": hatayEn, "b.txt": izmirFire}, "2025-03-14", [][]string{{"a"}, {"b"}}},
		{"an earthquake in another country: apart", map[string]string{"a.txt": hatayEn, "b.txt": tabriz}, "2025-03-14", [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == tt.day })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of %s: %q, want %q; events: %q", tt.name, tt.day, got, tt.want, titlesOf(c))
		}
	}
	// Another day is another earthquake.
	c := build(t, map[string]string{"a.txt": hatayEn, "b.txt": antepLate})
	for _, day := range []string{"2025-03-14", "2025-03-16"} {
		if got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == day }); len(got) != 1 || len(got[0]) != 1 {
			t.Errorf("another day: events of %s: %q, want one of one article; events: %q", day, got, titlesOf(c))
		}
	}
}
