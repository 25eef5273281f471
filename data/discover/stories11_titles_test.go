package discover_test

import "testing"

// TestQuakeIsWhereItStruck: Chinese reports measure a quake abroad by the
// China Earthquake Networks Center ("据中国地震台网测定") and tell where it
// was felt ("中国云南等地震感强烈"); 地震 inside those stood next to China and
// made "Earthquake in China" of quakes in Nepal and Myanmar. A quake in
// China stays China's.
func TestQuakeIsWhereItStruck(t *testing.T) {
	checkTitles(t, []titleCase{
		{"zh, network and felt", oneFile("新华社北京1月7日电 据中国地震台网测定，北京时间2025年1月7日9时5分，尼泊尔发生6.8级地震。印度、中国西藏等地震感强烈。\n"),
			"Earthquake in Nepal", "Earthquake in China"},
		{"zh, earthquake bureau", oneFile("2023年4月2日，缅甸发生5.9级地震。云南省地震局派出工作组赴边境地区。\n"),
			"Earthquake in Myanmar", "Earthquake in China"},
		{"zh, a quake in China", oneFile("新华社北京5月3日电 据中国地震台网测定，2024年5月3日，中国新疆发生5.2级地震，暂无人员伤亡报告。\n"),
			"Earthquake…", "Earthquake in Nepal"},
	})
}

// TestRaisiNamedAlone: Persian and Arabic reports name Ebrahim Raisi in
// full once, then by his surname, which alone is also a word ("main",
// "a head"): it counts after the full name. "رئیسی و پوتین … در مسکو دیدار
// کرده بودند" was "Vladimir Putin visits Moscow". Azerbaijani "İbrahim
// Rəisi" was not listed. Look-alike: a report that never writes the full
// name.
func TestRaisiNamedAlone(t *testing.T) {
	checkTitles(t, []titleCase{
		{"fa", oneFile(" date 2024-03\n\nتهران- ایرنا- آیت‌الله سید ابراهیم رئیسی پیروزی پوتین را تبریک گفت.\n\nرئیسی و پوتین روز ۱۶ آذر ۱۴۰۲ در مسکو دیدار و گفت‌وگو کرده بودند.\n"),
			"Ebrahim Raisi and Vladimir Putin meet in Moscow", "Vladimir Putin visits Moscow"},
		{"az", oneFile("Bakı, 19 may 2024-cü il. Prezident İlham Əliyev və İran Prezidenti İbrahim Rəisi bu gün Araz çayı üzərində su qovşağının açılış mərasimində iştirak ediblər.\n"),
			"Launch by Ilham Aliyev and Ebrahim Raisi in Iran", ""},
		{"fa, surname only", oneFile(" date 2024-03\n\nرئیسی و پوتین روز ۱۶ آذر ۱۴۰۲ در مسکو دیدار و گفت‌وگو کرده بودند.\n"),
			"", "Ebrahim Raisi and Vladimir Putin meet in Moscow"},
	})
}

// TestInaugurationOfWhoTakesOffice: an oath told with a title ("the new
// president") governs nobody; the terms of office of the lists tell who
// took office that day: "Inauguration of Karol Nawrocki", not of Andrzej
// Duda, whose term ended then and who was named more (pl en).
func TestInaugurationOfWhoTakesOffice(t *testing.T) {
	checkTitles(t, []titleCase{
		{"pl, the outgoing alone", oneFile(" date 2025-06\n\nZaprzysiężenie nowego prezydenta zaplanowano na 6 sierpnia 2025, kiedy kończy się druga kadencja Andrzeja Dudy. Andrzej Duda pogratulował zwycięzcy.\n"),
			"Inauguration…", "Inauguration of Andrzej Duda"},
		{"en, both named", oneFile(" date 2025-06\n\nFor Karol Nawrocki and for Andrzej Duda, the inauguration of the new president on August 6, 2025 ends a long campaign; Andrzej Duda's second term ends that day.\n"),
			"Inauguration of Karol Nawrocki", "Inauguration of Andrzej Duda"},
		{"uk, both named", oneFile(" date 2025-06\n\nІнавгурація новообраного президента запланована на 6 серпня 2025 року. Кароль Навроцький змінить Анджея Дуду. Анджей Дуда обіймав посаду з 2015 року.\n"),
			"", "Inauguration of Andrzej Duda"},
		{"look-alike, a term that goes on", oneFile(" date 2024-05\n\nThe inauguration ceremony in the Kremlin on May 7, 2024 opened a fifth term for Vladimir Putin.\n"),
			"Inauguration of Vladimir Putin", ""},
	})
}

// TestDayOfMourningIsItsCountrys: a day of mourning is declared by a
// country; the city where the dead died, in another country, is not its
// place ("Day of mourning in Aktau" was Azerbaijan's for a crash in
// Kazakhstan). A province of the mourning country that declares its own
// stays.
func TestDayOfMourningIsItsCountrys(t *testing.T) {
	checkTitles(t, []titleCase{
		{"tr", oneFile("BAKÜ, 26 Aralık 2024 (AA) - Azerbaycan'da, Kazakistan'ın Aktau kenti yakınlarında düşen uçakta hayatını kaybedenler anısına bugün ulusal yas ilan edildi.\n"),
			"Day of mourning in Azerbaijan", "Day of mourning in Aktau"},
		{"en", oneFile("BAKU, Dec 26, 2024 - Azerbaijan observed a national day of mourning on Thursday, December 26, 2024, for the victims of the plane that crashed near Aktau in Kazakhstan.\n"),
			"Day of mourning in Azerbaijan", "Day of mourning in Aktau"},
		{"en, a province's own", oneFile("MOSCOW, June 24, 2024 - Dagestan declared three days of mourning from Monday, June 24, 2024, after the attacks in Derbent and Makhachkala.\n"),
			"", "Day of mourning in Russia"},
	})
}

// TestGivenNameIsNoCountry: Spanish "Mauricio" is Mauritius and Mauricio
// Macri's first name; with Argentina's presidents in the lists the longer
// name holds the word, so Argentina's runoff is no "Mauritius presidential
// election" (es pt). Look-alike: Mauritius itself.
func TestGivenNameIsNoCountry(t *testing.T) {
	checkTitles(t, []titleCase{
		{"es", oneFile("BUENOS AIRES, 20 de noviembre de 2023 - Con el apoyo de Patricia Bullrich y de Mauricio Macri, Javier Milei ganó ayer, domingo 19 de noviembre de 2023, la segunda vuelta presidencial.\n"),
			"", "Mauritius presidential election"},
		{"pt", oneFile("BUENOS AIRES, 20 de novembro de 2023 - Com o apoio de Mauricio Macri, Javier Milei venceu no domingo, 19 de novembro de 2023, o segundo turno da eleição presidencial na Argentina.\n"),
			"Argentina presidential election", "Mauritius presidential election"},
		{"look-alike, Mauritius", oneFile("PORT LOUIS, 11 de noviembre de 2024 - Mauricio celebró el domingo 10 de noviembre de 2024 sus elecciones parlamentarias.\n"),
			"Mauritius parliamentary election", ""},
	})
}

// TestTitleAfterTheNameIsNoPlace: a leader's title may follow his name as
// an apposition ("Vladimir Putin, President of Russia", "ولادیمیر پوتین،
// رئیس‌جمهور روسیه"); its country is where he comes from, not where the
// talks were: no "Ebrahim Raisi visits Russia" for talks in Samarkand
// (fa en). Look-alike: "met Putin, in Russia" keeps Russia.
func TestTitleAfterTheNameIsNoPlace(t *testing.T) {
	checkTitles(t, []titleCase{
		{"fa", oneFile(" date 2022-09\n\nتهران- ایرنا- آیت‌الله سید ابراهیم رئیسی در نشست سران شرکت کرد.\n\nرئیسی روز پنجشنبه ۲۴ شهریور ۱۴۰۱ با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد.\n"),
			"", "Ebrahim Raisi visits Russia"},
		{"en", oneFile("TEHRAN, Sept 16, 2022 - Ebrahim Raisi met on Thursday, 15 September 2022, with Vladimir Putin, President of Russia, and discussed energy.\n"),
			"", "Ebrahim Raisi visits Russia"},
		{"look-alike, a place after the comma", oneFile("TEHRAN, Sept 16, 2022 - Ebrahim Raisi on Thursday, 15 September 2022, held talks with Vladimir Putin, in Russia, on energy.\n"),
			"Ebrahim Raisi and Vladimir Putin hold talks in Russia", ""},
	})
}
