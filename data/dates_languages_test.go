package data

import (
	"slices"
	"testing"
)

// languageDateCases are short news-style texts written for these tests, one
// or more per language Caravan reads dates in, with the mentions expected
// (words, kind, span; "" when unresolved).
var languageDateCases = []struct {
	name   string
	lang   string
	header string
	text   string
	want   []wantMention
}{
	// Spanish
	{"es full date with de", "es", "", "La cumbre se celebró el 3 de julio de 2024 en Astaná.",
		[]wantMention{{"el 3 de julio de 2024", MentionExplicit, "2024-07-03"}}},
	{"es weekday and relative", "es", "", "Los comicios tuvieron lugar el pasado sábado; ayer se publicaron los resultados y la semana pasada hubo debates.",
		[]wantMention{{"el pasado sábado", MentionWeekday, ""}, {"ayer", MentionRelative, ""}, {"semana pasada", MentionRelative, ""}}},
	// Italian
	{"it day range with articles", "it", "2023-09", "Tra il 19 e il 20 settembre le truppe hanno attaccato.",
		[]wantMention{{"il 19 e il 20 settembre", MentionExplicit, "2023-09-19..2023-09-20"}}},
	{"it full date", "it", "", "Il vertice si è aperto il 4 luglio 2024 ad Astana; oggi parla il presidente.",
		[]wantMention{{"il 4 luglio 2024", MentionExplicit, "2024-07-04"}, {"oggi", MentionRelative, ""}}},
	{"it two days joined by or", "it", "2023-09", "Le truppe potrebbero partire il 19 o il 20 settembre.",
		[]wantMention{{"il 19 o il 20 settembre", MentionExplicit, "2023-09-19..2023-09-20"}}},
	// Portuguese
	{"pt full date and feira", "pt", "", "Em 3 de julho de 2024 os líderes reuniram-se; nesta quinta-feira houve cheias.",
		[]wantMention{{"Em 3 de julho de 2024", MentionExplicit, "2024-07-03"}, {"nesta quinta-feira", MentionWeekday, ""}}},
	{"pt quinta alone is not a weekday", "pt", "", "A quinta do avô fica longe; ontem choveu.",
		[]wantMention{{"ontem", MentionRelative, ""}}},
	// Turkish
	{"tr date and suffixed month", "tr", "2025-09", "Zirve 31 Ağustos 2025 tarihinde açıldı. Liderler Eylülde yeniden görüştü.",
		[]wantMention{{"31 Ağustos 2025", MentionExplicit, "2025-08-31"}, {"Eylülde", MentionExplicit, "2025-09"}}},
	{"tr year with a case ending", "tr", "", "Seçim 2023'te yapıldı; sorun 1991'den bu yana sürüyor, Mart 2022'de de konuşuldu.",
		[]wantMention{{"2023'te", MentionExplicit, "2023"}, {"1991'den", MentionExplicit, "1991"}, {"Mart 2022'de", MentionExplicit, "2022-03"}}},
	{"tr a number with a case ending is no year", "tr", "", "Toplantıya 2000'den fazla kişi katıldı.",
		nil},
	{"tr a month word after a month that is also a noun", "tr", "2024-11", "Seçim Ekim ayında yapıldı; kasım ayı soğuk geçti.",
		[]wantMention{{"Ekim ayında", MentionExplicit, "2024-10"}, {"kasım ayı", MentionExplicit, "2024-11"}}},
	{"fa Solar month with the word month", "fa", "2024-11", "انتخابات در مهر ماه برگزار شد.",
		[]wantMention{{"در مهر ماه", MentionExplicit, "2024-09..2024-10"}}},
	{"tr relative", "tr", "", "Geçen hafta açıklanan karar dün yürürlüğe girdi.",
		[]wantMention{{"Geçen hafta", MentionRelative, ""}, {"dün", MentionRelative, ""}}},
	// Polish
	{"pl genitive and locative", "pl", "2024-07", "Szczyt odbył się 3 lipca 2024 r. w Astanie, a w lipcu rozmowy trwały.",
		[]wantMention{{"3 lipca 2024 r.", MentionExplicit, "2024-07-03"}, {"w lipcu", MentionExplicit, "2024-07"}}},
	{"pl weekday genitive", "pl", "", "W nocy z poniedziałku na wtorek trwały walki.",
		[]wantMention{{"z poniedziałku", MentionWeekday, ""}, {"na wtorek", MentionWeekday, ""}}},
	// Ukrainian
	{"uk genitive and locative", "uk", "2023-09", "Наступ почався 19 вересня 2023 року, а у березні було тихо.",
		[]wantMention{{"19 вересня 2023 року", MentionExplicit, "2023-09-19"}, {"у березні", MentionExplicit, "2023-03"}}},
	{"uk weekday with apostrophe", "uk", "", "Президент виступив у п'ятницю, а вчора зустрівся з послами.",
		[]wantMention{{"ятницю", MentionWeekday, ""}, {"вчора", MentionRelative, ""}}},
	// Persian
	{"fa Solar Hijri date", "fa", "", "انتخابات در ۱۵ تیر ۱۴۰۳ برگزار شد.",
		[]wantMention{{"در ۱۵ تیر ۱۴۰۳", MentionExplicit, "2024-07-05"}}},
	{"fa Dari zodiac month", "fa", "", "انتخابات در ۳ عقرب ۱۴۰۰ برگزار شد.",
		[]wantMention{{"در ۳ عقرب ۱۴۰۰", MentionExplicit, "2021-10-25"}}},
	{"fa Dari month without a year takes the weekday's place", "fa", "", "شام روز دوشنبه( 3 عقرب) جشن گرفتند.",
		[]wantMention{{"روز دوشنبه", MentionWeekday, ""}, {"3 عقرب", MentionExplicit, ""}}},
	{"fa Dari zodiac word alone is no month", "fa", "", "به میزان زیادی افزایش یافت و سرطان شایع است.",
		nil},
	{"fa Solar Hijri month with its year: the Gregorian months it overlaps", "fa", "", "انتخابات در آبان ۱۴۰۰ برگزار شد.",
		[]wantMention{{"در آبان ۱۴۰۰", MentionExplicit, "2021-10..2021-11"}}},
	{"fa Solar Hijri day range with its year", "fa", "", "نمایشگاه از ۲۱ تا ۲۸ اسفند ۱۴۰۰ برگزار شد.",
		[]wantMention{{"از ۲۱ تا ۲۸ اسفند ۱۴۰۰", MentionExplicit, "2022-03-12..2022-03-19"}}},
	{"fa Solar Hijri day without a year, placed by the header", "fa", "2022-03", "انتخابات روز ۲۱ اسفند برگزار شد.",
		[]wantMention{{"روز ۲۱ اسفند", MentionExplicit, "2022-03-12"}}},
	{"fa Solar Hijri day announced without a year", "fa", "2022-03", "قرار است مراسم روز ۱۵ فروردین برگزار شود.",
		[]wantMention{{"روز ۱۵ فروردین", MentionExplicit, "2022-04-04"}}},
	{"fa Solar Hijri month without a year, placed by the header", "fa", "2022-03", "انتخابات در اسفند برگزار شد.",
		[]wantMention{{"در اسفند", MentionExplicit, "2022-02..2022-03"}}},
	{"fa Solar Hijri day without a year, placed by the page's date line", "fa", "", "سه‌شنبه ۲۴ اسفند ۱۴۰۰ - ۱۱:۳۰\nانتخابات روز ۲۱ اسفند برگزار شد.",
		[]wantMention{{"سه‌شنبه ۲۴ اسفند ۱۴۰۰", MentionExplicit, "2022-03-15"}, {"روز ۲۱ اسفند", MentionExplicit, "2022-03-12"}}},
	{"fa Solar Hijri: the 30th of the second month exists", "fa", "2024-07", "سقوط بالگرد در ۳۰ اردیبهشت ماه رخ داد.",
		[]wantMention{{"در ۳۰ اردیبهشت ماه", MentionExplicit, "2024-05-19"}}},
	{"fa Solar Hijri numeric", "fa", "", "تاریخ : 1400/08/04-08:22:48",
		[]wantMention{{"1400/08/04", MentionExplicit, "2021-10-26"}}},
	{"fa weekday with ZWNJ", "fa", "", "رئیس جمهور روز سه\u200cشنبه به سمرقند رفت.",
		[]wantMention{{"روز سه\u200cشنبه", MentionWeekday, ""}}},
	// Chinese
	{"zh full and year-less", "zh", "", "2025年6月17日,峰会在阿斯塔纳开幕。6月18日签署了条约。",
		[]wantMention{{"2025年6月17日", MentionExplicit, "2025-06-17"}, {"6月18日", MentionExplicit, "2025-06-18"}}},
	{"zh month alone after 于 or before 底", "zh", "2024-03", "就职仪式将于5月举行。谈判1月底开始。他工作了3月。",
		[]wantMention{{"5月", MentionExplicit, "2024-05"}, {"1月", MentionExplicit, "2024-01"}}},
	{"zh month after last year", "zh", "2024-03", "去年5月双方签署协议，明年3月18日将举行峰会。",
		[]wantMention{{"去年5月", MentionExplicit, "2023-05"}, {"明年3月18日", MentionExplicit, "2025-03-18"}}},
	{"zh full day after last year", "zh", "2023-05", "去年1月25日，两国元首以视频方式举行峰会。",
		[]wantMention{{"去年1月25日", MentionExplicit, "2022-01-25"}}},
	{"zh relative", "zh", "", "去年两国贸易增长,昨天双方会谈。",
		[]wantMention{{"去年", MentionRelative, ""}, {"昨天", MentionRelative, ""}}},
	{"zh day, month sign, year", "zh", "", "11:31, 06 10月 2024 | GMT +5",
		[]wantMention{{"06 10月 2024", MentionExplicit, "2024-10-06"}}},
	// Japanese and Korean: read in every language's words
	{"ja full date", "ja", "", "首脳会議は2025年6月17日に開幕した。",
		[]wantMention{{"2025年6月17日", MentionExplicit, "2025-06-17"}}},
	{"ko full date", "ko", "", "정상회의는 2025년 6월 17일 개막했다.",
		[]wantMention{{"2025년 6월 17일", MentionExplicit, "2025-06-17"}}},
	// A month and its year joined by "de" (es, pt): not the month of the
	// article's year.
	{"es month de year", "es", "2025-07", "En septiembre de 2023 firmó un acuerdo con Kazajistán.",
		[]wantMention{{"En septiembre de 2023", MentionExplicit, "2023-09"}}},
	{"pt month de year", "pt", "2025-07", "O presidente esteve em Pequim em junho de 2009.",
		[]wantMention{{"em junho de 2009", MentionExplicit, "2009-06"}}},
	{"it month del year", "it", "2025-07", "Il vertice si è svolto nel maggio del 2023 a Xi'an.",
		[]wantMention{{"nel maggio del 2023", MentionExplicit, "2023-05"}}},
	{"ky year, then a short month name with the word for month", "ky", "2024-06", "Саммит 2023-жылдын май айында өттү.",
		[]wantMention{{"2023-жылдын май айында", MentionExplicit, "2023-05"}}},
	{"uz year, then a short month name with the word for month", "uz", "2024-06", "Sammit 2023-yil may oyida bo'lib o'tdi.",
		[]wantMention{{"2023-yil may oyida", MentionExplicit, "2023-05"}}},
	{"tg month of the year ('соли' joins them)", "tg", "2024-06", "Саммит моҳи майи соли 2023 баргузор шуд.",
		[]wantMention{{"моҳи майи соли 2023", MentionExplicit, "2023-05"}}},
	{"az year, then the month with possessive and locative ('sentyabrında')", "az", "2024-06", "Sammit 2022-ci ilin sentyabrında keçirilib.",
		[]wantMention{{"2022-ci ilin sentyabrında", MentionExplicit, "2022-09"}}},
	// "Rio de Janeiro" is the city, not January ("janeiro" is written in
	// lower case).
	{"pt Rio de Janeiro is no January", "pt", "2025-07", "A cimeira reuniu-se no Rio de Janeiro em novembro de 2024; o mandato começa em janeiro.",
		[]wantMention{{"em novembro de 2024", MentionExplicit, "2024-11"}, {"em janeiro", MentionExplicit, "2025-01"}}},
	// Kazakh
	{"kk year first with suffix", "kk", "", "Саммит 2024 жылғы 3 шілдеде Астанада өтті.",
		[]wantMention{{"2024 жылғы 3 шілдеде", MentionExplicit, "2024-07-03"}}},
	{"kk relative", "kk", "", "Кеше президент сөз сөйледі, былтыр да осылай болды.",
		[]wantMention{{"Кеше", MentionRelative, ""}, {"былтыр", MentionRelative, ""}}},
	{"kk Latin alphabet", "kk", "", "Seısenbi, 4 Aqpan 2025. Mınıstrlik 2025 jylǵy 3 aqpanda esep jarııalady; keshe komıssııa jınaldy.",
		[]wantMention{{"Seısenbi, 4 Aqpan 2025", MentionExplicit, "2025-02-04"}, {"2025 jylǵy 3 aqpanda", MentionExplicit, "2025-02-03"}, {"keshe", MentionRelative, ""}}},
	{"kk Kazan is no October, the month of October is", "kk", "2024-10", "Саммит Қазанда өтті, қазан айында.",
		[]wantMention{{"қазан айында", MentionExplicit, "2024-10"}}},
	// Uzbek, Latin and Cyrillic
	{"uz Latin year first", "uz", "", "Saylov 2024-yil 27-oktabr kuni boʻlib oʻtdi.",
		[]wantMention{{"2024-yil 27-oktabr", MentionExplicit, "2024-10-27"}}},
	{"uz Cyrillic suffixed month", "uz", "", "Сайлов 2023 йил 20 сентябрда ўтказилди.",
		[]wantMention{{"2023 йил 20 сентябрда", MentionExplicit, "2023-09-20"}}},
	// Kyrgyz: Russian month names with Kyrgyz case endings
	{"ky dateline and relative words", "ky", "", "Ош, 4-апрель. Кечээ шаардык кеңеш чогулду, бүгүн мэр сүйлөйт.",
		[]wantMention{{"4-апрель", MentionExplicit, ""}, {"Кечээ", MentionRelative, ""}, {"бүгүн", MentionRelative, ""}}},
	{"ky 'эртең менен' is the morning, not tomorrow", "ky", "", "Ош, 4-апрель. Кечээ кеңеш чогулду, бүгүн эртең менен мэр сүйлөдү.",
		[]wantMention{{"4-апрель", MentionExplicit, ""}, {"Кечээ", MentionRelative, ""}, {"бүгүн", MentionRelative, ""}}},
	{"ky 'жума' alone is the week, with 'күнү' Friday", "ky", "2024-06", "Министр эки жума бою Ошто болду, жума күнү Бишкекке кайтты.",
		[]wantMention{{"жума күнү", MentionWeekday, ""}}},
	{"ky year word in the genitive, then the day with its ending", "ky", "", "Жыйын 2022-жылдын 11-октябрында Ош шаарында болду.",
		[]wantMention{{"2022-жылдын 11-октябрында", MentionExplicit, "2022-10-11"}}},
	{"ky last week and last year", "ky", "", "Өткөн аптада министр отставкага кетти, былтыр ал шайланган.",
		[]wantMention{{"Өткөн аптада", MentionRelative, ""}, {"былтыр", MentionRelative, ""}}},
	{"ky month with a locative ending", "ky", "2022-11", "Келишим июлда түзүлгөн.",
		[]wantMention{{"июлда", MentionExplicit, "2022-07"}}},
	// Tajik: written by hand (no locale in go-dateparser)
	{"tg ezafe month and year", "tg", "", "Созишнома 7 апрели соли 2021 дар Хуҷанд ба имзо расид.",
		[]wantMention{{"7 апрели соли 2021", MentionExplicit, "2021-04-07"}}},
	{"tg relative words", "tg", "", "Дирӯз вазир ба Хоруғ рафт, имрӯз бозгашт; моҳи гузашта низ сафар дошт.",
		[]wantMention{{"Дирӯз", MentionRelative, ""}, {"имрӯз", MentionRelative, ""}, {"моҳи гузашта", MentionRelative, ""}}},
	{"tg the capital is no Monday", "tg", "", "Ҳайат ба Душанбе омад ва рӯзи душанбе мулоқот кард.",
		[]wantMention{{"рӯзи душанбе", MentionWeekday, ""}}},
	// Azerbaijani: generated months, year with an ordinal ending and "il"
	{"az day month and year with its ending", "az", "", "Saziş 12 aprel 2022-ci ildə Gəncədə imzalanıb.",
		[]wantMention{{"12 aprel 2022-ci ildə", MentionExplicit, "2022-04-12"}}},
	{"az year first, month in the genitive, then the day", "az", "", "Seçki 2024-cü il fevralın 7-də keçirilib.",
		[]wantMention{{"2024-cü il fevralın 7", MentionExplicit, "2024-02-07"}}},
	{"az two-word weekdays", "az", "", "Çərşənbə axşamı nazir Şəkiyə gəldi, cümə axşamı isə qayıtdı.",
		[]wantMention{{"Çərşənbə axşamı", MentionWeekday, ""}, {"cümə axşamı", MentionWeekday, ""}}},
	{"az market is no Sunday", "az", "", "Bazarda qiymətlər dünən artdı.",
		[]wantMention{{"dünən", MentionRelative, ""}}},
	// Arabic: the double month name keeps its day
	{"ar double month name", "ar", "", "جرت الانتخابات في 21 نوفمبر/تشرين الثاني 2022 في البلاد.",
		[]wantMention{{"في 21 نوفمبر/تشرين الثاني 2022", MentionExplicit, "2022-11-21"}}},
	{"ar double month name without a day keeps its year", "ar", "", "وقع الاتفاق في أغسطس/آب ٢٠٢٣ في القاهرة.",
		[]wantMention{{"في أغسطس/آب ٢٠٢٣", MentionExplicit, "2023-08"}}},
	{"ar double month name of two words without a day", "ar", "", "بدأت المحادثات في أكتوبر/تشرين الأول 2024.",
		[]wantMention{{"في أكتوبر/تشرين الأول 2024", MentionExplicit, "2024-10"}}},
	// Without the slash the two names are still one month, never a
	// second, yearless mention of the first name alone.
	{"ar double month name without a slash", "ar", "", "انتُخب الرئيس في يونيو حزيران 2021 بعد حملة قصيرة.",
		[]wantMention{{"في يونيو حزيران 2021", MentionExplicit, "2021-06"}}},
	{"ar double month name without a slash keeps its day", "ar", "", "جرت الانتخابات في 18 يونيو حزيران 2021 في البلاد.",
		[]wantMention{{"في 18 يونيو حزيران 2021", MentionExplicit, "2021-06-18"}}},
	{"ar double month name of two words without a slash", "ar", "", "بدأت المحادثات في نوفمبر تشرين الثاني 2024.",
		[]wantMention{{"في نوفمبر تشرين الثاني 2024", MentionExplicit, "2024-11"}}},
	// A season before a year gives the year: no month, the season's
	// bounds are the writer's.
	{"fr season before a year", "fr", "", "Déjà à l'automne 2020, les deux pays s'étaient affrontés.",
		[]wantMention{{"l'automne 2020", MentionExplicit, "2020"}}},
	{"de season before a year", "de", "", "Im Herbst 2020 kam es erneut zu Kämpfen.",
		[]wantMention{{"Im Herbst 2020", MentionExplicit, "2020"}}},
	{"ru season before a year", "ru", "", "Осенью 2020 года стороны снова воевали.",
		[]wantMention{{"Осенью 2020 года", MentionExplicit, "2020"}}},
	{"en season of a year", "en", "", "The two armies clashed again in the autumn of 2020, officials said.",
		[]wantMention{{"2020", MentionExplicit, "2020"}}},
	{"es season of a year", "es", "", "Los combates se reanudaron en el otoño de 2020 en la región.",
		[]wantMention{{"de 2020", MentionExplicit, "2020"}}},
	{"en a number after a season word and no link is no year", "en", "", "The summer camp hosted 2020 children.",
		nil},
	// Kazakh: the month in the possessive then the ablative, after the
	// year's genitive ("since January 2021").
	{"kk month in the possessive ablative", "kk", "", "Ол 2021 жылдың қаңтарынан бері үкіметті басқарды.",
		[]wantMention{{"2021 жылдың қаңтарынан", MentionExplicit, "2021-01"}}},
	{"kk month in the possessive dative", "kk", "", "Жұмыс 2024 жылдың наурызына дейін созылады.",
		[]wantMention{{"2024 жылдың наурызына", MentionExplicit, "2024-03"}}},
	// Numeric forms
	{"numeric day first", "de", "", "Stand: 08.05.2025 um 10:00",
		[]wantMention{{"08.05.2025", MentionExplicit, "2025-05-08"}}},
	{"numeric ISO", "ru", "", "Дата: 12:09, 2025-03-13",
		[]wantMention{{"2025-03-13", MentionExplicit, "2025-03-13"}}},
	{"numeric day first with slashes", "fr", "", "Publié le 17/06/2025",
		[]wantMention{{"le 17/06/2025", MentionExplicit, "2025-06-17"}}},
	{"numeric English month first", "en", "", "Posted 6/18/2025",
		[]wantMention{{"6/18/2025", MentionExplicit, "2025-06-18"}}},
	{"numeric unambiguous day first in English", "en", "", "Posted 18/6/2025",
		[]wantMention{{"18/6/2025", MentionExplicit, "2025-06-18"}}},
	{"numeric Arabic-Indic digits", "ar", "", "بتاريخ ١٣/٠٣/٢٠٢٥ أعلنت الحكومة",
		[]wantMention{{"١٣/٠٣/٢٠٢٥", MentionExplicit, "2025-03-13"}}},
}

func TestFindDatesLanguages(t *testing.T) {
	for _, c := range languageDateCases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			findDates(a)
			checkMentions(t, a, c.want)
		})
	}
}

// FuzzFindDatesLanguages runs the scanner on any text, seeded from the
// table above (see fuzzFindDates).
func FuzzFindDatesLanguages(f *testing.F) {
	for _, c := range languageDateCases {
		f.Add(c.lang, c.header, c.text)
	}
	f.Fuzz(fuzzFindDates)
}

// TestSolarToGregorian checks the conversion on New Year's days and
// datelines whose Gregorian day is known.
func TestSolarToGregorian(t *testing.T) {
	cases := []struct {
		y, m, d int
		want    string
	}{
		{1400, 8, 4, "2021-10-26"},
		{1403, 1, 1, "2024-03-20"},
		{1402, 1, 1, "2023-03-21"},
		{1403, 4, 15, "2024-07-05"},
		{1399, 12, 30, "2021-03-20"},
	}
	for _, c := range cases {
		p := solarToGregorian(c.y, c.m, c.d)
		if got := p.toDate().String(); got != c.want {
			t.Errorf("%d/%d/%d: got %s, want %s", c.y, c.m, c.d, got, c.want)
		}
	}
}

func FuzzSolarToGregorian(f *testing.F) {
	f.Add(1400, 8, 4)
	f.Add(1403, 12, 30)
	f.Fuzz(func(t *testing.T, y, m, d int) {
		if y < minSolarYear || y > maxSolarYear || m < 1 || m > 12 || d < 1 || d > 29 {
			return
		}
		p := solarToGregorian(y, m, d)
		if p.toDate().IsZero() || p.year < y+620 || p.year > y+622 {
			t.Fatalf("%d/%d/%d gives %+v", y, m, d, p)
		}
		// One day later in the Solar calendar is one day later here.
		next := solarToGregorian(y, m, d+1).toDate()
		if got := DateOf(p.toDate().Start().AddDate(0, 0, 1)); got != next {
			t.Fatalf("%d/%d/%d+1: %s, want %s", y, m, d, next, got)
		}
	})
}

// TestWeekdayWithDayOfMonth checks a weekday written with the day of the
// month and no month: placed in the header's month only when the weekday
// falls on that day.
func TestWeekdayWithDayOfMonth(t *testing.T) {
	cases := []struct {
		lang, header, text, mention, want string
	}{
		{"pt", "2024-05", "Por volta das 15h desta quinta-feira, 2, o rio saiu do leito.", "desta quinta-feira, 2", "2024-05-02"},
		{"pt", "2024-05", "Nesta segunda-feira (6) o nível voltou a subir.", "Nesta segunda-feira (6)", "2024-05-06"},
		{"it", "2024-06", "Ha trionfato oggi, sabato 8, sulla terra di Parigi.", "sabato 8", "2024-06-08"},
		{"es", "2023-10", "El eclipse se vio el sábado 14 en el sureste.", "el sábado 14", "2023-10-14"},
		{"pt", "2024-05", "Nesta sexta-feira, 2, nada aconteceu.", "Nesta sexta-feira, 2", ""}, // 2 May 2024 is a Thursday
		{"pt", "", "desta quinta-feira, 2, o rio saiu do leito.", "desta quinta-feira, 2", ""},
	}
	for _, c := range cases {
		a := datesArticle(t, c.lang, c.header, c.text)
		findDates(a)
		for _, m := range mentionsNamed(t, a, c.mention) {
			if got := spanString(m.Span.Span()); got != c.want {
				t.Errorf("%s %q: got %q, want %q (%s)", c.lang, c.text, got, c.want, m.Reason)
			}
		}
	}
}

// TestWeekdayWithDayPart checks that a weekday written as one word with
// a part of the day ("zaterdagmiddag", "Sonntagabend") is that weekday.
func TestWeekdayWithDayPart(t *testing.T) {
	for _, c := range []struct{ lang, text, mention string }{
		{"nl", "Het bestand geldt vanaf zaterdagmiddag lokale tijd.", "vanaf zaterdagmiddag"},
		{"de", "Die Waffenruhe gilt seit Sonntagabend.", "seit Sonntagabend"},
		{"de", "Am Dienstagvormittag trafen sich die Minister.", "Am Dienstagvormittag"},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		checkMentions(t, a, []wantMention{{c.mention, MentionWeekday, ""}})
	}
}

// TestAgo checks "N units ago" in the languages that have it: the count in
// digits or a word for one, the unit, and "ago" before or after; resolved
// against the article's date, to the unit's precision.
func TestAgo(t *testing.T) {
	for _, c := range []struct{ lang, header, text, mention, want string }{
		{"en", "2023-11-03", "The previous summit was held in Samarkand a year ago.", "year ago", "2022"},
		{"en", "2023-11-03", "The talks began 3 days ago in Astana.", "3 days ago", "2023-10-31"},
		{"es", "2022-03-15", "Pero hace un mes el presidente convocó elecciones anticipadas.", "hace un mes", "2022-02"},
		{"es", "2022-03-15", "La ley fue aprobada hace 2 años.", "hace 2 años", "2020"},
		{"fr", "2022-03-19", "C'est il y a un mois que l'ancien président a annoncé son départ.", "y a un mois", "2022-02"},
		{"de", "2024-10-07", "Die Regierung hatte vor einem Monat das Referendum angekündigt.", "vor einem Monat", "2024-09"},
		{"de", "2024-10-07", "Vor 3 Tagen stimmten die Wähler ab.", "Vor 3 Tagen", "2024-10-04"},
		{"ru", "2024-10-07", "Месяц назад правительство объявило референдум.", "Месяц назад", "2024-09"},
		{"ru", "2024-10-07", "Закон приняли 2 года назад.", "2 года назад", "2022"},
		{"nl", "2024-10-07", "Een maand geleden werd het referendum aangekondigd.", "maand geleden", "2024-09"},
		{"it", "2024-10-07", "Il referendum è stato annunciato un mese fa.", "mese fa", "2024-09"},
		{"pt", "2024-10-07", "O referendo foi anunciado há um mês.", "há um mês", "2024-09"},
		{"pl", "2024-10-07", "Referendum ogłoszono miesiąc temu.", "miesiąc temu", "2024-09"},
		{"uk", "2024-10-07", "Референдум оголосили місяць тому.", "місяць тому", "2024-09"},
		{"tr", "2024-10-07", "Referandum bir ay önce ilan edildi.", "ay önce", "2024-09"},
		{"tr", "2024-10-07", "Sonuçlar 3 gün önce açıklandı.", "3 gün önce", "2024-10-04"},
		{"uz", "2024-10-07", "Referendum bir oy oldin e’lon qilingan edi.", "oy oldin", "2024-09"},
		// Counts written as words.
		{"uz", "2023-09-20", "Forum olti yil muqaddam Buxoroda tashkil etilgan.", "olti yil muqaddam", "2017"},
		{"uz", "2023-09-20", "Bundan uch yil oldin ko‘prik qurilgan.", "uch yil oldin", "2020"},
		{"en", "2024-10-07", "The dam was finished five years ago.", "five years ago", "2019"},
		{"de", "2024-10-07", "Vor zwei Wochen begann der Streik.", "Vor zwei Wochen", "2024-09-23..2024-09-29"},
		{"fr", "2024-10-07", "Il y a trois mois, le port a rouvert.", "y a trois mois", "2024-07"},
		{"es", "2024-10-07", "El puente se abrió hace cuatro años.", "hace cuatro años", "2020"},
		{"it", "2024-10-07", "La diga è crollata due anni fa.", "due anni fa", "2022"},
		{"pt", "2024-10-07", "A ponte caiu há dois anos.", "há dois anos", "2022"},
		{"nl", "2024-10-07", "De brug werd drie jaar geleden geopend.", "drie jaar geleden", "2021"},
		{"ru", "2024-10-07", "Мост открыли пять лет назад.", "пять лет назад", "2019"},
		{"uk", "2024-10-07", "Міст відкрили три роки тому.", "три роки тому", "2021"},
		{"pl", "2024-10-07", "Most otwarto dwa lata temu.", "dwa lata temu", "2022"},
		{"tr", "2024-10-07", "Bundan dört yıl önce köprü açıldı.", "dört yıl önce", "2020"},
		{"kk", "2024-10-07", "Көпір екі жыл бұрын ашылды.", "екі жыл бұрын", "2022"},
		{"ky", "2024-10-07", "Көпүр үч жыл мурун ачылган.", "үч жыл мурун", "2021"},
		{"tg", "2024-10-07", "Пул се сол пеш кушода шуд.", "се сол пеш", "2021"},
		{"az", "2024-10-07", "Körpü iki il əvvəl açılıb.", "iki il əvvəl", "2022"},
		{"fa", "2024-10-07", "این پل سه سال پیش افتتاح شد.", "سه سال پیش", "2021"},
		{"ar", "2024-10-07", "افتتح الجسر قبل ثلاث سنوات.", "قبل ثلاث سنوات", "2021"},
		{"ar", "2024-10-07", "وقع الزلزال قبل يومين في الجنوب.", "قبل يومين", "2024-10-05"},
		{"ar", "2024-10-07", "تأسست الشركة قبل 20 عاما.", "قبل 20 عاما", "2004"},
	} {
		a := datesArticle(t, c.lang, c.header, c.text)
		findDates(a)
		d, err := ParseDate(c.header)
		if err != nil {
			t.Fatal(err)
		}
		a.Date = d
		(&dating{a: a, lex: lexiconFor(c.lang), reader: &dateReader{sc: dateScanner{lex: lexiconFor(c.lang)}}}).resolveMentions()
		var got []string
		for _, m := range a.Mentions {
			got = append(got, m.Text+"="+spanString(m.Span.Span()))
		}
		if want := c.mention + "=" + c.want; !slices.Contains(got, want) {
			t.Errorf("%s %q: mentions %q, want %q", c.lang, c.text, got, want)
		}
	}
	// Plural units need a count; "before" something is no "ago".
	for _, c := range []struct{ lang, text string }{
		{"es", "La reforma está impulsada desde hace años por el gobierno."},
		{"de", "Vor Jahren wurde das Gesetz beschlossen."},
		{"en", "The vote came days before the summit."},
		// An ablative before the time makes "önce", "oldin" a "before".
		{"tr", "Seçimden bir gün önce sandıklar dağıtıldı."},
		{"tr", "Seçimden 3 gün önce sandıklar dağıtıldı."},
		{"uz", "Saylovdan bir kun oldin saylov uchastkalari tayyorlandi."},
		{"az", "Seçkidən iki gün əvvəl məntəqələr hazırlandı."},
		{"ky", "Шайлоодон эки күн мурун участоктор даярдалды."},
		// "پیش از", "пеш аз": before the election, no "ago".
		{"fa", "سه روز پیش از انتخابات مناظره برگزار شد."},
		{"tg", "Се рӯз пеш аз интихобот мунозира баргузор шуд."},
		// Arabic: before the election, before the year 2022, a singular.
		{"ar", "جرت المناظرة قبل يومين من الانتخابات."},
		{"ar", "لم يحدث ذلك قبل عام 2022."},
		{"ar", "وصل الوفد قبل يوم الانتخابات."},
		// Where a language writes "one", a unit without it is no "ago".
		{"it", "Il mese fa registrare un aumento delle esportazioni."},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		for _, m := range a.Mentions {
			if m.Kind == MentionRelative {
				t.Errorf("%s %q: relative mention %q, want none", c.lang, c.text, m.Text)
			}
		}
	}
}

// TestUncertainDays checks that "19 or 20 September" is both days, never
// the second alone: the text does not say which.
func TestUncertainDays(t *testing.T) {
	for _, c := range []struct{ lang, text, mention, want string }{
		{"ru", "Лидеры смогут принять участие 19 или 20 сентября 2023 года.", "19 или 20 сентября 2023 года", "2023-09-19..2023-09-20"},
		{"en", "The leaders may meet on 19 or 20 September 2023.", "on 19 or 20 September 2023", "2023-09-19..2023-09-20"},
		{"fr", "Les dirigeants se verront le 19 ou le 20 septembre 2023.", "le 19 ou le 20 septembre 2023", "2023-09-19..2023-09-20"},
		{"de", "Die Staatschefs treffen sich am 19. oder 20. September 2023.", "am 19. oder 20. September 2023", "2023-09-19..2023-09-20"},
		{"es", "Los líderes se reunirán el 19 o 20 de septiembre de 2023.", "el 19 o 20 de septiembre de 2023", "2023-09-19..2023-09-20"},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		checkMentions(t, a, []wantMention{{c.mention, MentionExplicit, c.want}})
	}
}

// TestNamesAreNoMonths checks that a month word closing an Uzbek name
// ("Qosim-Jo‘mart": "mart" is March in Uzbek) is no date, while French and
// Italian elisions before a month still are.
func TestNamesAreNoMonths(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []wantMention
	}{
		{"uz", "Qosim-Jo‘mart Toqayev 2023-yilda Toshkentga keldi.", []wantMention{{"2023-yilda", MentionExplicit, "2023"}}},
		{"uz", "Qosim-Jo'mart Toqayev bilan uchrashuv bo‘ldi.", nil},
		{"uz", "Qosim-Jo’mart Toqayev bilan uchrashuv bo‘ldi.", nil},
		{"fr", "Le sommet a eu lieu au mois d'avril 2023.", []wantMention{{"avril 2023", MentionExplicit, "2023-04"}}},
		{"it", "Il vertice è previsto dall'aprile 2023.", []wantMention{{"dall'aprile 2023", MentionExplicit, "2023-04"}}},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		checkMentions(t, a, c.want)
	}
}

// TestOrdinaryWordsAreNoMonths checks words the locale tables list as
// months that are ordinary words: Italian tennis "set" next to a number.
func TestOrdinaryWordsAreNoMonths(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"it", "Ha vinto 2 set a 0 contro la rivale."},
		{"es", "Ganó 2 set seguidos en la final."},
		{"tr", "Maç pazar sabahı başladı."},
		{"pt", "A quinta do avô fica longe."},
	} {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		if len(a.Mentions) != 0 {
			t.Errorf("%s %q: mentions %+v, want none", c.lang, c.text, a.Mentions)
		}
	}
}

// TestRelativeYear checks a month or day whose year is written relative
// to the article's ("in June last year"): that year, whatever the tense
// would have chosen.
func TestRelativeYear(t *testing.T) {
	for _, c := range []struct{ lang, text, mention, want string }{
		{"ru", "Первый саммит прошёл онлайн в январе прошлого года.", "в январе прошлого года", "2023-01"},
		{"ru", "Выборы пройдут 15 марта следующего года.", "15 марта следующего года", "2025-03-15"},
		{"nl", "Het was erger dan de protesten van juni vorig jaar.", "van juni vorig jaar", "2023-06"},
		{"en", "The talks resumed in January of this year.", "in January of this year", "2024-01"},
		{"de", "Die Gespräche begannen im März letzten Jahres.", "im März letzten Jahres", "2023-03"},
		{"fr", "Les discussions ont commencé en juin de l'année dernière.", "en juin de l'année dernière", "2023-06"},
		{"es", "Las conversaciones empezaron en junio del año pasado.", "en junio del año pasado", "2023-06"},
		{"it", "I colloqui sono iniziati a giugno dell'anno scorso.", "a giugno dell'anno scorso", "2023-06"},
		{"pt", "As conversas começaram em junho do ano passado.", "em junho do ano passado", "2023-06"},
		{"pl", "Rozmowy zaczęły się w czerwcu ubiegłego roku.", "w czerwcu ubiegłego roku", "2023-06"},
		{"uk", "Переговори почалися у червні минулого року.", "у червні минулого року", "2023-06"},
		{"ar", "بدأت المحادثات في يونيو من العام الماضي.", "في يونيو من العام الماضي", "2023-06"},
	} {
		a := datesArticle(t, c.lang, "2024-03", c.text)
		findDates(a)
		checkMentions(t, a, []wantMention{{c.mention, MentionExplicit, c.want}})
	}
	// The relative year written before the month; read again alone, as
	// dateArticle and the corpus pass read a mention, it keeps its year:
	// 2023 from an article of 2024.
	checkMentionAloneToo(t, "2024-03", DayDate(2024, 3, 10), []mentionCase{
		{"kk", "Келісім былтыр қыркүйекте жасалды.", "былтыр қыркүйекте", "2023-09"},
		{"ru", "Соглашение подписали в прошлом году в январе.", "в прошлом году в январе", "2023-01"},
		{"uz", "Shartnoma oʻtgan yil sentyabrda imzolangan.", "oʻtgan yil sentyabrda", "2023-09"},
		{"zh", "去年1月25日，两国元首举行了视频峰会。", "去年1月25日", "2023-01-25"},
		{"ja", "昨年5月3日に両国は協定を結んだ。", "昨年5月3日", "2023-05-03"},
	})
	// A long word between is no glue: the year word belongs elsewhere.
	a := datesArticle(t, "en", "2024-03", "The talks began in June; negotiators said last year was hard.")
	findDates(a)
	checkMentions(t, a, []wantMention{{"in June", MentionExplicit, "2023-06"}, {"last year", MentionRelative, ""}})
}

// TestWrittenSide checks a month whose "last" or "next" stands beside it
// ("mai dernier", "last May"): the most recent such month before the
// article (the next after it), whatever the verb of its sentence
// announces, and the mention announced only when the word says "next".
func TestWrittenSide(t *testing.T) {
	for _, c := range []struct {
		lang, text, mention, want string
		announced                 bool
	}{
		{"ar", "سيزور البابا تركيا في أول رحلة له منذ انتخابه في مايو/أيار الماضي.", "في مايو/أيار الماضي", "2025-05", false},
		{"ar", "ستعقد القمة في مارس المقبل في الرياض.", "في مارس المقبل", "2026-03", true},
		{"fr", "Le pape, élu en mai dernier, se rendra en Turquie.", "en mai dernier", "2025-05", false},
		{"fr", "Il a dit que la réunion aurait lieu en mars prochain.", "en mars prochain", "2026-03", true},
		{"es", "El papa, elegido en mayo pasado, viajará a Turquía.", "en mayo pasado", "2025-05", false},
		{"en", "The pope, elected last May, will travel to Turkey.", "last May", "2025-05", false},
		{"it", "Il papa, eletto lo scorso maggio, andrà in Turchia.", "scorso maggio", "2025-05", false},
	} {
		a := datesArticle(t, c.lang, "2025-10", c.text)
		findDates(a)
		for _, m := range mentionsNamed(t, a, c.mention) {
			if got := spanString(m.Span.Span()); got != c.want || m.Announced != c.announced {
				t.Errorf("%s %q: %q is %s (announced %v), want %s (announced %v)", c.lang, c.text, m.Text, got, m.Announced, c.want, c.announced)
			}
		}
	}
	// "may" the verb after "last" is no month.
	for _, text := range []string{"The last may be the hardest, he said.", "The next may come sooner."} {
		a := datesArticle(t, "en", "2025-10", text)
		findDates(a)
		if len(a.Mentions) != 0 {
			t.Errorf("%q: mentions %+v, want none", text, a.Mentions)
		}
	}
}
