package data

import "testing"

// announcedCases are news-style sentences written for these tests: each
// names one date, announced (future) or reported, in every language
// Caravan reads dates in.
var announcedCases = []struct {
	lang, text string
	announced  bool
}{
	{"en", "Xi will attend the summit on 15 September 2022.", true},
	{"en", "The summit is scheduled for 15 September 2022.", true},
	{"en", "Xi attended the summit on 15 September 2022.", false},
	{"en", "The commission said it would hold the vote on 9 July 2023.", true},
	{"en", "The commission said on 12 March 2023 that it would publish the results.", false},
	{"nl", "De leiders zullen op 15 september 2022 bijeenkomen.", true},
	{"nl", "De top gaat op 15 september 2022 van start.", true},
	{"nl", "De leiders kwamen op 15 september 2022 bijeen.", false},
	{"de", "Der Gipfel wird am 15. September 2022 eröffnet.", true},
	{"de", "Das Treffen soll am 15. September 2022 stattfinden.", true},
	{"de", "Der Gipfel wurde am 15. September 2022 eröffnet.", false},
	{"fr", "Le sommet se tiendra le 3 juillet 2024 à Astana.", true},
	{"fr", "Le président va se rendre à Astana le 3 juillet 2024.", true},
	{"fr", "Le sommet s'est tenu le 3 juillet 2024 à Astana.", false},
	{"fr", "Il a annoncé que les présidents se retrouveraient le 31 mars 2025 à Khodjent.", true},
	{"fr", "Selon la police, trois manifestants seraient morts le 2 juillet 2022.", false},
	{"ru", "Саммит состоится 3 июля 2024 года в Астане.", true},
	{"ru", "Путин намерен посетить Астану 27 ноября 2024 года.", true},
	{"ru", "Саммит прошёл 3 июля 2024 года в Астане.", false},
	{"ru", "Голосование назначено на 9 июля 2023 года.", true},
	{"ru", "Министр надеется, что стороны смогут подписать договор 20 сентября 2023 года.", true},
	{"ru", "Делегации встретятся в Бишкеке 12 марта 2025 года.", true},
	{"ru", "Делегации встретились в Бишкеке 12 марта 2025 года.", false},
	{"uk", "Сторони зможуть підписати угоду 20 вересня 2023 року.", true},
	{"uk", "Сторони підписали угоду 20 вересня 2023 року.", false},
	{"ru", "Министры обсудят проект 14 апреля 2025 года в Ташкенте.", true},
	{"ru", "Министры обсуждали проект 14 апреля 2025 года в Ташкенте.", false},
	{"ru", "Избиратели проголосуют 6 октября 2024 года.", true},
	{"ru", "Инаугурацию в Кремле ожидают 7 мая 2024 года.", true},
	{"fr", "Le président doit prendre ses fonctions le 3 août 2021.", true},
	{"fr", "Le président a pris ses fonctions le 3 août 2021.", false},
	{"uk", "Засідання триватиме до 30 червня 2025 року.", true},
	{"uk", "Сесія тривала до 30 червня 2025 року.", false},
	{"uk", "Делегація прибуде до Києва 3 березня 2025 року.", true},
	{"ky", "Саммит 2024-жылдын 9-октябрында Бишкекте өтөт.", true},
	{"ky", "Саммит 2024-жылдын 9-октябрында Бишкекте өттү.", false},
	{"tg", "Нишаст 5 майи соли 2025 дар Душанбе баргузор мегардад.", true},
	{"tg", "Нишаст 5 майи соли 2025 дар Душанбе баргузор гардид.", false},
	{"az", "Sammit 2024-cü il oktyabrın 9-da Bakıda keçiriləcək.", true},
	{"az", "Sammit 2024-cü il oktyabrın 9-da Bakıda keçirilib.", false},
	{"ar", "سيناقش الوزراء الاتفاق في 3 يوليو 2024.", true},
	// Arabic: a date before the future verb is the day the plan was told.
	{"ar", "أعلنت الرئاسة يوم الثلاثاء 7 أكتوبر 2025 أن الرئيس سيزور أنقرة.", false},
	{"ar", "أعلنت الرئاسة أن الرئيس سيزور أنقرة في 7 أكتوبر 2025.", true},
	{"ar", "تعقد القمة في 7 أكتوبر المقبل في أنقرة.", true},
	{"ar", "في 7 أكتوبر 2025 سيزور الرئيس أنقرة.", true},
	// A date before "that" is the day a plan was told.
	{"en", "The ministry said on 19 November 2024 that the president will travel to Astana.", false},
	{"ru", "МИД 19 ноября 2024 года сообщил, что президент посетит Астану.", false},
	{"fr", "Le ministère a annoncé le 19 novembre 2024 que le président se rendra à Astana.", false},
	{"es", "El ministerio anunció el 19 de noviembre de 2024 que el presidente viajará a Astaná.", false},
	{"it", "Il ministero ha annunciato il 19 novembre 2024 che il presidente andrà ad Astana.", false},
	{"pl", "Ministerstwo ogłosiło 19 listopada 2024 r., że prezydent odbędzie wizytę w Astanie.", false},
	{"uk", "Міністерство 19 листопада 2024 року повідомило, що президент відвідає Астану.", false},
	{"en", "The ministry said that the president will travel to Astana on 19 November 2024.", true},
	{"ru", "МИД сообщил, что президент посетит Астану 19 ноября 2024 года.", true},
	{"ar", "في 7 أكتوبر 2025 زار الرئيس أنقرة.", false},
	{"en", "The vote is slated for 9 July 2023.", true},
	{"pt", "A votação está marcada para 9 de julho de 2023.", true},
	{"fa", "قرار است انتخابات در ۱۵ تیر ۱۴۰۳ برگزار شود.", true},
	{"ar", "سيزور الرئيس أستانا في 3 يوليو 2024.", true},
	{"ar", "من المقرر أن تعقد القمة في 3 يوليو 2024.", true},
	{"ar", "زار الرئيس أستانا في 3 يوليو 2024.", false},
	{"es", "La cumbre se celebrará el 3 de julio de 2024 en Astaná.", true},
	{"es", "El presidente va a viajar el 3 de julio de 2024.", true},
	{"es", "La cumbre se celebró el 3 de julio de 2024 en Astaná.", false},
	{"it", "Il vertice si terrà il 3 luglio 2024 ad Astana.", true},
	{"it", "Il vertice si è tenuto il 3 luglio 2024 ad Astana.", false},
	{"pt", "A cimeira será realizada em 3 de julho de 2024.", true},
	{"pt", "O presidente vai viajar em 3 de julho de 2024.", true},
	{"pt", "A cimeira foi realizada em 3 de julho de 2024.", false},
	{"tr", "Zirve 3 Temmuz 2024 tarihinde Astana'da yapılacak.", true},
	{"tr", "Zirve 3 Temmuz 2024 tarihinde Astana'da yapıldı.", false},
	{"pl", "Szczyt odbędzie się 3 lipca 2024 r. w Astanie.", true},
	{"pl", "Szczyt odbył się 3 lipca 2024 r. w Astanie.", false},
	{"uk", "Саміт відбудеться 3 липня 2024 року в Астані.", true},
	{"uk", "Саміт відбувся 3 липня 2024 року в Астані.", false},
	{"fa", "اجلاس در ۱۵ تیر ۱۴۰۳ برگزار خواهد شد.", true},
	{"fa", "اجلاس در ۱۵ تیر ۱۴۰۳ برگزار شد.", false},
	{"zh", "峰会将于2024年7月3日在阿斯塔纳举行。", true},
	{"zh", "峰会于2024年7月3日在阿斯塔纳举行了。", false},
	{"kk", "Саммит 2024 жылғы 3 шілдеде Астанада өтеді.", true},
	{"kk", "Саммит 2024 жылғы 3 шілдеде Астанада өтті.", false},
	{"uz", "Saylov 2024-yil 27-oktabr kuni oʻtkaziladi.", true},
	{"uz", "Сайлов 2024 йил 27 октябрда бўлади.", true},
	{"uz", "Saylov 2024-yil 27-oktabr kuni boʻlib oʻtdi.", false},
}

// TestAnnouncedMentions checks that a date in a sentence with a future
// marker is marked announced, and one in a reporting sentence is not.
func TestAnnouncedMentions(t *testing.T) {
	for _, c := range announcedCases {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		var explicit []DateMention
		for _, m := range a.Mentions {
			if m.Kind == MentionExplicit {
				explicit = append(explicit, m)
			}
		}
		if len(explicit) != 1 {
			t.Errorf("%s %q: %d explicit mentions %+v, want 1", c.lang, c.text, len(explicit), explicit)
			continue
		}
		if explicit[0].Announced != c.announced {
			t.Errorf("%s %q: %q announced %v, want %v", c.lang, c.text, explicit[0].Text, explicit[0].Announced, c.announced)
		}
	}
}

// TestYearFromTense checks that a day or month written without a year
// takes its year from the tense of its sentence and the header.
func TestYearFromTense(t *testing.T) {
	cases := []struct {
		lang, header, text, want string
	}{
		{"nl", "2022-11", "Na de onlusten van januari bleef het rustig.", "2022-01"},
		{"nl", "2022-12", "De top zal in januari plaatsvinden.", "2023-01"},
		{"en", "2022-09", "The talks were held in November.", "2021-11"},
		{"en", "2022-09", "The talks will be held in November.", "2022-11"},
		{"ru", "2024-11", "Путин посетит Астану 27 ноября.", "2024-11-27"},
		{"es", "2024-12", "La cumbre se celebrará el 15 de enero.", "2025-01-15"},
		{"fr", "2024-02", "Les élections ont eu lieu le 12 décembre.", "2023-12-12"},
		// A plan put more than nine months ahead by the tense alone is a
		// past sentence misread: unplaced. "hatte … angesetzt" itself is
		// read as the past day of the scheduling since session 12
		// (dates_set_past.go).
		{"de", "2023-03", "Die Neuwahl ist im Januar angesetzt.", ""},
		{"de", "2023-03", "Tokajew hatte die Neuwahl im Januar angesetzt.", "2023-01"},
		{"de", "2023-11", "Die Wahl ist für Januar angesetzt.", "2024-01"},
		{"es", "2023-10", "El próximo 8 de abril habrá un eclipse total.", "2024-04-08"},
	}
	for _, c := range cases {
		a := datesArticle(t, c.lang, c.header, c.text)
		findDates(a)
		if len(a.Mentions) != 1 {
			t.Errorf("%s %q: mentions %+v, want 1", c.lang, c.text, a.Mentions)
			continue
		}
		if got := spanString(a.Mentions[0].Span.Span()); got != c.want {
			t.Errorf("%s %q (header %s): got %s, want %s (%s)", c.lang, c.text, c.header, got, c.want, a.Mentions[0].Reason)
		}
	}
}

// TestStamps checks which mentions are page stamps or datelines.
func TestStamps(t *testing.T) {
	cases := []struct {
		lang, text, mention string
		want                StampKind
	}{
		{"de", "Stand: 08.05.2025 11:12 Uhr", "08.05.2025", StampPublished},
		{"en", "Posted 3 July 2024", "3 July 2024", StampPublished},
		{"en", "Modified 17 August 2022", "17 August 2022", StampModified},
		{"ru", "Обновлено 17 августа 2022", "17 августа 2022", StampModified},
		{"ru", "Опубликовано 17 августа 2022", "17 августа 2022", StampPublished},
		{"ru", "20 октября 2023 г. 17:50", "20 октября 2023 г.", StampPublished},
		{"ru", "Астана, 16:27 | 14 марта", "14 марта", StampPublished},
		{"fr", "Moscou, 19 mars Ce samedi, le président a prêté serment.", "19 mars", StampPublished},
		// A place's words are capitalised; a sentence's subject before a
		// comma is not a dateline's place.
		{"tr", "Muhalif gruplar, 27 Kasım'da Halep'in batısında saldırı başlattı.", "27 Kasım", StampNone},
		{"es", "Los rebeldes, 27 de noviembre, tomaron la ciudad de Alepo.", "27 de noviembre", StampNone},
		{"pt", "Rio de Janeiro, 6 de julho de 2025 - Os líderes chegaram.", "6 de julho de 2025", StampPublished},
		{"en", "SHARM el-SHEIKH, Nov 7 - Leaders gathered for the climate talks.", "Nov 7", StampPublished},
		{"en", "March 11, 2025", "March 11, 2025", StampPublished},
		{"ru", "Дата: 12:09, 13-03-2025", "13-03-2025", StampPublished},
		{"pl", "Aktualizacja: 29.09.2020 10:18 Publikacja: 29.09.2020 07:26", "29.09.2020", StampModified},
		{"en", "On March 31, the treaty was signed in Khujand by the three presidents of the region.", "On March 31", StampNone},
		{"es", "El 19 de septiembre de 2023, Azerbaiyán inició una ofensiva militar en la región.", "El 19 de septiembre de 2023", StampNone},
		{"ru", "Бишкек. 13 марта. ИНТЕРФАКС - Президенты подписали договор о границе.", "13 марта", StampPublished},
		{"ru", "Президент прилетел в Астану. 13 марта он подписал договор о границе.", "13 марта", StampNone},
		// A year alone shaped like a dateline is running text.
		{"ru", "По договору, 1991 год стал точкой отсчёта для спорных участков.", "1991 год", StampNone},
		{"ky", "Келишимге ылайык, 1991-жылдан бери талаштуу болгон участоктор такталды.", "1991-жылдан", StampNone},
		// Datelines in the Arabic script: a city and an agency closed by
		// dashes, the date closed by one.
		{"fa", "مشهد- ایسنا- ۱۲ مهر ۱۴۰۱- استاندار از افتتاح پل خبر داد.", "۱۲ مهر ۱۴۰۱", StampPublished},
		{"ar", "عمّان - 5 مايو 2023 - افتتح الوزير المعرض.", "5 مايو 2023", StampPublished},
		{"ar", "الدوحة (قطر) - ١٢ مارس ٢٠٢٤ - افتتح الأمير المعرض.", "١٢ مارس ٢٠٢٤", StampPublished},
		// An agency's: the city closed by an Arabic comma, the date by the
		// agency in brackets and a dash; and ANSA's agency first.
		{"ar", "طهران، 20 مايو/أيار (رويترز) - أعلنت وسائل الإعلام وفاة الرئيس.", "20 مايو/أيار", StampPublished},
		{"ar", "القاهرة، 5 مايو 2023 - افتتح الوزير المعرض.", "5 مايو 2023", StampPublished},
		{"ar", "قال الوزير، 5 مايو 2023 (تقريبا) كان يوما صعبا.", "5 مايو 2023", StampNone},
		{"it", "(ANSA) - MOSCA, 25 OTT - La Banca centrale ha alzato il tasso.", "25 OTT", StampPublished},
		{"it", "(ANSA) - CITTÀ DEL VATICANO, 8 maggio - Il cardinale è stato eletto.", "8 maggio", StampPublished},
		{"fa", "وزیر گفت که قانون از ۱۲ مهر ۱۴۰۱ اجرا می‌شود.", "از ۱۲ مهر ۱۴۰۱", StampNone},
		// With the weekday first, as IRNA writes it.
		{"fa", "شیراز- ایرنا- سه‌شنبه ۱۲ مهر ۱۴۰۱- استاندار از افتتاح پل خبر داد.", "سه‌شنبه ۱۲ مهر ۱۴۰۱", StampPublished},
		{"ar", "عمّان - الخميس 4 مايو 2023 - افتتح الوزير المعرض.", "الخميس 4 مايو 2023", StampPublished},
		{"fa", "وزیر گفت که روز سه‌شنبه ۱۲ مهر ۱۴۰۱ قانون اجرا شد.", "روز سه‌شنبه ۱۲ مهر ۱۴۰۱", StampNone},
		// A date in brackets inside a sentence is the same day in another
		// calendar, no dateline.
		{"fa", "عضویت از اول ژانویه ۲۰۲۴ (۱۱ دی ۱۴۰۲) رسمیت می‌یابد.", "ژانویه ۲۰۲۴", StampNone},
	}
	for _, c := range cases {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		if len(a.Mentions) == 0 || a.Mentions[0].Text != c.mention {
			t.Errorf("%s %q: mentions %+v, want %q first", c.lang, c.text, a.Mentions, c.mention)
			continue
		}
		if got := a.Mentions[0].Stamp; got != c.want {
			t.Errorf("%s %q: %q stamp %q, want %q", c.lang, c.text, c.mention, got, c.want)
		}
	}
}

// TestStampAtTheEnd checks a full date alone on the last line of a page
// (some sites print it under the story): the page's stamp, while a date
// alone on a line further up, or a partial one, is not.
func TestStampAtTheEnd(t *testing.T) {
	body := "Başlık\n\nBirinci paragraf.\n\nİkinci paragraf.\n\nÜçüncü paragraf.\n\nDördüncü paragraf.\n\nBeşinci paragraf.\n\n"
	for _, c := range []struct {
		text, mention string
		want          StampKind
	}{
		{body + "24.10.2024", "24.10.2024", StampPublished},
		{body + "24 Ekim 2024", "24 Ekim 2024", StampPublished},
		{body + "24.10.2024\n\nSon paragraf.", "24.10.2024", StampNone},
		{body + "Zirve 24.10.2024 tarihinde sona erdi.", "24.10.2024", StampNone},
	} {
		a := datesArticle(t, "tr", "", c.text)
		findDates(a)
		var got []DateMention
		for _, m := range a.Mentions {
			if m.Text == c.mention {
				got = append(got, m)
			}
		}
		if len(got) != 1 {
			t.Fatalf("%q: mentions %+v, want one %q", c.text, a.Mentions, c.mention)
		}
		if got[0].Stamp != c.want {
			t.Errorf("%q: stamp %q, want %q", c.text, got[0].Stamp, c.want)
		}
	}
}
