package discover_test

import "testing"

// The families of session 11 are titled by what happened, in English,
// never by a quoted fragment: a tennis final, a heat wave, a central
// bank's rate decision, a solar eclipse, a rocket launch, a landing on
// the Moon, a trial, a derailment, a festival. Reports written for the
// test, in the languages that write such news.
func TestTitlesOfFamiliesOfSession11(t *testing.T) {
	checkTitles(t, []titleCase{
		{"rate decision (tr)", oneFile(" date 2025-10-24\n\nAnkara, 24 Ekim 2025 – Türkiye Cumhuriyet Merkez Bankası Para Politikası Kurulu, dün yapılan toplantıda politika faizini yüzde 39,5 olarak belirledi.\n"),
			"Central Bank of the Republic of Turkey rate decision", "Meeting…"},
		{"rate decision (ru)", oneFile(" date 2024-10-26\n\nМосква, 26 октября 2024 года. Банк России 25 октября 2024 года на заседании совета директоров повысил ключевую ставку до 21 %.\n"),
			"Central bank rate decision…", "Meeting…"},
		{"solar eclipse (es)", oneFile(" date 2023-10-15\n\nCiudad de México, 15 de octubre de 2023. El eclipse anular de sol pudo verse el 14 de octubre de 2023 en varias zonas de México.\n"),
			"Solar eclipse in Mexico", ""},
		{"heat wave (ar)", oneFile(" date 2025-08-13\n\nالقاهرة في 13 اغسطس 2025 – ضربت موجه حر قاسيه مصر يوم 13 اغسطس 2025.\n"),
			"Heat wave in Egypt", ""},
		{"cold snap (en)", oneFile(" date 2024-01-10\n\nA cold snap hit Poland on 9 January 2024, closing schools.\n"),
			"Cold snap in Poland", ""},
		{"final with no tournament named (en)", oneFile(" date 2024-07-15\n\nShe won the final in London on 14 July 2024 in three sets.\n"),
			"Final…", "Contest…"},
		{"launch (de)", oneFile(" date 2024-07-10\n\nParis, 10. Juli 2024. Die Trägerrakete Ariane 6 ist am 9. Juli 2024 zu ihrem Erstflug gestartet.\n"),
			"Rocket launch…", "Event…"},
		{"landing (zh)", oneFile(" date 2024-06-03\n\n2024年6月2日，嫦娥六号成功着陆在月球背面。\n"),
			"Moon landing", ""},
		{"derailment (pt)", oneFile(" date 2025-09-04\n\nLisboa, 4 de setembro de 2025 – Um elevador descarrilou em Lisboa a 3 de setembro de 2025, provocando a morte de 16 pessoas.\n"),
			"Accident in Lisbon", "Deaths…"},
		{"festival (ru)", oneFile(" date 2024-07-06\n\nВ Астане 5 июля 2024 года открылся международный музыкальный фестиваль.\n"),
			"Festival in Astana", ""},
		{"explosion (fa)", oneFile(" date 2025-04-27\n\nتهران – انفجار شدید روز ۶ اردیبهشت ۱۴۰۴ در بندرعباس دست‌کم ۴۰ کشته بر جا گذاشت.\n"),
			"Explosion in Bandar Abbas", "Attack…"},
		{"an attack that exploded is an attack (en)", oneFile(" date 2024-01-04\n\nTwo explosions struck a memorial ceremony in Kerman on 3 January 2024 in a terror attack that killed dozens.\n"),
			"Attack in Kerman", "Explosion…"},
		{"derailment and its dead (en)", oneFile(" date 2025-09-04\n\nSixteen people died in the accident on 3 September 2025, the city said.\n"),
			"", "Accident…"},
		{"detained on charges (tr)", oneFile(" date 2025-03-19\n\nİstanbul, 19 Mart 2025 – Ekrem İmamoğlu bu sabah yolsuzluk suçlamalarıyla gözaltına alındı.\n"),
			"", "Charges…"},
		{"an outbreak of fighting is no explosion (pl)", oneFile(" date 2021-04-30\n\nWarszawa, 30 kwietnia 2021 r. Na granicy Kirgistanu i Tadżykistanu 29 kwietnia 2021 roku wybuchły walki.\n"),
			"", "Explosion…"},
		{"a tournament's final (pl)", oneFile(" date 2024-06-08\n\nParyż, 8 czerwca 2024 r. Finał Rolanda Garrosa rozpocznie się 8 czerwca 2024 roku o 15.\n"),
			"Roland Garros final", ""},
		{"a round named after the final is no final (pl)", oneFile(" date 2024-06-08\n\nW styczniu 2024 roku doszła do 1/8 finału Australian Open.\n"),
			"", "Australian Open final"},
		{"a festival's awards (it)", oneFile(" date 2024-09-08\n\nVenezia, 8 settembre 2024 – I premi della Mostra internazionale d'arte cinematografica sono stati consegnati il 7 settembre 2024.\n"),
			"Venice Film Festival awards", ""},
		{"a body that organises is no tournament (en)", oneFile(" date 2023-06-11\n\nManchester City won the final in Istanbul on 10 June 2023, UEFA said.\n"),
			"Final…", "UEFA final"},
		{"a decree is no treaty (uk)", oneFile(" date 2024-02-09\n\nКиїв, 9 лютого 2024 року. Президент України Володимир Зеленський 8 лютого 2024 року підписав указ про звільнення головнокомандувача.\n"),
			"Decree by Volodymyr Zelensky…", "Volodymyr Zelensky signs…"},
	})
}
