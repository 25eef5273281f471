package discover_test

import (
	"slices"
	"testing"
)

// TestAnniversaryDateIsTheRecalledHappenings: the year an anniversary
// recalls keeps the words of what it recalls, not those of the visit that
// marks it (en de fr tr ru es zh; sentences written for the test).
// Look-alikes: a date that is the visit's ("In 2019, on the 80th
// anniversary …, Putin visited …"), a day written between the anniversary
// and the recalled year (the parade's), a Chinese occasion named after
// its anniversary (a summit of 2022 for the 30th anniversary of
// relations, no happening of 1992).
func TestAnniversaryDateIsTheRecalledHappenings(t *testing.T) {
	tests := []struct {
		name, written, text string
		day                 string // the date asked about
		wantVisit           bool   // its event is Putin's visit
		wantKind            string // else: its kind, when set
	}{
		{"en", "2024-09-05", "Putin's visit to Ulaanbaatar is timed to the 85th anniversary of the victory of Soviet and Mongolian troops at Khalkhin Gol in 1939.", "1939", false, ""},
		{"de", "2024-09-05", "Putins Besuch in Ulan Bator fällt auf den 85. Jahrestag des Sieges sowjetischer und mongolischer Truppen am Chalchin Gol im Jahr 1939.", "1939", false, ""},
		{"fr", "2024-09-05", "La visite de Poutine à Oulan-Bator coïncide avec le 85e anniversaire de la bataille de Khalkhin Gol, remportée en 1939.", "1939", false, ""},
		{"tr", "2024-09-05", "Putin'in Ulan Bator ziyareti, 1939'daki Halhin Gol Muharebesi'nin 85. yıl dönümüne denk geliyor.", "1939", false, "clash"},
		{"ru", "2024-09-05", "Визит Путина в Улан-Батор приурочен к 85-летию победы советских и монгольских войск в битве на Халхин-Голе в 1939 году.", "1939", false, ""},
		{"es", "2024-09-05", "La visita de Putin a Ulán Bator coincide con el 85.º aniversario de la batalla de Jaljin Gol, ganada en 1939.", "1939", false, ""},
		{"zh", "2024-09-05", "普京访问蒙古正值1939年哈拉哈河战役胜利85周年。", "1939", false, ""},
		{"look-alike: the visit's own year", "2024-09-05", "In 2019, on the 80th anniversary of the battle, Putin visited Ulaanbaatar.", "2019", true, ""},
		{"look-alike: a day between", "2025-05-12", "The 80th anniversary of the victory in 1945 was marked by a parade in Moscow on 9 May 2025.", "2025-05-09", false, "commemoration"},
		{"look-alike: zh occasion after its anniversary", "2023-05-20", "去年1月25日，习近平同中亚五国元首以视频方式举行了建交30周年视频峰会。", "2022-01-25", false, "summit"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": " date " + tt.written + "\n\n" + tt.text + "\n"})
		found := false
		for _, e := range c.Events {
			if e.Span.Start.String() != tt.day {
				continue
			}
			found = true
			visit := e.Kind == "visit" || slices.Contains(e.Actors, "putin")
			if visit != tt.wantVisit {
				t.Errorf("%s: the event of %s is %q (%s, actors %v), want Putin's visit: %v", tt.name, tt.day, e.Title, e.Kind, e.Actors, tt.wantVisit)
			}
			if tt.wantKind != "" && e.Kind != tt.wantKind {
				t.Errorf("%s: the event of %s is a %s (%q), want a %s", tt.name, tt.day, e.Kind, e.Title, tt.wantKind)
			}
		}
		if !found {
			t.Errorf("%s: no event on %s; events %q", tt.name, tt.day, titlesOf(c))
		}
	}
}
