package discover

import "testing"

// TestDamFailureIsADisaster: a dam that burst, collapsed or was blown up
// is a disaster, in every language the lexicon reads ("підірвали греблю",
// "crollo della diga", "zapora została wysadzona"); the Kakhovka dam of 6
// June 2023 was an "Announcement".
func TestDamFailureIsADisaster(t *testing.T) {
	checkKindsAmongDisaster := []kindCase{
		{"en", "The dam collapsed on Tuesday and the river flooded the town.", Disaster},
		{"en", "The dam burst overnight on Friday.", Disaster},
		{"uk", "Окупанти сьогодні підірвали греблю гідроелектростанції.", Disaster},
		{"ru", "Прорыв дамбы в Орске произошел в пятницу вечером.", Disaster},
		{"pl", "Zapora została wysadzona we wtorek nad ranem.", Disaster},
		{"it", "Il livello del fiume sale dopo il crollo della diga.", Disaster},
		{"es", "La rotura de la presa inundó varios pueblos el martes.", Disaster},
		{"pt", "O rompimento da barragem matou dezenas de pessoas.", Disaster},
		{"fr", "La rupture du barrage a inondé la vallée mardi.", Disaster},
		{"de", "Nach dem Dammbruch am Freitag wurde die Stadt evakuiert.", Disaster},
		{"tr", "Barajın çökmesi sonrası kent sular altında kaldı.", Disaster},
		{"ar", "أدى انهيار السد إلى غمر مئات المنازل.", Disaster},
		{"fa", "پس از شکستن سد بخش‌هایی از شهر زیر آب رفت.", Disaster},
		{"zh", "溃坝导致下游多个村庄被淹。", Disaster},
	}
	for _, tt := range checkKindsAmongDisaster {
		got := kindsOf(tt.lang, tt.sentence)
		found := false
		for _, k := range got {
			found = found || k == tt.want
		}
		if !found {
			t.Errorf("%s %q: kinds %v, want %s among them", tt.lang, tt.sentence, got, tt.want)
		}
	}
}
