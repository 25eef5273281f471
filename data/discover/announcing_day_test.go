package discover_test

import "testing"

// TestAnnouncingDayIsNoDayOfThePlan: "X announced on 7 October that the
// Pope will visit Turkey from 27 to 30 November" is an announcement on 7
// October and a visit from the 27th, not a visit on 7 October (en fr ar de;
// sentences written for the test). Look-alike: a report of the day that
// tells what was announced for an earlier day keeps its words.
func TestAnnouncingDayIsNoDayOfThePlan(t *testing.T) {
	tests := []struct {
		name, text string
		written    string // the article's date
		day        string // the announcing day
		wantKind   string // the kind of the event on that day
	}{
		{"en", "The Holy See announced on Tuesday 7 October 2025 that Pope Leo XIV will visit Turkey from 27 to 30 November 2025.", "2025-10-08", "2025-10-07", "announcement"},
		{"fr", "Le Saint-Siège a annoncé le mardi 7 octobre 2025 que le pape Léon XIV se rendra en Turquie du 27 au 30 novembre 2025.", "2025-10-08", "2025-10-07", "announcement"},
		{"ar", "أعلن الفاتيكان يوم الثلاثاء 7 أكتوبر 2025 أن البابا لاون الرابع عشر سيزور تركيا من 27 إلى 30 نوفمبر 2025.", "2025-10-08", "2025-10-07", "announcement"},
		{"de", "Der Vatikan hat am Dienstag, 7. Oktober 2025, bekanntgegeben, dass Papst Leo XIV. vom 27. bis 30. November 2025 die Türkei besuchen wird.", "2025-10-08", "2025-10-07", "announcement"},
		{"look-alike: a day's visit, an earlier announcement", "Pope Leo XIV arrived in Ankara on 27 November 2025, as the Vatican had announced on 7 October 2025.", "2025-12-01", "2025-11-27", "visit"},
	}
	for _, tt := range tests {
		checkKindOnDay(t, tt.name, tt.written, tt.text, tt.day, tt.wantKind)
	}
}
