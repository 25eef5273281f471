package data

import "testing"

// TestEveOfDate checks that the eve of a date is the day before it, in
// each language that writes it, and that the eve words are part of the
// mention; the texts are written for the test, in articles of Tuesday 3
// December 2024.
func TestEveOfDate(t *testing.T) { checkDatedCases(t, eveCases) }

var eveCases = []dateCase{
	{"ru накануне before a date", "ru", "", "03.12.2024\nНакануне 27 ноября в столице прошли протесты. Полиция задержала десятки человек.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"Накануне 27 ноября", MentionExplicit, "2024-11-26"}}},
	{"ru накануне after a long clause", "ru", "", "03.12.2024\nПо словам представителей оппозиции и независимых наблюдателей, накануне 27 ноября в столице прошли протесты.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"накануне 27 ноября", MentionExplicit, "2024-11-26"}}},
	{"ar عشية after a long clause", "ar", "", "03/12/2024\nقالت مصادر في المعارضة والمراقبون المستقلون إنه عشية 27 نوفمبر تجمع آلاف المتظاهرين.",
		[]wantMention{{"03/12/2024", MentionExplicit, "2024-12-03"}, {"عشية 27 نوفمبر", MentionExplicit, "2024-11-26"}}},
	{"ru в канун, first of a month", "ru", "", "03.12.2024\nВ канун 1 ноября лидеры провели переговоры. Встреча длилась три часа.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"В канун 1 ноября", MentionExplicit, "2024-10-31"}}},
	{"ru накануне before a verb stays the day before", "ru", "", "03.12.2024\nВ Кремле накануне заявили, что 27 ноября визит прошёл успешно.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"накануне", MentionRelative, "2024-12-02"}, {"27 ноября", MentionExplicit, "2024-11-27"}}},
	{"uk напередодні before a date", "uk", "", "03.12.2024\nНапередодні 27 листопада у столиці пройшли протести. Поліція затримала десятки людей.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"Напередодні 27 листопада", MentionExplicit, "2024-11-26"}}},
	{"fr la veille du", "fr", "", "03/12/2024\nLa veille du 27 novembre, des milliers de manifestants se sont rassemblés. La police a interpellé des dizaines de personnes.",
		[]wantMention{{"03/12/2024", MentionExplicit, "2024-12-03"}, {"La veille du 27 novembre", MentionExplicit, "2024-11-26"}}},
	{"de am Vorabend des", "de", "", "03.12.2024\nAm Vorabend des 27. November versammelten sich Tausende. Die Polizei nahm Dutzende fest.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"Am Vorabend des 27. November", MentionExplicit, "2024-11-26"}}},
	{"en on the eve of, with its year across a year", "en", "", "December 3, 2024\nOn the eve of January 1, 2024 thousands gathered in the square. Police detained dozens.",
		[]wantMention{{"December 3, 2024", MentionExplicit, "2024-12-03"}, {"On the eve of January 1, 2024", MentionExplicit, "2023-12-31"}}},
	{"en a date alone is itself", "en", "", "December 3, 2024\nOn November 27 thousands gathered in the square. Police detained dozens.",
		[]wantMention{{"December 3, 2024", MentionExplicit, "2024-12-03"}, {"On November 27", MentionExplicit, "2024-11-27"}}},
	{"es la víspera del", "es", "", "03/12/2024\nLa víspera del 27 de noviembre miles de personas se concentraron. La policía detuvo a decenas.",
		[]wantMention{{"03/12/2024", MentionExplicit, "2024-12-03"}, {"La víspera del 27 de noviembre", MentionExplicit, "2024-11-26"}}},
	{"tr arifesinde after the date", "tr", "", "03.12.2024\n27 Kasım arifesinde binlerce kişi meydanda toplandı. Polis onlarca kişiyi gözaltına aldı.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"27 Kasım arifesinde", MentionExplicit, "2024-11-26"}}},
	{"ar عشية with a joined و", "ar", "", "03/12/2024\nوعشية 27 نوفمبر تجمع آلاف المتظاهرين في العاصمة. واعتقلت الشرطة العشرات.",
		[]wantMention{{"03/12/2024", MentionExplicit, "2024-12-03"}, {"عشية 27 نوفمبر", MentionExplicit, "2024-11-26"}}},
	{"kk қарсаңында after the date", "kk", "", "03.12.2024\nАстанада 27 қараша қарсаңында мыңдаған адам жиналды. Полиция ондаған адамды ұстады.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"27 қараша қарсаңында", MentionExplicit, "2024-11-26"}}},
	{"uz arafasida after the date", "uz", "", "03.12.2024\nToshkentda 27-noyabr arafasida minglab odamlar to‘plandi. Politsiya o‘nlab odamni hibsga oldi.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"27-noyabr arafasida", MentionExplicit, "2024-11-26"}}},
	{"tg дар арафаи before the date", "tg", "", "03.12.2024\nДар арафаи 27 ноябр ҳазорон нафар дар маркази шаҳр ҷамъ омаданд. Пулис даҳҳо нафарро боздошт кард.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"Дар арафаи 27 ноябр", MentionExplicit, "2024-11-26"}}},
	{"ar عشية يوم", "ar", "", "03/12/2024\nعشية يوم 27 نوفمبر تجمع آلاف المتظاهرين في العاصمة. واعتقلت الشرطة العشرات.",
		[]wantMention{{"03/12/2024", MentionExplicit, "2024-12-03"}, {"عشية يوم 27 نوفمبر", MentionExplicit, "2024-11-26"}}},
	{"the eve of 1 March without its year is February", "en", "", "December 3, 2024\nOn the eve of March 1 the talks collapsed. Diplomats left the city.",
		[]wantMention{{"December 3, 2024", MentionExplicit, "2024-12-03"}, {"On the eve of March 1", MentionExplicit, "2024-02"}}},
	{"ru the eve of 1 January of last year", "ru", "", "03.12.2024\nНакануне 1 января прошлого года лидеры провели переговоры. Встреча длилась три часа.",
		[]wantMention{{"03.12.2024", MentionExplicit, "2024-12-03"}, {"Накануне 1 января прошлого года", MentionExplicit, "2022-12-31"}}},
	{"fr the eve of 1 January, a year back", "fr", "", "03/01/2025\nLa veille du 1er janvier, des milliers de personnes se sont rassemblées. La police a interpellé des dizaines de personnes.",
		[]wantMention{{"03/01/2025", MentionExplicit, "2025-01-03"}, {"La veille du 1er janvier", MentionExplicit, "2024-12-31"}}},
}
