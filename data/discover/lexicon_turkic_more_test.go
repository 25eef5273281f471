package discover

import "testing"

// Deaths, arrests, victories, arrivals, sanctions, openings, oaths and
// statements in Kyrgyz, Tajik, Azerbaijani, Kazakh and Uzbek (Cyrillic
// and Latin), which had no words of their own for them (a Kyrgyz "каза
// болду" is no Kazakh "қаза": the letters differ). Sentences written for
// the test.
func TestLexiconTurkicDeathsArrestsVictories(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ky", "Кырсыктан үч адам каза болду.", Death},
		{"tg", "Дар садама ду нафар фавтиданд.", Death},
		{"az", "Qəzada iki nəfər həlak olub.", Death},
		{"kk", "Жол апатында екі адам мерт болды.", Death},
		{"ky", "Шектүүлөр Бишкекте кармалды.", Arrest},
		{"tg", "Гумонбарон дар Душанбе боздошт шуданд.", Arrest},
		{"az", "Şübhəli şəxs həbs edildi.", Arrest},
		{"uz", "Гумонланувчи ҳибсга олинди.", Arrest},
		{"ky", "Партия шайлоодо жеңишке жетишти.", Result},
		{"az", "Namizəd seçkidə qələbə qazandı.", Result},
		{"uz", "Президент Тошкентга келди.", Visit},
		{"uz", "AQSh Rossiyaga qarshi yangi sanksiyalar joriy etdi.", Decision},
		{"az", "Avropa İttifaqı yeni sanksiyalar tətbiq etdi.", Decision},
		{"tg", "Дар Душанбе бинои нави мактаб кушода шуд.", Opening},
		{"tg", "Президент дар назди парлумон савганд ёд кард.", Inauguration},
		{"tg", "Вазир изҳор дошт, ки музокирот идома меёбад.", Announcement},
	})
}
