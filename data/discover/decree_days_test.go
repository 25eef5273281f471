package discover_test

import "testing"

// TestDecreeDayIsNoDayOfTheVote: the day a decree calling a vote is signed
// is the decree's, not the vote's (en ru kk az pl uz de fr tr; sentences
// written for the test), and the signing verb signs no agreement.
// Look-alikes: the vote's own day in a sentence that names the decree, and
// the vote's day told as to come in the decree's sentence.
func TestDecreeDayIsNoDayOfTheVote(t *testing.T) {
	tests := []struct {
		name, written, text string
		day                 string // the day asked about
		wantKind            string // the kind of its event
	}{
		{"en", "2019-04-20", "President Kassym-Jomart Tokayev signed a decree on 9 April 2019 calling a snap presidential election for 9 June 2019.", "2019-04-09", "decision"},
		{"ru", "2019-04-20", "Указ о назначении досрочных президентских выборов в Казахстане Токаев подписал 9 апреля 2019 года.", "2019-04-09", "decision"},
		{"kk", "2019-04-20", "Қазақстандағы кезектен тыс президент сайлауы туралы жарлыққа Тоқаев 2019 жылғы 9 сәуірде қол қойды.", "2019-04-09", "decision"},
		{"az", "2023-12-20", "Azərbaycanda növbədənkənar prezident seçkiləri İlham Əliyevin 2023-cü il dekabrın 7-də imzaladığı sərəncamla təyin edilib.", "2023-12-07", "decision"},
		{"pl", "2025-01-20", "Marszałek Sejmu Szymon Hołownia podpisał 15 stycznia 2025 r. postanowienie o zarządzeniu wyborów prezydenckich w Polsce.", "2025-01-15", "decision"},
		{"uz", "2023-05-20", "Президент Шавкат Мирзиёев 2023 йил 8 май куни Ўзбекистонда муддатидан олдинги президент сайловини ўтказиш тўғрисидаги фармонни имзолади.", "2023-05-08", "decision"},
		{"de", "2019-04-20", "Tokajew unterzeichnete am 9. April 2019 ein Dekret über vorgezogene Präsidentenwahlen in Kasachstan.", "2019-04-09", "decision"},
		{"fr", "2019-04-20", "Tokaïev a signé le 9 avril 2019 un décret convoquant une élection présidentielle anticipée au Kazakhstan.", "2019-04-09", "decision"},
		{"tr", "2019-04-20", "Tokayev, 9 Nisan 2019'da Kazakistan'da erken cumhurbaşkanlığı seçimi kararnamesini imzaladı.", "2019-04-09", "decision"},
		{"en, decree in a sentence of the vote", "2019-06-20", "Voters in Kazakhstan went to the polls on 9 June 2019 in the snap presidential election called by a decree Tokayev signed in April.", "2019-04", "decision"},
		{"look-alike: the vote's day in that sentence", "2019-06-20", "Voters in Kazakhstan went to the polls on 9 June 2019 in the snap presidential election called by a decree Tokayev signed in April.", "2019-06-09", "election"},
		{"look-alike: the vote's day to come", "2019-04-20", "President Kassym-Jomart Tokayev signed a decree on 9 April 2019 calling a snap presidential election for 9 June 2019.", "2019-06-09", "election"},
	}
	for _, tt := range tests {
		checkKindOnDay(t, tt.name, tt.written, tt.text, tt.day, tt.wantKind)
	}
}
