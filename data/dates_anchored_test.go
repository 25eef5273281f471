package data

import (
	"strings"
	"testing"
)

// A day written relative to the date told before it ("the next day") is
// placed against that date, not the article's. The texts are written for
// the test.
func TestDayRelativeToTextDate(t *testing.T) { checkWeekdays(t, anchoredCases) }

var anchoredCases = []weekdayCase{
	{"en", "The president arrived in Astana on 3 March. The next day he signed a trade agreement with his host.", "The next day", "2025-03-04"},
	{"en, same sentence", "Talks opened on 3 March and ended the following day without a statement.", "the following day", "2025-03-04"},
	{"en, before", "The treaty was signed on 5 March. The day before, the ministers had met in Bishkek.", "The day before", "2025-03-04"},
	{"en, same", "The vote was held on 2 March. Results were announced the same day by the commission.", "the same day", "2025-03-02"},
	{"en, of an event", "The vote was held on 2 March. The day before the vote, the opposition called a boycott.", "The day before", ""},
	{"en, a month", "The vote was held in February. The next day the results were announced.", "The next day", ""},
	{"en, two days", "Talks were held on 3 March and 5 March. The next day a statement was issued.", "The next day", ""},
	{"en, past a recalled year", "The leaders signed the treaty on 3 March in Bishkek.\n\nThe border had been disputed since 1991.\n\nThe same day, two checkpoints reopened.", "The same day", "2025-03-03"},
	{"en, a month between", "The leaders signed the treaty on 3 March in Bishkek.\n\nIn March the border talks resumed.\n\nThe same day, two checkpoints reopened.", "The same day", ""},
	{"en, too far", "The leaders signed the treaty on 3 March in Bishkek.\n\nA paragraph.\n\nAnother one.\n\nAnd one more.\n\nThe same day, two checkpoints reopened.", "The same day", ""},
	{"en, after a weekday", "The summit opened on Monday. The next day the leaders signed a declaration.", "The next day", "2025-03-11"},
	{"en, past a possessive date", "The commission on Tuesday confirmed the results of Sunday's referendum, in line with the figures it released a day earlier.", "a day earlier", "2025-03-10"},
	{"en, two days told", "The commission on Tuesday confirmed the results of the referendum held on Sunday, in line with the figures it released a day earlier.", "a day earlier", ""},
	{"fr", "Le président est arrivé à Astana le 3 mars. Le lendemain, il a signé un accord commercial.", "Le lendemain", "2025-03-04"},
	{"fr, veille", "Le traité a été signé le 5 mars. La veille, les ministres s'étaient réunis à Bichkek.", "La veille", "2025-03-04"},
	{"fr, of an event", "Le vote a eu lieu le 2 mars. Le lendemain du vote, l'opposition a protesté.", "Le lendemain", ""},
	{"fr, same", "Le scrutin s'est tenu le 2 mars. Les résultats ont été publiés le même jour.", "le même jour", "2025-03-02"},
	{"de", "Der Präsident traf am 3. März in Astana ein. Am nächsten Tag unterzeichnete er ein Handelsabkommen.", "Am nächsten Tag", "2025-03-04"},
	{"de, Vortag", "Der Vertrag wurde am 5. März unterzeichnet. Am Vortag hatten sich die Minister in Bischkek getroffen.", "Am Vortag", "2025-03-04"},
	{"de, same", "Die Wahl fand am 2. März statt. Am selben Tag wurden erste Ergebnisse veröffentlicht.", "Am selben Tag", "2025-03-02"},
	{"nl", "De president kwam op 3 maart aan in Astana. De volgende dag tekende hij een handelsakkoord.", "De volgende dag", "2025-03-04"},
	{"nl, before", "Het verdrag werd op 5 maart getekend. Een dag eerder hadden de ministers elkaar in Bisjkek ontmoet.", "Een dag eerder", "2025-03-04"},
	{"ru", "Президент прибыл в Астану 3 марта. На следующий день он подписал торговое соглашение.", "На следующий день", "2025-03-04"},
	{"ru, same", "Выборы прошли 2 марта. В тот же день комиссия объявила предварительные итоги.", "В тот же день", "2025-03-02"},
	{"ru, of an event", "Выборы прошли 2 марта. На следующий день после выборов оппозиция вышла на улицы.", "На следующий день", ""},
	{"uk", "Президент прибув до Астани 3 березня. Наступного дня він підписав торговельну угоду.", "Наступного дня", "2025-03-04"},
	{"uk, same", "Вибори відбулися 2 березня. Того ж дня комісія оголосила попередні результати.", "Того ж дня", "2025-03-02"},
	{"pl", "Prezydent przybył do Astany 3 marca. Następnego dnia podpisał umowę handlową.", "Następnego dnia", "2025-03-04"},
	{"pl, nazajutrz", "Prezydent przybył do Astany 3 marca. Nazajutrz podpisał umowę handlową.", "Nazajutrz", "2025-03-04"},
	{"es", "El presidente llegó a Astaná el 3 de marzo. Al día siguiente firmó un acuerdo comercial.", "Al día siguiente", "2025-03-04"},
	{"es, same", "Las elecciones se celebraron el 2 de marzo. Ese mismo día la comisión anunció los resultados.", "Ese mismo día", "2025-03-02"},
	{"es, of an event", "Las elecciones se celebraron el 2 de marzo. Un día antes de la votación hubo protestas.", "Un día antes", ""},
	{"it", "Il presidente è arrivato ad Astana il 3 marzo. Il giorno successivo ha firmato un accordo commerciale.", "Il giorno successivo", "2025-03-04"},
	{"it, indomani", "Il presidente è arrivato ad Astana il 3 marzo. L'indomani ha firmato un accordo commerciale.", "L'indomani", "2025-03-04"},
	{"it, of an event", "Le elezioni si sono svolte il 2 marzo. Il giorno dopo le elezioni sono scoppiate proteste.", "Il giorno dopo", ""},
	{"pt", "O presidente chegou a Astana em 3 de março. No dia seguinte assinou um acordo comercial.", "No dia seguinte", "2025-03-04"},
	{"pt, véspera", "O tratado foi assinado em 5 de março. Na véspera, os ministros reuniram-se em Bishkek.", "Na véspera", "2025-03-04"},
	{"tr", "Cumhurbaşkanı 3 Mart'ta Astana'ya geldi. Ertesi gün bir ticaret anlaşması imzaladı.", "Ertesi gün", "2025-03-04"},
	{"tr, same", "Seçim 2 Mart'ta yapıldı. Aynı gün komisyon ilk sonuçları açıkladı.", "Aynı gün", "2025-03-02"},
	{"az", "Prezident 3 martda Astanaya gəldi. Ertəsi gün ticarət sazişi imzaladı.", "Ertəsi gün", "2025-03-04"},
	{"ar", "وصل الرئيس إلى أستانا في 3 مارس. وفي اليوم التالي وقع اتفاقية تجارية مع نظيره.", "وفي اليوم التالي", "2025-03-04"},
	{"ar, in", "وصل الرئيس إلى أستانا في 3 مارس. في اليوم التالي وقع اتفاقية تجارية مع نظيره.", "في اليوم التالي", "2025-03-04"},
	{"ar, of an event", "جرت الانتخابات في 2 مارس. وفي اليوم التالي للانتخابات خرج المحتجون إلى الشوارع.", "اليوم التالي", ""},
	{"fa", "رئیس جمهور در ۳ مارس به آستانه رسید. روز بعد او یک توافق تجاری امضا کرد.", "روز بعد", "2025-03-04"},
	{"fa, a count", "انتخابات در ۲ مارس برگزار شد. دو روز بعد نتایج نهایی اعلام شد.", "روز بعد", ""},
	{"fa, a count in digits", "انتخابات در ۲ مارس برگزار شد. ۳ روز بعد نتایج نهایی اعلام شد.", "روز بعد", ""},
	{"fa, of an event", "انتخابات در ۲ مارس برگزار شد. روز بعد از انتخابات معترضان به خیابان آمدند.", "روز بعد", ""},
	{"zh", "国家主席于3月3日抵达阿斯塔纳。次日，他签署了一项贸易协定。", "次日", "2025-03-04"},
	{"zh, same", "选举于3月2日举行。当天，选举委员会公布了初步结果。", "当天", "2025-03-02"},
	{"zh, before", "条约于3月5日签署。此前一天，两国外长在比什凯克会晤。", "此前一天", "2025-03-04"},
	{"zh, second day of", "峰会于3月3日开幕。会议第二天，领导人签署了宣言。", "第二天", ""},
	{"kk", "Президент 3 наурызда Астанаға келді. Келесі күні ол сауда келісіміне қол қойды.", "Келесі күні", "2025-03-04"},
	{"uz", "Prezident 3 mart kuni Astanaga keldi. Ertasi kuni u savdo bitimini imzoladi.", "Ertasi kuni", "2025-03-04"},
	{"uz, Cyrillic", "Президент 3 март куни Остонага келди. Эртаси куни у савдо битимини имзолади.", "Эртаси куни", "2025-03-04"},
	{"ky", "Президент 3-мартта Астанага келди. Эртеси күнү ал соода келишимине кол койду.", "Эртеси күнү", "2025-03-04"},
	{"tg", "Президент 3 март ба Остона омад. Рӯзи баъд ӯ созишномаи тиҷоратиро имзо кард.", "Рӯзи баъд", "2025-03-04"},
}

// A year written relative to the year told before it ("the same year",
// "同年", "当年") is that year, at year precision.
func TestYearRelativeToTextDate(t *testing.T) { checkWeekdays(t, anchoredYearCases) }

var anchoredYearCases = []weekdayCase{
	{"zh", "2022年2月，两国签署了一项贸易协定。当年，双边贸易大幅增长。", "当年", "2022"},
	{"zh, same", "两国于2019年签署协定。同年，双方互设领事馆。", "同年", "2019"},
	{"zh, next", "两国于2019年签署协定。次年，协定正式生效。", "次年", "2020"},
	{"en", "The treaty was signed in March 2019. The following year, it entered into force.", "The following year", "2020"},
	{"en, same", "The first summit was held in 2015. The same year, the ministers met in Samarkand.", "The same year", "2015"},
	{"en, two years", "The treaty was signed in 2019 and ratified in 2021. The same year, trade grew.", "The same year", ""},
	{"ru", "Договор подписали в 2019 году. В том же году его ратифицировал парламент.", "В том же году", "2019"},
	{"fr", "Le traité a été signé en 2019. L'année suivante, il est entré en vigueur.", "L'année suivante", "2020"},
	{"de", "Der Vertrag wurde im Jahr 2019 unterzeichnet. Im folgenden Jahr trat er in Kraft.", "Im folgenden Jahr", "2020"},
	{"es", "El tratado se firmó en 2019. Al año siguiente entró en vigor.", "Al año siguiente", "2020"},
	{"pt", "O tratado foi assinado em 2019. No ano seguinte entrou em vigor.", "No ano seguinte", "2020"},
	{"it", "Il trattato è stato firmato nel 2019. L'anno successivo è entrato in vigore.", "L'anno successivo", "2020"},
	{"tr", "Anlaşma 2019 yılında imzalandı. Ertesi yıl yürürlüğe girdi.", "Ertesi yıl", "2020"},
	{"ar", "وقع البلدان المعاهدة في عام 2019. وفي العام التالي دخلت حيز التنفيذ.", "وفي العام التالي", "2020"},
}

// A paragraph is searched for the phrases only where its scan met one of
// their key words whole: "Monday" holds "day", but no phrase.
func TestAnchoredKeysAreWholeWords(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"en", "The summit opened on Monday in Astana.", false},
		{"en", "The next day the talks resumed.", true},
		{"pl", "Nazajutrz podpisał umowę.", true},
		{"zh", "次日，他签署了协定。", true},
		{"zh", "他签署了协定。", false},
	} {
		sc := dateScanner{lex: lexiconFor(c.lang)}
		sc.scan(c.text, func(dateWords, int, int) {})
		if got := sc.anchorKeySeen(); got != c.want {
			t.Errorf("%s %q: key seen %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// FuzzAnchoredDays runs the scanner and the dating of an article on any
// text, seeded with the phrases above and the forms of
// dates_forms8_test.go: the mentions stay inside the text
// and in text order (the phrases are inserted among the scanner's), and a placed phrase is a day.
func FuzzAnchoredDays(f *testing.F) {
	for _, cases := range [][]weekdayCase{anchoredCases, anchoredYearCases, formCases8, dayOffCases, ordinalCases, yearOfCases, yearOfHappeningCases} {
		for _, c := range cases {
			lang, _, _ := strings.Cut(c.lang, ",")
			f.Add(lang, "11.03.2025\n\n"+c.text)
		}
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		fuzzFindDates(t, lang, "", text)
		a := datesArticle(t, lang, "", text)
		dateAlone(a, nil, nil)
		for i, m := range a.Mentions {
			if i > 0 && m.Start < a.Mentions[i-1].Start {
				t.Fatalf("mentions out of text order: %+v", a.Mentions)
			}
			if m.Kind == MentionRelative && m.Resolved() && anchoredFor(lang) != nil {
				if p, ok := anchoredFor(lang).shiftOf(m.Text); ok && !p.year && m.Span.Span().Start.Precision != Day {
					t.Fatalf("phrase %+v placed at no day", m)
				}
			}
		}
	})
}
