package discover_test

import "testing"

// TestCallingDayIsNoDayOfTheVote: the day a vote is called, with no decree
// word, is the call's, a decision (en nl de it es fr ru pl; sentences
// written for the test). Look-alikes: the day the vote is called for, and
// the vote's own day in a sentence that tells of the call.
func TestCallingDayIsNoDayOfTheVote(t *testing.T) {
	tests := []struct {
		name, written, text string
		day                 string // the day asked about
		wantKind            string // the kind of its event
	}{
		{"en", "2022-09-05", "President Tokayev called a snap presidential election on 1 September 2022 in his address to the nation.", "2022-09-01", "decision"},
		{"nl", "2023-05-10", "President Mirziyojev heeft op 8 mei 2023 vervroegde presidentsverkiezingen uitgeschreven.", "2023-05-08", "decision"},
		{"de", "2023-01-25", "Präsident Tokajew hat am 19. Januar 2023 vorgezogene Parlamentswahlen angesetzt.", "2023-01-19", "decision"},
		{"it", "2023-12-10", "Il presidente Aliyev ha indetto il 7 dicembre 2023 elezioni presidenziali anticipate.", "2023-12-07", "decision"},
		{"es", "2023-01-25", "El presidente Tokáyev convocó el 19 de enero de 2023 elecciones parlamentarias anticipadas.", "2023-01-19", "decision"},
		{"fr", "2023-01-25", "Le président Tokaïev a convoqué le 19 janvier 2023 des élections législatives anticipées.", "2023-01-19", "decision"},
		{"ru", "2023-01-25", "Президент Токаев 19 января 2023 года назначил досрочные парламентские выборы в Мажилис.", "2023-01-19", "decision"},
		{"pl", "2025-01-20", "Marszałek Sejmu 15 stycznia 2025 roku zarządził wybory prezydenckie w Polsce.", "2025-01-15", "decision"},
		{"look-alike: ru, the day the vote is called for", "2023-03-25", "Досрочные парламентские выборы в Казахстане были назначены на 19 марта 2023 года.", "2023-03-19", "election"},
		{"look-alike: en, the day the vote is called for", "2023-03-25", "Tokayev called a snap parliamentary election for 19 March 2023.", "2023-03-19", "election"},
		{"look-alike: en, the vote's day", "2023-03-25", "Kazakhs voted in a parliamentary election on 19 March 2023, two months after Tokayev called it.", "2023-03-19", "election"},
	}
	for _, tt := range tests {
		checkKindOnDay(t, tt.name, tt.written, tt.text, tt.day, tt.wantKind)
	}
}
